"""A record's history, read from the change log: who changed which field from what to what, when, where."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from app.models.local import ChangeLog

if TYPE_CHECKING:
    from app.services.core import FieldDesk

LOG = ChangeLog.__table__
AUDIT_FIELDS = {"updated_at", "updated_by", "created_at", "created_by", "owner_office"}


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class HistoryEntry:
    seq: int
    at: str
    author: str
    office: str
    op: str
    changes: list[FieldChange]
    from_bundle: str | None


def record_history(fd: FieldDesk, table: str, record_id: str) -> list[HistoryEntry]:
    stmt = (
        select(LOG)
        .where(LOG.c.table_name == table, LOG.c.record_id == record_id)
        .order_by(LOG.c.hlc, LOG.c.site_id, LOG.c.seq)
    )
    entries = []
    with fd.reading() as conn:
        for row in conn.execute(stmt).mappings():
            new, old = row["new"] or {}, row["old"] or {}
            changes = [
                FieldChange(name, old.get(name), value)
                for name, value in sorted(new.items())
                if name not in AUDIT_FIELDS
            ]
            entries.append(HistoryEntry(row["seq"], row["at"], row["author"], row["office"], row["op"], changes,
                                        row["bundle_id"]))
    return entries
