"""Sync incarnations: a site that restores a backup starts a new incarnation, so that its bundle numbers and
change-log positions are never mistaken for the ones it used before (app/services/incarnation.py). Each peer's
incarnation is kept with what was received from it, each bundle records the incarnation it came from, and a peer
that lost changes by restoring gets its own changes sent back (those stamped after its restored clock), until
it confirms it received them.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa


revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_inbound") as batch:
        batch.add_column(sa.Column("epoch", sa.String(length=36), nullable=False, server_default=""))
        batch.add_column(sa.Column("epoch_started", sa.String(length=32), nullable=False, server_default=""))
        batch.add_column(sa.Column("epoch_first_seq", sa.Integer(), nullable=False, server_default="1"))
        batch.add_column(sa.Column("epoch_clock", sa.BigInteger(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("last_created_at", sa.String(length=32), nullable=True))
        batch.add_column(sa.Column("resend_token_seen", sa.String(length=36), nullable=False, server_default=""))
    with op.batch_alter_table("sync_outbound") as batch:
        batch.add_column(sa.Column("resend_own_after", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("resend_own_upto", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("resend_token", sa.String(length=36), nullable=False, server_default=""))
    with op.batch_alter_table("bundle_log") as batch:
        batch.add_column(sa.Column("epoch", sa.String(length=36), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("bundle_log") as batch:
        batch.drop_column("epoch")
    with op.batch_alter_table("sync_outbound") as batch:
        batch.drop_column("resend_token")
        batch.drop_column("resend_own_upto")
        batch.drop_column("resend_own_after")
    with op.batch_alter_table("sync_inbound") as batch:
        batch.drop_column("resend_token_seen")
        batch.drop_column("last_created_at")
        batch.drop_column("epoch_clock")
        batch.drop_column("epoch_first_seq")
        batch.drop_column("epoch_started")
        batch.drop_column("epoch")
