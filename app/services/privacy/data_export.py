"""The JSON data export written for someone (``fielddesk export json``): every record, names included, so it is
noted in the access record; the dump itself is the record store's (app/services/store/export.py)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from app.models import Participant
from app.services.privacy import access_log
from app.services.profile import write_file_atomically
from app.services.store.export import iter_export_lines

if TYPE_CHECKING:
    from app.services.core import FieldDesk


def record_export(fd: FieldDesk, target: str) -> None:
    """The access record notes a dump written for someone (every person's data, names included): who, when, where
    to, how many participants; never the data."""
    table = Participant.__table__
    with fd.reading() as conn:
        people = conn.execute(select(func.count()).select_from(table).where(
            table.c.deleted == False)).scalar() or 0  # noqa: E712
    access_log.record(fd, "data_export", "Data export of every record (JSON)", people=people, target=target)


def export_json(fd: FieldDesk, path: Path) -> None:
    data = "".join(iter_export_lines(fd)).encode("utf-8")
    write_file_atomically(Path(path), data)
