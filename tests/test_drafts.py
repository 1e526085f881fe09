"""Checking one field of an unsaved record as it is typed (``DraftChecks.field``) says what checking the whole record
says (``draft_problems``), field by field and rule by rule, at a fraction of the cost."""

from __future__ import annotations

from datetime import date

import pytest

from app.services.store.drafts import DraftChecks
from app.services.store.lookups import draft_problems

EDITS = [
    ("mission_member", {"mission_id": "m"}, {"staff_name": "", "role": ""},
     [("staff_name", "Ana"), ("staff_name", ""), ("role", "x\u202ey"), ("staff_name", "Ana"), ("role", "")]),
    ("stakeholder_meeting", {"mission_id": "m"}, {},
     [("organisation", "Supreme Court"), ("organisation", ""), ("meeting_date", date(2026, 3, 2))]),
    ("mission", {}, {"title": "T", "country_id": "c", "start_date": date(2024, 5, 2)},
     [("end_date", date(2024, 5, 1)), ("end_date", date(2024, 5, 3)), ("title", ""), ("request_date",
                                                                                  date(2024, 6, 1))]),
    ("due_rule", {}, {"name": "Report", "code": "report"},
     [("check_months", "six"), ("check_months", "6, 12"), ("period_months", 5), ("period_months", 6)]),
    ("participant", {}, {"full_name": "A", "email": "x"},
     [("email", "a@b.org"), ("consent_contact", True), ("email", "bad"), ("full_name", "B\x07"), ("sex", "nope")]),
]


@pytest.mark.parametrize(("table", "fixed", "start", "edits"), EDITS, ids=[e[0] for e in EDITS])
def test_a_field_checked_alone_says_what_the_whole_record_says(table, fixed, start, edits):
    checks = DraftChecks(table, fixed)
    assert checks.whole(start) == draft_problems(table, {**fixed, **start})
    values = dict(start)
    for key, value in edits:
        values[key] = value
        assert checks.field(values, key) == draft_problems(table, {**fixed, **values}), (key, value)
    assert (checks.whole_checks, checks.field_checks) == (1, len(edits))
