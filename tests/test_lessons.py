"""Lessons: findings, evaluation lessons and follow-up notes searched together in every script the programme
writes in (accents, Cyrillic, Arabic), with filters by country, thematic area and year."""

from __future__ import annotations

from datetime import date

from app.services.programme.lessons import search_lessons
from app.services.store.seed import country_id, theme_id


def _record(fd):
    mw, ba, ru, ma = country_id("MW"), country_id("BA"), country_id("RU"), country_id("MA")
    mission = fd.missions.create({"title": "Needs assessment in Malawi", "country_id": mw,
                                  "start_date": date(2025, 3, 1), "end_date": date(2025, 3, 9)})
    fd.mission_findings.create({"mission_id": mission, "thematic_area_id": theme_id("nhri"),
                                "text": "The commission has no plan for the hand-over of regional offices."})
    project = fd.projects.create({"code": "BA-2021-00", "title": "Ombudsman", "country_id": ba,
                                  "theme_ids": [theme_id("justice")]})
    fd.project_evaluations.create({"project_id": project, "evaluation_date": date(2024, 2, 1),
                                   "findings": "Résultats atteints; la passation est prévue.",
                                   "lessons": "Plan the hand-over from the first year."})
    rec = fd.recommendations.create({"text": "Train prison staff.", "country_id": ru,
                                     "thematic_area_id": theme_id("justice")})
    fd.followup_notes.create({"recommendation_id": rec, "note_date": date(2026, 5, 2), "status": "in_progress",
                              "note": "Передача курсов учебному центру ФСИН начата."})
    rec_ar = fd.recommendations.create({"text": "Publish the plan.", "country_id": ma,
                                        "thematic_area_id": theme_id("action_plans")})
    fd.followup_notes.create({"recommendation_id": rec_ar, "note_date": date(2026, 6, 1), "status": "in_progress",
                              "note": "بدأ تسليم الخطة إلى الوزارة."})
    return mission, project, rec, rec_ar


def test_lessons_are_searched_together_in_every_script(fd):
    mission, project, rec, rec_ar = _record(fd)
    found = search_lessons(fd, "hand-over")
    assert [(lesson.kind, lesson.record_id) for lesson in found] == [("finding", mission), ("evaluation", project)]
    assert found[1].text.startswith("Plan the hand-over") and found[1].source == "BA-2021-00 Ombudsman"
    assert [lesson.record_id for lesson in search_lessons(fd, "passation prevue")] == [project]  # accents ignored
    assert [lesson.record_id for lesson in search_lessons(fd, "передач")] == [rec]  # a Cyrillic prefix
    assert [lesson.record_id for lesson in search_lessons(fd, "تسليم")] == [rec_ar]
    assert search_lessons(fd, "nothing-like-this") == []


def test_lessons_are_filtered_by_country_theme_and_year(fd):
    mission, project, rec, rec_ar = _record(fd)
    assert [lesson.kind for lesson in search_lessons(fd)] == ["followup", "followup", "finding", "evaluation"]
    assert [lesson.record_id for lesson in search_lessons(fd, country_id=country_id("BA"))] == [project]
    assert [lesson.record_id for lesson in search_lessons(fd, theme_id=theme_id("justice"))] == [rec, project]
    assert [lesson.record_id for lesson in search_lessons(fd, "hand", year=2025)] == [mission]
    fd.missions.delete(mission)
    assert [lesson.record_id for lesson in search_lessons(fd, "hand-over")] == [project]


def test_the_command_line_searches_lessons(field_profile, capsys, tmp_path):
    import csv
    import json

    from app.cli import main
    from app.services import FieldDesk

    with FieldDesk.open(field_profile) as fd:
        _, project, _, _ = _record(fd)
    sheet = tmp_path / "lessons.csv"
    assert main(["--profile", str(field_profile), "lessons", "hand-over", "--country", "BA", "--json", "--csv",
                 str(sheet)]) == 0
    [found] = json.loads(capsys.readouterr().out)
    with sheet.open(encoding="utf-8-sig", newline="") as f:
        [header, row] = list(csv.reader(f))
    assert dict(zip(header, row, strict=True)) == {
        "date": "2024-02-01", "kind": "evaluation", "what": "Evaluation", "country": "BA", "source": found["source"],
        "text": found["text"], "table": "project", "record_id": project}
    assert (found["kind"], found["record_id"], found["country"], found["date"]) == (
        "evaluation", project, "BA", "2024-02-01")
    assert main(["--profile", str(field_profile), "lessons", "--theme", "nope"]) == 2
    assert "no thematic area 'nope'" in capsys.readouterr().err


def test_a_reviews_findings_are_lessons_in_each_of_its_countries(fd):
    gt, mw = country_id("GT"), country_id("MW")
    review = fd.reviews.create({"title": "Thematic review: justice", "kind": "thematic", "country_ids": [gt, mw],
                                "theme_ids": [theme_id("justice")], "period_from": date(2025, 1, 1),
                                "period_to": date(2025, 6, 30)})
    fd.review_findings.create({"review_id": review,
                               "text": "The hand-over worked where the judicial school co-taught."})
    fd.review_findings.create({"review_id": review, "text": "Detention registers are kept on paper.",
                               "thematic_area_id": theme_id("nhri")})
    [found] = search_lessons(fd, "hand-over")
    assert (found.kind, found.table, found.record_id, found.source, found.day) == (
        "review", "review", review, "Thematic review: justice", date(2025, 6, 30))
    assert [x.record_id for x in search_lessons(fd, "hand-over", country_id=mw, theme_id=theme_id("justice"),
                                                year=2025)] == [review], "the review's second country too"
    assert search_lessons(fd, "hand-over", country_id=country_id("BA")) == []
    assert [x.text for x in search_lessons(fd, "registers", theme_id=theme_id("nhri"))] == [
        "Detention registers are kept on paper."]
    assert search_lessons(fd, "registers", theme_id=theme_id("justice")) == [], "the finding's own area comes first"
    fd.reviews.delete(review)
    assert search_lessons(fd, "hand-over") == []
