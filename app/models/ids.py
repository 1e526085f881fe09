"""Record identifiers.

Records made at a site get a UUIDv7 (time-ordered, so indexes stay compact and ids sort by creation). Seeded reference
data gets a UUIDv5 derived from its code, so every site holds the same id for, say, Guatemala, without any sync.
"""

from __future__ import annotations

import uuid

from uuid6 import uuid7

FIELDDESK_NAMESPACE = uuid.UUID("6f1e5c3a-9d4b-4f1e-8a57-2b0f3c9d7e11")


def new_id() -> str:
    return str(uuid7())


def reference_id(kind: str, code: str) -> str:
    """The id every site uses for the reference record ``kind``/``code`` (e.g. ``country``/``GT``)."""
    return str(uuid.uuid5(FIELDDESK_NAMESPACE, f"{kind}:{code.strip().upper()}"))


def is_uuid(text: str) -> bool:
    try:
        uuid.UUID(str(text))
    except (ValueError, AttributeError, TypeError):
        return False
    return True
