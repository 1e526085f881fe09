"""PDF reports built on the demo data: what each one must say (text extracted with pypdf, Cyrillic included), page
furniture, embedded fonts, languages, progress, pagination of a 1,000-participant sheet, and refusals."""

from __future__ import annotations

import re

import arabic_reshaper
import pytest
from pypdf import PdfReader
from report_helpers import REPORT_DAY, completed_training, pdf_fonts, pdf_pages, pdf_text, reported_mission

from app.reports import ReportError, build_report
from app.reports.attendance import sheet_days
from app.reports.i18n import LANGUAGES, UnknownLanguage
from app.reports.lookups import ReportRefused
from app.services import ListQuery
from app.services.programme.stats import Period
from app.services.store.seed import country_id


def test_mission_report_has_cover_terms_stakeholders_findings_and_recommendations(demo, tmp_path):
    mission_id = reported_mission(demo)
    mission = demo.missions.get(mission_id)
    recs = demo.recommendations.list(ListQuery(filters={"mission_id": mission_id})).rows
    meetings = demo.meetings.list(ListQuery(filters={"mission_id": mission_id})).rows
    out = tmp_path / "mission.pdf"
    result = build_report(demo, "mission", out, record_id=mission_id, generated_on=REPORT_DAY)
    text = pdf_text(out)
    flat = " ".join(text.split())
    assert result.pages >= 2 and result.path == out
    for needle in ("Needs assessment mission report", mission.title, mission.requesting_authority, "Mission team",
                   "Terms of reference", "Stakeholders met", "By stakeholder type", "Findings by thematic area",
                   "Recommendations", "Target institution"):
        assert needle in flat, needle
    women = sum(m.women_met for m in meetings)
    assert f"{len(meetings)} meetings with" in flat and f"{women} women" in flat
    assert all(" ".join(r.target_institution.split()) in flat for r in recs)
    assert recs[0].text.split()[0] in flat


def test_training_report_in_russian_has_participants_results_and_cost(demo, tmp_path):
    training_id = completed_training(demo, "RU")
    training = demo.trainings.get(training_id)
    enrolled = demo.enrollments.count(ListQuery(filters={"training_id": training_id}))
    out = tmp_path / "training.pdf"
    build_report(demo, "training", out, record_id=training_id, lang="ru", generated_on=REPORT_DAY)
    text = pdf_text(out)
    for needle in ("Отчёт об учебном мероприятии", "Участники по полу", "Участники по целевым группам",
                   "Участники по организациям", "Посещаемость", "Средний балл входного теста", "Средний прирост",
                   "Стоимость на одного участника", "Российская Федерация", "1 октября 2026 г."):
        assert needle in text, needle
    assert f"Зарегистрировано участников: {enrolled}." in text
    per_person = f"{training.cost_usd / enrolled:,.0f}".replace(",", "\u00a0")
    assert per_person in text


def test_attendance_sheet_lists_every_participant_with_a_column_per_working_day(demo, tmp_path):
    training_id = completed_training(demo, "RU")
    training = demo.trainings.get(training_id)
    people = demo.participants.list(ListQuery(filters={"enrolled_in": training_id})).rows
    out = tmp_path / "attendance.pdf"
    build_report(demo, "attendance", out, record_id=training_id, lang="ru")
    text = pdf_text(out)
    assert "Лист регистрации участников" in text
    assert all(p.full_name in text for p in people)  # Cyrillic names come back out of the PDF
    working = len(sheet_days(training.start_date, training.end_date, (5, 6)))  # Saturday-Sunday, the default
    for day in range(1, working + 1):
        assert f"День {day}" in text
    assert f"День {working + 1}" not in text


def test_certificates_are_one_page_per_participant_with_a_certificate_issued(demo, tmp_path):
    training_id = completed_training(demo, "GT")
    enrolments = demo.enrollments.list(ListQuery(filters={"training_id": training_id})).rows
    issued = [e.participant_id for e in enrolments if e.certificate_issued]
    people = [p for p in demo.participants.list(ListQuery(filters={"enrolled_in": training_id})).rows
              if p.id in issued]
    out = tmp_path / "certificates.pdf"
    result = build_report(demo, "certificates", out, record_id=training_id, lang="es")
    pages = pdf_pages(out)
    assert result.pages == len(people) == len(pages) == len(issued)
    names = sorted(p.full_name for p in people)
    for page, name in zip(pages, sorted(names, key=str.casefold), strict=True):
        assert "Certificado de participación" in page and name in page and "Firma" in page


def test_programme_summary_counts_missions_trainings_people_projects_and_money(demo, tmp_path):
    out = tmp_path / "summary.pdf"
    build_report(demo, "summary", out, lang="fr")
    text = " ".join(pdf_text(out).split())
    held = Period().held()  # missions that went to the field, people reached by activities that took place
    missions = sum(demo.stats.missions_by_scope(held).values())
    assert missions > 0
    assert "Synthèse du programme" in text and "Guatemala office (GT-01)" in text
    assert f"{missions} missions d'évaluation des besoins ont été menées" in text
    for needle in ("Missions menées par pays", "Activités de formation par forme", "Participants touchés",
                   "Projets par état et source de financement", "Dépenses par source de financement",
                   "Budget ordinaire de l'ONU", "Fédération de Russie", "Participants distincts"):
        assert needle in text, needle
    unique = demo.stats.unique_participants(held)
    assert unique < demo.stats.unique_participants()
    assert f"ont touché {unique} personnes" in text


def test_summary_for_a_period_counts_only_that_period(demo, tmp_path):
    from datetime import date

    out = tmp_path / "summary.pdf"
    build_report(demo, "summary", out, date_from=date(2030, 1, 1), date_to=date(2030, 12, 31))
    text = " ".join(pdf_text(out).split())
    assert "No needs assessment mission was undertaken during the period." in text
    assert "0 training activities" in text and "1 January 2030 to 31 December 2030" in text


def test_followup_report_for_one_country_has_counts_and_latest_notes(demo, tmp_path):
    out = tmp_path / "followup.pdf"
    build_report(demo, "followup", out, country="mw")
    text = " ".join(pdf_text(out).split())
    recs = demo.recommendations.list(ListQuery(filters={"country_id": country_id("MW")})).rows
    assert "Recommendation follow-up report" in text and "Malawi" in text
    assert "Recommendations by follow-up status" in text and f"Total {len(recs)} 100.0 %" in text
    noted = [r for r in recs if r.status != "not_started"]
    assert noted and ("Adopted and published in the official gazette." in text or "Working group" in text)
    assert "Bosnia" not in text and "Mongolia" not in text  # one country only


def test_every_page_has_header_footer_and_page_x_of_y(demo, tmp_path):
    out = tmp_path / "followup.pdf"
    build_report(demo, "followup", out, confidential=True, generated_on=REPORT_DAY)
    pages = pdf_pages(out)
    assert len(pages) > 1
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "Guatemala office (GT-01)" in page and "Generated 1 October 2026" in page
        assert page.count("CONFIDENTIAL") >= 2


def test_not_confidential_unless_asked_and_fonts_are_embedded(demo, tmp_path):
    out = tmp_path / "mission.pdf"
    build_report(demo, "mission", out, record_id=reported_mission(demo), lang="ru")
    assert "КОНФИДЕНЦИАЛЬНО" not in pdf_text(out)
    fonts = pdf_fonts(out)
    assert fonts and all(re.fullmatch(r"/[A-Z]{6}\+DejaVuSans(-Bold)?", f) for f in fonts), fonts


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_each_language_builds_each_report(demo, tmp_path, lang):
    training_id = completed_training(demo)
    for kind, record in (("mission", reported_mission(demo)), ("training", training_id), ("attendance", training_id),
                         ("summary", None), ("followup", None)):
        out = tmp_path / f"{kind}-{lang}.pdf"
        assert build_report(demo, kind, out, record_id=record, lang=lang).pages >= 1
        assert out.read_bytes().startswith(b"%PDF")


def test_arabic_is_shaped_and_reordered(demo, tmp_path):
    out = tmp_path / "ar.pdf"
    build_report(demo, "followup", out, lang="ar", country="GT")
    text = pdf_text(out)
    # joined letters are Arabic presentation forms (pypdf reads the glyphs back as drawn)
    assert re.search("[\ufe70-\ufeff]", text)
    assert arabic_reshaper.reshape("تقرير متابعة التوصيات") in text
    assert "تقرير متابعة التوصيات" not in text  # never the unshaped letters


def _actual_texts(path) -> list[str]:
    """The /ActualText of every marked-content span in the pages' content streams (UTF-16BE, hexadecimal)."""
    found = []
    for page in PdfReader(str(path)).pages:
        stream = page.get_contents().get_data().decode("latin-1")
        found += [bytes.fromhex(h).decode("utf-16-be") for h in re.findall(r"/ActualText <FEFF([0-9A-F]*)>", stream)]
    return found


def test_arabic_reads_in_logical_order_when_searched_or_copied(demo, tmp_path):
    """Every right-to-left line, table cell and chart label carries its text as written, so that a viewer's search
    for a word finds it (the glyphs are drawn reversed and joined)."""
    out = tmp_path / "ar.pdf"
    build_report(demo, "followup", out, lang="ar", country="GT")
    spans = _actual_texts(out)
    assert "تقرير متابعة التوصيات" in spans  # the title (a paragraph's line)
    assert "الحالة" in spans  # a table's header cell
    assert any(span.startswith("لم تبدأ: ") for span in spans)  # a chart's legend
    assert any(span.startswith("الصفحة 1 ") for span in spans)  # the page footer
    assert all(not re.search("[\ufb50-\ufdff\ufe70-\ufeff]", span) for span in spans)  # letters, not glyph forms
    english = tmp_path / "en.pdf"
    build_report(demo, "followup", english, lang="en", country="GT")
    assert _actual_texts(english) == []  # left-to-right text is read as drawn


def test_progress_goes_from_zero_to_one(demo, tmp_path):
    seen: list[float] = []
    build_report(demo, "training", tmp_path / "t.pdf", record_id=completed_training(demo),
                 progress=lambda fraction, message: seen.append(fraction))
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen) and len(seen) >= 4


def test_a_thousand_participants_paginate_with_repeated_headers(large_training, tmp_path):
    fd, training_id = large_training
    out = tmp_path / "attendance.pdf"
    pages_seen: list[float] = []
    result = build_report(fd, "attendance", out, record_id=training_id, lang="ru",
                          progress=lambda f, m: pages_seen.append(f))
    pages = pdf_pages(out)
    assert result.pages == len(pages) > 30
    for number, page in enumerate(pages, start=1):
        assert "Имя и фамилия" in page and "День 1" in page and "День 3" in page  # the header row on every page
        assert f"Страница {number} из {len(pages)}" in page
    text = "\n".join(pages)
    assert all(f"Участник {n:04d} Иванова" in text for n in (1, 500, 1000))
    assert len(set(pages_seen)) > 10  # progress moved page by page


def test_refusals_are_plain_messages(demo, tmp_path):
    out = tmp_path / "x.pdf"
    with pytest.raises(ReportError, match="'payroll' is not a report"):
        build_report(demo, "payroll", out)
    with pytest.raises(ReportRefused, match="There is no mission with id nope"):
        build_report(demo, "mission", out, record_id="nope")
    with pytest.raises(UnknownLanguage, match="'tlh' is not a report language"):
        build_report(demo, "summary", out, lang="tlh")
    with pytest.raises(ReportError, match="reports on itself only"):
        build_report(demo, "summary", out, office="MW-01")
    with pytest.raises(ReportError, match="does not exist"):
        build_report(demo, "summary", tmp_path / "missing" / "x.pdf")
    training_id = completed_training(demo)
    demo.trainings.delete(training_id)
    with pytest.raises(ReportRefused, match="was deleted"):
        build_report(demo, "training", out, record_id=training_id)
    assert not out.exists()


def test_certificates_without_participants_are_refused(demo, tmp_path):
    empty = demo.trainings.create({"title": "Planned seminar", "form": "seminar", "country_id": country_id("GT"),
                                   "start_date": "2026-12-01", "end_date": "2026-12-01"})
    with pytest.raises(ReportRefused, match="no certificate to print"):
        build_report(demo, "certificates", tmp_path / "c.pdf", record_id=empty)
    build_report(demo, "attendance", tmp_path / "a.pdf", record_id=empty)
    assert "No participants are enrolled" in pdf_text(tmp_path / "a.pdf")


def test_headquarters_summary_covers_all_offices_or_the_one_asked(hq, tmp_path):
    from app.services.demo import load_demo

    load_demo(hq, "small", seed=7)
    build_report(hq, "summary", tmp_path / "all.pdf")
    build_report(hq, "summary", tmp_path / "mw.pdf", office="MW-01")
    everything = " ".join(pdf_text(tmp_path / "all.pdf").split())
    malawi = " ".join(pdf_text(tmp_path / "mw.pdf").split())
    assert "All offices" in everything and "Lilongwe office (MW-01)" in malawi
    assert "4 needs assessment missions were undertaken in Malawi (4), Mongolia (1)" in malawi  # one interregional
    undertaken = sum(hq.stats.missions_by_scope(Period().held()).values())
    assert f"{undertaken} needs assessment missions were undertaken" in everything
    with pytest.raises(ReportError, match="no office with the code XX-99"):
        build_report(hq, "summary", tmp_path / "x.pdf", office="XX-99")


def test_long_activities_get_one_sheet_per_working_week(fd, tmp_path):
    course = fd.trainings.create({"title": "Fellowship", "form": "fellowship", "country_id": country_id("GT"),
                                  "start_date": "2026-03-02", "end_date": "2026-03-11"})
    people = fd.participants.create_many([{"full_name": f"Fellow {n}"} for n in range(3)])
    fd.enrollments.create_many([{"training_id": course, "participant_id": p} for p in people])
    out = tmp_path / "a.pdf"
    build_report(fd, "attendance", out, record_id=course)
    pages = pdf_pages(out)
    assert len(pages) == 2
    assert "Day 5" in pages[0] and "Day 6" not in pages[0]  # Monday 2 to Friday 6 March
    assert "Day 6" in pages[1] and "Day 8" in pages[1] and "Day 9" not in pages[1] and "Fellow 2" in pages[1]
