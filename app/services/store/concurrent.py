"""Two people editing the same record on one shared database (headquarters on PostgreSQL): the later save wins, as
it would in sync, and the value it replaced is kept as a conflict, shown with sync's conflicts and resolved the same
way (keep mine or theirs, which is an ordinary edit)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select

from app.models.local import ChangeLog
from app.models.sync import SyncConflict
from app.services.store.values import to_wire

if TYPE_CHECKING:
    from app.services.store.changes import Writer
    from app.services.store.entities import Entity

CONFLICTS = SyncConflict.__table__
LOG = ChangeLog.__table__


def keep_overwritten(w: Writer, entity: Entity, record_id: str, overwritten: dict[str, Any],
                     changed: dict[str, Any], old: dict[str, Any], stamp: int) -> None:
    for name, value in overwritten.items():
        previous = w.conn.execute(
            select(LOG.c.hlc, LOG.c.site_id, LOG.c.author)
            .where(LOG.c.table_name == entity.name, LOG.c.record_id == record_id)
            .order_by(LOG.c.hlc.desc())
        ).all()
        last = next(((h, s, a) for h, s, a in previous if h != stamp), (0, "", old.get("updated_by", "")))
        w.conn.execute(insert(CONFLICTS).values(
            id=str(uuid.uuid4()), table_name=entity.name, record_id=record_id, field=name, kind="concurrent_edit",
            local_value=to_wire(changed[name]), local_hlc=stamp, local_site=w.site.site_id,
            remote_value=to_wire(value), remote_hlc=last[0], remote_site=last[1],
            remote_office=f"{w.site.office} ({last[2]})", winner="local", winner_hlc=stamp,
            winner_site=w.site.site_id, bundle_id="", detected_at=w.now_iso()))
