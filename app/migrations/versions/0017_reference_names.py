"""Reference lists headquarters can extend: the thematic areas, stakeholder types (the trainings' target groups too)
and the mechanism lists (treaty bodies, UPR cycles, affected groups) get their names in the other five languages
(``names``, a JSON object by language) and a ``retired`` flag (an entry no longer offered for new records, still
naming the old ones). Plain ALTER TABLE ADD COLUMN, no table rebuilt; the seeded rows get an empty ``names`` (their
translations ship with FieldDesk, ``app/vocabulary``) and are not retired.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa


revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

TABLES = ("thematic_area", "stakeholder_type", "treaty_body", "upr_cycle", "affected_group")  # frozen with 0017


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("names", sa.JSON(), nullable=False, server_default=sa.text("'{}'")))
        op.add_column(table, sa.Column("retired", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("retired")
            batch_op.drop_column("names")
