"""Changes that arrive for a merged participant go to the survivor (docs/SYNC.md, "Merged participants").

A merge (``app/services/store/merging.py``) tombstones one record with ``merged_into`` naming the survivor. Another site
may have edited or enrolled the merged record before it heard of the merge. Whichever site learns of both (the
merging site when the edit arrives, the editing site when the merge arrives) carries them to the survivor with local
writes, which travel on like any edit:

- an enrolment of a merged participant is moved to the survivor, or folded into the survivor's enrolment in the
  same activity (the better attendance and scores kept) and deleted;
- fields of the merged record edited without seeing the merge are written to the survivor;
- a fellowship of a merged participant is moved to the survivor; when the survivor is already a fellow of that cohort
  it stays where it is (nothing is lost; a person deletes the wrong one of the two).

Both sites compute the same values from the same records, so when both carry the same change they write equal
values and agree (no conflict: equal values never are one). A site writes only records it may write (an office its
own); headquarters carries the rest.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from app.models.validation import ValidationFailed
from app.services.store.changes import Writer
from app.services.store.entities import BY_NAME, Entity
from app.services.store.merging import MERGED_FIELDS, folded_enrolment
from app.services.store.validate import validated_row
from app.services.store.values import row_from_wire, row_to_wire, to_wire

MAX_CHAIN = 20


@dataclass
class Redirects:
    carried: dict[str, dict[str, Any]] = field(default_factory=dict)  # merged participant -> field values to carry

    def carry(self, record_id: str, values: dict[str, Any]) -> None:
        kept = {k: v for k, v in values.items() if k in MERGED_FIELDS}
        if kept:
            self.carried.setdefault(record_id, {}).update(kept)


def survivor_of(conn, record_id: str) -> dict[str, Any] | None:
    """The live record a merged participant ended in (merges may chain), or None when there is none."""
    table = BY_NAME["participant"].table
    seen = set()
    current = record_id
    for _ in range(MAX_CHAIN):
        row = conn.execute(select(table).where(table.c.id == current)).mappings().first()
        if row is None or current in seen:
            return None
        seen.add(current)
        if not row["merged_into"]:
            return None if row["deleted"] else dict(row)
        current = row["merged_into"]
    return None


def _may_write(w: Writer, owner: str) -> bool:
    return w.site.is_hq or owner == w.site.office


def _write(w: Writer, entity: Entity, record_id: str, values: dict[str, Any], old: dict[str, Any],
           op: str = "update") -> None:
    values = {**values, "updated_at": w.now_iso(), "updated_by": w.author}
    w.conn.execute(entity.table.update().where(entity.table.c.id == record_id)
                   .values(**row_from_wire(entity, row_to_wire(values))))
    stamp = w.stamp_after(entity.name, record_id)
    w.log(entity.name, record_id, op, row_to_wire(values), {k: to_wire(old.get(k)) for k in values}, hlc=stamp)


def settle(w: Writer, redirects: Redirects) -> int:
    """Carry to their survivors the enrolments of merged participants and the fields ``redirects`` collected.
    Returns how many records were written."""
    w.flush()
    written = _carry_fields(w, redirects) + _move_enrolments(w) + _move_fellowships(w)
    w.flush()
    return written


def _carry_fields(w: Writer, redirects: Redirects) -> int:
    people = BY_NAME["participant"]
    written = 0
    for record_id, values in redirects.carried.items():
        survivor = survivor_of(w.conn, record_id)
        if survivor is None or not _may_write(w, survivor["owner_office"]):
            continue
        wire_old = {k: to_wire(survivor[k]) for k in values}
        changed = {k: v for k, v in values.items() if wire_old[k] != v}
        if not changed:
            continue
        try:  # a carried e-mail without the consent the survivor lacks would make the record invalid: not carried
            row = validated_row(people, {**survivor, **changed})
        except ValidationFailed:
            continue
        _write(w, people, survivor["id"], {k: row[k] for k in changed}, survivor)
        written += 1
    return written


def _stranded(w: Writer, entity: Entity):
    """The live rows of a participant's part (``entity``) that name a merged participant and that this site may
    write, each with the participant's survivor, oldest first."""
    p, t = BY_NAME["participant"].table, entity.table
    rows = w.conn.execute(
        select(t).join(p, p.c.id == t.c.participant_id)
        .where(p.c.merged_into.is_not(None), t.c.deleted == False)  # noqa: E712
        .order_by(t.c.created_at, t.c.id)).mappings().all()
    for row in rows:
        row = dict(row)
        if not _may_write(w, row["owner_office"]):
            continue
        survivor = survivor_of(w.conn, row["participant_id"])
        if survivor is not None:
            yield row, survivor


def _move_enrolments(w: Writer) -> int:
    enrolments = BY_NAME["enrollment"]
    e = enrolments.table
    written = 0
    for row, survivor in _stranded(w, enrolments):
        kept = w.conn.execute(select(e).where(e.c.training_id == row["training_id"], e.c.deleted == False,  # noqa: E712
                                              e.c.participant_id == survivor["id"])).mappings().first()
        if kept is None:
            _write(w, enrolments, row["id"], {"participant_id": survivor["id"]}, row)
        else:
            kept = dict(kept)
            values = folded_enrolment(kept, row)
            changed = {k: v for k, v in values.items() if to_wire(v) != to_wire(kept[k])}
            if changed:
                _write(w, enrolments, kept["id"], changed, kept)
            _write(w, enrolments, row["id"], {"deleted": True}, row, op="delete")
        written += 1
    return written


def _move_fellowships(w: Writer) -> int:
    fellowships = BY_NAME["fellowship"]
    f = fellowships.table
    written = 0
    for row, survivor in _stranded(w, fellowships):
        taken = w.conn.execute(select(f.c.id).where(f.c.participant_id == survivor["id"], f.c.cohort == row["cohort"],
                                                    f.c.deleted == False)).first()  # noqa: E712
        if taken is None:
            _write(w, fellowships, row["id"], {"participant_id": survivor["id"]}, row)
            written += 1
    return written
