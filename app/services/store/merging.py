"""Merging two records of one person: the survivor takes a value chosen per field, the other record's enrolments
(an activity holding both keeps one, with the better attendance and scores), attachments and fellowships (refused
when both are fellows of one cohort), and the other record becomes a tombstone that names the survivor
(``merged_into``). Every write goes through the services, so the merge
is in the change log and travels in bundles; a change arriving later for the merged record is carried to the
survivor (``app/sync/redirect.py``, docs/SYNC.md "Merged participants").

``plan_merge`` says what a merge would do and writes nothing (the GUI's side-by-side view, ``--dry-run``);
``merge_participants`` does it, in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from app.services.errors import NotAllowed
from app.services.programme.fellowships import fellowships_to_move
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk

# The fields a person chooses between, in the form's order.
MERGED_FIELDS = ("full_name", "sex", "organisation", "position", "stakeholder_type_id", "country_id",
                 "consent_contact", "email", "phone")
KEEP, OTHER = "keep", "other"


def _empty(value: Any) -> bool:
    return value in (None, "", False, "not_stated")


@dataclass
class FieldChoice:
    name: str
    title: str
    keep_value: Any
    other_value: Any
    chosen: str  # KEEP or OTHER

    @property
    def value(self) -> Any:
        return self.keep_value if self.chosen == KEEP else self.other_value

    @property
    def differs(self) -> bool:
        return self.keep_value != self.other_value


@dataclass
class EnrolmentMove:
    enrollment_id: str
    training_id: str
    training_title: str
    into: str | None  # the survivor's enrolment in the same activity it is folded into, or None: moved whole
    values: dict[str, Any] = field(default_factory=dict)  # what the kept enrolment ends with, when folded


@dataclass
class MergePlan:
    keep: dict[str, Any]
    other: dict[str, Any]
    fields: list[FieldChoice]
    enrolments: list[EnrolmentMove]
    attachments: int
    fellowships: list[str] = field(default_factory=list)  # the other's, which go to the survivor

    @property
    def survivor_changes(self) -> dict[str, Any]:
        return {c.name: c.value for c in self.fields if c.value != self.keep[c.name]}

    def to_json(self) -> dict[str, Any]:
        return {
            "keep": self.keep["id"], "other": self.other["id"],
            "fields": [{"field": c.name, "keep": c.keep_value, "other": c.other_value, "chosen": c.chosen}
                       for c in self.fields],
            "enrolments": [{"enrollment": m.enrollment_id, "activity": m.training_title,
                            "action": "folded" if m.into else "moved"} for m in self.enrolments],
            "attachments": self.attachments,
            "fellowships": len(self.fellowships),
        }


def better_attendance(a: list, b: list) -> list:
    """Day by day: present beats absent beats not recorded."""
    rank = {True: 2, False: 1, None: 0}
    days = max(len(a), len(b))
    a, b = list(a) + [None] * (days - len(a)), list(b) + [None] * (days - len(b))
    return [x if rank[x] >= rank[y] else y for x, y in zip(a, b, strict=True)]


def folded_enrolment(kept: dict[str, Any], other: dict[str, Any]) -> dict[str, Any]:
    """What the survivor's enrolment keeps of two enrolments of one person in one activity: the better attendance,
    the higher of each score, the evaluation given (the survivor's first), a certificate if either had one."""
    def higher(name: str):
        values = [v for v in (kept.get(name), other.get(name)) if v is not None]
        return max(values) if values else None

    return {
        "attendance": better_attendance(kept.get("attendance") or [], other.get("attendance") or []),
        "pre_score": higher("pre_score"),
        "post_score": higher("post_score"),
        "evaluation_score": kept.get("evaluation_score") if kept.get("evaluation_score") is not None
        else other.get("evaluation_score"),
        "certificate_issued": bool(kept.get("certificate_issued") or other.get("certificate_issued")),
    }


def plan_merge(fd: FieldDesk, keep_id: str, other_id: str, choices: dict[str, str] | None = None) -> MergePlan:
    """What merging ``other_id`` into ``keep_id`` would do. ``choices``: field -> "keep" or "other"; a field not
    named takes the survivor's value, or the other's where the survivor has none."""
    people = fd.participants
    if keep_id == other_id:
        raise NotAllowed(problem("merge.itself"))
    with fd.reading() as conn:
        keep, other = people.get_row(keep_id, conn), people.get_row(other_id, conn)
        for row in (keep, other):
            if row["deleted"]:
                if row.get("merged_into"):
                    raise NotAllowed(problem("merge.deleted_merged", name=row["full_name"], id=row["id"],
                                             into=row["merged_into"]))
                raise NotAllowed(problem("merge.deleted", name=row["full_name"], id=row["id"]))
        if keep["owner_office"] != other["owner_office"]:
            # Each office holds only its own people: the tombstone and the moved enrolments would point an office's
            # activities at a person that office never receives. Said plainly, with what to do instead.
            raise NotAllowed(problem("merge_two_offices", keep=keep["full_name"], keep_office=keep["owner_office"],
                                     other=other["full_name"], other_office=other["owner_office"]))
        people._check_may_write(keep["owner_office"])
        unknown = set(choices or {}) - set(MERGED_FIELDS)
        if unknown:
            raise NotAllowed(problem("merge.unknown_fields", fields=", ".join(sorted(unknown)), count=len(unknown)))
        fields = []
        entity = people.entity
        for name in MERGED_FIELDS:
            chosen = (choices or {}).get(name)
            if chosen not in (KEEP, OTHER):
                chosen = OTHER if _empty(keep[name]) and not _empty(other[name]) else KEEP
            fields.append(FieldChoice(name, entity.field_title(name), keep[name], other[name], chosen))
        moves = _enrolment_moves(fd, conn, keep_id, other_id)
        attachments = len(_attachments_of(fd, conn, other_id))
        fellowships = fellowships_to_move(conn, keep_id, other_id)
        carried = attachments or _files_on(fd, conn, "enrollment", [m.enrollment_id for m in moves]) or any(
            _files_on(fd, conn, table, ids) for table, ids in _fellowships_and_parts(fd, conn, fellowships))
    if carried:  # the other's files would become the kept person's: refused as attaching them would be (erased)
        fd.attachments.check_may_create({"record_table": "participant", "record_id": keep_id})
    return MergePlan(keep, other, fields, moves, attachments, fellowships)


def _enrolment_moves(fd: FieldDesk, conn, keep_id: str, other_id: str) -> list[EnrolmentMove]:
    enrolments = fd.service("enrollment").table
    trainings = fd.service("training").table
    live = enrolments.c.deleted == False  # noqa: E712
    kept_by_training = {r["training_id"]: dict(r) for r in conn.execute(
        select(enrolments).where(enrolments.c.participant_id == keep_id, live)).mappings()}
    moves = []
    rows = conn.execute(select(enrolments, trainings.c.title.label("training_title"))
                        .join(trainings, trainings.c.id == enrolments.c.training_id)
                        .where(enrolments.c.participant_id == other_id, live)
                        .order_by(trainings.c.start_date, trainings.c.title)).mappings()
    for row in rows:
        kept = kept_by_training.get(row["training_id"])
        if kept is None:
            moves.append(EnrolmentMove(row["id"], row["training_id"], row["training_title"], None))
        else:
            moves.append(EnrolmentMove(row["id"], row["training_id"], row["training_title"], kept["id"],
                                       folded_enrolment(kept, dict(row))))
    return moves


def _fellowships_and_parts(fd: FieldDesk, conn, fellowships: list[str]) -> list[tuple[str, list[str]]]:
    """The fellowships that move, and their objectives and contacts (which carry files of their own)."""
    found = [("fellowship", fellowships)]
    for part in ("fellowship_objective", "fellowship_contact"):
        table = fd.service(part).table
        found.append((part, list(conn.execute(select(table.c.id).where(
            table.c.fellowship_id.in_(fellowships), table.c.deleted == False)).scalars()) if fellowships else []))  # noqa: E712
    return found


def _files_on(fd: FieldDesk, conn, record_table: str, record_ids: list[str]) -> bool:
    """Whether any of these records carries a file."""
    if not record_ids:
        return False
    table = fd.service("attachment").table
    return conn.execute(select(table.c.id).where(table.c.record_table == record_table,
                                                 table.c.record_id.in_(record_ids),
                                                 table.c.deleted == False).limit(1)).first() is not None  # noqa: E712


def _attachments_of(fd: FieldDesk, conn, record_id: str) -> list[str]:
    table = fd.service("attachment").table
    return list(conn.execute(select(table.c.id).where(table.c.record_table == "participant",
                                                      table.c.record_id == record_id,
                                                      table.c.deleted == False)).scalars())  # noqa: E712


def merge_participants(fd: FieldDesk, keep_id: str, other_id: str,
                       choices: dict[str, str] | None = None) -> MergePlan:
    """Merge ``other_id`` into ``keep_id`` in one transaction; returns what was done."""
    with fd.writing() as w:
        plan = plan_merge(fd, keep_id, other_id, choices)
        people, enrolments = fd.participants, fd.service("enrollment")
        if plan.survivor_changes:
            people.update(keep_id, plan.survivor_changes)
        for move in plan.enrolments:
            if move.into:
                enrolments.update(move.into, move.values)
                enrolments.delete(move.enrollment_id)
            else:
                enrolments.update(move.enrollment_id, {"participant_id": keep_id})
        attachments = fd.service("attachment")
        for attachment_id in _attachments_of(fd, w.conn, other_id):
            attachments.update(attachment_id, {"record_id": keep_id})
        for fellowship_id in plan.fellowships:
            fd.fellowships.update(fellowship_id, {"participant_id": keep_id})
        # One change says both: deleted, and into whom (a bundle's merge recognises a merge by it).
        old = people.get_row(other_id, w.conn)
        people._update(w, other_id, {"merged_into": keep_id, "deleted": True}, old, op="update")
    return plan
