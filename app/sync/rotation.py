"""Replacing a site's keys without a new phone call: ``fielddesk keys rotate`` (a routine change) and ``fielddesk keys
revoke`` (the old key may be in other hands) make a new identity and a statement, the new identity card signed by the
key it replaces (Ed25519, ``cryptography``). Every later bundle carries the site's statements; a peer that pinned the
old key checks the statement against that pinned key, pins the new card in its place, and from then on refuses
anything signed by the old key, naming when it was replaced or revoked.

The old private keys are kept (encrypted like the current ones, in ``keys/retired/``) so that bundles a peer
encrypted to the old key before it adopted the new one still open. What this does not answer: whoever holds a stolen
key can make a statement of their own, and the first statement a peer sees wins there; the office then confirms its
new fingerprint by phone ('fielddesk keys untrust', then 'keys trust'), as when a site is first trusted.
"""

from __future__ import annotations

import base64
import json
from dataclasses import replace
from typing import TYPE_CHECKING

import msgspec
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select, update

from app.models.local_setting import LocalSetting
from app.models.sync import SyncPeer
from app.services.errors import message_of
from app.services.profile.keys import (
    ENCRYPTION_FILE,
    RETIRED_DIR,
    ROOT_PUBLIC_FILE,
    SIGNING_FILE,
    IdentityCard,
    IdentityError,
    Peer,
    keys_fingerprint,
    load_identity,
    own_card,
    read_private,
    write_private,
)
from app.services.store.clock import now_iso
from app.sync.container import BundleRejected, KeyChange
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from app.services.core import FieldDesk

OWN_CHANGES = "key_changes"  # this site's statements, oldest first (local setting; sent in every bundle)
RETIRED_PEER_KEYS = "retired_peer_keys"  # site id -> the keys of that peer replaced here, oldest first
SETTINGS = LocalSetting.__table__
PEERS = SyncPeer.__table__


def statement_bytes(change: KeyChange) -> bytes:
    """What the old key signs: every field of the statement but the signature."""
    return json.dumps({"format": "fielddesk-key-change", "site_id": change.site_id,
                       "old_signing_key": change.old_signing_key, "new_card": change.new_card,
                       "revoked": change.revoked, "made_at": change.made_at}, sort_keys=True,
                      separators=(",", ":")).encode()


def rotate(fd: FieldDesk, *, revoked: bool) -> tuple[IdentityCard, IdentityCard]:
    """Replace this site's keys; returns (old card, new card). The old key signs the new card."""
    from pyrage import x25519

    old = load_identity(fd)
    name_key = None
    if not fd.db.is_sqlite:  # the database's attachment name key, encrypted to the old age key (blob_names.py)
        # imported here: start-up: the first screen (dashboard) does not load services.profile.attachment_names
        from app.services.profile.attachment_names import name_key as read_name_key

        name_key = read_name_key(fd)
    signing = Ed25519PrivateKey.generate()
    encryption = x25519.Identity.generate()
    new_card = own_card(fd, signing, encryption)
    unsigned = KeyChange(site_id=fd.site.site_id, old_signing_key=old.card.signing_key, new_card=new_card.to_json(),
                         revoked=revoked, made_at=now_iso(), signature="")
    change = msgspec.structs.replace(unsigned, signature=base64.b64encode(old.sign(statement_bytes(unsigned))).decode())
    folder = fd.folder.keys_dir
    retired = folder / RETIRED_DIR / keys_fingerprint(old.card)
    retired.mkdir(mode=0o700, parents=True, exist_ok=True)
    for name in (SIGNING_FILE, ENCRYPTION_FILE):  # as stored: encrypted when the profile is
        if (folder / name).exists():  # a root key lent for the command (--root FILE) is not kept (hq_root.py)
            write_private(fd, retired / name, read_private(fd, folder / name))
    with fd.writing() as w:
        changes = _setting(w.conn, OWN_CHANGES) or []
        _put(w.conn, OWN_CHANGES, [*changes, _as_dict(change)])
        _put(w.conn, "identity_fingerprint", keys_fingerprint(new_card))
    pem = signing.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    write_private(fd, folder / SIGNING_FILE, pem)  # the new root: 'keys root export' takes it offline again
    write_private(fd, folder / ENCRYPTION_FILE, (str(encryption) + "\n").encode())
    (folder / ROOT_PUBLIC_FILE).unlink(missing_ok=True)
    if name_key is not None:
        # imported here: start-up: the first screen (dashboard) does not load services.profile.blob_names
        from app.services.profile.blob_names import wrap_again

        wrap_again(fd, name_key)
    # imported here: a cycle (sync.rotation -> sync.hq_users -> sync.rotation)
    from app.sync.hq_users import certify_again

    certify_again(fd)  # headquarters' users' keys, certified by the new key too
    return old.card, new_card


def own_changes(fd: FieldDesk, conn: Connection | None = None) -> list[KeyChange]:
    with fd.reading(conn) as c:
        return [KeyChange(**item) for item in (_setting(c, OWN_CHANGES) or [])]


def follow(pinned: Peer, changes: list[KeyChange]) -> tuple[Peer, list[KeyChange]]:
    """The peer as its statements make it, starting from the key pinned here; and the statements that changed it.
    Statements about keys this site never pinned (already adopted, or another chain) are passed over."""
    current, adopted = pinned, []
    for change in changes:
        if change.site_id != pinned.site_id or change.old_signing_key != current.signing_key:
            continue
        try:
            signature = base64.b64decode(change.signature, validate=True)
        except ValueError:
            signature = b""
        if not current.verify(signature, statement_bytes(change)):
            raise BundleRejected(problem("bundle.keys_not_signed", office=pinned.office_code))
        try:
            card = IdentityCard.from_json(change.new_card, problem("keys.new_card_of", office=pinned.office_code))
        except IdentityError as exc:
            raise BundleRejected(message_of(exc)) from None  # the coded problem, said in the reader's language
        if (card.site_id, card.office.upper(), card.role) != (pinned.site_id, pinned.office_code, pinned.role):
            raise BundleRejected(problem("bundle.card_other_site", office=pinned.office_code, other=card.office,
                                         role=card.role))
        current = replace(current, name=card.name, signing_key=card.signing_key, encryption_key=card.encryption_key,
                          fingerprint=card.fingerprint)
        adopted.append(change)
    return current, adopted


def record_adoption(fd: FieldDesk, pinned: Peer, adopted_peer: Peer, adopted: list[KeyChange]) -> None:
    """Pin the peer's new keys in place of the old, and remember the old ones to refuse what they sign."""
    with fd.writing() as w:
        row = w.conn.execute(select(PEERS.c.signing_key).where(PEERS.c.site_id == pinned.site_id)).scalar()
        if row != pinned.signing_key:
            return  # adopted meanwhile (another headquarters user, or an import of the same bundle)
        w.conn.execute(update(PEERS).where(PEERS.c.site_id == pinned.site_id).values(
            name=adopted_peer.name, signing_key=adopted_peer.signing_key, encryption_key=adopted_peer.encryption_key,
            fingerprint=adopted_peer.fingerprint))
        retired = _setting(w.conn, RETIRED_PEER_KEYS) or {}
        kept = list(retired.get(pinned.site_id, []))
        for change in adopted:
            kept.append({"signing_key": change.old_signing_key, "replaced_at": change.made_at,
                         "revoked": change.revoked, "adopted_at": now_iso()})
        _put(w.conn, RETIRED_PEER_KEYS, {**retired, pinned.site_id: kept})


def retired_peer_keys(fd: FieldDesk, site_id: str) -> list[dict]:
    """The keys of a peer replaced here, oldest first: signing_key, replaced_at, revoked, adopted_at."""
    with fd.reading() as conn:
        return list((_setting(conn, RETIRED_PEER_KEYS) or {}).get(site_id, []))


def retired_signer(fd: FieldDesk, peer: Peer, signature: bytes, data: bytes) -> dict | None:
    """The retired key of ``peer`` that made ``signature``, if one did."""
    for entry in reversed(retired_peer_keys(fd, peer.site_id)):
        if replace(peer, signing_key=entry["signing_key"]).verify(signature, data):
            return entry
    return None


def refusal(peer: Peer, entry: dict) -> str:
    how = "revoked" if entry.get("revoked") else "replaced"
    return problem(f"bundle.key_{how}", office=peer.office_code, date=entry["replaced_at"][:10])


def _as_dict(change: KeyChange) -> dict:
    return {"site_id": change.site_id, "old_signing_key": change.old_signing_key, "new_card": change.new_card,
            "revoked": change.revoked, "made_at": change.made_at, "signature": change.signature}


def _setting(conn: Connection, key: str):
    return conn.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == key)).scalar()


def _put(conn: Connection, key: str, value) -> None:
    if conn.execute(select(SETTINGS.c.key).where(SETTINGS.c.key == key)).first() is None:
        conn.execute(SETTINGS.insert().values(key=key, value=value))
    else:
        conn.execute(SETTINGS.update().where(SETTINGS.c.key == key).values(value=value))
