"""Consent in bundles: a participant who did not agree to their name leaving the office travels to headquarters
under the pseudonym an erasure would give them (``app/services/erasure.py``), without name, contacts, organisation or
position; sex, stakeholder type, country and enrolments travel as usual, so headquarters' figures stay true. Offices
(a peer of the same standing) are not headquarters: changes to them are untouched."""

from __future__ import annotations

import msgspec
from sqlalchemy import select

from app.services.erasure import erased_values, scrubbed


def withheld_ids(conn, record_ids: set[str]) -> set[str]:
    """Those of ``record_ids`` whose participant does not consent to sharing their name."""
    from app.models import Participant

    table = Participant.__table__
    found: set[str] = set()
    ids = sorted(record_ids)
    for start in range(0, len(ids), 500):
        found.update(conn.execute(select(table.c.id).where(
            table.c.id.in_(ids[start:start + 500]), table.c.consent_share_name == False)).scalars())  # noqa: E712
    return found


def for_headquarters(conn, changes: list) -> list:
    """``changes`` with the personal fields of participants without consent to share replaced by the pseudonym."""
    wanted = {c.record_id for c in changes if c.table == "participant"}
    withheld = withheld_ids(conn, wanted) if wanted else set()
    if not withheld:
        return changes
    out = []
    for change in changes:
        if change.table == "participant" and change.record_id in withheld:
            values = erased_values(change.record_id)
            change = msgspec.structs.replace(change, new=scrubbed(change.new, values),
                                             old=scrubbed(change.old, values))
        out.append(change)
    return out
