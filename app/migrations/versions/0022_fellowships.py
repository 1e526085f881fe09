"""Fellowships: a fellow (a participant) placed with a host, in a cohort (``fellowship``), with learning objectives
(``fellowship_objective``) and follow-up contacts after the placement (``fellowship_contact``); full-text search of
the fellowship's cohort, host, report summary and notes (FTS5 on SQLite, a GIN index on PostgreSQL). Training
activities of form "fellowship" recorded before are left as they are.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

TABLE = "fellowship"
SEARCHED = ["cohort", "host", "report_summary", "notes"]  # frozen with this revision
TEXT = sqlmodel.sql.sqltypes.AutoString


def _shared() -> list:
    return [
        sa.Column("id", TEXT(length=36), nullable=False),
        sa.Column("owner_office", TEXT(length=32), nullable=False),
        sa.Column("created_at", TEXT(length=32), nullable=False),
        sa.Column("created_by", TEXT(length=120), nullable=False),
        sa.Column("updated_at", TEXT(length=32), nullable=False),
        sa.Column("updated_by", TEXT(length=120), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
    ]


def _deleted_index(table: str) -> None:
    op.create_index(f"ix_{table}_deleted_rows", table, ["id"], unique=False,
                    sqlite_where=sa.text("deleted = 1"), postgresql_where=sa.text("deleted"))


def upgrade() -> None:
    op.create_table(
        TABLE, *_shared(),
        sa.Column("participant_id", TEXT(), nullable=False),
        sa.Column("cohort", TEXT(length=200), nullable=False),
        sa.Column("host", TEXT(length=300), nullable=False),
        sa.Column("country_id", TEXT(), nullable=False),
        sa.Column("placement_start", sa.Date(), nullable=True),
        sa.Column("placement_end", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("report_received", sa.Date(), nullable=True),
        sa.Column("report_summary", TEXT(length=20000), nullable=False),
        sa.Column("notes", TEXT(length=5000), nullable=False),
        sa.ForeignKeyConstraint(["participant_id"], ["participant.id"],
                                name=op.f("fk_fellowship_participant_id_participant")),
        sa.ForeignKeyConstraint(["country_id"], ["country.id"], name=op.f("fk_fellowship_country_id_country")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fellowship")),
    )
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        for column in ("owner_office", "participant_id", "cohort", "country_id", "placement_start", "status"):
            batch_op.create_index(batch_op.f(f"ix_fellowship_{column}"), [column], unique=False)
    _deleted_index(TABLE)
    op.create_table(
        "fellowship_objective", *_shared(),
        sa.Column("fellowship_id", TEXT(), nullable=False),
        sa.Column("objective", TEXT(length=1000), nullable=False),
        sa.Column("met", sa.String(length=40), nullable=False),
        sa.Column("note", TEXT(length=2000), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["fellowship_id"], ["fellowship.id"],
                                name=op.f("fk_fellowship_objective_fellowship_id_fellowship")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fellowship_objective")),
    )
    op.create_table(
        "fellowship_contact", *_shared(),
        sa.Column("fellowship_id", TEXT(), nullable=False),
        sa.Column("contact_date", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=40), nullable=False),
        sa.Column("current_role", TEXT(length=500), nullable=False),
        sa.Column("applies", sa.String(length=40), nullable=False),
        sa.Column("note", TEXT(length=5000), nullable=False),
        sa.ForeignKeyConstraint(["fellowship_id"], ["fellowship.id"],
                                name=op.f("fk_fellowship_contact_fellowship_id_fellowship")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fellowship_contact")),
    )
    for part in ("fellowship_objective", "fellowship_contact"):
        with op.batch_alter_table(part, schema=None) as batch_op:
            batch_op.create_index(batch_op.f(f"ix_{part}_owner_office"), ["owner_office"], unique=False)
            batch_op.create_index(batch_op.f(f"ix_{part}_fellowship_id"), ["fellowship_id"], unique=False)
        _deleted_index(part)
    dialect = op.get_bind().dialect.name
    cols = ", ".join(SEARCHED)
    if dialect == "sqlite":
        fts = f"{TABLE}_fts"
        new = ", ".join(f"new.{c}" for c in SEARCHED)
        old = ", ".join(f"old.{c}" for c in SEARCHED)
        op.execute(f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{TABLE}', content_rowid='rowid', "
                   "tokenize='unicode61 remove_diacritics 2', prefix='2 3')")
        op.execute(f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {TABLE} BEGIN "
                   f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.rowid, {new}); END")
        op.execute(f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {TABLE} BEGIN "
                   f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.rowid, {old}); END")
        op.execute(f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {cols} ON {TABLE} BEGIN "
                   f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.rowid, {old}); "
                   f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.rowid, {new}); END")
    elif dialect == "postgresql":
        joined = " || ' ' || ".join(f"coalesce({c}, '')" for c in SEARCHED)
        op.execute(f"CREATE INDEX ix_{TABLE}_search ON {TABLE} USING gin "
                   f"(to_tsvector('simple'::regconfig, fd_unaccent({joined})))")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {TABLE}_fts_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {TABLE}_fts")
    elif dialect == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS ix_{TABLE}_search")
    for part in ("fellowship_contact", "fellowship_objective", TABLE):
        op.drop_table(part)
