"""Fellowships: the record's rules (what a completed fellowship needs, said all at once), its weeks, one fellowship
per person and cohort, its parts in its history, the demo's cohort, the fellowships report, the certificate (only
for a completed fellowship, found again by its number), the summary's figures, and copying an old "fellowship"
training activity without touching it."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest
from pypdf import PdfReader

from app.models.fellowship import placement_weeks
from app.models.validation import ValidationFailed
from app.reports import build_report
from app.reports.lookups import ReportRefused
from app.services import ListQuery
from app.services.errors import NotFound
from app.services.programme.fellowships import (
    applying_after,
    cohorts,
    copy_from_activity,
    fellows_by_sex,
    fellowships_of,
    report_rows,
)
from app.services.programme.stats import Period
from app.services.store.history import record_history
from app.services.store.seed import country_id

COHORT = "2026 Indigenous Fellowship, Spanish section"


def _pdf(fd, kind: str, **kw) -> str:
    out = io.BytesIO()
    build_report(fd, kind, out, **kw)
    return "\n".join(page.extract_text() or "" for page in PdfReader(out).pages)


def _fellowship(fd, **values) -> str:
    person = fd.participants.create({"full_name": "Ana Choc", "sex": "female"})
    return fd.fellowships.create({"participant_id": person, "cohort": "2027 Minorities Fellowship",
                                  "country_id": country_id("GT"), **values})


def test_a_completed_fellowship_says_everything_it_lacks_at_once(fd):
    fid = _fellowship(fd)
    with pytest.raises(ValidationFailed) as refused:
        fd.fellowships.update(fid, {"status": "completed"})
    assert {p.field: p.message.code for p in refused.value.problems} == {
        "placement_start": "placement_needs_start", "placement_end": "completed_needs_end",
        "report_received": "completed_needs_report"}
    with pytest.raises(ValidationFailed, match="before the placement starts"):
        fd.fellowships.update(fid, {"placement_start": date(2026, 5, 4), "report_received": date(2026, 4, 1)})
    with pytest.raises(ValidationFailed, match="end date"):
        fd.fellowships.update(fid, {"placement_start": date(2026, 5, 4), "placement_end": date(2026, 5, 1)})
    assert fd.fellowships.get_row(fid)["status"] == "selected"  # nothing was changed
    fd.fellowships.update(fid, {"status": "completed", "placement_start": date(2026, 5, 4),
                                "placement_end": date(2026, 7, 31), "report_received": date(2026, 8, 14)})
    fd.fellowships.update(fid, {"status": "withdrawn"})  # a withdrawal needs nothing more
    assert placement_weeks(date(2026, 3, 1), date(2026, 5, 30)) == 13.0 and placement_weeks(None, None) is None


def test_a_person_is_a_fellow_of_a_cohort_once_and_the_parts_show_in_the_fellowship_s_history(fd):
    fid = _fellowship(fd)
    person = fd.fellowships.get_row(fid)["participant_id"]
    with pytest.raises(ValidationFailed, match="already a fellow of the cohort"):
        fd.fellowships.create({"participant_id": person, "cohort": "2027 Minorities Fellowship",
                               "country_id": country_id("GT")})
    objective = fd.fellowship_objectives.create({"fellowship_id": fid, "objective": "Draft a shadow report"})
    fd.fellowship_objectives.update(objective, {"met": "partly"})
    fd.fellowship_contacts.create({"fellowship_id": fid, "contact_date": date(2026, 9, 3),
                                   "current_role": "Ombudsman's office", "applies": "yes"})
    changed = [c.field for entry in record_history(fd, "fellowship", fid) for c in entry.changes]
    assert "fellowship_objective.met" in changed and "fellowship_contact.current_role" in changed
    assert [r["cohort"] for r in fellowships_of(fd, person)] == ["2027 Minorities Fellowship"]
    fd.fellowships.delete(fid)  # its parts go with it
    assert fd.fellowship_objectives.count() == 0 and fd.fellowship_contacts.count() == 0


def test_the_demo_cohort_its_report_its_certificates_and_the_summary(demo, capsys):
    assert cohorts(demo) == [COHORT]
    rows = demo.fellowships.matching_rows(ListQuery(filters={"cohort": COHORT}), ["status", "participant_id"])
    assert sorted(r["status"] for r in rows) == ["completed", "completed", "in_placement", "withdrawn"]
    by_status = {r["status"]: r["id"] for r in rows}
    assert fellows_by_sex(demo, Period()) and sum(fellows_by_sex(demo, Period()).values()) == 2
    assert applying_after(demo, Period()) == {"yes": 1, "partly": 1}

    text = _pdf(demo, "fellowships", cohort=COHORT.upper())
    assert "2 completed, 1 in placement, 0 selected, 1 withdrawn." in text and COHORT.upper() not in text
    assert "What the fellows did afterwards" in text and "12.7" in text
    with pytest.raises(NotFound) as unknown:  # a mistyped cohort is said, not printed as an empty report
        _pdf(demo, "fellowships", cohort="1999 cohort")
    assert unknown.value.args[0].code == "no_such_cohort" and COHORT in str(unknown.value)
    assert "Fellowships" in _pdf(demo, "summary", lang="en")

    for status, message in (("withdrawn", "withdrew"), ("in_placement", "in placement")):
        with pytest.raises(ReportRefused, match=message):
            _pdf(demo, "fellowship_certificate", record_id=by_status[status])
    completed = [r for r in rows if r["status"] == "completed"][0]
    certificate = _pdf(demo, "fellowship_certificate", record_id=completed["id"], lang="es")
    assert "Certificado de beca" in certificate and "13 semanas" not in certificate and "12,7 semanas" in certificate
    from app.reports.fellowship_certificate import fellowship_number

    number = fellowship_number(demo.fellowships.get_row(completed["id"]))
    assert number in certificate and number.startswith("GT-01-2026-")
    # the fellow's subject access report shows the fellowship whole: the final report, objectives, contacts
    [held] = [r for r in report_rows(demo) if r["id"] == completed["id"]]
    access = " ".join(_pdf(demo, "subject_access", record_id=held["participant_id"]).split())
    assert "Fellowships" in access and "Final report summary" in access and "What they do now" in access
    assert all(part[:24] in access for part in (held["report_summary"], held["contacts"][0]["current_role"],
                                                held["objectives"][0]["objective"]))
    from app.cli import main

    assert main(["--profile", str(demo.folder.path), "certificate", number]) == 0
    assert COHORT in capsys.readouterr().out
    assert main(["--profile", str(demo.folder.path), "fellowships", "list", "--cohort", COHORT.lower(), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert sorted(r["status"] for r in listed) == ["completed", "completed", "in_placement", "withdrawn"]
    assert sorted(r["contacts"] for r in listed) == [0, 0, 1, 2]
    assert main(["--profile", str(demo.folder.path), "fellowships", "list", "--cohort", COHORT.lower()]) == 0
    printed = capsys.readouterr().out  # the labels people read, not the stored codes
    assert "In placement" in printed and "Completed" in printed and "in_placement" not in printed


def test_the_demo_s_fellowships_in_export_json_and_in_excel(demo, tmp_path):
    from openpyxl import load_workbook

    from app.services.store.export import export_json_text
    from app.spreadsheets.export import export_table

    tables = json.loads(export_json_text(demo))["tables"]
    assert (len(tables["fellowship"]), len(tables["fellowship_objective"]), len(tables["fellowship_contact"])) == (
        4, 9, 3)
    export_table(demo, "fellowship_contact", tmp_path / "contacts.xlsx", lang="es")
    rows = list(load_workbook(tmp_path / "contacts.xlsx").active.iter_rows(values_only=True))
    assert len(rows) == 4 and "Videollamada" in rows[1] + rows[2] + rows[3]


def test_an_old_fellowship_activity_is_copied_into_fellowships_and_kept(fd, capsys):
    activity = fd.trainings.create({"title": "Fellowship programme on justice", "form": "fellowship",
                                    "country_id": country_id("GT"), "start_date": date(2025, 3, 3),
                                    "end_date": date(2025, 5, 30), "status": "completed", "venue": "Geneva"})
    people = fd.participants.create_many([{"full_name": f"Fellow {n}"} for n in range(2)])
    for person in people:
        fd.enrollments.create({"training_id": activity, "participant_id": person, "post_score": 70})
    made = copy_from_activity(fd, activity)
    assert copy_from_activity(fd, activity) == []  # again: nobody twice
    from app.cli import main

    assert main(["--profile", str(fd.folder.path), "fellowships", "from-activity", activity]) == 0
    assert "Nothing to make" in capsys.readouterr().out
    assert main(["--profile", str(fd.folder.path), "fellowships", "from-activity", "no-such-id"]) == 1
    assert "no training activity" in capsys.readouterr().err
    rows = fd.fellowships.rows(made, ["cohort", "host", "placement_start", "status"])
    assert {(r["cohort"], r["host"], r["placement_start"], r["status"]) for r in rows} == {
        ("Fellowship programme on justice", "Geneva", date(2025, 3, 3), "in_placement")}
    assert fd.trainings.get_row(activity)["deleted"] is False and fd.enrollments.count() == 2
    course = fd.trainings.create({"title": "Course", "country_id": country_id("GT"),
                                  "start_date": date(2025, 3, 3), "end_date": date(2025, 3, 3)})
    with pytest.raises(Exception, match="Fellowship"):
        copy_from_activity(fd, course)


def test_merging_two_records_of_a_fellow_moves_the_fellowships_or_says_why_not(fd):
    from app.services.errors import NotAllowed
    from app.services.store.merging import merge_participants, plan_merge

    keep, other = fd.participants.create_many([{"full_name": "Ana Choc"}, {"full_name": "Ana Choc Xol"}])
    moved = fd.fellowships.create({"participant_id": other, "cohort": "2025 Minorities Fellowship",
                                   "country_id": country_id("GT")})
    for person in (keep, other):
        fd.fellowships.create({"participant_id": person, "cohort": "2026 Indigenous Fellowship",
                               "country_id": country_id("GT")})
    with pytest.raises(NotAllowed, match="2026 Indigenous Fellowship"):
        plan_merge(fd, keep, other)
    [twice] = fd.fellowships.ids(ListQuery(filters={"participant_id": other, "cohort": "2026 Indigenous Fellowship"}))
    fd.fellowships.delete(twice)
    assert plan_merge(fd, keep, other).to_json()["fellowships"] == 1
    merge_participants(fd, keep, other)
    assert fd.fellowships.get_row(moved)["participant_id"] == keep
    assert sorted(r["cohort"] for r in fellowships_of(fd, keep)) == ["2025 Minorities Fellowship",
                                                                    "2026 Indigenous Fellowship"]


def test_deleting_the_fellow_deletes_their_fellowships_with_them(fd):
    fid = _fellowship(fd)
    fd.fellowship_objectives.create({"fellowship_id": fid, "objective": "Draft a shadow report"})
    fd.participants.delete(fd.fellowships.get_row(fid)["participant_id"])
    assert fd.fellowships.get_row(fid)["deleted"] and fd.fellowship_objectives.count() == 0
