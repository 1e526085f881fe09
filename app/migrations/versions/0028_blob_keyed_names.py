"""Attachment contents kept in the database (``attachment_blob``, a headquarters on PostgreSQL) are named by a keyed
hash of their SHA-256, like a laptop's attachment files (app/services/attachment_names.py), not by the SHA-256
itself: the column ``sha256`` becomes ``name``. The rows keep their old names here (the key is not the database's to
know); the program renames them when a profile opens, in one transaction.

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-07
"""

from alembic import op

revision = "0028"
down_revision = "0027"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE attachment_blob RENAME COLUMN sha256 TO name")


def downgrade() -> None:
    op.execute("ALTER TABLE attachment_blob RENAME COLUMN name TO sha256")
