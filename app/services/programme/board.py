"""The Board of Trustees of the Voluntary Fund: its sessions, members, the recommendations each session adopted and
its decisions on projects (``app/models/board.py``), written at headquarters only, and what the Board page, a
project's editor and the Board pack read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from app.services.errors import NotAllowed
from app.services.store.query import ListQuery
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk

BOARD_SOURCE = "board_of_trustees"  # the recommendation source a session adopts
SESSION_COLUMNS = ["number", "title", "start_date", "end_date", "place", "agenda"]
MEMBER_COLUMNS = ["session_id", "full_name", "country_id", "role"]
DECISION_COLUMNS = ["session_id", "project_id", "decision", "amount_usd", "note"]
RECOMMENDATION_COLUMNS = ["text", "country_id", "thematic_area_id", "priority", "status", "issued_date",
                          "document_symbol", "paragraph", "source"]


def require_hq(fd: FieldDesk) -> None:
    if not fd.site.is_hq:
        raise NotAllowed(problem("board.hq_only"))


# ------------------------------------------------------------------ writes
def create_session(fd: FieldDesk, data: dict[str, Any]) -> str:
    require_hq(fd)
    return fd.board_sessions.create(data)


def add_member(fd: FieldDesk, session_id: str, data: dict[str, Any]) -> str:
    require_hq(fd)
    return fd.board_members.create({**data, "session_id": session_id})


def adopt(fd: FieldDesk, session_id: str, recommendation_id: str) -> str:
    """Link a recommendation of the Board of Trustees to the session that adopted it."""
    require_hq(fd)
    rec = fd.recommendations.get_row(recommendation_id)
    if rec["deleted"]:
        raise NotAllowed(problem("board.recommendation_deleted"))
    if rec["source"] != BOARD_SOURCE:
        raise NotAllowed(problem("board.not_board_source"))
    return fd.board_adoptions.create({"recommendation_id": recommendation_id, "session_id": session_id})


def record_decision(fd: FieldDesk, session_id: str, data: dict[str, Any]) -> str:
    """The session's decision on a project (one a project and session)."""
    require_hq(fd)
    return fd.board_decisions.create({**data, "session_id": session_id})


def delete_session(fd: FieldDesk, session_id: str) -> None:
    """Delete a session and its members; refused while recommendations or decisions name it."""
    require_hq(fd)
    if adoptions_of(fd, [session_id]) or fd.board_decisions.count(ListQuery(filters={"session_id": session_id})):
        raise NotAllowed(problem("board.session_not_empty"))
    fd.board_sessions.delete(session_id)


# ------------------------------------------------------------------ reads
def sessions(fd: FieldDesk) -> list[dict[str, Any]]:
    """Every live session, latest first."""
    return fd.board_sessions.matching_rows(ListQuery(sort=("-start_date", "-number")), SESSION_COLUMNS)


def members(fd: FieldDesk, session_id: str) -> list[dict[str, Any]]:
    """The chair first, then the members by name."""
    return fd.board_members.matching_rows(ListQuery(filters={"session_id": session_id}, sort=("role", "full_name")),
                                          MEMBER_COLUMNS)


def adoptions_of(fd: FieldDesk, session_ids: list[str]) -> list[dict[str, Any]]:
    if not session_ids:
        return []
    return fd.board_adoptions.matching_rows(ListQuery(filters={"session_id": session_ids}),
                                            ["recommendation_id", "session_id"])


def latest_notes(fd: FieldDesk, recommendation_ids: list[str]) -> dict[str, dict[str, Any]]:
    """The latest follow-up note of each recommendation (by note date, then by when it was written)."""
    latest: dict[str, dict[str, Any]] = {}
    if not recommendation_ids:
        return latest
    rows = fd.followup_notes.matching_rows(
        ListQuery(filters={"recommendation_id": recommendation_ids}, sort=("note_date", "created_at")),
        ["recommendation_id", "note_date", "status", "note"])
    for row in rows:
        latest[row["recommendation_id"]] = row  # oldest first: the last one wins
    return latest


def adopted(fd: FieldDesk, session_ids: list[str]) -> list[dict[str, Any]]:
    """The live recommendations adopted at ``session_ids``, each with ``session_id``, ``adoption_id`` and its
    latest follow-up note (``latest``, or None), by country and date."""
    links = adoptions_of(fd, session_ids)
    by_rec = {a["recommendation_id"]: a for a in links}
    recs = fd.recommendations.matching_rows(ListQuery(filters={"id": list(by_rec)}), RECOMMENDATION_COLUMNS) \
        if by_rec else []
    notes = latest_notes(fd, [r["id"] for r in recs])
    out = [{**r, "session_id": by_rec[r["id"]]["session_id"], "adoption_id": by_rec[r["id"]]["id"],
            "latest": notes.get(r["id"])} for r in recs]
    return sorted(out, key=lambda r: (r["issued_date"] or date.min, r["text"]))


def adoptable(fd: FieldDesk) -> list[dict[str, Any]]:
    """Recommendations of the Board of Trustees not yet linked to a session (what "Adopted…" offers)."""
    linked = {a["recommendation_id"] for a in fd.board_adoptions.matching_rows(ListQuery(), ["recommendation_id"])}
    rows = fd.recommendations.matching_rows(ListQuery(filters={"source": [BOARD_SOURCE]}, sort=("-issued_date",)),
                                            ["text", "country_id", "issued_date"])
    return [r for r in rows if r["id"] not in linked]


def decisions(fd: FieldDesk, *, session_id: str | None = None, project_id: str | None = None) -> list[dict[str, Any]]:
    """Decisions of one session (or on one project), each with the project's code and title and the session's
    number, title and start date, by session then project code."""
    filters: dict[str, Any] = {}
    if session_id:
        filters["session_id"] = session_id
    if project_id:
        filters["project_id"] = project_id
    rows = fd.board_decisions.matching_rows(ListQuery(filters=filters), DECISION_COLUMNS)
    projects = {p["id"]: p for p in fd.projects.rows(sorted({r["project_id"] for r in rows}),
                                                     ["code", "title", "country_id"])}
    sessions_by_id = {s["id"]: s for s in fd.board_sessions.rows(sorted({r["session_id"] for r in rows}),
                                                                 ["number", "title", "start_date"])}
    for row in rows:
        project, session = projects.get(row["project_id"], {}), sessions_by_id.get(row["session_id"], {})
        row.update(project_code=project.get("code", ""), project_title=project.get("title", ""),
                   country_id=project.get("country_id"), session_number=session.get("number"),
                   session_title=session.get("title", ""), session_start=session.get("start_date"))
    return sorted(rows, key=lambda r: (r["session_start"] or date.min, r["project_code"], r["project_title"]))


@dataclass(frozen=True)
class SessionView:
    session: dict[str, Any]
    members: list[dict[str, Any]]
    adopted: list[dict[str, Any]]
    decisions: list[dict[str, Any]]


def session_view(fd: FieldDesk, session_id: str) -> SessionView:
    """What the Board page shows of one session."""
    session = fd.board_sessions.get_row(session_id)
    return SessionView(session, members(fd, session_id), adopted(fd, [session_id]),
                       decisions(fd, session_id=session_id))


def session_named(fd: FieldDesk, text: str) -> str:
    """The id of the session ``text`` names: its id, or the number of a live session (``--session 41``); anything
    else comes back as it is (the report then says there is no such session)."""
    text = (text or "").strip()
    if text.isdigit() and not fd.board_sessions.exists(text):
        found = fd.board_sessions.matching_rows(ListQuery(filters={"number": [int(text)]}), ["number"])
        if found:
            return found[0]["id"]
    return text


def earlier_sessions(fd: FieldDesk, session_id: str) -> list[dict[str, Any]]:
    """The live sessions held before ``session_id`` (by start date, then number)."""
    this = fd.board_sessions.get_row(session_id)
    return [s for s in sessions(fd)
            if (s["start_date"], s["number"]) < (this["start_date"], this["number"])]
