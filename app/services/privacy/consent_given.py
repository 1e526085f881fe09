"""Consent given again at an office: the change that gives it carries the person's name, organisation, position and
contacts to headquarters under its own stamp (``app/sync/consent.py``), so headquarters takes them over what it
held. The office logs them under the same stamp. Otherwise a correction headquarters made meanwhile, older than the
consent but newer than the office's last edit of the name, would lose at headquarters and win at the office, and the
two would hold different names for good (found by the convergence test: headquarters corrects a name, the office,
not having seen it, withdraws consent and gives it again)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.models import Participant
from app.services.privacy.erasure import SCRUBBED_FIELDS

CONSENT = "consent_share_name"


def with_personal_fields(site, row: dict[str, Any], changed: dict[str, Any]) -> dict[str, Any]:
    """``changed`` (a participant's update at this site) with the personal fields as they are, when it gives consent
    at an office."""
    if site.is_hq or changed.get(CONSENT) is not True:
        return changed
    return {**{k: row[k] for k in SCRUBBED_FIELDS}, **changed}


def personal_values(conn, record_ids: list[str]) -> dict[str, dict[str, Any]]:
    """Record id -> its personal fields as they are (for the changes that send names again)."""
    table = Participant.__table__
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(record_ids), 500):
        rows = conn.execute(select(table.c.id, *(table.c[k] for k in SCRUBBED_FIELDS)).where(
            table.c.id.in_(record_ids[start:start + 500]))).mappings()
        found.update({r["id"]: {k: r[k] for k in SCRUBBED_FIELDS} for r in rows})
    return found
