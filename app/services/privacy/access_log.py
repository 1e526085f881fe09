"""The access record: every report, spreadsheet export, bundle export, subject-access report and erasure made at
this site, with who, when, what and for how many people. It never holds the personal data itself: a file is named
by its name, a person by their record id. Local to the site (never sent in bundles)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, insert, select

from app.models import AccessEvent as Model
from app.services.profile import write_file_atomically

if TYPE_CHECKING:
    from app.services.core import FieldDesk

KINDS = ("report", "spreadsheet", "bundle", "subject_access", "erasure", "retention", "data_export")


@dataclass(frozen=True)
class AccessLogEntry:
    id: int
    at: str
    author: str
    kind: str
    what: str
    people: int
    target: str


def _table():
    return Model.__table__


def record(fd: FieldDesk, kind: str, what: str, *, people: int = 0, target: str = "", writer=None) -> None:
    """In ``writer``'s transaction (a bundle's, which a dry run rolls back), else in the caller's write transaction
    when there is one (an erasure), else in its own."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind of access {kind!r}")
    if writer is None:
        with fd.writing() as w:
            record(fd, kind, what, people=people, target=target, writer=w)
        return
    writer.conn.execute(insert(_table()).values(at=writer.now_iso(), author=writer.author[:120], kind=kind,
                                                what=what[:300], people=max(0, int(people)),
                                                target=str(target)[:300]))


def events(fd: FieldDesk, *, kind: str | None = None, author: str | None = None, since: str | None = None,
           until: str | None = None, text: str | None = None, limit: int | None = None) -> list[AccessLogEntry]:
    """Newest first. ``since``/``until``: ISO dates (inclusive); ``text``: in what was made or its target."""
    table = _table()
    stmt = select(table).order_by(table.c.at.desc(), table.c.id.desc())
    if kind:
        stmt = stmt.where(table.c.kind == kind)
    if author:
        stmt = stmt.where(func.lower(table.c.author) == author.lower())
    if since:
        stmt = stmt.where(table.c.at >= since)
    if until:
        stmt = stmt.where(table.c.at < until + "\uffff")
    if text:
        pattern = f"%{text.lower()}%"
        stmt = stmt.where(func.lower(table.c.what).like(pattern) | func.lower(table.c.target).like(pattern))
    if limit:
        stmt = stmt.limit(limit)
    with fd.reading() as conn:
        return [AccessLogEntry(**dict(r)) for r in conn.execute(stmt).mappings()]


def export_csv(found: list[AccessLogEntry], out: Path) -> Path:
    """For an audit: one line an event, UTF-8 with a header."""
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["when", "who", "kind", "what", "people", "target"])
    for e in found:
        writer.writerow([e.at, e.author, e.kind, e.what, e.people, e.target])
    out = Path(out)
    write_file_atomically(out, buffer.getvalue().encode("utf-8"))
    return out
