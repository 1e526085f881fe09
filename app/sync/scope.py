"""Which records travel where. An office sends headquarters the changes to records it owns. Headquarters sends an
office its reference data (countries, themes, stakeholder types; its own projects, roster and office record) and the
changes made at headquarters to that office's records. An attachment travels with the record it belongs to."""

from __future__ import annotations

from app.models.base import PROGRAMME_OWNER
from app.services.store.entities import PROGRAMME, ROSTER


def travels(governance: str, owner: str, *, sender_office: str, sender_is_hq: bool, recipient_office: str) -> bool:
    if not sender_is_hq:
        return owner == sender_office and governance != PROGRAMME
    if owner == recipient_office or governance == PROGRAMME:
        return True
    return governance == ROSTER and owner in (PROGRAMME_OWNER, sender_office)
