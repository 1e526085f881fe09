"""The GUI's read helpers: reference choices, names of referenced records, enrollment sheets, draft checks."""

from __future__ import annotations

from datetime import date

from app.services.store import lookups
from app.services.store.seed import country_id, theme_id


def test_reference_choices_list_each_table_in_its_order(fd):
    choices = lookups.reference_choices(fd)
    assert set(choices) == {"country", "thematic_area", "stakeholder_type", "office", "region"}
    names = [c.name for c in choices["country"]]
    assert names == sorted(names) and len(names) >= 249
    assert choices["thematic_area"][0].code == "nhri"
    assert [c.code for c in choices["office"]] == ["GT-01"]
    assert [c.code for c in choices["region"]][:3] == ["002", "015", "202"]  # UN M49: Africa, its subregions


def test_list_rows_name_referenced_records_but_leave_reference_tables_to_the_interface(fd):
    pid = fd.projects.create({"code": "GT-1", "title": "Justice project", "country_id": country_id("GT")})
    tid = fd.trainings.create({"title": "Course", "country_id": country_id("GT"), "project_id": pid,
                               "start_date": "2025-01-01", "end_date": "2025-01-02"})
    [row] = lookups.list_rows(fd, "training", [tid], ["title", "project_id", "country_id"])
    assert row["project_id:name"] == "Justice project"
    assert row["country_id"] == country_id("GT") and "country_id:name" not in row


def test_enrollment_sheet_and_activities_of_a_participant(fd):
    tid = fd.trainings.create({"title": "Course", "country_id": country_id("GT"), "start_date": "2025-01-01",
                               "end_date": "2025-01-02"})
    zoe = fd.participants.create({"full_name": "Zoë Ruiz", "sex": "female", "organisation": "OJ"})
    ana = fd.participants.create({"full_name": "ana López", "sex": "female"})
    for pid in (zoe, ana):
        fd.enrollments.create({"training_id": tid, "participant_id": pid, "pre_score": 40})
    sheet = lookups.enrollment_sheet(fd, tid)
    assert [r["full_name"] for r in sheet] == ["ana López", "Zoë Ruiz"] and sheet[1]["organisation"] == "OJ"
    [activity] = lookups.activities_of(fd, zoe)
    assert activity["title"] == "Course" and activity["start_date"] == date(2025, 1, 1) and activity["pre_score"] == 40
    fd.trainings.delete(tid)
    assert lookups.activities_of(fd, zoe) == []


def test_search_choices_find_by_prefix_and_respect_filters(fd):
    a = fd.participants.create({"full_name": "Chikondi Banda", "country_id": country_id("MW")})
    fd.participants.create({"full_name": "Chikondi Phiri", "country_id": country_id("GT")})
    assert lookups.search_choices(fd, "participant", "chikondi ban") == [(a, "Chikondi Banda")]
    assert lookups.search_choices(fd, "participant", "chik", filters={"country_id": country_id("MW")}) == [
        (a, "Chikondi Banda")]
    assert len(lookups.search_choices(fd, "participant", "", limit=1)) == 1


def test_draft_problems_name_the_fields_without_touching_the_database():
    assert lookups.draft_problems("training", {"title": "", "country_id": None, "start_date": date(2025, 5, 2),
                                               "end_date": date(2025, 5, 1)}) == {
        "title": "Title is required.", "country_id": "Country is required.",  # every problem at once (issue 15)
        "end_date": "The end date 2025-05-01 is before the start date 2025-05-02."}
    problems = lookups.draft_problems("training", {"title": "T", "country_id": country_id("GT"),
                                                   "start_date": date(2025, 5, 2), "end_date": date(2025, 5, 1)})
    assert problems == {"end_date": "The end date 2025-05-01 is before the start date 2025-05-02."}
    assert lookups.draft_problems("mission", {"title": "M", "country_id": "x", "theme_ids": [theme_id("nhri")]}) == {}
