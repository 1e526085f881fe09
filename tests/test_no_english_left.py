"""No English left in the other languages (issue 16): every coded problem a service can hand to the GUI (validation,
refusals, imports, keys, sync: ``problem.*`` in app/vocabulary) is rendered in French, Spanish, Russian, Arabic and
Chinese and must not read as its English text; every code the services raise is in the catalogue; and the modules
whose refusals are all coded raise no English sentence."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from app import vocabulary
from app.vocabulary.plurals import Plural
from app.vocabulary.problems import render

APP = Path(__file__).resolve().parents[1] / "app"
ENGLISH = vocabulary.words("en")
CODES = sorted(k.removeprefix("problem.") for k in ENGLISH if k.startswith("problem."))
# The same in a language by nature: a word French shares with English, or a line made only of its parameters.
SAME_BY_NATURE = {("fr", "import.kind.participant"), ("fr", "import.kind.mission"),
                  ("fr", "import.created.participant"), ("fr", "import.created.mission")}


def _fields(entry) -> set[str]:
    forms = entry.values() if isinstance(entry, Plural) else [entry]
    return {name for text in forms for _, name, _, _ in string.Formatter().parse(text) if name}


def _only_parameters(entry) -> bool:
    forms = entry.values() if isinstance(entry, Plural) else [entry]
    return all(not re.search(r"[^\W\d_]", re.sub(r"{\w+}", "", text)) for text in forms)


@pytest.mark.parametrize("lang", ["fr", "es", "ru", "ar", "zh"])
def test_every_problem_reads_in_the_language_not_in_english(lang):
    own = vocabulary.words(lang)
    missing = [code for code in CODES if f"problem.{code}" not in own]
    assert missing == [], f"no {lang} text for these problems"
    english_left = []
    for code in CODES:
        entry = ENGLISH[f"problem.{code}"]
        if (lang, code) in SAME_BY_NATURE or _only_parameters(entry):
            continue
        params = dict.fromkeys(_fields(entry), 2)  # a count of 2, and "2" for a name, a date or a file
        if isinstance(entry, Plural):
            params[entry.param] = 2
        if render(code, params, lang) == render(code, params, "en"):
            english_left.append(code)
    assert english_left == []


def _calls(tree: ast.AST, names: set[str]):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.args:
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name in names:
                yield name, node


# Its own ``problem(column, message)`` takes coded problems (``coded(...)``), checked like the rest below.
OWN_PROBLEM_FUNCTION = {"spreadsheets/uhri.py"}


def test_every_code_the_app_raises_is_in_the_catalogue():
    """``problem("code")``, ``ImportRefused("code")`` and ``ProblemError(field, "code")`` name catalogue entries
    (a code missing would fall back to nothing the reader can read)."""
    unknown = []
    for path in APP.rglob("*.py"):
        names = {"coded", "ImportRefused", "ProblemError"}
        if str(path.relative_to(APP)) not in OWN_PROBLEM_FUNCTION:
            names.add("problem")
        source = path.read_text(encoding="utf-8")
        if not any(f"{name}(" in source for name in names):
            continue
        for name, call in _calls(ast.parse(source), names):
            arg = call.args[1] if name == "ProblemError" and len(call.args) > 1 else call.args[0]
            if name == "ProblemError" and len(call.args) < 2:
                continue
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                code = f"import.{arg.value}" if name == "ImportRefused" else arg.value
                if f"problem.{code}" not in ENGLISH:
                    unknown.append(f"{path.relative_to(APP)}:{call.lineno} {code}")
    assert unknown == []


# Modules whose refusals are all coded problems: none may raise an English sentence again.
CODED = ["services/profile/keys.py", "sync/hq_users.py", "sync/hq_root.py", "sync/hq_policy.py", "sync/rotation.py",
         "spreadsheets/read.py", "spreadsheets/uhri_read.py", "services/store/records.py",
         "services/profile/attachments.py", "services/profile/backup.py",
         "services/core.py", "services/profile/letterhead.py",
         "services/privacy/erasure.py", "services/profile/vault.py", "services/store/merging.py",
         "services/programme/fellowships.py",
         "sync/conflicts.py", "sync/export.py", "sync/quarantine.py", "services/programme/review_dossier.py",
         "services/programme/board.py", "reports/matrix.py", "reports/build.py", "spreadsheets/export.py",
         "services/programme/due_calendar.py", "services/profile/site_settings.py", "services/profile/lock.py",
         "reports/lookups.py",
         "services/programme/thread/__init__.py", "services/profile/encryption.py", "services/profile/rekey.py",
         "services/demo/__init__.py",
         "reports/plan_report.py", "reports/coordination.py", "services/privacy/name_policy.py",
         "services/programme/priorities.py",
         "services/profile/attachment_names.py", "services/store/reference_lists.py", "services/programme/results.py",
         "reports/fonts.py",
         "reports/followup.py", "reports/fund.py", "reports/subject_access.py", "reports/board_pack.py",
         "services/profile/move.py", "services/privacy/office_pseudonyms.py", "services/profile/pg_access.py",
         "services/profile/blob_names.py", "services/privacy/backup_holding.py", "cli/commands_safety.py",
         "services/store/schema.py", "services/profile/__init__.py", "spreadsheets/importer.py",
         "spreadsheets/uhri.py", "sync/rights.py", "sync/incoming.py", "sync/failures.py", "sync/merge.py",
         "models/due.py", "models/list_entry.py", "services/store/validate.py", "services/profile/strength.py",
         "spreadsheets/plans.py", "spreadsheets/coordination.py"]


@pytest.mark.parametrize("module", CODED)
def test_coded_modules_raise_no_english_sentence(module):
    found = []
    for node in ast.walk(ast.parse((APP / module).read_text(encoding="utf-8"))):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
            first = node.exc.args[0]
            if isinstance(first, ast.JoinedStr) or (isinstance(first, ast.Constant) and isinstance(first.value, str)
                                                     and " " in first.value):
                found.append(node.lineno)
    assert found == [], f"{module} raises English sentences at lines {found}"


def test_a_status_refusal_names_the_statuses_in_the_readers_words():
    from app.services.store.transitions import refusal
    from app.vocabulary.problems import render_text

    refused = refusal("project", "pipeline", "completed")
    assert refused == "A project cannot go from pipeline to completed; from pipeline it can go to: approved, closed."
    assert render_text(refused, "fr") == ("Impossible de passer de « en préparation » à « achevé » ; depuis « en "
                                          "préparation », on peut passer à : approuvé, clôturé.")
    assert render_text(refused, "zh").startswith("不能从“") and "approved" not in render_text(refused, "zh")


def _nested_problems():
    """Problems made of problems, as the services make them: an import's summaries (their counts plural in the
    reader's language), the passphrase refusal with zxcvbn's warning said in the catalogue's words, and a refused
    change in a bundle naming its record and field in the reader's words."""
    from pathlib import Path

    from app.services.profile.strength import problem as weakness
    from app.spreadsheets.importer import Problem, SheetImportResult, problems_in_file
    from app.sync.rights import FieldName, RecordName
    from app.vocabulary.problems import problem

    found = [Problem(2, "Sex", "x"), Problem(2, "Country", "x"), Problem(5, "", "x")]
    return {"problems_in_file": problems_in_file(found, Path("people.xlsx")),
            "done": SheetImportResult({"participant": 3, "enrollment": 2}, 1).summary_line(),
            "done_nothing": SheetImportResult({"participant": 0, "enrollment": 0}, 4).summary_line(),
            "weak": weakness("qwertyuiop"), "short": weakness("abc"),
            "refused": problem("sync.refused.not_owner", record=RecordName("participant", "0190ab"), office="GT-01",
                               owner="MW-01"),
            "value": problem("sync.refused.value", record=RecordName("mission", "0190cd"),
                             problem=problem("sync.value.required", title=FieldName("mission", "end_date")))}


@pytest.mark.parametrize("lang", ["fr", "es", "ru", "ar", "zh"])
def test_problems_made_of_problems_leave_no_english_word(lang):
    english_words = {"problem", "problems", "row", "rows", "enrollments", "were", "already", "participant", "mission",
                     "may", "belongs", "change", "required", "End", "date",
                     "recorded", "nothing", "Imported", "password", "guess", "passphrase"}
    for name, found in _nested_problems().items():
        text = render(found.code, found.params, lang)
        assert text != str(found) and not english_words & set(re.findall(r"[^\W\d_]+", text)), (name, text)


def test_every_zxcvbn_warning_is_said_in_the_catalogues_words():
    """zxcvbn writes its warnings in English: each one it can give is mapped to a catalogue entry (a newer zxcvbn
    with a new warning fails here rather than leaving English in a refusal)."""
    import zxcvbn.feedback

    from app.services.profile.strength import WARNINGS

    tree = ast.parse(Path(zxcvbn.feedback.__file__).read_text(encoding="utf-8"))
    warnings = {node.value.args[0].value for node in ast.walk(tree) if isinstance(node, ast.Assign)
                and any(getattr(t, "id", None) == "warning" for t in node.targets)
                and isinstance(node.value, ast.Call) and getattr(node.value.func, "id", None) == "_"}
    warnings |= {node.values[i].args[0].value for node in ast.walk(tree) if isinstance(node, ast.Dict)
                 for i, key in enumerate(node.keys) if isinstance(key, ast.Constant) and key.value == "warning"
                 and isinstance(node.values[i], ast.Call) and getattr(node.values[i].func, "id", None) == "_"}
    assert len(warnings) >= 14 and warnings <= set(WARNINGS)
    assert all(f"problem.passphrase.why.{code}" in ENGLISH for code in WARNINGS.values())


def test_a_rule_of_a_model_and_pydantics_own_errors_are_coded_problems():
    """A model's rule (the due rules' reporting period) and an error pydantic words itself (a list given a number)
    reach the reader as coded problems on their field: no English sentence of pydantic's, no "field|message"."""
    from app.models.validation import ValidationFailed
    from app.services.store.entities import BY_NAME
    from app.services.store.validate import validated_row
    from app.vocabulary.problems import render_text

    found = {}
    for table, data in (("due_rule", {"code": "x", "name": "y", "period_months": 5}),
                        ("recommendation", {"text": "x", "document_symbol": "A/1", "sdg_target_ids": 5})):
        with pytest.raises(ValidationFailed) as failed:
            validated_row(BY_NAME[table], data)
        found.update({p.field: p.message for p in failed.value.problems})
    assert (found["period_months"].code, found["sdg_target_ids"].code) == ("due.period_months", "invalid_value")
    assert render_text(found["period_months"], "fr") == "Une période de rapport dure 3, 6 ou 12 mois."
    assert render_text(found["sdg_target_ids"], "es", title="Metas de los ODS") == \
        "Metas de los ODS: este valor no se puede usar."
