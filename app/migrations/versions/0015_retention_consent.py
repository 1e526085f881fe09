"""Retention and consent: headquarters' rules for how long personal data is kept (``retention_rule``, programme
reference data seeded at every site from its codes), and a participant's consent with its date and scope (the name
shared with headquarters; keeping contact details was there already). Plain ADD COLUMN: the participant's search
triggers and rowids are untouched.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "retention_rule",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("owner_office", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("months", sa.Integer(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_rule")),
    )
    with op.batch_alter_table("retention_rule", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_retention_rule_owner_office"), ["owner_office"], unique=False)
    op.create_index("ix_retention_rule_deleted_rows", "retention_rule", ["id"], unique=False,
                    sqlite_where=sa.text("deleted = 1"), postgresql_where=sa.text("deleted"))


    op.add_column("participant", sa.Column("consent_date", sa.Date(), nullable=True))
    op.add_column("participant", sa.Column("consent_share_name", sa.Boolean(), nullable=False,
                                           server_default=sa.true()))


def downgrade() -> None:
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_column("consent_share_name")
        batch_op.drop_column("consent_date")
    op.drop_index("ix_retention_rule_deleted_rows", table_name="retention_rule")
    with op.batch_alter_table("retention_rule", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_retention_rule_owner_office"))
    op.drop_table("retention_rule")
