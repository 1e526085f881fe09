"""``fielddesk check``: is the profile sound? SQLite's own checks, the search index, and the change log replayed
against the tables (every record must equal what its logged changes say, so no write went around the log)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select, text

from app.models.base import PROGRAMME_OWNER
from app.models.local import ChangeLog
from app.services.store.entities import BY_NAME, ENTITIES
from app.services.store.query import fts_table
from app.services.store.values import to_wire

if TYPE_CHECKING:
    from app.services.core import FieldDesk

LOG = ChangeLog.__table__
MAX_REPORTED = 20


def check_profile(fd: FieldDesk) -> list[str]:
    problems: list[str] = []
    with fd.reading() as conn:
        if fd.db.is_sqlite:
            problems += _sqlite_checks(conn)
        # The replay also shows that every local write was stamped above what its record held. The clock itself may
        # be behind the newest stamp: a remote stamp further ahead than the bound does not move it (clock.py).
        for entity in ENTITIES:
            problems += _replay_table(conn, entity)
        problems += _enrolled_twice(conn)
    return problems


def _enrolled_twice(conn) -> list[str]:
    """One person enrolled twice in one activity: the services refuse it, but two sites may each have enrolled them
    before they synced (merge them, or remove one enrolment)."""
    from sqlalchemy import func

    e = BY_NAME["enrollment"].table
    rows = conn.execute(select(e.c.training_id, e.c.participant_id).where(e.c.deleted == False)  # noqa: E712
                        .group_by(e.c.training_id, e.c.participant_id).having(func.count() > 1)
                        .limit(MAX_REPORTED)).all()
    return [f"participant {p} is enrolled twice in training activity {t}: remove one enrolment" for t, p in rows]


def _sqlite_checks(conn) -> list[str]:
    problems = []
    integrity = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
    if integrity != ["ok"]:
        problems += [f"SQLite integrity: {line}" for line in integrity[:MAX_REPORTED]]
    for table, rowid, parent, _ in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()[:MAX_REPORTED]:
        problems.append(f"Foreign key: row {rowid} of {table} points to a missing {parent}.")
    for entity in ENTITIES:
        if not entity.search_columns:
            continue
        fts = fts_table(entity)
        try:
            conn.execute(text(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)"))
        except Exception as exc:
            problems.append(f"Search index of {entity.plural.lower()} is out of step with the records "
                            f"({exc.__class__.__name__}).")
    return problems


def _replay_table(conn, entity) -> list[str]:
    """Fold each record's logged changes (latest stamp wins per field) and compare with the stored row."""
    problems: list[str] = []
    table = entity.table
    expected: dict[str, dict[str, tuple[tuple[int, str], Any]]] = {}
    stmt = select(LOG.c.record_id, LOG.c.hlc, LOG.c.site_id, LOG.c.new).where(LOG.c.table_name == entity.name)
    for record_id, hlc, site_id, new in conn.execution_options(yield_per=5000).execute(stmt):
        fields = expected.setdefault(record_id, {})
        stamp = (hlc, site_id)
        for name, value in (new or {}).items():
            current = fields.get(name)
            if current is None or stamp > current[0]:
                fields[name] = (stamp, value)
    seen = set()
    for row in conn.execution_options(yield_per=5000).execute(select(table)).mappings():
        record_id = row["id"]
        seen.add(record_id)
        fields = expected.get(record_id)
        if fields is None:
            if row["owner_office"] != PROGRAMME_OWNER:
                problems.append(f"{entity.label} {record_id} has no change-log entry: it was written around FieldDesk.")
            continue
        for name, (_, value) in fields.items():
            if name in row and to_wire(row[name]) != value:
                problems.append(
                    f"{entity.label} {record_id}: field '{name}' holds {to_wire(row[name])!r} but the change log says "
                    f"{value!r}."
                )
        if len(problems) >= MAX_REPORTED:
            return problems
    for record_id in expected.keys() - seen:
        problems.append(f"The change log names {entity.label.lower()} {record_id}, which is not in the database.")
        if len(problems) >= MAX_REPORTED:
            break
    return problems
