"""The pseudonym a participant travels under to headquarters when their name may not leave the office (no consent
to share it, the office's own setting, headquarters' policy), and in the reports and spreadsheets made for sharing.

It is keyed: HMAC-SHA256 of the record's id under a random 256-bit secret of this site (``pseudonym_key`` in
``local_setting``: inside the profile's database, so encrypted with it, copied into its backups and never sent,
exported or synced). The same person keeps the same pseudonym in every bundle of the office, so headquarters counts
unique people, and nobody without the office's secret can tell which pseudonym belongs to which record (a hash of
the id alone, as before, could be recomputed by anyone holding a list of ids, such as an old spreadsheet export).
Two offices' pseudonyms for one id differ.

An erasure's pseudonym is not this one: every site applies an erasure the same way and must make the same value
without any secret, so it stays a hash of the id (``app/services/privacy/erasure.pseudonym``; it replaces a name that no
longer exists anywhere). Both have one shape, "Participant 7F3K-Q2MA-9XDE", which is how headquarters, which cannot
make an office's pseudonyms, recognises one (``is_pseudonym``).

Before keyed pseudonyms an office sent the hash of the id. Headquarters keeps such a value until the office next
sends a change to that person (every change to a pseudonymised person carries the pseudonym, ``app/sync/consent``),
or until the office turns its own setting on or off (which sends every participant again)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
from typing import Any

from app.models.local_setting import LocalSetting

KEY_SETTING = "pseudonym_key"
_SHAPE = re.compile(r"^Participant [A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$")
PERSONAL_BLANKS = {"organisation": "", "position": "", "email": "", "phone": ""}


def _settings():
    return LocalSetting.__table__


def ensure_key(conn) -> bool:
    """Inside a write: give this site its secret if it has none. Returns whether one was made."""
    from sqlalchemy import select

    table = _settings()
    if conn.execute(select(table.c.key).where(table.c.key == KEY_SETTING)).first() is not None:
        return False
    conn.execute(table.insert().values(key=KEY_SETTING, value=os.urandom(32).hex()))
    return True


def has_key(conn) -> bool:
    from sqlalchemy import select

    table = _settings()
    return conn.execute(select(table.c.key).where(table.c.key == KEY_SETTING)).first() is not None


def site_key(conn) -> bytes:
    """This site's secret (made here if missing: a profile opened read-only before it got one)."""
    from sqlalchemy import select

    table = _settings()
    value = conn.execute(select(table.c.value).where(table.c.key == KEY_SETTING)).scalar()
    if not value:
        ensure_key(conn)
        value = conn.execute(select(table.c.value).where(table.c.key == KEY_SETTING)).scalar()
    return bytes.fromhex(value)


def keyed(key: bytes, record_id: str) -> str:
    digest = hmac.new(key, b"fielddesk-pseudonym\0" + record_id.encode(), hashlib.sha256).digest()
    code = base64.b32encode(digest).decode()[:12]
    return f"Participant {code[:4]}-{code[4:8]}-{code[8:]}"


def is_pseudonym(value: Any) -> bool:
    return isinstance(value, str) and _SHAPE.match(value) is not None


def values_with(name: str) -> dict[str, Any]:
    return {"full_name": name, **PERSONAL_BLANKS}


class Pseudonyms:
    """This site's pseudonyms for one piece of work (one read of the secret)."""

    def __init__(self, conn):
        # imported here: a cycle (services.privacy.pseudonyms -> services.privacy.erasure -> ... -> services.privacy....
        from app.services.privacy.erasure import erased_ids

        self.key = site_key(conn)
        self.erased = erased_ids(conn)

    def name(self, record_id: str) -> str:
        if record_id in self.erased:  # already under the erasure's pseudonym everywhere
            # imported here: a cycle (services.privacy.pseudonyms -> services.privacy.erasure -> ... -> services.priv...
            from app.services.privacy.erasure import pseudonym

            return pseudonym(record_id)
        return keyed(self.key, record_id)

    def values(self, record_id: str) -> dict[str, Any]:
        return values_with(self.name(record_id))

    def shown(self, record_id: str, held_name: Any) -> dict[str, Any]:
        """For a record held here: the pseudonym it already holds (headquarters holds an office's), else this
        site's."""
        return values_with(held_name if is_pseudonym(held_name) else self.name(record_id))


def pseudonym_of(fd, record_id: str) -> str:
    """The pseudonym this site gives ``record_id`` (its keyed one, or the erasure's once erased)."""
    with fd.reading() as conn:
        return Pseudonyms(conn).name(record_id)
