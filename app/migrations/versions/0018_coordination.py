"""The coordination register: partners (``partner``, a roster) and their activities (``partner_activity``, an
office's own work), with full-text search of the activities' titles and notes (FTS5 on SQLite, a GIN index on
PostgreSQL) and of the partners' names and acronyms.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

# frozen with this revision
SEARCHED = {"partner": ["name", "acronym", "notes"], "partner_activity": ["title", "notes", "framework_outcome"]}


def _text(length=None):
    return sqlmodel.sql.sqltypes.AutoString(length=length) if length else sqlmodel.sql.sqltypes.AutoString()


def _system_columns() -> list:
    return [
        sa.Column("id", _text(36), nullable=False),
        sa.Column("owner_office", _text(32), nullable=False),
        sa.Column("created_at", _text(32), nullable=False),
        sa.Column("created_by", _text(120), nullable=False),
        sa.Column("updated_at", _text(32), nullable=False),
        sa.Column("updated_by", _text(120), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "partner",
        *_system_columns(),
        sa.Column("name", _text(300), nullable=False),
        sa.Column("acronym", _text(40), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("country_id", _text(), nullable=True),
        sa.Column("website", _text(300), nullable=False),
        sa.Column("contact", _text(500), nullable=False),
        sa.Column("notes", _text(5000), nullable=False),
        sa.ForeignKeyConstraint(["country_id"], ["country.id"], name=op.f("fk_partner_country_id_country")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner")),
    )
    op.create_table(
        "partner_activity",
        *_system_columns(),
        sa.Column("partner_id", _text(), nullable=False),
        sa.Column("title", _text(300), nullable=False),
        sa.Column("country_id", _text(), nullable=False),
        sa.Column("theme_ids", sa.JSON(), nullable=False),
        sa.Column("target_group_ids", sa.JSON(), nullable=False),
        sa.Column("stage", sa.String(length=40), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("amount", sa.Float(), nullable=True),
        sa.Column("currency", _text(3), nullable=False),
        sa.Column("contact_person", _text(300), nullable=False),
        sa.Column("framework_outcome", _text(1000), nullable=False),
        sa.Column("info_source", _text(300), nullable=False),
        sa.Column("info_date", sa.Date(), nullable=True),
        sa.Column("notes", _text(5000), nullable=False),
        sa.ForeignKeyConstraint(["partner_id"], ["partner.id"],
                                name=op.f("fk_partner_activity_partner_id_partner")),
        sa.ForeignKeyConstraint(["country_id"], ["country.id"],
                                name=op.f("fk_partner_activity_country_id_country")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_activity")),
    )
    with op.batch_alter_table("partner", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_partner_owner_office"), ["owner_office"], unique=False)
        batch_op.create_index(batch_op.f("ix_partner_country_id"), ["country_id"], unique=False)
    with op.batch_alter_table("partner_activity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_partner_activity_owner_office"), ["owner_office"], unique=False)
        batch_op.create_index(batch_op.f("ix_partner_activity_partner_id"), ["partner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_partner_activity_country_id"), ["country_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_partner_activity_stage"), ["stage"], unique=False)
    for table in SEARCHED:
        op.create_index(f"ix_{table}_deleted_rows", table, ["id"], unique=False,
                        sqlite_where=sa.text("deleted = 1"), postgresql_where=sa.text("deleted"))
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
    for table in reversed(list(SEARCHED)):
        if dialect == "sqlite":
            for suffix in ("ai", "ad", "au"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {table}_fts")
        elif dialect == "postgresql":
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_search")
        op.drop_index(f"ix_{table}_deleted_rows", table_name=table)
    op.drop_table("partner_activity")
    op.drop_table("partner")
