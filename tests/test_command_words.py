"""What ``clock repair`` and ``keys rotate|revoke|user ...`` print is in the catalogue: every message in the six
languages with the same parameters, rendered in English (what the command line prints) and in another language."""

import re

import pytest

from app.sync.repair import RepairResult
from app.vocabulary import LANGUAGES, words
from app.vocabulary.plurals import Plural
from app.vocabulary.problems import problem, render_text

DAY = 86_400_000


def _params(entry) -> set[str]:
    """The parameters an entry's text uses (every plural form's together: Arabic's "one" may spell out the count)."""
    return {p for form in (entry.values() if isinstance(entry, Plural) else [entry])
            for p in re.findall(r"{(\w+)}", form)}


@pytest.mark.parametrize("prefix", ["problem.clock.", "problem.keys.", "problem.sync.", "problem.restore."])
def test_every_message_in_six_languages_with_the_same_parameters(prefix):
    english = {k: v for k, v in words("en").items() if k.startswith(prefix)}
    assert english
    for lang in LANGUAGES:
        own = {k: v for k, v in words(lang).items() if k.startswith(prefix)}
        assert set(own) == set(english), lang
        for key, entry in own.items():
            assert _params(entry) <= _params(english[key]) and _params(entry) - {"count"} == \
                _params(english[key]) - {"count"}, (lang, key)


def test_clock_repair_in_english_and_french_with_the_gap_written_by_babel():
    done = RepairResult(3 * DAY, 3, 2, "2026-12-10T09:00:00Z", "2026-12-07T09:00:00Z", dry_run=False).message
    assert done == ("The sync clock was 3 days ahead (2026-12-10T09:00:00Z). Re-stamped 3 unsent changes with the "
                    "present time, in their order, and set the clock to 2026-12-07T09:00:00Z. 2 changes already "
                    "acknowledged by a peer keep their stamps (other sites hold them so); later edits of those "
                    "records are stamped after them.")
    french = render_text(done, "fr")
    assert french.startswith("L’horloge de synchronisation avançait de 3\u00a0jours (2026-12-10T09:00:00Z).")
    assert "2 modifications déjà reçues" in french
    dry = RepairResult(400 * DAY, 1, 0, "2027-01-11T09:00:00Z", "2026-12-07T09:00:00Z", dry_run=True).message
    assert dry.startswith("The sync clock was 1 year ahead") and "Would re-stamp 1 unsent" in dry
    assert render_text(dry, "ru").startswith("Часы синхронизации опережают время на 1 год")
    nothing = RepairResult(0, 0, 0, "2026-12-07T09:00:00Z", "2026-12-07T09:00:00Z", dry_run=False).message
    assert nothing.endswith("is not ahead of this computer's time; nothing to repair.")
    assert render_text(nothing, "es").endswith("no hay nada que reparar.")


def test_key_messages_in_english_and_another_language():
    rotated = problem("keys.rotated", office="GT-01", fingerprint="AAAA", old="BBBB")
    assert rotated == "New keys for GT-01. Fingerprint: AAAA (was BBBB)."
    assert render_text(rotated, "fr") == "Nouvelles clés pour GT-01. Empreinte : AAAA (auparavant BBBB)."
    sent = problem("keys.retired_sent", offices=" (GT-01, MW-01)")
    assert sent.endswith("the office trusts it from then on (GT-01, MW-01).")
    assert render_text(sent, "es").endswith("confía en ella desde entonces (GT-01, MW-01).")
    line = problem("keys.user_line", user="Alice", date="2026-12-07", key="abc",
                   state=problem("keys.user_revoked_on", date="2026-12-08"))
    assert line == "Alice\tcertified 2026-12-07\trevoked 2026-12-08\tkey abc…"
    assert render_text(line, "ru") == "Alice\tзаверен 2026-12-07\tотозван 2026-12-08\tключ abc…"
    revoked = problem("keys.user_key_revoked", user="Bruno", date="2026-12-07")
    assert "was revoked on 2026-12-07" in revoked
    assert "(مفتاح Bruno) في 2026-12-07" in render_text(revoked, "ar")
    assert render_text(problem("keys.user_revoked", count=2, user="Bruno"), "zh").startswith("已吊销 Bruno 的 2 个密钥")
    for code in ("revoked_advice", "user_added", "no_users", "hq_only", "user_name_needed"):
        message = problem(f"keys.{code}", user="Alice")
        assert render_text(message, "fr") != message and "{" not in render_text(message, "fr"), code
    character = problem("keys.user_name_character", char="U+202E (RIGHT-TO-LEFT OVERRIDE)")
    assert render_text(character, "es") == ("El nombre del usuario contiene un carácter que no está permitido: "
                                            "U+202E (RIGHT-TO-LEFT OVERRIDE). Elimínelo.")


def test_root_key_messages_in_english_and_another_language():
    refused = problem("bundle.root_signed_refused", office="HQ")
    assert refused.startswith("The bundle from headquarters HQ is signed by headquarters' root key alone")
    assert render_text(refused, "fr").startswith("Le lot du siège HQ est signé par la seule clé racine")
    absent = problem("keys.root_absent")
    assert "--root FILE" in absent and "--root ФАЙЛ" in render_text(absent, "ru")


def test_keys_show_trust_and_untrust_lines_in_english_and_another_language():
    office = problem("keys.show_office", office="HQ", name="Headquarters", role=problem("keys.role.hq"))
    assert office == "Office:      HQ (Headquarters), role hq"
    assert render_text(office, "es") == "Oficina:      HQ (Headquarters), función sede"
    trusted = problem("keys.trusted", office="GT-01", role=problem("keys.role.field"), fingerprint="AB CD")
    assert trusted == "Now trusting GT-01 (field), fingerprint AB CD."
    assert render_text(trusted, "fr") == "GT-01 (terrain) est désormais de confiance, empreinte AB CD."
    gone = problem("keys.untrusted", office="GT-01", fingerprint="AB CD")
    assert gone.startswith("GT-01 is no longer trusted (its fingerprint was AB CD)")
    assert render_text(gone, "ru").startswith("GT-01 больше не доверенный")
    assert render_text(problem("keys.old_key_revoked", date="2026-12-07"), "zh") == "吊销于 2026-12-07"
    assert render_text(problem("keys.column.old_keys"), "ar") == "المفاتيح القديمة"


def test_the_command_line_s_prefixes_come_from_the_catalogue():
    """'warning:', 'rejected:' and 'failed:' are catalogue lines like the rest: English on the command line, and
    each language has its own words for them."""
    from app.cli.common import say

    assert say("cli.warning", text=problem("sync.no_quarantine")) == "warning: No bundle is in quarantine."
    assert say("cli.rejected", text="b.fdbundle: bad") == "rejected: b.fdbundle: bad"
    for code in ("cli.warning", "cli.rejected", "cli.failed"):
        said = {lang: render_text(problem(code, text="x"), lang) for lang in LANGUAGES}
        assert len(set(said.values())) == 6, said
    assert render_text(problem("cli.warning", text=problem("sync.no_quarantine")), "fr").startswith("avertissement : ")
