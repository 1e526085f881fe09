"""The Board of Trustees across sites (SQLite and PostgreSQL headquarters): sessions and members reach every office;
a decision on an office's project and the adoption of a recommendation the office holds reach that office only; no
office waits for a record it will never receive; an office cannot write the Board's records, neither through its
services nor by a bundle, but deleting its project deletes the decision on it, at headquarters too."""

from __future__ import annotations

from datetime import date

import pytest

from app.services.errors import NotAllowed
from app.services.programme import board
from app.services.store.query import ListQuery
from app.services.store.seed import country_id
from tests.sync.attack import deliver, forged, refusals


def test_the_board_reaches_the_offices(net):
    hq, gt, mw = net["HQ"], net["GT-01"], net["MW-01"]
    project = gt.projects.create({"code": "GT-2026-07", "title": "Judicial training", "country_id": country_id("GT")})
    rec = gt.recommendations.create({"text": "Open regional offices.", "source": "board_of_trustees",
                                     "country_id": country_id("GT")})
    net.sync("GT-01", "HQ")
    sid = board.create_session(hq, {"number": 41, "title": "Forty-first session", "start_date": date(2026, 2, 9),
                                    "end_date": date(2026, 2, 13), "place": "Geneva"})
    board.add_member(hq, sid, {"full_name": "Amara Diallo", "country_id": country_id("SN"), "role": "chair"})
    board.adopt(hq, sid, rec)
    board.record_decision(hq, sid, {"project_id": project, "decision": "endorsed", "amount_usd": 120000.0})
    net.sync("HQ", "GT-01")
    net.sync("HQ", "MW-01")

    view = board.session_view(gt, sid)
    assert view.session["place"] == "Geneva" and [m["full_name"] for m in view.members] == ["Amara Diallo"]
    assert [r["id"] for r in view.adopted] == [rec]
    assert [(d["project_code"], d["decision"], d["amount_usd"]) for d in board.decisions(gt, project_id=project)] \
        == [("GT-2026-07", "endorsed", 120000.0)]
    assert gt.board_decisions.get_row(view.decisions[0]["id"])["owner_office"] == "GT-01"

    other = board.session_view(mw, sid)
    assert other.members and other.adopted == [] and other.decisions == []
    from app.models.sync import HeldChange

    with mw.reading() as conn:
        assert conn.execute(HeldChange.__table__.select()).all() == []  # nothing waits for GT's records
    with pytest.raises(NotAllowed):
        board.record_decision(gt, sid, {"project_id": project, "decision": "noted"})
    assert gt.board_decisions.count(ListQuery()) == 1
    decision = view.decisions[0]["id"]
    with pytest.raises(NotAllowed, match="recorded at headquarters"):
        gt.board_decisions.update(decision, {"amount_usd": 999999.0})  # though GT-01 holds it, with its project

    result = deliver(net, "GT-01", "HQ", [forged(gt, "board_decision", decision, "update", {"amount_usd": 999999.0})])
    assert result.refused == 1 and refusals(hq, decision) == [("programme_data", "")]
    assert hq.board_decisions.get_row(decision)["amount_usd"] == 120000.0

    gt.projects.delete(project)  # an office deletes its project: the Board's decision on it goes with it
    net.sync("GT-01", "HQ")
    assert hq.board_decisions.get_row(decision)["deleted"] and hq.projects.get_row(project)["deleted"]
