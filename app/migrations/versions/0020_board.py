"""The Board of Trustees of the Voluntary Fund: its sessions (``board_session``, searched by title, place and
agenda: FTS5 on SQLite, a GIN index on PostgreSQL), their members (``board_member``), the recommendations a session
adopted (``board_adoption``, a part of the recommendation) and its decisions on projects (``board_decision``, a part
of the project). New tables only: nothing existing is rebuilt.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

SEARCHED = {"board_session": ["title", "place", "agenda"]}  # frozen with this revision
TEXT = sqlmodel.sql.sqltypes.AutoString


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column("id", TEXT(length=36), nullable=False),
        sa.Column("owner_office", TEXT(length=32), nullable=False),
        sa.Column("created_at", TEXT(length=32), nullable=False),
        sa.Column("created_by", TEXT(length=120), nullable=False),
        sa.Column("updated_at", TEXT(length=32), nullable=False),
        sa.Column("updated_by", TEXT(length=120), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
    ]


def _indexes(table: str, columns: list[str], unique: tuple[str, ...] = ()) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in ["owner_office", *columns]:
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=column in unique)
    op.create_index(f"ix_{table}_deleted_rows", table, ["id"], unique=False,
                    sqlite_where=sa.text("deleted = 1"), postgresql_where=sa.text("deleted"))


def upgrade() -> None:
    op.create_table(
        "board_session", *_record_columns(),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("title", TEXT(length=200), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("place", TEXT(length=200), nullable=False),
        sa.Column("agenda", TEXT(length=20000), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_board_session")),
    )
    _indexes("board_session", [])
    op.create_table(
        "board_member", *_record_columns(),
        sa.Column("session_id", TEXT(), nullable=False),
        sa.Column("full_name", TEXT(length=200), nullable=False),
        sa.Column("country_id", TEXT(), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["board_session.id"],
                                name=op.f("fk_board_member_session_id_board_session")),
        sa.ForeignKeyConstraint(["country_id"], ["country.id"], name=op.f("fk_board_member_country_id_country")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_board_member")),
    )
    _indexes("board_member", ["session_id"])
    op.create_table(
        "board_adoption", *_record_columns(),
        sa.Column("recommendation_id", TEXT(), nullable=False),
        sa.Column("session_id", TEXT(), nullable=False),
        sa.ForeignKeyConstraint(["recommendation_id"], ["recommendation.id"],
                                name=op.f("fk_board_adoption_recommendation_id_recommendation")),
        sa.ForeignKeyConstraint(["session_id"], ["board_session.id"],
                                name=op.f("fk_board_adoption_session_id_board_session")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_board_adoption")),
    )
    _indexes("board_adoption", ["recommendation_id", "session_id"])
    op.create_table(
        "board_decision", *_record_columns(),
        sa.Column("project_id", TEXT(), nullable=False),
        sa.Column("session_id", TEXT(), nullable=False),
        sa.Column("decision", sa.String(length=40), nullable=False),
        sa.Column("amount_usd", sa.Float(), nullable=False),
        sa.Column("note", TEXT(length=5000), nullable=False),
        sa.ForeignKeyConstraint(["project_id"], ["project.id"], name=op.f("fk_board_decision_project_id_project")),
        sa.ForeignKeyConstraint(["session_id"], ["board_session.id"],
                                name=op.f("fk_board_decision_session_id_board_session")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_board_decision")),
    )
    _indexes("board_decision", ["project_id", "session_id"])
    dialect = op.get_bind().dialect.name
    for table, searched in SEARCHED.items():
        cols = ", ".join(searched)
        if dialect == "sqlite":
            fts = f"{table}_fts"
            new = ", ".join(f"new.{c}" for c in searched)
            old = ", ".join(f"old.{c}" for c in searched)
            op.execute(f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', content_rowid='rowid', "
                       "tokenize='unicode61 remove_diacritics 2', prefix='2 3')")
            op.execute(f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
                       f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.rowid, {new}); END")
            op.execute(f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
                       f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.rowid, {old}); END")
            op.execute(f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {cols} ON {table} BEGIN "
                       f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.rowid, {old}); "
                       f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.rowid, {new}); END")
        elif dialect == "postgresql":
            joined = " || ' ' || ".join(f"coalesce({c}, '')" for c in searched)
            op.execute(f"CREATE INDEX ix_{table}_search ON {table} USING gin "
                       f"(to_tsvector('simple'::regconfig, fd_unaccent({joined})))")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in SEARCHED:
        if dialect == "sqlite":
            for suffix in ("ai", "ad", "au"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {table}_fts")
        elif dialect == "postgresql":
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_search")
    for table in ("board_decision", "board_adoption", "board_member", "board_session"):
        op.drop_table(table)
