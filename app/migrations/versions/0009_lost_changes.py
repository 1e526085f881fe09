"""Changes from another site that lost on every field (sync_lost_change): remembered so that the same change sent
again is recognised instead of reopening a conflict already resolved.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_lost_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("table_name", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("record_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("site_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("new", sa.JSON(), nullable=False),
        sa.Column("bundle_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("received_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_lost_change")),
    )
    op.create_index("ix_sync_lost_change_record", "sync_lost_change", ["table_name", "record_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_sync_lost_change_record", table_name="sync_lost_change")
    op.drop_table("sync_lost_change")
