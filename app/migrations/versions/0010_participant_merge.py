"""Merging participants: ``participant.merged_into`` names the survivor of a merged (tombstoned) record, and
``participant_distinct`` keeps the decision that two similar names are two people ("Not the same person").

``merged_into`` is added by plain ``ADD COLUMN`` (nullable, no foreign key), so the participant table, its search
triggers and rowids are untouched.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("participant", sa.Column("merged_into", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True))
    op.create_table(
        "participant_distinct",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("owner_office", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("participant_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("other_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.ForeignKeyConstraint(["participant_id"], ["participant.id"],
                                name=op.f("fk_participant_distinct_participant_id_participant")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant_distinct")),
    )
    with op.batch_alter_table("participant_distinct", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_participant_distinct_owner_office"), ["owner_office"], unique=False)
        batch_op.create_index(batch_op.f("ix_participant_distinct_participant_id"), ["participant_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_participant_distinct_other_id"), ["other_id"], unique=False)
    op.create_index("ix_participant_distinct_deleted_rows", "participant_distinct", ["id"], unique=False,
                    sqlite_where=sa.text("deleted = 1"), postgresql_where=sa.text("deleted"))


def downgrade() -> None:
    op.drop_index("ix_participant_distinct_deleted_rows", table_name="participant_distinct")
    op.drop_table("participant_distinct")
    op.drop_column("participant", "merged_into")  # SQLite 3.35+ drops a column in place (no rebuild)
