"""Where a bundle's dry run (``--dry-run``, ``bundle inspect``) merges: a transaction that is always rolled back and
takes no lock other people's writes would wait for.

- SQLite: one writer at a time holds the whole database, so the merge runs against an in-memory snapshot (the
  online backup API, a consistent read that blocks nobody; keyed like the profile when it is encrypted, so the
  snapshot never exists in clear on disk). Foreign keys are checked at the end, as a commit would.
- PostgreSQL: a transaction on the server whose Writer neither takes nor writes the clock row (the lock every
  write queues on). Only a write to one of the very records the bundle changes waits until the dry run ends.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy import create_engine, event
from sqlalchemy.pool import StaticPool

from app.services.store.changes import Writer
from app.services.store.db import _json_dumps
from app.sync.container import BundleRejected
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk


@contextmanager
def rehearsal(fd: FieldDesk) -> Iterator[Writer]:
    """A Writer whose transaction is rolled back however the block ends."""
    if not fd.db.is_sqlite:
        with fd.db.engine.connect() as conn, conn.begin() as transaction:
            try:
                yield Writer(conn, fd.site, fd.author, rehearsal=True)
            finally:
                transaction.rollback()
        return
    snapshot = _snapshot(fd)
    engine = create_engine("sqlite://", creator=lambda: snapshot, poolclass=StaticPool, json_serializer=_json_dumps)

    @event.listens_for(engine, "begin")
    def _begin(conn):
        conn.exec_driver_sql("BEGIN")

    try:
        with engine.connect() as conn, conn.begin() as transaction:
            try:
                yield Writer(conn, fd.site, fd.author, rehearsal=True)
            finally:
                transaction.rollback()
    finally:
        engine.dispose()
        snapshot.close()


def _snapshot(fd: FieldDesk):
    key = fd.db.key
    if key is not None:
        import sqlcipher3.dbapi2 as driver
    else:
        import sqlite3 as driver
    snapshot = driver.connect(":memory:", check_same_thread=False)
    snapshot.isolation_level = None
    if key is not None:
        snapshot.execute(f'PRAGMA key = "{key}"')
    source = fd.db.engine.raw_connection()
    try:
        source.driver_connection.backup(snapshot)
    finally:
        source.close()
    snapshot.execute("PRAGMA foreign_keys = ON")
    return snapshot


def finish(w: Writer, sender_office: str) -> None:
    """What a commit would do and check: write the change-log rows the Writer still buffers (their values can be
    refused too), and on SQLite check the foreign keys, deferred during a bundle, of the tables the bundle wrote.
    PostgreSQL checks foreign keys as each statement runs."""
    w.flush()
    if w.conn.dialect.name != "sqlite":
        return
    for table in sorted(w.touched_tables):
        if w.conn.exec_driver_sql(f'PRAGMA foreign_key_check("{table}")').first():
            raise BundleRejected(problem("bundle.missing_reference", office=sender_office, table=table))
