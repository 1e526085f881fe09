"""What is due: headquarters' rules for how long after an event a report, review, value or decision is due
(``due_rule``, programme reference data seeded at every site from its codes).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "due_rule",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("owner_office", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("period_months", sa.Integer(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_due_rule")),
    )
    with op.batch_alter_table("due_rule", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_due_rule_owner_office"), ["owner_office"], unique=False)
    op.create_index("ix_due_rule_deleted_rows", "due_rule", ["id"], unique=False,
                    sqlite_where=sa.text("deleted = 1"), postgresql_where=sa.text("deleted"))


def downgrade() -> None:
    op.drop_index("ix_due_rule_deleted_rows", table_name="due_rule")
    with op.batch_alter_table("due_rule", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_due_rule_owner_office"))
    op.drop_table("due_rule")
