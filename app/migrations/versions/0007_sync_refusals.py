"""Incoming changes refused at merge (no right to the record, or values a form would refuse), kept for review.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_refusal",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("bundle_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("sender_site_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("sender_office", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("table_name", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("record_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("op", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("field", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("entry", sa.LargeBinary(), nullable=False),
        sa.Column("received_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_refusal")),
    )
    with op.batch_alter_table("sync_refusal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_refusal_record_id"), ["record_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sync_refusal_sender_site_id"), ["sender_site_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sync_refusal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_refusal_sender_site_id"))
        batch_op.drop_index(batch_op.f("ix_sync_refusal_record_id"))
    op.drop_table("sync_refusal")
