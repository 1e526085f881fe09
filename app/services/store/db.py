"""The SQL engine of a profile and its transactions.

SQLite runs in WAL mode with foreign keys on and ``synchronous=FULL`` (a committed day of work survives a power cut).
Transactions are explicit: pysqlite's implicit BEGIN is turned off and writes take the write lock up front with
``BEGIN IMMEDIATE``, so two writers (the GUI's worker and a command in a terminal) queue instead of failing midway.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event

from app.services.errors import DatabaseUnreachable
from app.services.store import op_changes, op_reads, testpoints


def _json_dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def normalise_url(url: str) -> str:
    """``postgresql://user@host/db`` as people write it -> the psycopg 3 driver FieldDesk ships."""
    for prefix in ("postgresql://", "postgres://", "postgresql+psycopg2://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def sqlite_url(path) -> str:
    return f"sqlite:///{path}"


def make_engine(url: str, key: str | None = None) -> Engine:
    """``key``: an SQLCipher raw key (``x'…'``) for an encrypted profile; the driver is then sqlcipher3."""
    if url.startswith("sqlite"):
        if key is not None:
            import sqlcipher3

            engine = create_engine(url, json_serializer=_json_dumps, module=sqlcipher3.dbapi2)
        else:
            engine = create_engine(url, json_serializer=_json_dumps)
        _configure_sqlite(engine, key)
        return engine
    # imported here: start-up: the first screen (participants) does not load services.profile.pg_access
    from app.services.profile.pg_access import tls_options

    engine = create_engine(url, json_serializer=_json_dumps, pool_pre_ping=True, connect_args=tls_options(url))
    _configure_postgres(engine)
    return engine


def _configure_sqlite(engine: Engine, key: str | None) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None  # SQLAlchemy, not the driver, decides when transactions begin
        cursor = dbapi_connection.cursor()
        if key is not None:
            cursor.execute("PRAGMA cipher_log_level = NONE")  # a failure is reported to the user, not to stderr
            cursor.execute(f'PRAGMA key = "{key}"')
            cursor.execute("PRAGMA temp_store = MEMORY")  # no temporary files next to the encrypted ones
        cursor.execute("PRAGMA busy_timeout = 10000")
        # SQLite's default page cache (2 MB) thrashes on headquarters-sized imports; 64 MB is taken only as used.
        cursor.execute("PRAGMA cache_size = -65536")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        # Deleted and overwritten content is zeroed in the database file, not left in free pages (an erased
        # person's name, a deleted record); the WAL is emptied at close (``dispose``).
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection):
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def _configure_postgres(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # psycopg prepares a query after its fifth run on a connection, and PostgreSQL then keeps a plan made while
        # a table was nearly empty (a sequential scan) for as long as the connection lives: importing 50 bundles in
        # one command grew from 0.9 s a bundle to 17 s that way. A custom plan each time follows the table's size.
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SET plan_cache_mode = force_custom_plan")
        dbapi_connection.commit()  # a SET is transactional: the pool's rollback would otherwise undo it

    @event.listens_for(engine, "handle_error")
    def _on_error(context):
        # A server that cannot be reached or refuses to connect: one plain line instead of the driver's three.
        if context.connection is None and context.original_exception.__class__.__name__ == "OperationalError":
            return DatabaseUnreachable(unreachable_message(engine.url, context.original_exception))
        return None


def unreachable_message(url, error: BaseException) -> str:
    """``Cannot connect to the PostgreSQL database "hq" on db.example.org:5432 as fielddesk: connection refused.
    Check ...``: the driver's reason in its own words, without its hints and links."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    reason = lines[0] if lines else error.__class__.__name__
    reason = reason.rpartition(" failed: ")[2] if " failed: " in reason else reason
    reason = reason.removeprefix("FATAL:").strip().rstrip(".")
    where = f"{url.host or 'localhost'}:{url.port or 5432}"
    who = f" as {url.username}" if url.username else ""
    # imported here: start-up: the first screen (participants) does not load services.profile.pg_access
    from app.services.profile.pg_access import tls_hint

    return (f'Cannot connect to the PostgreSQL database "{url.database}" on {where}{who}: {reason[:1].lower()}'
            f"{reason[1:]}. Check that the server is running and accepts connections from this computer, and that "
            "the address, user, password and database name are right." + tls_hint(reason))


class Database:
    """One profile's engine. ``read()`` and ``write()`` hand out a connection inside a transaction."""

    def __init__(self, url: str, key: str | None = None):
        url = normalise_url(url)
        self.url = url
        self.key = key
        self.engine = make_engine(url, key)
        self.dialect = self.engine.dialect.name

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            if op_reads.active():  # a view asked which tables its read takes rows from
                op_reads.watch_reads(conn)
            yield conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            if self.is_sqlite:
                conn = conn.execution_options(sqlite_begin="IMMEDIATE")
            if testpoints.active():
                testpoints.watch_writes(conn)
            written = op_changes.begin_write(conn)
            committed = False
            try:
                with conn.begin():
                    yield conn
                    testpoints.reached("commit")
                committed = True
            finally:
                op_changes.end_write(written, committed)

    def dispose(self) -> None:
        if self.is_sqlite:
            self.checkpoint()
        self.engine.dispose()

    def checkpoint(self) -> bool:
        """Copy the WAL into the database and truncate it to nothing, so no older page of a record (as it was
        before a change, a deletion or an erasure) stays in the -wal file. False when another connection still
        reads an older state (it is then done by the last program to close the profile)."""
        checkedin = getattr(self.engine.pool, "checkedin", None)
        if checkedin is None or checkedin() == 0:  # nothing was opened (or the file was replaced): never make one
            return False
        with contextlib.suppress(Exception):  # closing never fails for this: a locked or damaged file stays as it is
            raw = self.engine.raw_connection()
            try:
                busy, _, _ = raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                return not busy
            finally:
                raw.close()
        return False
