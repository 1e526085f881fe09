"""The Board of Trustees' records: headquarters alone writes them; a session's dates in order, its number once; only
a recommendation of the Board is adopted, once; one decision a session and project; a session that recommendations
or decisions name is not deleted; the History tabs, `export json` and the xlsx workbook show them."""

from __future__ import annotations

import json
from datetime import date

import pytest
from openpyxl import load_workbook

from app.models.validation import ValidationFailed
from app.services.errors import NotAllowed
from app.services.programme import board
from app.services.store.history import record_history, referenced_names
from app.services.store.seed import country_id


def session(fd, number=41, **more):
    return board.create_session(fd, {"number": number, "title": f"Session {number}", "start_date": date(2026, 2, 9),
                                     "end_date": date(2026, 2, 13), **more})


def test_a_field_office_reads_the_board_but_never_writes_it(fd):
    with pytest.raises(NotAllowed, match="recorded at headquarters"):
        session(fd)
    with pytest.raises(NotAllowed):
        fd.board_sessions.create({"number": 1, "title": "x", "start_date": date(2026, 1, 1),
                                  "end_date": date(2026, 1, 1)})


def test_the_rules_of_the_board_s_records(hq):
    with pytest.raises(ValidationFailed) as caught:
        session(hq, end_date=date(2026, 2, 1))
    assert "end_date" in caught.value.by_field()
    sid = session(hq)
    with pytest.raises(ValidationFailed):
        session(hq)  # the number is the session's
    other = hq.recommendations.create({"text": "Ratify the Optional Protocol.", "source": "treaty_body",
                                       "country_id": country_id("GT")})
    with pytest.raises(NotAllowed, match="Board of Trustees"):
        board.adopt(hq, sid, other)
    rec = hq.recommendations.create({"text": "Report on sustainability.", "source": "board_of_trustees",
                                     "country_id": country_id("MN")})
    board.adopt(hq, sid, rec)
    assert [r["id"] for r in board.adoptable(hq)] == []
    with pytest.raises(ValidationFailed):
        board.adopt(hq, sid, rec)
    project = hq.projects.create({"code": "MN-2026-01", "title": "Commission", "country_id": country_id("MN")})
    board.record_decision(hq, sid, {"project_id": project, "decision": "deferred"})
    with pytest.raises(ValidationFailed):
        board.record_decision(hq, sid, {"project_id": project, "decision": "endorsed"})
    with pytest.raises(NotAllowed, match="first"):
        board.delete_session(hq, sid)
    member = board.add_member(hq, sid, {"full_name": "Ingrid Solberg", "country_id": country_id("NO")})
    hq.board_members.update(member, {"role": "chair"})

    session_changes = [c.field for e in record_history(hq, "board_session", sid) for c in e.changes]
    assert "board_member.full_name" in session_changes and "board_member.role" in session_changes
    project_changes = [c.field for e in record_history(hq, "project", project) for c in e.changes]
    assert "board_decision.decision" in project_changes
    assert "board_adoption.session_id" in [c.field for e in record_history(hq, "recommendation", rec)
                                           for c in e.changes]
    # the history names the session, not its id
    assert referenced_names(hq, record_history(hq, "recommendation", rec)) == {sid: "Session 41"}


def test_export_json_and_the_workbook_hold_the_board(hq, tmp_path):
    from app.services.store.export import export_json_text
    from app.spreadsheets.export import export_database

    sid = session(hq, place="Geneva")
    board.add_member(hq, sid, {"full_name": "Amara Diallo", "country_id": country_id("SN"), "role": "chair"})
    tables = json.loads(export_json_text(hq))["tables"]
    assert [r["place"] for r in tables["board_session"]] == ["Geneva"]
    assert [r["full_name"] for r in tables["board_member"]] == ["Amara Diallo"]
    out = tmp_path / "all.xlsx"
    counts = export_database(hq, out)
    assert counts["board_session"] == 1 and counts["board_member"] == 1
    book = load_workbook(out, read_only=True)
    rows = list(book["Board members"].iter_rows(values_only=True))
    assert rows[1][:4] == ("Session 41", "Amara Diallo", "SN", "Chair")


def test_the_board_s_words_are_in_every_language():
    from app import vocabulary
    from app.models.board import BoardDecisionKind, BoardRole

    missing = [(lang, f"enum.{enum.__name__}.{m.value}") for lang in vocabulary.LANGUAGES[1:]
               for enum in (BoardRole, BoardDecisionKind) for m in enum
               if f"enum.{enum.__name__}.{m.value}" not in vocabulary.words(lang)]
    assert missing == []
    assert vocabulary.field_title("board_member", "country_id", "Proposed by", "es") == "Propuesto por"
