"""Who made each headquarters change, as the office records it (docs/SYNC.md, "Each change under the user who made
it").

At headquarters, a profile folder holding a certified user key signs every change made there with that key, as the
change is written: an Ed25519 signature over the headquarters site, the change's table, record, operation, clock
stamp, author and the SHA-256 of the values it set, kept with its change-log row (``attestation``: the user's
public key and the signature). The change travels with it. An office records a headquarters change under its
author only when that signature verifies with a key headquarters' root has certified for that very name, and has
not revoked (the statements the bundles carry, verified with headquarters' pinned key: app/sync/hq_users.py);
otherwise under the user who signed the bundle (or "headquarters (root key)"). So a bundle from a shared
PostgreSQL headquarters names each user for the changes they made, and nobody, neither the exporter nor someone
with write access to the server, can put a change under another user's name without that user's key.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from typing import Any

import msgspec
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.models.base import AUTHOR_FIELDS
from app.sync.container import UserStatement

FORMAT = "fielddesk-change-author"


def statement_bytes(site_id: str, table: str, record_id: str, op: str, hlc: int, author: str,
                    new: dict[str, Any]) -> bytes:
    """What the user's key signs. The values are hashed in a canonical form (keys sorted, JSON), the same whether
    they come from the writer, the change log or a bundle."""
    values = hashlib.sha256(msgspec.json.encode(new, order="sorted")).hexdigest()
    return msgspec.json.encode({"format": FORMAT, "site_id": site_id, "table": table, "record_id": record_id,
                                "op": op, "hlc": hlc, "author": author, "values": values}, order="sorted")


def attester(key: Ed25519PrivateKey, public_b64: str) -> Callable[[dict[str, Any]], str]:
    """The writer's signer for a change-log row about to be written (app/services/store/changes.py)."""
    def attest(row: dict[str, Any]) -> str:
        # the values as they will be read back from the log (JSON), so the office hashes the same bytes
        new = msgspec.json.decode(msgspec.json.encode(row["new"]))
        signed = key.sign(statement_bytes(row["site_id"], row["table_name"], row["record_id"], row["op"], row["hlc"],
                                          row["author"], new))
        return f"{public_b64}.{base64.b64encode(signed).decode()}"

    return attest


class Authors:
    """At an office: the certified, unrevoked users of its headquarters, to check the changes a bundle carries."""

    def __init__(self, site_id: str, statements: list[UserStatement]):
        self.site_id = site_id
        revoked = {s.signing_key for s in statements if s.kind == "revoke" and s.site_id == site_id}
        self.users = {s.signing_key: s.user for s in statements
                      if s.kind == "certify" and s.site_id == site_id and s.signing_key not in revoked}
        self._keys: dict[str, Ed25519PublicKey | None] = {}

    def made_by(self, change) -> str | None:
        """The change's author when its attestation verifies with a key certified for that name, else None."""
        public, _, signature = (change.attestation or "").partition(".")
        if not signature or self.users.get(public) != change.author:
            return None
        key = self._key(public)
        if key is None:
            return None
        try:
            key.verify(base64.b64decode(signature, validate=True),
                       statement_bytes(self.site_id, change.table, change.record_id, change.op, change.hlc,
                                       change.author, change.new))
        except (InvalidSignature, ValueError):
            return None
        return change.author

    def _key(self, public: str) -> Ed25519PublicKey | None:
        if public not in self._keys:
            try:
                self._keys[public] = Ed25519PublicKey.from_public_bytes(base64.b64decode(public, validate=True))
            except ValueError:
                self._keys[public] = None
        return self._keys[public]


def as_made_by(changes: list, site_id: str, exporter: str, statements: list[UserStatement]) -> list:
    """At an office: the changes a headquarters bundle made at headquarters itself, each under the certified user
    whose signature it carries, or ``exporter`` (the user whose key signed the bundle, or ROOT_AUTHOR) when it
    carries none that verifies (``author``, and the records' ``created_by``/``updated_by``): a signature vouches for
    a user, nothing vouches for a name. Changes headquarters passes on from other offices keep theirs."""
    authors = Authors(site_id, statements)

    def vouched(change):
        user = authors.made_by(change) or exporter
        new = {k: (user if k in AUTHOR_FIELDS else v) for k, v in change.new.items()}
        return msgspec.structs.replace(change, author=user, new=new)

    return [vouched(c) if c.site == site_id else c for c in changes]
