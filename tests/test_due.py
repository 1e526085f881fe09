"""What is due: deadlines derived from records built for the purpose, with the profile's clock moved; headquarters'
rules; the command line's --json and --ics."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime, timedelta

import pytest

from app.cli import main
from app.services.errors import NotAllowed
from app.services.programme.due import due_items, grouped, overdue_by_office, period_span, today_of
from app.services.store.seed import country_id, due_rule_id, theme_id
from app.services.store.transitions import transition


def set_today(fd, day: date) -> None:
    """Move the profile's wall clock to noon on ``day``."""
    target = int(datetime(day.year, day.month, day.day, 12).timestamp() * 1000)
    fd.wall.shift(ms=target - fd.wall.now_ms())
    assert today_of(fd) == day


def due(fd) -> list[tuple[str, str, str, date]]:
    return [(i.kind, i.title, i.detail, i.due) for i in due_items(fd, horizon_days=400)]


def test_period_labels_are_read_as_people_write_them():
    assert period_span("2026") == (date(2026, 1, 1), date(2026, 12, 31))
    assert period_span("2026 H2") == (date(2026, 7, 1), date(2026, 12, 31))
    assert period_span("2026-q3") == (date(2026, 7, 1), date(2026, 9, 30))
    assert period_span("2026 Q5") is None and period_span("spring") is None


def test_due_dates_follow_the_records_and_the_clock(fd):
    set_today(fd, date(2026, 10, 25))
    gt = country_id("GT")
    mission = fd.missions.create({"title": "Needs assessment in Malawi", "country_id": country_id("MW"),
                                  "start_date": date(2026, 9, 20), "end_date": date(2026, 10, 1),
                                  "status": "report_drafted"})
    rec = fd.recommendations.create({"text": "Adopt the action plan.", "country_id": gt,
                                     "issued_date": date(2026, 1, 10)})
    request = fd.requests.create({"title": "Prison reform", "requesting_authority": "Ministry of Justice",
                                  "country_id": gt, "received_date": date(2026, 8, 1)})
    with fd.writing():
        project = fd.projects.create({"code": "GT-2025-01", "title": "Justice", "country_id": gt,
                                      "theme_ids": [theme_id("justice")], "start_date": date(2025, 1, 1),
                                      "end_date": date(2026, 12, 31)})
    transition(fd, "project", project, "approved", on=date(2024, 12, 1))
    transition(fd, "project", project, "ongoing", on=date(2025, 1, 10))
    result = fd.project_results.create({"project_id": project, "statement": "Places of detention are visited."})
    indicator = fd.indicators.create({"result_id": result, "name": "Places of detention visited", "target": 40})
    fd.indicator_values.create({"indicator_id": indicator, "period": "2025", "measured_on": date(2025, 12, 31),
                                "value": 12})
    assert due(fd) == [
        ("mid_term_evaluation", "GT-2025-01 Justice", "", date(2026, 1, 30)),  # midpoint 2025-12-31 + 30 days
        ("recommendation_review", "Adopt the action plan.", "", date(2026, 7, 9)),  # issued + 180 days
        ("indicator_value", "Places of detention visited", "2026 H1", date(2026, 7, 30)),  # 2025's value covers
        ("request_decision", "Prison reform", "", date(2026, 10, 30)),
        ("mission_report", "Needs assessment in Malawi", "", date(2026, 10, 31)),
        ("indicator_value", "Places of detention visited", "2026 H2", date(2027, 1, 30)),
        ("final_evaluation", "GT-2025-01 Justice", "", date(2027, 3, 31)),
        ("project_report", "GT-2025-01 Justice", "", date(2027, 3, 31)),
    ]
    items = due_items(fd)
    groups = grouped(items, today_of(fd))
    assert [i.kind for i in groups["overdue"]] == ["mid_term_evaluation", "recommendation_review", "indicator_value"]
    assert [i.kind for i in groups["this_week"]] == ["request_decision", "mission_report"]
    assert not groups["this_month"] and len(items) == 5, "nothing beyond the next month"
    assert [i.table for i in groups["this_week"]] == ["assistance_request", "mission"]

    set_today(fd, date(2026, 11, 2))  # a week later the decision and the report are late too
    late = {i.kind: i.days_late(today_of(fd)) for i in grouped(due_items(fd), today_of(fd))["overdue"]}
    assert late["mission_report"] == 2 and late["request_decision"] == 3
    assert overdue_by_office(due_items(fd), today_of(fd)) == {"GT-01": 5}

    # what is done is no longer due
    fd.missions.update(mission, {"status": "report_final"})
    fd.followup_notes.create({"recommendation_id": rec, "note_date": date(2026, 10, 30), "status": "in_progress"})
    fd.indicator_values.create({"indicator_id": indicator, "period": "2026 H1", "measured_on": date(2026, 7, 15),
                                "value": 20})
    fd.project_evaluations.create({"project_id": project, "kind": "mid_term", "evaluation_date": date(2026, 11, 1)})
    transition(fd, "assistance_request", request, "declined", on=date(2026, 11, 2), reasons="Covered by UNDP.")
    assert due(fd) == [
        ("indicator_value", "Places of detention visited", "2026 H2", date(2027, 1, 30)),
        ("final_evaluation", "GT-2025-01 Justice", "", date(2027, 3, 31)),
        ("project_report", "GT-2025-01 Justice", "", date(2027, 3, 31)),
        ("recommendation_review", "Adopt the action plan.", "", date(2027, 4, 28)),  # from the last review
    ]


def test_headquarters_sets_the_rules_and_a_field_office_cannot(fd, hq):
    rule = due_rule_id("mission_report")
    with pytest.raises(NotAllowed):
        fd.due_rules.update(rule, {"days": 10})
    hq.due_rules.update(rule, {"days": 10})
    hq.due_rules.update(due_rule_id("indicator_value"), {"period_months": 12})
    set_today(hq, date(2026, 10, 25))
    hq.missions.create({"title": "Mission", "country_id": country_id("MW"), "start_date": date(2026, 10, 1),
                        "end_date": date(2026, 10, 5), "status": "in_the_field"}, owner_office="MW-01")
    [item] = due_items(hq)
    assert (item.due, item.office) == (date(2026, 10, 15), "MW-01"), "at headquarters, every office's records"
    assert overdue_by_office([item], today_of(hq)) == {"MW-01": 1}
    hq.due_rules.update(rule, {"enabled": False})
    assert due_items(hq) == []


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_line_lists_what_is_due_as_json_and_as_a_calendar(field_profile, tmp_path, capsys):
    from icalendar import Calendar

    from app.services import FieldDesk

    today = date.today()
    with FieldDesk.open(field_profile) as fd:
        fd.missions.create({"title": "Mission to Malawi", "country_id": country_id("MW"), "status": "in_the_field",
                            "start_date": today - timedelta(days=50), "end_date": today - timedelta(days=42)})
    ics = tmp_path / "due.ics"
    sheet = tmp_path / "due.csv"
    code, out, err = run(capsys, "--profile", str(field_profile), "due", "--json", "--ics", str(ics), "--csv",
                         str(sheet))
    assert code == 0 and "Wrote 1 item" in err and "Wrote 1 row" in err
    with sheet.open(encoding="utf-8-sig", newline="") as f:
        header, row = list(csv.reader(f))
    assert dict(zip(header, row, strict=True))["what"] == "Mission report"
    assert row[:3] == [(today - timedelta(days=12)).isoformat(), "overdue", "12"] and "Mission to Malawi" in row
    listed = json.loads(out)
    assert listed["counts"] == {"overdue": 1, "this_week": 0, "this_month": 0}
    [item] = listed["items"]
    assert (item["kind"], item["title"], item["country"], item["days_late"], item["due"]) == (
        "mission_report", "Mission to Malawi", "MW", 12, (today - timedelta(days=12)).isoformat())
    [event] = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert str(event["summary"]) == "Mission report: Mission to Malawi"
    assert event.decoded("dtstart") == today - timedelta(days=12)

    code, out, _ = run(capsys, "--profile", str(field_profile), "due")
    assert code == 0 and out.startswith("1 overdue, 0 this week, 0 this month")
    code, _, err = run(capsys, "--profile", str(field_profile), "due", "--ics", str(tmp_path))
    assert code == 1 and "is a folder" in err
    code, _, err = run(capsys, "--profile", str(field_profile), "due", "--csv", str(tmp_path / "no" / "due.csv"))
    assert code == 1 and "does not exist" in err
    code, _, err = run(capsys, "--profile", str(field_profile), "due", "set", "mission_report", "--days", "5")
    assert code == 1 and "kept by headquarters" in err
    code, _, err = run(capsys, "--profile", str(field_profile), "due", "--days", "-3")
    assert code == 2 and "not between 0 and 3650" in err


def test_a_review_in_progress_is_due_for_its_synthesis_after_its_period(fd):
    set_today(fd, date(2026, 10, 25))
    gt = [country_id("GT")]
    ended = fd.reviews.create({"title": "Country review: Guatemala", "status": "in_progress", "country_ids": gt,
                               "period_from": date(2026, 4, 1), "period_to": date(2026, 8, 31)})
    fd.reviews.create({"title": "Planned review", "status": "planned", "period_to": date(2026, 8, 31)})
    fd.reviews.create({"title": "Open-ended review", "status": "in_progress"})
    assert due(fd) == [("review_synthesis", "Country review: Guatemala", "", date(2026, 9, 30))]
    [item] = grouped(due_items(fd), today_of(fd))["overdue"]
    assert (item.table, item.record_id, item.country_id, item.days_late(today_of(fd))) == ("review", ended, gt[0], 25)
    fd.reviews.update(ended, {"synthesis": "The register works where the judiciary owns it.", "status": "final"})
    assert due(fd) == []


def test_a_missions_recommendations_reviewed_on_one_day_are_one_item(fd):
    """Four recommendations of the Malawi mission issued together fall due together: one item, "4 recommendations",
    that opens the mission; one reviewed since falls due later on its own, as does one of no mission."""
    set_today(fd, date(2026, 10, 25))
    mw = country_id("MW")
    mission = fd.missions.create({"title": "Needs assessment in Malawi", "country_id": mw,
                                  "start_date": date(2026, 1, 5), "end_date": date(2026, 1, 9),
                                  "status": "report_final"})
    recs = [fd.recommendations.create({"text": f"Recommendation {n}.", "country_id": mw, "mission_id": mission,
                                       "issued_date": date(2026, 1, 20)}) for n in range(5)]
    fd.followup_notes.create({"recommendation_id": recs[4], "note_date": date(2026, 6, 1), "status": "in_progress"})
    fd.recommendations.create({"text": "Ratify OPCAT.", "country_id": mw, "issued_date": date(2026, 1, 20)})
    items = [i for i in due_items(fd, horizon_days=400) if i.kind == "recommendation_review"]
    assert sorted((i.table, i.title, i.detail, i.due) for i in items) == [
        ("mission", "Needs assessment in Malawi", "4", date(2026, 7, 19)),  # issued + 180 days, reviewed together
        ("recommendation", "Ratify OPCAT.", "", date(2026, 7, 19)),
        ("recommendation", "Recommendation 4.", "", date(2026, 11, 28)),  # from its last review
    ]
    grouped_item = next(i for i in items if i.table == "mission")
    assert grouped_item.record_id == mission and grouped_item.detail_text == "4 recommendations"
