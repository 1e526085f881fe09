"""A recommendation's mechanism: the treaty body, special procedure mandate or UPR cycle and recommending state that
made it, the document symbol and paragraph, the state's response, the persons concerned, the SDG targets and the projects that
answer it; and
headquarters' reference lists behind them (treaty bodies, UPR cycles, SDG targets, affected groups).

The recommendation's new columns come with foreign keys, which SQLite adds only by rebuilding the table (batch mode);
its search now covers the document symbol and the mandate too, so the FTS5 table and triggers (SQLite, rebuilt from
the new table's rows) and the GIN index (PostgreSQL) are made again over the new columns.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

OLD_SEARCH = ["text", "target_institution"]
NEW_SEARCH = ["text", "target_institution", "document_symbol", "mandate"]
REFERENCE_TABLES = {"treaty_body": 16, "upr_cycle": 16, "sdg_target": 8, "affected_group": 40}
NEW_COLUMNS = ["project_ids", "sdg_target_ids", "affected_group_ids", "response_comment", "response", "paragraph", "document_symbol",
               "recommending_state_id", "upr_cycle_id", "mandate", "treaty_body_id"]


def _system_columns() -> list:
    return [
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("owner_office", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
    ]


def _create_search(columns: list[str]) -> None:
    fts, table = "recommendation_fts", "recommendation"
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
    op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def _drop_search() -> None:
    for suffix in ("ai", "ad", "au"):
        op.execute(f"DROP TRIGGER IF EXISTS recommendation_fts_{suffix}")
    op.execute("DROP TABLE IF EXISTS recommendation_fts")


def _postgres_index(columns: list[str]) -> None:
    op.execute("DROP INDEX IF EXISTS ix_recommendation_search")
    joined = " || ' ' || ".join(f"coalesce({c}, '')" for c in columns)
    op.execute(f"CREATE INDEX ix_recommendation_search ON recommendation USING gin "
               f"(to_tsvector('simple'::regconfig, fd_unaccent({joined})))")


def upgrade() -> None:
    for table, code_length in REFERENCE_TABLES.items():
        extra = [sa.Column("goal", sa.Integer(), nullable=False)] if table == "sdg_target" else []
        op.create_table(
            table, *_system_columns(),
            sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=code_length), nullable=False),
            *extra,
            sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
            sa.Column("sort_order", sa.Integer(), nullable=False),
            sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
            sa.UniqueConstraint("code", name=op.f(f"uq_{table}_code")),
        )
        op.create_index(op.f(f"ix_{table}_owner_office"), table, ["owner_office"], unique=False)
        op.create_index(f"ix_{table}_deleted_rows", table, ["id"], unique=False,
                        sqlite_where=sa.text("deleted = 1"), postgresql_where=sa.text("deleted"))

    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":  # the batch below rebuilds the table: its search is made again after it
        _drop_search()
    string = sqlmodel.sql.sqltypes.AutoString
    with op.batch_alter_table("recommendation", schema=None) as batch_op:
        add = batch_op.add_column
        add(sa.Column("treaty_body_id", string(), nullable=True))
        add(sa.Column("mandate", string(length=300), nullable=False, server_default=""))
        add(sa.Column("upr_cycle_id", string(), nullable=True))
        add(sa.Column("recommending_state_id", string(), nullable=True))
        add(sa.Column("document_symbol", string(length=120), nullable=False, server_default=""))
        add(sa.Column("paragraph", string(length=40), nullable=False, server_default=""))
        add(sa.Column("response", sa.String(length=40), nullable=False, server_default="not_recorded"))
        add(sa.Column("response_comment", string(length=5000), nullable=False, server_default=""))
        add(sa.Column("affected_group_ids", sa.JSON(), nullable=False, server_default="[]"))
        add(sa.Column("sdg_target_ids", sa.JSON(), nullable=False, server_default="[]"))
        add(sa.Column("project_ids", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.create_foreign_key(batch_op.f("fk_recommendation_treaty_body_id_treaty_body"), "treaty_body",
                                    ["treaty_body_id"], ["id"])
        batch_op.create_foreign_key(batch_op.f("fk_recommendation_upr_cycle_id_upr_cycle"), "upr_cycle",
                                    ["upr_cycle_id"], ["id"])
        batch_op.create_foreign_key(batch_op.f("fk_recommendation_recommending_state_id_country"), "country",
                                    ["recommending_state_id"], ["id"])
        batch_op.create_index(batch_op.f("ix_recommendation_document_symbol"), ["document_symbol"], unique=False)

    if dialect == "sqlite":
        _create_search(NEW_SEARCH)
    elif dialect == "postgresql":
        _postgres_index(NEW_SEARCH)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _drop_search()
    with op.batch_alter_table("recommendation", schema=None) as batch_op:  # rebuilds the table on SQLite
        batch_op.drop_index(batch_op.f("ix_recommendation_document_symbol"))
        for name in ("fk_recommendation_treaty_body_id_treaty_body", "fk_recommendation_upr_cycle_id_upr_cycle",
                     "fk_recommendation_recommending_state_id_country"):
            batch_op.drop_constraint(name, type_="foreignkey")
        for column in NEW_COLUMNS:
            batch_op.drop_column(column)
    if dialect == "sqlite":
        _create_search(OLD_SEARCH)
    elif dialect == "postgresql":
        _postgres_index(OLD_SEARCH)
    for table in reversed(REFERENCE_TABLES):
        op.drop_index(f"ix_{table}_deleted_rows", table_name=table)
        op.drop_index(op.f(f"ix_{table}_owner_office"), table_name=table)
        op.drop_table(table)
