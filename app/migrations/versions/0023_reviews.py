"""Reviews of the programme (programme, country or thematic): ``review`` with its ``review_member``,
``review_interview`` (reusing a mission's stakeholder meeting, or recorded here) and ``review_finding`` parts, with
full-text search of a review's title, terms of reference and synthesis and of its findings (FTS5 on SQLite, a GIN
index on PostgreSQL, as revision 0014 does for the lessons). Recommendations made by a review are recommendation
records whose source is "review" (an enum value: no change to that table).

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None

SEARCHED = {"review": ["title", "terms_of_reference", "synthesis"], "review_finding": ["text"]}  # frozen here
INDEXED = {"review": ["owner_office", "status"], "review_member": ["owner_office", "review_id"],
           "review_interview": ["owner_office", "review_id"], "review_finding": ["owner_office", "review_id"]}


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
        "review", *_system(),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("title", _text(300), nullable=False),
        sa.Column("terms_of_reference", _text(50000), nullable=False),
        sa.Column("period_from", sa.Date(), nullable=True),
        sa.Column("period_to", sa.Date(), nullable=True),
        sa.Column("country_ids", sa.JSON(), nullable=False),
        sa.Column("theme_ids", sa.JSON(), nullable=False),
        sa.Column("recommendation_ids", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("synthesis", _text(100000), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review")),
    )
    op.create_table(
        "review_member", *_system(),
        sa.Column("review_id", _text(), nullable=False),
        sa.Column("name", _text(200), nullable=False),
        sa.Column("role", _text(200), nullable=False),
        sa.ForeignKeyConstraint(["review_id"], ["review.id"], name=op.f("fk_review_member_review_id_review")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_member")),
    )
    op.create_table(
        "review_interview", *_system(),
        sa.Column("review_id", _text(), nullable=False),
        sa.Column("meeting_id", _text(), nullable=True),
        sa.Column("interview_date", sa.Date(), nullable=True),
        sa.Column("interviewee", _text(300), nullable=False),
        sa.Column("organisation", _text(300), nullable=False),
        sa.Column("stakeholder_type_id", _text(), nullable=True),
        sa.Column("notes", _text(50000), nullable=False),
        sa.ForeignKeyConstraint(["review_id"], ["review.id"], name=op.f("fk_review_interview_review_id_review")),
        sa.ForeignKeyConstraint(["meeting_id"], ["stakeholder_meeting.id"],
                                name=op.f("fk_review_interview_meeting_id_stakeholder_meeting")),
        sa.ForeignKeyConstraint(["stakeholder_type_id"], ["stakeholder_type.id"],
                                name=op.f("fk_review_interview_stakeholder_type_id_stakeholder_type")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_interview")),
    )
    op.create_table(
        "review_finding", *_system(),
        sa.Column("review_id", _text(), nullable=False),
        sa.Column("thematic_area_id", _text(), nullable=True),
        sa.Column("text", _text(50000), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["review_id"], ["review.id"], name=op.f("fk_review_finding_review_id_review")),
        sa.ForeignKeyConstraint(["thematic_area_id"], ["thematic_area.id"],
                                name=op.f("fk_review_finding_thematic_area_id_thematic_area")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_finding")),
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
