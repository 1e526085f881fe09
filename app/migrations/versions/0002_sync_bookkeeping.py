"""Sync bookkeeping: pinned peers, bundle sequence numbers and acknowledgements, bundle history, conflicts, held
changes.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "bundle_log",
        sa.Column("bundle_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("direction", sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
        sa.Column("peer_site_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("peer_office", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("file_sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("file_name", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("changes", sa.Integer(), nullable=False),
        sa.Column("applied", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.Integer(), nullable=False),
        sa.Column("held", sa.Integer(), nullable=False),
        sa.Column("at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id", name=op.f("pk_bundle_log")),
    )
    with op.batch_alter_table("bundle_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_bundle_log_peer_site_id"), ["peer_site_id"], unique=False)

    op.create_table(
        "held_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bundle_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("sender_site_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("table_name", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("record_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("waiting_table", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("waiting_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("entry", sa.LargeBinary(), nullable=False),
        sa.Column("received_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_held_change")),
    )
    with op.batch_alter_table("held_change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_held_change_waiting_id"), ["waiting_id"], unique=False)

    op.create_table(
        "sync_conflict",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("table_name", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("record_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("field", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("local_value", sa.JSON(), nullable=True),
        sa.Column("local_hlc", sa.BigInteger(), nullable=False),
        sa.Column("local_site", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("remote_value", sa.JSON(), nullable=True),
        sa.Column("remote_hlc", sa.BigInteger(), nullable=False),
        sa.Column("remote_site", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("remote_office", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("winner", sqlmodel.sql.sqltypes.AutoString(length=6), nullable=False),
        sa.Column("winner_hlc", sa.BigInteger(), nullable=False),
        sa.Column("winner_site", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("bundle_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("detected_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("resolved_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("resolution", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_conflict_record_id"), ["record_id"], unique=False)

    op.create_table(
        "sync_inbound",
        sa.Column("peer_site_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("received_upto", sa.Integer(), nullable=False),
        sa.Column("last_received_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.PrimaryKeyConstraint("peer_site_id", name=op.f("pk_sync_inbound")),
    )
    op.create_table(
        "sync_outbound",
        sa.Column("peer_site_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("acked_upto", sa.Integer(), nullable=False),
        sa.Column("last_sent_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.PrimaryKeyConstraint("peer_site_id", name=op.f("pk_sync_outbound")),
    )
    op.create_table(
        "sync_peer",
        sa.Column("site_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("office_code", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("signing_key", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("encryption_key", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("fingerprint", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("trusted_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.PrimaryKeyConstraint("site_id", name=op.f("pk_sync_peer")),
        sa.UniqueConstraint("office_code", name=op.f("uq_sync_peer_office_code")),
    )
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_participant_full_name"), ["full_name"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participant_full_name"))

    op.drop_table("sync_peer")
    op.drop_table("sync_outbound")
    op.drop_table("sync_inbound")
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_conflict_record_id"))

    op.drop_table("sync_conflict")
    with op.batch_alter_table("held_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_held_change_waiting_id"))

    op.drop_table("held_change")
    with op.batch_alter_table("bundle_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bundle_log_peer_site_id"))

    op.drop_table("bundle_log")
