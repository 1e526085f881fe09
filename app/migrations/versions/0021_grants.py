"""Grants: a project's grants to NGOs and national institutions (``grant_award``: ``grant`` is an SQL keyword), their
dated status changes (``grant_transition``), tranches (``grant_tranche``) and reports owed (``grant_report``). The due
rules for tranches and reports are seeded at every site from their codes, as revision 0013's are.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def _record_columns() -> list[sa.Column]:
    text = sqlmodel.sql.sqltypes.AutoString
    return [
        sa.Column("id", text(length=36), nullable=False),
        sa.Column("owner_office", text(length=32), nullable=False),
        sa.Column("created_at", text(length=32), nullable=False),
        sa.Column("created_by", text(length=120), nullable=False),
        sa.Column("updated_at", text(length=32), nullable=False),
        sa.Column("updated_by", text(length=120), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
    ]


def _indexes(table: str, parent_column: str, extra: tuple[str, ...] = ()) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.create_index(batch_op.f(f"ix_{table}_owner_office"), ["owner_office"], unique=False)
        for column in (parent_column, *extra):
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)
    op.create_index(f"ix_{table}_deleted_rows", table, ["id"], unique=False,
                    sqlite_where=sa.text("deleted = 1"), postgresql_where=sa.text("deleted"))


def upgrade() -> None:
    text = sqlmodel.sql.sqltypes.AutoString
    op.create_table(
        "grant_award",
        *_record_columns(),
        sa.Column("project_id", text(), nullable=False),
        sa.Column("grantee_name", text(length=300), nullable=False),
        sa.Column("grantee_kind", sa.String(length=40), nullable=False),
        sa.Column("grantee_country_id", text(), nullable=True),
        sa.Column("amount", sa.Float(), nullable=False),
        sa.Column("currency", text(length=3), nullable=False),
        sa.Column("purpose", text(length=20000), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("contact", text(length=300), nullable=False),
        sa.ForeignKeyConstraint(["project_id"], ["project.id"], name=op.f("fk_grant_award_project_id_project")),
        sa.ForeignKeyConstraint(["grantee_country_id"], ["country.id"],
                                name=op.f("fk_grant_award_grantee_country_id_country")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_grant_award")),
    )
    _indexes("grant_award", "project_id", ("status",))
    op.create_table(
        "grant_transition",
        *_record_columns(),
        sa.Column("grant_id", text(), nullable=False),
        sa.Column("from_status", sa.String(length=40), nullable=True),
        sa.Column("to_status", sa.String(length=40), nullable=False),
        sa.Column("transition_date", sa.Date(), nullable=False),
        sa.Column("made_by", text(length=120), nullable=False),
        sa.Column("note", text(length=5000), nullable=False),
        sa.ForeignKeyConstraint(["grant_id"], ["grant_award.id"], name=op.f("fk_grant_transition_grant_id_grant_award")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_grant_transition")),
    )
    _indexes("grant_transition", "grant_id")
    op.create_table(
        "grant_tranche",
        *_record_columns(),
        sa.Column("grant_id", text(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Float(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("paid", sa.Boolean(), nullable=False),
        sa.Column("paid_date", sa.Date(), nullable=True),
        sa.Column("note", text(length=2000), nullable=False),
        sa.ForeignKeyConstraint(["grant_id"], ["grant_award.id"], name=op.f("fk_grant_tranche_grant_id_grant_award")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_grant_tranche")),
    )
    _indexes("grant_tranche", "grant_id")
    op.create_table(
        "grant_report",
        *_record_columns(),
        sa.Column("grant_id", text(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("received_date", sa.Date(), nullable=True),
        sa.Column("accepted_date", sa.Date(), nullable=True),
        sa.Column("note", text(length=2000), nullable=False),
        sa.ForeignKeyConstraint(["grant_id"], ["grant_award.id"], name=op.f("fk_grant_report_grant_id_grant_award")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_grant_report")),
    )
    _indexes("grant_report", "grant_id")


def downgrade() -> None:
    for table, column, extra in (("grant_report", "grant_id", ()), ("grant_tranche", "grant_id", ()),
                                 ("grant_transition", "grant_id", ()), ("grant_award", "project_id", ("status",))):
        op.drop_index(f"ix_{table}_deleted_rows", table_name=table)
        with op.batch_alter_table(table, schema=None) as batch_op:
            for c in (*extra, column, "owner_office"):
                batch_op.drop_index(batch_op.f(f"ix_{table}_{c}"))
        op.drop_table(table)
