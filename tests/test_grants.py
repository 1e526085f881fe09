"""Grants: the rules of a tranche's and a report's dates, the warning when the tranches do not add up, what is
overdue on a grant and in "What is due", status changes recorded like a project's, and the project's history."""

from __future__ import annotations

from datetime import date

import pytest

from app.models.validation import ValidationFailed
from app.services.programme.due import due_items
from app.services.programme.grants import grant_overview, grants_list
from app.services.store.history import record_history
from app.services.store.seed import country_id
from app.services.store.transitions import history, transition
from tests.test_due import set_today


def a_grant(fd, amount: float = 30000) -> tuple[str, str]:
    project = fd.projects.create({"code": "GT-07", "title": "Justice", "country_id": country_id("GT")})
    grant = fd.grants.create({"project_id": project, "grantee_name": "Colectivo Madre Tierra", "amount": amount,
                              "grantee_kind": "ngo", "grantee_country_id": country_id("GT")})
    return project, grant


def problems(error: pytest.ExceptionInfo) -> dict[str, str]:
    return {f: m.code for f, m in error.value.by_field().items()}


def test_a_grant_is_in_dollars_unless_told_and_its_currency_is_a_code(fd):
    project, grant = a_grant(fd)
    row = fd.grants.get_row(grant)
    assert (row["currency"], row["status"], row["owner_office"]) == ("USD", "proposed", fd.site.office)
    with pytest.raises(ValidationFailed) as error:
        fd.grants.update(grant, {"currency": "US$"})
    assert problems(error) == {"currency": "not_a_currency"}
    with pytest.raises(ValidationFailed) as error:
        fd.grants.create({"grantee_name": "No project"})
    assert "project_id" in error.value.by_field()


def test_tranche_and_report_dates_follow_their_rules(fd):
    _project, grant = a_grant(fd)
    with pytest.raises(ValidationFailed) as error:
        fd.grant_tranches.create({"grant_id": grant, "number": 1, "amount": 10000, "due_date": date(2026, 3, 1),
                                  "paid": True})
    assert problems(error) == {"paid_date": "paid_needs_date"}
    with pytest.raises(ValidationFailed) as error:
        fd.grant_tranches.create({"grant_id": grant, "number": 1, "amount": 10000, "due_date": date(2026, 3, 1),
                                  "paid_date": date(2026, 3, 2)})
    assert problems(error) == {"paid": "paid_date_not_paid"}
    fd.grant_tranches.create({"grant_id": grant, "number": 1, "amount": 10000, "due_date": date(2026, 3, 1)})
    with pytest.raises(ValidationFailed) as error:
        fd.grant_tranches.create({"grant_id": grant, "number": 1, "amount": 5000, "due_date": date(2026, 6, 1)})
    assert "This grant already has a tranche 1." in str(error.value)
    with pytest.raises(ValidationFailed) as error:
        fd.grant_reports.create({"grant_id": grant, "kind": "narrative", "due_date": date(2026, 6, 30),
                                 "accepted_date": date(2026, 7, 2)})
    assert problems(error) == {"accepted_date": "accepted_not_received"}
    with pytest.raises(ValidationFailed) as error:
        fd.grant_reports.create({"grant_id": grant, "kind": "narrative", "due_date": date(2026, 6, 30),
                                 "received_date": date(2026, 7, 5), "accepted_date": date(2026, 7, 2)})
    assert problems(error) == {"accepted_date": "accepted_before_received"}


def test_overdue_tranches_and_reports_on_the_grant_and_in_what_is_due(fd):
    set_today(fd, date(2026, 8, 1))
    project, grant = a_grant(fd)
    t1 = fd.grant_tranches.create({"grant_id": grant, "number": 1, "amount": 10000, "due_date": date(2026, 3, 1)})
    t2 = fd.grant_tranches.create({"grant_id": grant, "number": 2, "amount": 10000, "due_date": date(2026, 7, 1)})
    fd.grant_tranches.create({"grant_id": grant, "number": 3, "amount": 5000, "due_date": date(2026, 12, 1)})
    fd.grant_reports.create({"grant_id": grant, "kind": "narrative", "due_date": date(2026, 6, 30)})
    fd.grant_reports.create({"grant_id": grant, "kind": "financial", "due_date": date(2026, 6, 30),
                             "received_date": date(2026, 6, 28)})
    # A proposed grant owes nothing yet.
    assert grant_overview(fd, grant)["overdue"] == []
    assert [i for i in due_items(fd, horizon_days=400) if i.kind.startswith("grant")] == []
    transition(fd, "grant_award", grant, "approved", on=date(2026, 1, 10))
    transition(fd, "grant_award", grant, "active", on=date(2026, 2, 1), note="Agreement signed")
    assert [(h["from_status"], h["to_status"]) for h in history(fd, "grant_award", grant)] == [
        (None, "proposed"), ("proposed", "approved"), ("approved", "active")]
    with pytest.raises(ValidationFailed, match="proposed"):
        transition(fd, "grant_award", grant, "proposed")
    fd.grant_tranches.update(t1, {"paid": True, "paid_date": date(2026, 3, 3)})
    shown = grant_overview(fd, grant)
    assert [(o.what, o.label, o.days_late) for o in shown["overdue"]] == [("report", "narrative", 32),
                                                                          ("tranche", "2", 31)]
    assert (shown["scheduled"], shown["paid_amount"], shown["sum_differs"]) == (25000, 10000, True)
    due = [(i.kind, i.title, i.detail_text, i.due, i.table, i.record_id)
           for i in due_items(fd, horizon_days=400) if i.kind.startswith("grant")]
    assert due == [
        ("grant_report", "Colectivo Madre Tierra (GT-07)", "narrative report", date(2026, 6, 30), "project", project),
        ("grant_tranche", "Colectivo Madre Tierra (GT-07)", "tranche 2", date(2026, 7, 1), "project", project),
        ("grant_tranche", "Colectivo Madre Tierra (GT-07)", "tranche 3", date(2026, 12, 1), "project", project)]
    fd.grant_tranches.update(t2, {"paid": True, "paid_date": date(2026, 8, 1)})
    assert [o.what for o in grant_overview(fd, grant)["overdue"]] == ["report"]
    assert [g["grantee_name"] for g in grants_list(fd, overdue_only=True)] == ["Colectivo Madre Tierra"]
    assert grants_list(fd, status=["closed"]) == []
    fd.grants.update(grant, {"amount": 25000})
    assert grant_overview(fd, grant)["sum_differs"] is False
    # The project's history tells the grant's story, down to its tranches.
    changes = {c.field for e in record_history(fd, "project", project) for c in e.changes}
    assert {"grant_award.grantee_name", "grant_tranche.paid_date", "grant_report.kind"} <= changes


def test_two_grants_of_a_project_have_their_own_due_items_and_calendar_events(fd):
    from app.services.programme.due_calendar import calendar_bytes

    set_today(fd, date(2026, 8, 1))
    project, first = a_grant(fd)
    second = fd.grants.create({"project_id": project, "grantee_name": "Asociación Pop No'j", "amount": 5000})
    for grant in (first, second):
        transition(fd, "grant_award", grant, "approved", on=date(2026, 1, 10))
        fd.grant_tranches.create({"grant_id": grant, "number": 2, "amount": 5000, "due_date": date(2026, 7, 1)})
    items = [i for i in due_items(fd, horizon_days=0) if i.kind == "grant_tranche"]
    assert sorted((i.part_id, i.record_id) for i in items) == sorted([(first, project), (second, project)])
    uids = [line for line in calendar_bytes(items, "GT-01").decode().splitlines() if line.startswith("UID:")]
    assert len(set(uids)) == 2, uids
