"""An office's bundle carries values a form would refuse, for its own records: each such change is held for review
with a plain reason, the record stays as it was, the rest of the bundle is applied, and headquarters' exports keep
working."""

from __future__ import annotations

import pytest

from app.models.ids import new_id
from app.services.store.seed import country_id
from app.spreadsheets.export import export_database
from tests.sync.attack import deliver, forged, log_mark, logged_since, refusals, warned

CASES = [  # (what, table, op, new, code, field)
    ("an unknown op", "participant", "upsert", {"organisation": "Changed"}, "unknown_op", ""),
    ("an unknown sex", "participant", "update", {"sex": "martian"}, "invalid_value", "sex"),
    ("an integer name", "participant", "update", {"full_name": 42}, "invalid_value", "full_name"),
    ("an e-mail without consent", "participant", "update", {"email": "ana@example.org"}, "invalid_value",
     "consent_contact"),
    ("an end before the start", "training", "update", {"end_date": "2025-12-31"}, "invalid_value", "end_date"),
    ("a NUL in a name", "participant", "update", {"full_name": "Ana\x00López"}, "invalid_value", "full_name"),
    ("a control character", "participant", "update", {"organisation": "Org\x1b[31m"}, "invalid_value",
     "organisation"),
    ("a bidi override in a name", "participant", "update", {"full_name": "Ali \u202eexe.live"}, "invalid_value",
     "full_name"),
    ("a bidi isolate", "participant", "update", {"organisation": "Org\u2067x"}, "invalid_value", "organisation"),
    ("a C1 control", "participant", "update", {"position": "Judge\x85"}, "invalid_value", "position"),
    ("a newline in a name", "participant", "update", {"full_name": "Ana\nLópez"}, "invalid_value", "full_name"),
    ("a bidi override in long text", "training", "update", {"description": "ok\n\u202eko"}, "invalid_value",
     "description"),
    ("a name too long", "participant", "update", {"full_name": "A" * 201}, "invalid_value", "full_name"),
    ("a delete that edits", "participant", "delete", {"deleted": True, "full_name": "Gone"}, "bad_delete", ""),
    ("an unknown field", "participant", "update", {"salary": 10}, "unknown_field", "salary"),
    ("a list as a reference", "participant", "update", {"country_id": ["GT"]}, "invalid_value", "country_id"),
    ("a number as a reference", "participant", "update", {"country_id": 7}, "invalid_value", "country_id"),
]


@pytest.fixture
def stored(net):
    """GT-01's participant and training, already at headquarters."""
    gt = net["GT-01"]
    records = {
        "participant": gt.participants.create({"full_name": "Ana López", "organisation": "Organismo Judicial"}),
        "training": gt.trainings.create({"title": "Workshop", "country_id": country_id("GT"),
                                         "start_date": "2026-01-05", "end_date": "2026-01-07"}),
    }
    net.sync("GT-01", "HQ")
    return records


def _row(fd, table, record_id):
    return fd.service(table).get_row(record_id)


def _honest(gt):
    mark = log_mark(gt)
    pid = gt.participants.create({"full_name": "Rosa Tzul"})
    return pid, logged_since(gt, mark)


@pytest.mark.parametrize("what,table,op,new,code,field", CASES, ids=[c[0] for c in CASES])
def test_an_invalid_change_is_held_for_review_and_the_rest_applied(net, stored, tmp_path, what, table, op, new,
                                                                   code, field):
    hq, gt = net["HQ"], net["GT-01"]
    record = stored[table]
    before = _row(hq, table, record)
    mine, honest = _honest(gt)
    result = deliver(net, "GT-01", "HQ", [forged(gt, table, record, op, new), *honest])
    assert result.status == "applied" and result.exit_code == 0 and (result.refused, result.created) == (1, 1)
    assert warned(result, f"{table} {record} ({code}, sent by GT-01)")
    assert _row(hq, table, record) == before
    assert hq.participants.exists(mine)
    assert refusals(hq, record) == [(code, field)]
    export_database(hq, tmp_path / "all.xlsx")  # what broke before: a stored value the export cannot show


def test_an_invalid_create_is_not_stored(net):
    hq, gt = net["HQ"], net["GT-01"]
    mine, honest = _honest(gt)
    bad = forged(gt, "participant", new_id(), "create", {**honest[0].new, "sex": "martian"})
    no_id = forged(gt, "participant", "", "create", {**honest[0].new})
    result = deliver(net, "GT-01", "HQ", [bad, no_id, *honest])
    assert result.status == "applied" and (result.refused, result.created) == (2, 1)
    assert not hq.participants.exists(bad.record_id) and hq.participants.exists(mine)
    assert refusals(hq, bad.record_id) == [("invalid_value", "sex")]
    assert refusals(hq, "") == [("invalid_id", "")]


@pytest.mark.parametrize("child_first", [False, True], ids=["in order", "child first"])
def test_a_refused_parent_takes_its_children_with_it(net, child_first):
    """A training refused for its values: its enrollment, in the same bundle (even before it), waits instead of
    being stored without it."""
    hq, gt = net["HQ"], net["GT-01"]
    mark = log_mark(gt)
    training = gt.trainings.create({"title": "Workshop", "country_id": country_id("GT"), "start_date": "2026-01-05",
                                    "end_date": "2026-01-07"})
    person = gt.participants.create({"full_name": "Rosa Tzul"})
    gt.service("enrollment").create({"training_id": training, "participant_id": person})
    changes = logged_since(gt, mark)
    changes[0] = forged(gt, "training", training, "create", {**changes[0].new, "title": "T\x07"})
    if child_first:
        changes.reverse()
    result = deliver(net, "GT-01", "HQ", changes)
    assert result.status == "applied" and (result.refused, result.created, result.held) == (1, 1, 1)
    assert not hq.trainings.exists(training) and hq.participants.exists(person)
