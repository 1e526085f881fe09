"""Schema version of a profile: detect older and newer profiles, back up and upgrade older ones.

The check reads ``alembic_version`` directly so opening an up-to-date profile never imports alembic.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

from app import __version__
from app.migrations import HEAD, KNOWN_REVISIONS, alembic_config
from app.services.errors import ProfileTooNew
from app.services.store.db import Database
from app.vocabulary.problems import problem


@dataclass(frozen=True)
class SchemaState:
    revision: str | None
    written_by: str | None  # FieldDesk version that last migrated the schema

    @property
    def is_empty(self) -> bool:
        return self.revision is None

    @property
    def is_newer(self) -> bool:
        return self.revision is not None and self.revision not in KNOWN_REVISIONS

    @property
    def is_older(self) -> bool:
        return self.revision in KNOWN_REVISIONS and self.revision != HEAD


def read_state(conn: Connection) -> SchemaState:
    dialect = conn.dialect.name
    if dialect == "sqlite":
        has_table = conn.execute(text("SELECT 1 FROM sqlite_master WHERE type='table' "
                                      "AND name='alembic_version'")).first()
    else:
        has_table = conn.execute(text("SELECT to_regclass('alembic_version')")).scalar()
    if not has_table:
        return SchemaState(None, None)
    revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    written_by = None
    try:
        written_by = conn.execute(text("SELECT value FROM local_setting WHERE key = 'schema_written_by'")).scalar()
    except Exception:
        written_by = None
    if isinstance(written_by, str) and written_by.startswith('"'):
        written_by = written_by.strip('"')
    return SchemaState(revision, written_by)


def refuse_if_newer(state: SchemaState) -> None:
    if state.is_newer:
        if state.written_by:
            raise ProfileTooNew(problem("schema.too_new", written_by=state.written_by, revision=state.revision,
                                        version=__version__, head=HEAD))
        raise ProfileTooNew(problem("schema.too_new_unknown", revision=state.revision, version=__version__, head=HEAD))


def upgrade(db: Database, target: str = "head") -> None:
    """Run the Alembic migrations up to ``target`` in one transaction, then note which FieldDesk did it."""
    from alembic import command

    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection if db.is_sqlite else None
        if raw is not None:
            # Table rebuilds (batch mode) must not cascade through foreign keys; the pragma only takes effect
            # outside a transaction, and the keys are checked again before commit.
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            if db.is_sqlite:
                conn = conn.execution_options(sqlite_begin="IMMEDIATE")
            with conn.begin():
                cfg = alembic_config(db.url)
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, target)
                if raw is not None:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(problem("schema.foreign_keys_broken", count=len(broken)))
                _note_writer(conn)
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")


def _note_writer(conn: Connection) -> None:
    import json

    value = json.dumps(__version__)
    if conn.dialect.name == "sqlite":
        conn.execute(
            text("INSERT INTO local_setting(key, value) VALUES ('schema_written_by', :v) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
            {"v": value},
        )
    else:
        conn.execute(
            text("INSERT INTO local_setting(key, value) VALUES ('schema_written_by', CAST(:v AS JSON)) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
            {"v": value},
        )
