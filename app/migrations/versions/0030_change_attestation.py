"""The change log's ``attestation``: at headquarters, the certified user's own signature over who made a change and
what it set (app/sync/attribution.py). An office records each headquarters change under the user whose signature
it carries, and under the user who exported the bundle when it carries none that verifies (docs/SYNC.md).

Revision ID: 0030
Revises: 0028
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0030"
down_revision = "0028"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("change_log", sa.Column("attestation", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("change_log") as batch:
        batch.drop_column("attestation")
