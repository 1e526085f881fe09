"""The report catalogue and the text helpers: every language has every report text, vocabulary is translated, and
right-to-left paragraphs wrap in reading order."""

from __future__ import annotations

from datetime import date

import pytest

from app.models import FollowUpStatus, FundingSource, MissionStatus, Sex, TrainingForm
from app.models.reference import STAKEHOLDER_TYPES, THEMATIC_AREAS
from app.reports.i18n import LANGUAGES, Translator
from app.services.store.seed import country_id
from app.vocabulary import words
from app.vocabulary.plurals import Plural

SPREADSHEET_ONLY = ("field.", "table.", "xlsx.", "country.")
ENGLISH = {k: v for k, v in words("en").items() if not k.startswith("problem.")}  # problems: tests/test_vocabulary.py


@pytest.mark.parametrize("lang", sorted(set(LANGUAGES) - {"en"}))
def test_every_language_has_every_report_text_and_the_vocabulary(lang):
    tr = Translator(lang)
    own = tr._own
    missing = [k for k in ENGLISH if k not in own and not (lang == "ar" and k.startswith(SPREADSHEET_ONLY))]
    assert missing == []
    for enum in (FollowUpStatus, FundingSource, MissionStatus, Sex, TrainingForm):
        assert [m.value for m in enum if f"enum.{enum.__name__}.{m.value}" not in own] == []
    assert [code for code, _ in THEMATIC_AREAS if f"theme.{code}" not in own] == []
    assert [code for code, _ in STAKEHOLDER_TYPES if f"stakeholder.{code}" not in own] == []
    for key, entry in own.items():  # the same placeholders as the English text (a plural form may leave out {n})
        if isinstance(entry, Plural) and key in ENGLISH:
            for text in entry.values():
                assert _placeholders(text) - {"n"} == _placeholders(ENGLISH[key]) - {"n"}, (lang, key)
        elif key in ENGLISH:
            assert _placeholders(entry) == _placeholders(ENGLISH[key]), (lang, key)


def _placeholders(entry) -> set[str]:
    import string

    forms = entry.values() if isinstance(entry, Plural) else [entry]
    return {name for text in forms for _, name, _, _ in string.Formatter().parse(text) if name}


def test_dates_numbers_and_countries_in_each_language():
    day = date(2026, 3, 2)
    # a date breaks only before its year: never "г." or "2026" alone on a line of a narrow column
    assert Translator("en").date(day) == "2\u00a0March 2026"
    assert Translator("fr").date(day) == "2\u00a0mars 2026"
    assert Translator("es").date(day) == "2\u00a0de\u00a0marzo de\u00a02026"
    assert Translator("ru").date(day) == "2\u00a0марта 2026\u00a0г."
    assert Translator("zh").date(day) == "2026年3月2日"
    assert Translator("fr").number(12500.5, 1) == "12\u00a0500,5"  # U+202F is a break point for ReportLab
    assert Translator("es").number(12500) == "12.500"
    assert Translator("ru").country(country_id("MN")) == "Монголия"
    assert Translator("en").country(country_id("RU")) == "Russian Federation"


def test_right_to_left_paragraphs_wrap_in_reading_order():
    from reportlab.lib.styles import ParagraphStyle

    from app.reports import fonts
    from app.reports.text import RtlParagraph

    fonts.register_fonts()
    words = [f"كلمة{n}" for n in range(40)]
    para = RtlParagraph(" ".join(words), ParagraphStyle("s", fontName=fonts.REGULAR, fontSize=10, leading=12))
    para.wrap(150, 1000)
    lines = para._lines
    assert len(lines) > 3
    assert " ".join(lines).split() == words  # first words on the first line: no reversed line order
    first, rest = para.split(150, 12 * 2)
    assert first._lines == lines[:2] and rest._lines == lines[2:]


@pytest.mark.parametrize("n,expected", [(1, "يوم واحد"), (2, "يومان"), (3, "3 أيام"), (10, "10 أيام"),
                                        (11, "11 يومًا"), (100, "100 يوم"), (103, "103 أيام"),
                                        ("1,250", "1,250 يومًا")])
def test_arabic_nouns_agree_with_the_number_before_them(n, expected):
    assert Translator("ar").t("days_n", n=n) == expected


def test_arabic_project_report_prints_its_objective_and_result_statements(demo, tmp_path):
    """The statements sit in rows spanning the table; mirrored for right-to-left, they printed empty."""
    from report_helpers import pdf_text

    from app.reports import build_report
    from app.services import ListQuery
    from app.services.programme.results import results_framework

    for project_id in demo.projects.ids(ListQuery()):
        statements = [r.statement for r in results_framework(demo, project_id)]
        if statements:
            break
    out = tmp_path / "project-ar.pdf"
    build_report(demo, "project", out, record_id=project_id, lang="ar")
    text = " ".join(pdf_text(out).split())
    for statement in statements:
        first_words = " ".join(statement.split()[:3])
        assert first_words in text, f"lost in the Arabic report: {statement!r}"


@pytest.mark.parametrize("logical,shown", [
    ("Guatemala office (GT-01)، جميع التواريخ", "ﺦﻳﺭﺍﻮﺘﻟﺍ ﻊﻴﻤﺟ ،Guatemala office (GT-01)"),
    ("تقرير: BA-2021-00 – Support (phase 2)", "BA-2021-00 – Support (phase 2) :ﺮﻳﺮﻘﺗ"),
    ("الاتحاد الروسي (3)، مالاوي (3)", "(3) ﻱﻭﻻﺎﻣ ،(3) ﻲﺳﻭﺮﻟﺍ ﺩﺎﺤﺗﻻﺍ"),
    ("Ministarstvo pravde (وزارة العدل)", "(ﻝﺪﻌﻟﺍ ﺓﺭﺍﺯﻭ) Ministarstvo pravde"),
    # a running header shortened to its room: the ellipsis ends the Latin run, it does not start it
    ("تقرير: Needs assessment miss…", "Needs assessment miss… :ﺮﻳﺮﻘﺗ"),
])
def test_left_to_right_runs_in_arabic_keep_their_brackets(logical, shown):
    from app.reports.text import visual

    assert visual(logical, True) == shown


def test_an_arabic_report_prints_an_office_code_in_brackets_the_right_way_round(demo, tmp_path):
    from report_helpers import pdf_text

    from app.reports import build_report

    out = tmp_path / "summary-ar.pdf"
    build_report(demo, "summary", out, lang="ar")
    assert f"({demo.site.office})" in pdf_text(out)
