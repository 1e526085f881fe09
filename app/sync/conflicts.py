"""Conflicts kept by sync: listing them with both values, and resolving one by keeping mine or theirs (an ordinary
edit with a new stamp, which syncs, so the other site's copy of the conflict closes too).

A conflict is open while its field still holds the winning value it was detected against; any newer write to the
field (a resolution, an edit here, or one arriving from another site) closes it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update

from app.models.local import ChangeLog
from app.models.sync import SyncConflict
from app.services.errors import FieldDeskError, NotFound
from app.services.store.entities import BY_NAME
from app.sync.conflict_notices import loser_of
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk

CONFLICTS = SyncConflict.__table__
LOG = ChangeLog.__table__


@dataclass
class Conflict:
    id: str
    table: str
    record_id: str
    record_label: str
    field: str
    field_label: str
    kind: str
    mine: Any
    theirs: Any
    winner: str
    remote_office: str
    detected_at: str
    open: bool
    resolution: str | None
    key: tuple = ()  # the same at every site that lists this conflict: table, record, field, losing stamp and site

    def describe(self) -> str:
        if self.kind == "delete_ignored":
            return f"{self.remote_office} deleted this record while it was being edited here; it was kept."
        if self.kind == "edit_revived":
            return f"This record was deleted here while {self.remote_office} edited it; it was restored."
        if self.kind == "concurrent_edit":
            return (f"Two people changed {self.field_label.lower()} at the same time; the later save is in effect and "
                    f"the value it replaced, saved by {self.remote_office}, is kept here.")
        kept = "this site's value" if self.winner == "local" else f"{self.remote_office}'s value"
        return f"Both sides changed {self.field_label.lower()}; the newer change ({kept}) is in effect."


def _current_stamp(conn, table: str, record_id: str, field: str) -> tuple[int, str]:
    best = (0, "")
    for hlc, site, new in conn.execute(select(LOG.c.hlc, LOG.c.site_id, LOG.c.new)
                                       .where(LOG.c.table_name == table, LOG.c.record_id == record_id)):
        if field in (new or {}) and (hlc, site) > best:
            best = (hlc, site)
    return best


def list_conflicts(fd: FieldDesk, *, include_closed: bool = False) -> list[Conflict]:
    found = []
    with fd.reading() as conn:
        for row in conn.execute(select(CONFLICTS).order_by(CONFLICTS.c.detected_at)).mappings():
            still = row["resolved_at"] is None and _current_stamp(conn, row["table_name"], row["record_id"],
                                                                  row["field"]) == (row["winner_hlc"],
                                                                                    row["winner_site"])
            if not still and not include_closed:
                continue
            entity = BY_NAME.get(row["table_name"])
            label = _record_label(conn, entity, row["record_id"]) if entity else row["record_id"]
            mine, theirs = row["local_value"], row["remote_value"]
            if row["kind"] in ("delete_ignored", "edit_revived"):
                mine, theirs = ("deleted" if mine else "kept"), ("deleted" if theirs else "kept")
            found.append(Conflict(row["id"], row["table_name"], row["record_id"], label, row["field"],
                                  entity.field_title(row["field"]) if entity else row["field"], row["kind"], mine,
                                  theirs, row["winner"], row["remote_office"], row["detected_at"], still,
                                  row["resolution"] or (None if still else "superseded"),
                                  (row["table_name"], row["record_id"], row["field"], *loser_of(row))))
    return found


def _record_label(conn, entity, record_id: str) -> str:
    value = conn.execute(select(entity.table.c[entity.display]).where(entity.table.c.id == record_id)).scalar()
    text = str(value) if value is not None else record_id
    return f"{entity.label}: {text[:60]}"


def resolve_conflict(fd: FieldDesk, conflict_id: str, keep: str) -> Conflict:
    if keep not in ("mine", "theirs"):
        raise FieldDeskError(problem("conflicts.keep_which"))
    matches = [c for c in list_conflicts(fd, include_closed=True)
               if c.id == conflict_id or c.id.startswith(conflict_id)]
    if not matches:
        raise NotFound(problem("conflicts.no_such", id=conflict_id))
    if len(matches) > 1:
        raise FieldDeskError(problem("conflicts.ambiguous", id=conflict_id))
    conflict = matches[0]
    if not conflict.open:
        raise FieldDeskError(problem("conflicts.resolved"))
    with fd.reading() as conn:
        row = conn.execute(select(CONFLICTS).where(CONFLICTS.c.id == conflict.id)).mappings().one()
    value = row["local_value"] if keep == "mine" else row["remote_value"]
    service = fd.service(conflict.table)
    with fd.writing() as w:
        if conflict.field == "deleted":
            if value:
                service.delete(conflict.record_id)
            else:
                service.restore(conflict.record_id, reassert=True)
        else:
            service.update(conflict.record_id, {conflict.field: value}, reassert=True)
        w.conn.execute(update(CONFLICTS).where(CONFLICTS.c.id == conflict.id)
                       .values(resolved_at=fd.wall.iso(), resolution=f"kept {keep}"))
    conflict.open, conflict.resolution = False, f"kept {keep}"
    return conflict

