"""Held changes are looked up by the record they wait for, (waiting_table, waiting_id), instead of read whole at
every import (20,000 held changes added 7 s to each import from any office), and by their age, to drop the ones
whose parent never came. Pinned peers' fingerprints are recomputed over the whole identity card (site id, office,
name, role and both keys), as cards now print them.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

import base64
import hashlib

from alembic import op
import sqlalchemy as sa


revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _digest(parts) -> str:
    digest = base64.b32encode(hashlib.sha256("\n".join(parts).encode()).digest()).decode()[:20]
    return "-".join(digest[i : i + 4] for i in range(0, 20, 4))


def _card_fingerprint(site_id, office, name, role, signing_key, encryption_key) -> str:
    """Frozen copy of app.sync.keys.fingerprint at this revision (a migration never imports the live code)."""
    return _digest(["fielddesk-identity-card/2", site_id, office.upper(), name, role, signing_key, encryption_key])


def _old_fingerprint(site_id, office, name, role, signing_key, encryption_key) -> str:
    return _digest(["fielddesk-identity-card", site_id, office.upper(), signing_key, encryption_key])


def _recompute(formula) -> None:
    peers = sa.table("sync_peer", sa.column("site_id", sa.String), sa.column("office_code", sa.String),
                     sa.column("name", sa.String), sa.column("role", sa.String), sa.column("signing_key", sa.String),
                     sa.column("encryption_key", sa.String), sa.column("fingerprint", sa.String))
    conn = op.get_bind()
    for row in conn.execute(sa.select(peers)).mappings().all():
        conn.execute(peers.update().where(peers.c.site_id == row["site_id"]).values(fingerprint=formula(
            row["site_id"], row["office_code"], row["name"], row["role"], row["signing_key"], row["encryption_key"])))


def upgrade() -> None:
    op.drop_index("ix_held_change_waiting_id", table_name="held_change")
    op.create_index("ix_held_change_waiting", "held_change", ["waiting_table", "waiting_id"], unique=False)
    op.create_index("ix_held_change_received_at", "held_change", ["received_at"], unique=False)
    _recompute(_card_fingerprint)


def downgrade() -> None:
    _recompute(_old_fingerprint)
    op.drop_index("ix_held_change_received_at", table_name="held_change")
    op.drop_index("ix_held_change_waiting", table_name="held_change")
    op.create_index("ix_held_change_waiting_id", "held_change", ["waiting_id"], unique=False)
