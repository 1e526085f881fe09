"""The one catalogue of data words and problems (app.vocabulary): complete, consistent, and problems as data."""

from __future__ import annotations

import string

import pytest

from app import vocabulary
from app.models.validation import ValidationFailed
from app.services.store.entities import BY_NAME
from app.services.store.validate import validated_row
from app.vocabulary.plurals import Plural
from app.vocabulary.problems import ProblemText, render, render_text

ENGLISH_PROBLEMS = [k.removeprefix("problem.") for k in vocabulary.words("en") if k.startswith("problem.")]


def _fields(entry) -> set[str]:
    """The placeholders of an entry (of every plural form of one that has them)."""
    forms = entry.values() if isinstance(entry, Plural) else [entry]
    return {name for text in forms for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("lang", vocabulary.LANGUAGES[1:])
def test_every_translated_problem_uses_only_the_english_placeholders(lang):
    words = vocabulary.words(lang)
    wrong = [code for code in ENGLISH_PROBLEMS if f"problem.{code}" in words
             and not _fields(words[f"problem.{code}"]) <= _fields(vocabulary.words("en")[f"problem.{code}"])]
    assert wrong == []


def test_the_e_mail_problem_reads_in_all_six_languages():
    texts = {lang: render("not_an_email", {}, lang) for lang in vocabulary.LANGUAGES}
    assert len(set(texts.values())) == 6 and texts["ru"] == "Это не адрес электронной почты (name@example.org)."


def test_a_participant_s_problems_come_all_at_once_as_codes_with_parameters():
    with pytest.raises(ValidationFailed) as caught:
        validated_row(BY_NAME["participant"], {"full_name": "", "email": "not an address", "consent_contact": False})
    found = {p.field: p.message for p in caught.value.problems}
    assert {f: m.code for f, m in found.items()} == {"full_name": "required", "email": "not_an_email",
                                                     "consent_contact": "consent_needed"}
    assert found["full_name"] == "Full name is required." and found["full_name"].params == {"title": "Full name"}
    assert (render_text(found["full_name"], "es", title="Nombre completo")
            == "Nombre completo: este campo es obligatorio.")


def test_a_date_problem_carries_its_dates_and_each_reader_writes_them():
    with pytest.raises(ValidationFailed) as caught:
        validated_row(BY_NAME["training"], {"title": "T", "country_id": "x", "form": "workshop",
                                            "start_date": "2026-05-04", "end_date": "2026-05-01"})
    [problem] = [p.message for p in caught.value.problems if p.field == "end_date"]
    assert isinstance(problem, ProblemText) and problem.params == {"start": "2026-05-04", "end": "2026-05-01"}
    assert render_text(problem, "fr", date_text=lambda iso: iso[8:] + "/" + iso[5:7]) == \
        "La date de fin (01/05) précède la date de début (04/05)."


def test_text_that_is_no_problem_shows_as_it_is():
    assert render_text("Déjà traduit.", "fr") == "Déjà traduit."


def test_plural_forms_follow_cldr():
    """The form a count takes is the one of its CLDR category, in the order of the language's Plural-Forms."""
    def forms(lang, counts):
        entry = vocabulary.words(lang)["problem.sync.changes"]
        numbered = Plural(entry.param, [str(i) for i in range(len(entry))], entry.rule)  # the language's rule
        return [int(numbered.form(n)) for n in counts]

    assert forms("en", (0, 1, 2, "1,250", "1.5")) == [1, 0, 1, 1, 1]
    assert forms("fr", (0, 1, 2, "12\u00a0500")) == [0, 0, 2, 2]
    assert forms("ru", (1, 3, 5, 21, "1,250")) == [0, 1, 2, 0, 2]
    assert forms("ar", (0, 1, 2, 5, 15, 100)) == [0, 1, 2, 3, 4, 5]


def test_report_counts_agree_with_their_number():
    from app.reports.i18n import Translator

    assert Translator("en").t("training.participants_n", n=1) == "1 participant enrolled."
    assert Translator("fr").t("days_n", n=1) == "1 jour"
    assert Translator("ar").t("days_n", n=15) == "15 يومًا"


def test_why_a_bundle_was_refused_or_what_its_import_warns_is_said_in_all_six_languages():
    """Every sync problem (a refusal, an import warning) has its sentence in each language, and they differ."""
    codes = [code for code in ENGLISH_PROBLEMS if code.startswith("bundle.")]
    assert len(codes) > 60
    for lang in vocabulary.LANGUAGES[1:]:
        words = vocabulary.words(lang)
        assert [c for c in codes if f"problem.{c}" not in words] == [], lang
        assert all(words[f"problem.{c}"] != vocabulary.words("en")[f"problem.{c}"] for c in codes), lang


def test_counts_take_the_languages_plural_forms_and_no_english_text_says_s_in_brackets():
    from app.vocabulary.plurals import Plural

    def changes(n, lang):
        return render("sync.changes", {"count": n}, lang)

    assert [changes(n, "en") for n in (1, 2)] == ["1 change", "2 changes"]
    assert [changes(n, "fr") for n in (0, 1, 2)] == ["0 modification", "1 modification", "2 modifications"]
    assert [changes(n, "ru") for n in (1, 3, 5, 21)] == ["1 изменение", "3 изменения", "5 изменений", "21 изменение"]
    assert [changes(n, "ar") for n in (0, 1, 2, 3, 11, 100)] == [
        "لا تغييرات", "تغيير واحد", "تغييران", "3 تغييرات", "11 تغييرًا", "100 تغيير"]
    english = vocabulary.words("en")
    texts = [t for entry in english.values() for t in (entry.values() if isinstance(entry, Plural) else [entry])]
    assert [t for t in texts if "(s)" in t or "(ies)" in t] == []


def test_arabic_messages_write_durations_and_numbers_in_the_digits_of_the_screen_and_the_paper():
    """CLDR's default numbering system for Arabic ("ar", not one country's) is the Latin digits: a message rendered
    in Arabic writes its durations and numbers in them, as the screen and the reports do."""
    from app.spreadsheets.read import ImportRefused
    from app.vocabulary.numerals import numbering_system
    from app.vocabulary.problems import duration_text, hours_text, problem

    assert numbering_system("ar") == "latn"
    day = 86_400_000
    assert duration_text(3 * day, "ar") == "3 أيام" and duration_text(3 * day, "en") == "3 days"
    assert hours_text(72 * 3_600_000, "ar").startswith("72 ") and hours_text(72 * 3_600_000, "fr") == "72\u00a0heures"
    repaired = render_text(problem("clock.repaired", gap=3 * 366 * day, count=12, clock_before="", clock_after="",
                                   kept=""), "ar")
    assert "بمقدار 3 سنوات" in repaired and "(12)" in repaired, repaired
    rows = render_text(ImportRefused("csv_too_many_rows", file="index.csv", max_rows=20_000).problem, "ar")
    assert "20,000" in rows, rows
    assert not any("\u0660" <= ch <= "\u0669" for ch in repaired + rows), "no Arabic-Indic digit"
