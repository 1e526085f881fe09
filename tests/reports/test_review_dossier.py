"""The review dossier (Guatemala x administration of justice): its figures against records made for the purpose and
counted by hand here, the period, a section with nothing recorded, a refused scope, and the French text."""

from __future__ import annotations

from datetime import date

import pytest
from report_helpers import pdf_text

from app.reports import build_report
from app.reports.lookups import ReportRefused
from app.services.programme.review_dossier import dossier, scope_of
from app.services.store.query import ListQuery
from app.services.store.seed import country_id, stakeholder_type_id, theme_id
from app.services.store.transitions import transition

GT, JUSTICE = country_id("GT"), theme_id("justice")


def flat(path) -> str:
    return " ".join(pdf_text(path).split())


def person(fd, name: str, sex: str, group: str | None) -> str:
    return fd.participants.create({"full_name": name, "sex": sex, "country_id": GT,
                                   "stakeholder_type_id": stakeholder_type_id(group) if group else None})


def training(fd, title: str, status: str, cost: float, people: list[tuple[str, float | None, float | None]],
             start: date = date(2025, 3, 3), themes=(JUSTICE,)) -> str:
    tid = fd.trainings.create({"title": title, "country_id": GT, "theme_ids": list(themes), "status": status,
                               "start_date": start, "end_date": start, "cost_usd": cost})
    for pid, pre, post in people:
        fd.enrollments.create({"training_id": tid, "participant_id": pid, "pre_score": pre, "post_score": post})
    return tid


@pytest.fixture
def justice(fd):
    """Guatemala x justice records, and others that the dossier must leave out."""
    judge = person(fd, "Ana", "female", "judiciary")
    prosecutor = person(fd, "Luis", "male", "judiciary")
    officer = person(fd, "Marta", "female", "police")
    unknown = person(fd, "Kim", "not_stated", None)
    # held, cost known: 3 people; scores 40->70, 50->60 (Marta untested)
    training(fd, "Fair trial course", "completed", 900.0, [(judge, 40, 70), (prosecutor, 50, 60),
             (officer, None, 80)])
    # held, no cost: 2 people, Ana again (counted once among the people reached); scores 60->90
    training(fd, "Remand workshop", "completed", 0.0, [(judge, None, None), (unknown, 60, 90)])
    training(fd, "Planned seminar", "planned", 500.0, [(officer, 10, 20)])  # not held: not reached, not tested
    training(fd, "Cancelled course", "cancelled", 300.0, [])  # left out
    training(fd, "Education course", "completed", 100.0, [(officer, 0, 100)], themes=(theme_id("education"),))
    training(fd, "Before the period", "completed", 100.0, [(officer, 0, 100)], start=date(2020, 1, 6))
    fd.requests.create({"title": "Train judges", "requesting_authority": "Organismo Judicial", "country_id": GT,
                        "received_date": date(2025, 1, 10), "theme_ids": [JUSTICE]})
    fd.requests.create({"title": "Schools", "requesting_authority": "Ministry", "country_id": GT,
                        "received_date": date(2025, 1, 10), "theme_ids": [theme_id("education")]})
    mission = fd.missions.create({"title": "Justice mission", "country_id": GT, "theme_ids": [JUSTICE],
                                  "start_date": date(2025, 2, 1), "end_date": date(2025, 2, 8)})
    fd.service("stakeholder_meeting").create({"mission_id": mission, "organisation": "Court",
                                    "stakeholder_type_id": stakeholder_type_id("judiciary")})
    project = fd.projects.create({"code": "GT-J", "title": "Courts", "country_id": GT, "theme_ids": [JUSTICE],
                                  "start_date": date(2024, 1, 1), "end_date": date(2026, 12, 31)})
    transition(fd, "project", project, "approved", on=date(2023, 12, 1))
    for year, source, budget, spent in ((2024, "regular_budget", 1000.0, 800.0),
                                        (2025, "regular_budget", 500.0, 500.0),
                                        (2025, "voluntary_fund", 2000.0, 1000.0)):
        fd.service("project_budget").create({"project_id": project, "year": year, "funding_source": source,
                                   "budget_usd": budget, "expenditure_usd": spent})
    fd.projects.create({"code": "GT-P", "title": "Pipeline", "country_id": GT, "theme_ids": [JUSTICE]})  # left out
    rec = fd.recommendations.create({"text": "Limit remand", "country_id": GT, "thematic_area_id": JUSTICE,
                                     "source": "review", "issued_date": date(2025, 2, 9)})
    fd.followup_notes.create({"recommendation_id": rec, "note_date": date(2025, 6, 1), "status": "in_progress",
                              "note": "Register piloted"})
    fd.recommendations.create({"text": "Legal aid", "country_id": GT, "thematic_area_id": JUSTICE,
                               "issued_date": date(2025, 2, 9)})
    return fd


def test_the_dossier_counts_what_was_recorded(justice):
    d = dossier(justice, scope_of(justice, "gt", "justice", date(2024, 1, 1), date(2025, 12, 31)))
    assert [r["title"] for r in d.requests] == ["Train judges"]
    assert [(m["title"], m["meetings"], m["findings"]) for m in d.missions] == [("Justice mission", 1, 0)]
    assert [t.title for t in d.trainings] == ["Fair trial course", "Planned seminar", "Remand workshop"]
    assert [t.title for t in d.held] == ["Fair trial course", "Remand workshop"]
    # people reached: Ana, Luis, Marta, Kim (Ana twice, counted once)
    assert d.reached.total == 4
    assert d.reached.by_sex() == {"female": 2, "male": 1, "not_stated": 1}
    assert {g: sum(c.values()) for g, c in d.reached.by_group.items()} == {
        stakeholder_type_id("judiciary"): 2, stakeholder_type_id("police"): 1, None: 1}
    tested, pre, post = d.learning()
    assert (tested, pre, post) == (3, pytest.approx((40 + 50 + 60) / 3), pytest.approx((70 + 60 + 90) / 3))
    assert d.cost() == (900.0, 3, 1)  # 300 a participant; one held activity has no cost
    assert d.trainings[0].cost_per_participant == 300.0 and d.trainings[2].cost_per_participant is None
    assert [p.code for p in d.projects] == ["GT-J"]
    assert d.budget_by_source() == {"regular_budget": (1500.0, 1300.0), "voluntary_fund": (2000.0, 1000.0)}
    assert d.recommendations_by_status() == {"in_progress": 1, "not_started": 1}
    assert [r["latest_note"]["note"] if r["latest_note"] else None for r in d.recommendations] == [
        "Register piloted", None]


def test_the_dossier_prints_every_section(justice, tmp_path):
    out = tmp_path / "dossier.pdf"
    build_report(justice, "review", out, country="GT", theme="justice", date_from=date(2024, 1, 1),
                 date_to=date(2025, 12, 31))
    text = flat(out)
    for needle in ("Review dossier", "Guatemala × Administration of justice", "Requests and decisions",
                   "Train judges", "Justice mission", "People reached by target group and sex",
                   "of 3 participants tested before and after, the average score rose from 50.0 to 73.3 (23.3 points)",
                   "USD 900 for 3 participants enrolled, USD 300 each",
                   "Activities held whose cost is not recorded (no cost per participant): 1.",
                   "GT-J Courts", "Voluntary Fund for Technical Cooperation", "Follow-up of recommendations",
                   "Register piloted", "no follow-up recorded"):
        assert needle in text, needle
    assert "Fair trial course" in text and "Before the period" not in text and "Education course" not in text
    # evaluations, lessons and checks after the exit: none recorded, said plainly
    assert "None recorded." in text and "no project in this dossier is closed" in text


def test_a_theme_with_nothing_recorded_says_so_and_a_wrong_scope_is_refused(justice, tmp_path):
    out = tmp_path / "empty.pdf"
    build_report(justice, "review", out, country="MN", theme="nhri", lang="fr")
    text = flat(out)
    assert "Dossier d'examen" in text and text.count("Aucune donnée enregistrée.") == 7  # every empty section
    assert "aucun projet de ce dossier n'est clôturé" in text
    assert "Demandes et décisions" in text and "Suivi des recommandations" in text
    with pytest.raises(ReportRefused, match="not a thematic area"):
        build_report(justice, "review", out, country="GT", theme="justicia")
    with pytest.raises(ReportRefused, match="ISO 3166"):
        build_report(justice, "review", out, country="XX", theme="justice")


def test_the_demo_fills_every_section_of_the_guatemala_justice_dossier(demo, tmp_path):
    out = tmp_path / "demo.pdf"
    build_report(demo, "review", out, country="GT", theme="justice")
    text = flat(out)
    assert "None recorded" not in text and "no project in this dossier is closed" not in text
    for needle in ("Thematic review: administration of justice", "Approved", "Needs assessment mission on the "
                   "administration of justice", "Learning gain: of", "GT-2022-05", "End-of-project evaluation",
                   "Lessons recorded", "Partly sustained", "Review of the programme"):
        assert needle in text, needle


def test_reviews_are_in_the_json_export_and_the_spreadsheet(demo, tmp_path):
    import json

    from openpyxl import load_workbook

    from app.services.store.export import export_json_text
    from app.spreadsheets.export import export_database

    titles = sorted(r["title"] for r in demo.reviews.matching_rows(ListQuery(), ["title"]))
    assert titles == ["Country review: Guatemala", "Thematic review: administration of justice"]
    tables = json.loads(export_json_text(demo))["tables"]
    assert sorted(r["title"] for r in tables["review"]) == titles
    for table in ("review_member", "review_interview", "review_finding"):
        assert len(tables[table]) == demo.service(table).count() > 0, table
    out = tmp_path / "all.xlsx"
    counts = export_database(demo, out, lang="es")
    sheet = load_workbook(out)["Exámenes"]
    header = [c.value for c in sheet[1]]
    assert header[:5] == ["Tipo de examen", "Título", "Términos de referencia", "Período desde", "Período hasta"]
    assert sorted(sheet.cell(r, 2).value for r in range(2, sheet.max_row + 1)) == titles
    assert counts["review_finding"] == demo.review_findings.count() > 0
