"""The Voluntary Fund: donors, contributions (pledged, received, earmarked), the UN operational rates of exchange and
the allocations of the Fund's money to projects (``grant_id`` is a plain text UUID, no foreign key: grants arrive in
a revision of their own and are wired to allocations when both are merged).

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

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


TABLES = {
    "donor": (
        [sa.Column("name", TEXT(length=200), nullable=False),
         sa.Column("kind", sa.String(length=40), nullable=False),
         sa.Column("country_id", TEXT(), nullable=True),
         sa.Column("notes", TEXT(length=5000), nullable=False)],
        [("country_id", "country")],
        ["country_id"],
    ),
    "contribution": (
        [sa.Column("donor_id", TEXT(), nullable=False),
         sa.Column("year", sa.Integer(), nullable=False),
         sa.Column("amount", sa.Float(), nullable=False),
         sa.Column("currency", TEXT(length=3), nullable=False),
         sa.Column("status", sa.String(length=40), nullable=False),
         sa.Column("pledge_date", sa.Date(), nullable=True),
         sa.Column("receipt_date", sa.Date(), nullable=True),
         sa.Column("earmark", sa.String(length=40), nullable=False),
         sa.Column("earmark_theme_id", TEXT(), nullable=True),
         sa.Column("earmark_region", sa.String(length=40), nullable=True),
         sa.Column("earmark_country_id", TEXT(), nullable=True),
         sa.Column("note", TEXT(length=2000), nullable=False)],
        [("donor_id", "donor"), ("earmark_theme_id", "thematic_area"), ("earmark_country_id", "country")],
        ["donor_id", "year"],
    ),
    "exchange_rate": (
        [sa.Column("currency", TEXT(length=3), nullable=False),
         sa.Column("effective_date", sa.Date(), nullable=False),
         sa.Column("units_per_usd", sa.Float(), nullable=False)],
        [],
        ["currency"],
    ),
    "fund_allocation": (
        [sa.Column("year", sa.Integer(), nullable=False),
         sa.Column("amount_usd", sa.Float(), nullable=False),
         sa.Column("project_id", TEXT(), nullable=False),
         sa.Column("grant_id", TEXT(length=36), nullable=True),
         sa.Column("contribution_id", TEXT(), nullable=True),
         sa.Column("allocation_date", sa.Date(), nullable=True),
         sa.Column("note", TEXT(length=2000), nullable=False)],
        [("project_id", "project"), ("contribution_id", "contribution")],
        ["year", "project_id", "contribution_id"],
    ),
}


# Searched columns, frozen with this revision (FTS5 on SQLite, a GIN index on PostgreSQL, as revision 0016 does).
SEARCHED = {"donor": ["name", "notes"], "contribution": ["currency", "note"], "exchange_rate": ["currency"],
            "fund_allocation": ["note"]}


def _search(table: str, searched: list[str], dialect: str) -> None:
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


def upgrade() -> None:
    for table, (columns, keys, indexed) in TABLES.items():
        op.create_table(
            table,
            *_shared(),
            *columns,
            *[sa.ForeignKeyConstraint([column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"))
              for column, target in keys],
            sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        )
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in ["owner_office", *indexed]:
                batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)
        op.create_index(f"ix_{table}_deleted_rows", table, ["id"], unique=False,
                        sqlite_where=sa.text("deleted = 1"), postgresql_where=sa.text("deleted"))
        _search(table, SEARCHED[table], op.get_bind().dialect.name)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table, (_columns, _keys, indexed) in reversed(TABLES.items()):
        if dialect == "sqlite":
            for suffix in ("ai", "ad", "au"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {table}_fts")
        elif dialect == "postgresql":
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_search")
        op.drop_index(f"ix_{table}_deleted_rows", table_name=table)
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in reversed(["owner_office", *indexed]):
                batch_op.drop_index(batch_op.f(f"ix_{table}_{column}"))
        op.drop_table(table)
