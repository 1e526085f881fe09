"""Lessons: full-text search of mission findings, project evaluations (findings and lessons learnt) and follow-up
notes, so that what the programme learned can be searched together (FTS5 on SQLite, a GIN index on PostgreSQL, as
revisions 0001, 0003 and 0004 do for the other searched tables).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07
"""

from alembic import op


revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

# Frozen with this revision: a later change of the searched columns recreates the search.
SEARCHED_COLUMNS = {
    "mission_finding": ["text"],
    "project_evaluation": ["findings", "lessons"],
    "followup_note": ["note"],
}


def _create_search(table: str, columns: list[str]) -> None:
    fts = f"{table}_fts"
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    op.execute(f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', content_rowid='rowid', "
               "tokenize='unicode61 remove_diacritics 2', prefix='2 3')")
    op.execute(f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
               f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.rowid, {new}); END")
    op.execute(f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
               f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.rowid, {old}); END")
    op.execute(f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {cols} ON {table} BEGIN "
               f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.rowid, {old}); "
               f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.rowid, {new}); END")
    op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")  # the rows already there


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table, columns in SEARCHED_COLUMNS.items():
        if dialect == "sqlite":
            _create_search(table, columns)
        elif dialect == "postgresql":
            joined = " || ' ' || ".join(f"coalesce({c}, '')" for c in columns)
            op.execute(f"CREATE INDEX ix_{table}_search ON {table} USING gin "
                       f"(to_tsvector('simple'::regconfig, fd_unaccent({joined})))")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in SEARCHED_COLUMNS:
        if dialect == "sqlite":
            for suffix in ("ai", "ad", "au"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {table}_fts")
        elif dialect == "postgresql":
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_search")
