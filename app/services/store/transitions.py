"""Status transitions of requests for assistance and of projects: which status may follow which, the refusal of any
other jump (naming the statuses that may follow), and a dated record of every change and of who made it.

Every status change is recorded, whichever way it is made: ``transition()`` (with a date and a note), a plain
``update`` of the status (dated today), or a create (the first status). The rules call ``check`` and ``record``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from app.models.enums import DECIDED_REQUEST, GrantStatus, ProjectStatus, RequestStatus
from app.models.validation import FieldProblem, ValidationFailed
from app.services.store.entities import BY_NAME
from app.services.store.query import ListQuery
from app.vocabulary.problems import Labels, problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk
    from app.services.store.changes import Writer

S, P = RequestStatus, ProjectStatus


def _values(flow: dict) -> dict[str, tuple[str, ...]]:
    # plain wire strings, as statuses are stored and compared (and shown in messages) as their values
    return {str(k.value): tuple(str(v.value) for v in vs) for k, vs in flow.items()}


# A request is assessed (often by a needs assessment mission) before a project is proposed; it may be declined or
# withdrawn at any step until it is decided. Approved, declined and withdrawn requests are closed: a government that
# asks again makes a new request.
REQUEST_FLOW: dict[str, tuple[str, ...]] = _values({
    S.RECEIVED: (S.UNDER_ASSESSMENT, S.DECLINED, S.WITHDRAWN),
    S.UNDER_ASSESSMENT: (S.NEEDS_ASSESSMENT_PLANNED, S.ASSESSED, S.DECLINED, S.WITHDRAWN),
    S.NEEDS_ASSESSMENT_PLANNED: (S.ASSESSED, S.DECLINED, S.WITHDRAWN),
    S.ASSESSED: (S.PROJECT_PROPOSED, S.DECLINED, S.WITHDRAWN),
    S.PROJECT_PROPOSED: (S.APPROVED, S.DECLINED, S.WITHDRAWN),
    S.APPROVED: (),
    S.DECLINED: (),
    S.WITHDRAWN: (),
})

# pipeline -> approved -> ongoing -> completed -> closed; a project that never starts is closed from the pipeline or
# once approved.
PROJECT_FLOW: dict[str, tuple[str, ...]] = _values({
    P.PIPELINE: (P.APPROVED, P.CLOSED),
    P.APPROVED: (P.ONGOING, P.CLOSED),
    P.ONGOING: (P.COMPLETED,),
    P.COMPLETED: (P.CLOSED,),
    P.CLOSED: (),
})

G = GrantStatus
# proposed -> approved -> active -> closed; a grant may be cancelled until it is closed.
GRANT_FLOW: dict[str, tuple[str, ...]] = _values({
    G.PROPOSED: (G.APPROVED, G.CANCELLED),
    G.APPROVED: (G.ACTIVE, G.CANCELLED),
    G.ACTIVE: (G.CLOSED, G.CANCELLED),
    G.CLOSED: (),
    G.CANCELLED: (),
})

OPEN_REQUEST_STATUSES = tuple(s.value for s in RequestStatus if REQUEST_FLOW[s.value])


@dataclass(frozen=True)
class Flow:
    table: str
    log_table: str  # where each change is recorded
    parent_column: str
    status: type[Enum]
    steps: dict[str, tuple[str, ...]]
    noun: str


FLOWS = {
    "assistance_request": Flow("assistance_request", "request_transition", "request_id", RequestStatus, REQUEST_FLOW,
                               "request"),
    "project": Flow("project", "project_transition", "project_id", ProjectStatus, PROJECT_FLOW, "project"),
    "grant_award": Flow("grant_award", "grant_transition", "grant_id", GrantStatus, GRANT_FLOW, "grant"),
}

NEW = "*new*"  # hint key for the record about to be created


def allowed_next(table: str, status: str) -> list[str]:
    """The statuses that may follow ``status``, in the order of the flow."""
    return [str(s) for s in FLOWS[table].steps.get(status, ())]


def refusal(table: str, old_status: str, new_status: str) -> str | None:
    """The message refusing the jump from ``old_status`` to ``new_status``; None when it is allowed."""
    flow = FLOWS[table]
    if old_status == new_status:
        return None
    nexts = flow.steps.get(old_status)
    if nexts is None or new_status in nexts:
        return None  # an unknown old status (a newer FieldDesk's) cannot be judged here
    old_label, new_label = Labels(flow.status, (old_status,)), Labels(flow.status, (new_status,))  # reader's words
    if not nexts:
        return problem("status_closed", noun=flow.noun, old=old_label, new=new_label)
    allowed = Labels(flow.status, tuple(str(s) for s in nexts))
    return problem("status_jump", noun=flow.noun, old=old_label, new=new_label, allowed=allowed)


def check(table: str, row: dict[str, Any], old: dict[str, Any] | None) -> list[FieldProblem]:
    if table not in FLOWS or old is None:
        return []
    message = refusal(table, str(old["status"]), str(row["status"]))
    return [FieldProblem("status", message)] if message else []


def record(fd: FieldDesk, w: Writer, table: str, row: dict[str, Any], old: dict[str, Any] | None) -> None:
    """After a write: log the status change, if there was one, with its date, author and note."""
    flow = FLOWS.get(table)
    if flow is None or row.get("deleted") or (old is not None and old["status"] == row["status"]):
        return
    hint = w.hints.pop((table, row["id"]), None) or (w.hints.pop((table, NEW), None) if old is None else None)
    on, note = hint if hint else (None, "")
    if on is None:
        on = row.get("received_date") if old is None and table == "assistance_request" else date.today()
    fd.service(flow.log_table).create({
        flow.parent_column: row["id"], "from_status": old["status"] if old else None, "to_status": row["status"],
        "transition_date": on, "made_by": w.author, "note": note,
    })


def date_next_create(w: Writer, table: str, on: date, note: str = "") -> None:
    """Date the first status of the next ``table`` record created in this transaction (importing history)."""
    w.hints[(table, NEW)] = (on, note)


def transition(fd: FieldDesk, table: str, record_id: str, to_status: str, *, on: date | None = None, note: str = "",
               reasons: str | None = None) -> bool:
    """Move a request or project to ``to_status`` on ``on`` (today by default), recording who did it and ``note``.
    A decision on a request (approved, declined) takes its ``reasons`` and is dated. False when the status is
    already ``to_status``; ``ValidationFailed`` naming the allowed statuses for any other jump."""
    flow = FLOWS[table]
    entity = BY_NAME[table]
    try:
        target = flow.status(to_status).value
    except ValueError:
        allowed = ", ".join(s.value for s in flow.status)
        raise ValidationFailed(entity.label, [FieldProblem("status", problem(
            "not_a_status", value=to_status, noun=flow.noun, allowed=allowed))]) from None
    on = on or date.today()
    service = fd.service(table)
    with fd.writing() as w:
        row = service.get_row(record_id, w.conn)
        if row["status"] == target:
            return False
        message = refusal(table, row["status"], target)
        if message:
            raise ValidationFailed(entity.label, [FieldProblem("status", message)])
        last = _last_change(w, flow, record_id)
        if table == "assistance_request":
            last = max(filter(None, [last, row["received_date"]]))
        if last and on < last:
            raise ValidationFailed(entity.label, [FieldProblem(
                "transition_date", problem("before_last_change", date=on.isoformat(), noun=flow.noun,
                                   last=last.isoformat()))])
        changes: dict[str, Any] = {"status": target}
        if table == "assistance_request" and target in DECIDED_REQUEST:
            changes["decision_date"] = on
            if reasons is not None:
                changes["decision_reasons"] = reasons
        w.hints[(table, record_id)] = (on, note)
        try:
            service.update(record_id, changes)
        finally:
            w.hints.pop((table, record_id), None)
    return True


def _last_change(w: Writer, flow: Flow, record_id: str) -> date | None:
    """The date of the last change from one status to another (the first status is dated by when it was recorded,
    which may be after the history being entered)."""
    log = BY_NAME[flow.log_table].table
    return w.conn.execute(
        select(func.max(log.c.transition_date))
        .where(log.c[flow.parent_column] == record_id, log.c.from_status.is_not(None),
               log.c.deleted == False)  # noqa: E712
    ).scalar()


def history(fd: FieldDesk, table: str, record_id: str) -> list[dict[str, Any]]:
    """The recorded status changes of a request or project, oldest first."""
    flow = FLOWS[table]
    service = fd.service(flow.log_table)
    return service.rows(service.ids(ListQuery(filters={flow.parent_column: record_id})))
