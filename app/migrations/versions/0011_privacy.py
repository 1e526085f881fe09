"""Privacy: erasures of people's personal data (and which peers acknowledged them), and the access record of
reports and exports.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def _text(length: int):
    return sqlmodel.sql.sqltypes.AutoString(length=length)


def upgrade() -> None:
    op.create_table(
        "erasure",
        sa.Column("id", _text(36), nullable=False),
        sa.Column("table_name", _text(40), nullable=False),
        sa.Column("record_id", _text(36), nullable=False),
        sa.Column("owner_office", _text(32), nullable=False),
        sa.Column("erased_at", _text(32), nullable=False),
        sa.Column("erased_by", _text(120), nullable=False),
        sa.Column("erased_office", _text(32), nullable=False),
        sa.Column("erased_site", _text(36), nullable=False),
        sa.Column("reason", _text(500), nullable=False),
        sa.Column("received_from", _text(36), nullable=True),
        sa.Column("received_at", _text(32), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasure")),
    )
    op.create_index(op.f("ix_erasure_record_id"), "erasure", ["record_id"], unique=False)
    op.create_table(
        "erasure_ack",
        sa.Column("erasure_id", _text(36), nullable=False),
        sa.Column("peer_site_id", _text(36), nullable=False),
        sa.Column("acked_at", _text(32), nullable=False),
        sa.PrimaryKeyConstraint("erasure_id", "peer_site_id", name=op.f("pk_erasure_ack")),
    )
    op.create_table(
        "access_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", _text(32), nullable=False),
        sa.Column("author", _text(120), nullable=False),
        sa.Column("kind", _text(30), nullable=False),
        sa.Column("what", _text(300), nullable=False),
        sa.Column("people", sa.Integer(), nullable=False),
        sa.Column("target", _text(300), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_access_record")),
    )
    op.create_index(op.f("ix_access_record_at"), "access_record", ["at"], unique=False)
    op.create_index(op.f("ix_access_record_kind"), "access_record", ["kind"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_access_record_kind"), table_name="access_record")
    op.drop_index(op.f("ix_access_record_at"), table_name="access_record")
    op.drop_table("access_record")
    op.drop_table("erasure_ack")
    op.drop_index(op.f("ix_erasure_record_id"), table_name="erasure")
    op.drop_table("erasure")
