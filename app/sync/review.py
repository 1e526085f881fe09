"""The review queue of refused incoming changes (``sync_refusal``): kept at merge, listed for people
(``fielddesk sync review``), and reported back to their sender in the next bundle's manifest, so the office whose
change was refused learns which record and why (``fielddesk sync status`` there)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

import msgspec
from sqlalchemy import insert, select

from app.models.sync import SyncRefusal
from app.services.store.clock import now_iso
from app.services.store.entities import BY_NAME
from app.services.store.wire import Change
from app.sync.container import RefusalNote
from app.sync.rights import Party, Refused

if TYPE_CHECKING:
    from app.services.core import FieldDesk

REFUSALS = SyncRefusal.__table__
REPORTED_BACK = 500  # the newest refusals carried back to their sender in each bundle (the manifest stays small)


def keep(conn, *, bundle_id: str, sender: Party, change: Change, refused: Refused) -> None:
    """Keep a refused change. Every text is cut to its column: it came from a bundle and may be of any length."""
    conn.execute(insert(REFUSALS).values(
        id=str(uuid.uuid4()), bundle_id=bundle_id, sender_site_id=sender.site_id, sender_office=sender.office,
        table_name=change.table[:40], record_id=change.record_id[:36], op=change.op[:20], field=refused.field[:64],
        code=refused.code, reason=refused.reason[:500], entry=msgspec.msgpack.encode(change), received_at=now_iso()))


@dataclass(frozen=True)
class Refusal:
    id: str
    received_at: str
    sender_office: str
    table: str
    record_id: str
    op: str
    field: str
    code: str
    reason: str

    @property
    def record_label(self) -> str:
        entity = BY_NAME.get(self.table)
        return f"{entity.label if entity else self.table} {self.record_id}"

    def change(self, fd: FieldDesk) -> Change:
        """The change as it was received, for whoever reviews it."""
        with fd.reading() as conn:
            entry = conn.execute(select(REFUSALS.c.entry).where(REFUSALS.c.id == self.id)).scalar_one()
        return msgspec.msgpack.decode(entry, type=Change)


def list_refusals(fd: FieldDesk, office: str | None = None) -> list[Refusal]:
    """Newest first."""
    columns = [REFUSALS.c[name] for name in ("id", "received_at", "sender_office", "table_name", "record_id", "op",
                                            "field", "code", "reason")]
    stmt = select(*columns).order_by(REFUSALS.c.received_at.desc(), REFUSALS.c.id)
    if office:
        stmt = stmt.where(REFUSALS.c.sender_office == office.upper())
    with fd.reading() as conn:
        return [Refusal(*row) for row in conn.execute(stmt)]


def notes_for(conn, peer_site_id: str) -> list[RefusalNote]:
    """What to tell a peer about its refused changes: record and reason code, never the values."""
    rows = conn.execute(select(REFUSALS.c.table_name, REFUSALS.c.record_id, REFUSALS.c.code, REFUSALS.c.received_at)
                        .where(REFUSALS.c.sender_site_id == peer_site_id)
                        .order_by(REFUSALS.c.received_at.desc()).limit(REPORTED_BACK))
    return [RefusalNote(table, record_id, code, at) for table, record_id, code, at in rows]
