"""After the exit: sustainability checks (and, on ``due_rule``, the months after the exit when they fall) made some months after a project's exit date (``sustainability_check``, a
part of the project), with full-text search of their notes and evidence (FTS5 on SQLite, a GIN index on PostgreSQL,
as revision 0014 does for the lessons).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

TABLE = "sustainability_check"
SEARCHED = ["notes", "evidence"]  # frozen with this revision


def upgrade() -> None:
    # When the checks fall, in months after the exit: headquarters' setting on the due rule that schedules them.
    # A plain ALTER TABLE ADD COLUMN (no batch rebuild). The seeded rule gets its months when the site seeds it.
    op.add_column("due_rule", sa.Column("check_months", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False,
                                        server_default=""))
    op.create_table(
        TABLE,
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("owner_office", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("project_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("months_after", sa.Integer(), nullable=False),
        sa.Column("check_date", sa.Date(), nullable=False),
        sa.Column("partner_running", sa.String(length=40), nullable=False),
        sa.Column("budget_line", sa.Boolean(), nullable=False),
        sa.Column("staff_in_post", sa.Boolean(), nullable=False),
        sa.Column("evidence", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(length=20000), nullable=False),
        sa.ForeignKeyConstraint(["project_id"], ["project.id"], name=op.f("fk_sustainability_check_project_id_project")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sustainability_check")),
    )
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sustainability_check_owner_office"), ["owner_office"], unique=False)
        batch_op.create_index(batch_op.f("ix_sustainability_check_project_id"), ["project_id"], unique=False)
    op.create_index("ix_sustainability_check_deleted_rows", TABLE, ["id"], unique=False,
                    sqlite_where=sa.text("deleted = 1"), postgresql_where=sa.text("deleted"))
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
    op.drop_index("ix_sustainability_check_deleted_rows", table_name=TABLE)
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sustainability_check_project_id"))
        batch_op.drop_index(batch_op.f("ix_sustainability_check_owner_office"))
    op.drop_table(TABLE)
    with op.batch_alter_table("due_rule", schema=None) as batch_op:
        batch_op.drop_column("check_months")
