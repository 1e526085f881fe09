"""National human rights action plans: ``action_plan`` (a country's plan, its period, status and coordinating body)
and its ``plan_action`` parts (text, responsible institution, deadline, indicator, status, the recommendations each
answers and the projects that support it, as id lists).

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None

SEARCHED = {"action_plan": ["title", "coordinating_body", "note"],
            "plan_action": ["text", "responsible", "indicator"]}  # frozen here
INDEXED = {"action_plan": ["owner_office", "country_id", "status"],
           "plan_action": ["owner_office", "plan_id", "status"]}  # frozen here


def _text(length=None):
    return sqlmodel.sql.sqltypes.AutoString(length=length) if length else sqlmodel.sql.sqltypes.AutoString()


def _system() -> list:
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
        "action_plan", *_system(),
        sa.Column("country_id", _text(), nullable=False),
        sa.Column("title", _text(300), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("coordinating_body", _text(300), nullable=False),
        sa.Column("adoption_date", sa.Date(), nullable=True),
        sa.Column("note", _text(20000), nullable=False),
        sa.ForeignKeyConstraint(["country_id"], ["country.id"], name=op.f("fk_action_plan_country_id_country")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_plan")),
    )
    op.create_table(
        "plan_action", *_system(),
        sa.Column("plan_id", _text(), nullable=False),
        sa.Column("text", _text(5000), nullable=False),
        sa.Column("responsible", _text(300), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("indicator", _text(1000), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("recommendation_ids", sa.JSON(), nullable=False),
        sa.Column("project_ids", sa.JSON(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["action_plan.id"], name=op.f("fk_plan_action_plan_id_action_plan")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_action")),
    )
    for table, columns in INDEXED.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in columns:
                batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)
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
    for table in SEARCHED:
        if dialect == "sqlite":
            for suffix in ("ai", "ad", "au"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {table}_fts")
        elif dialect == "postgresql":
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_search")
    for table in reversed(list(INDEXED)):
        op.drop_index(f"ix_{table}_deleted_rows", table_name=table)
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in INDEXED[table]:
                batch_op.drop_index(batch_op.f(f"ix_{table}_{column}"))
        op.drop_table(table)
