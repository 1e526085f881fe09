"""A site's identity: an Ed25519 signing key (cryptography) and an age X25519 encryption key (pyrage), kept in the
profile with owner-only permissions and never put in a bundle; identity cards to exchange; pinned peers.

The fingerprint people read out over the phone covers the whole card: site id, office code, office name, role and
both public keys, so no field of a card can be changed without changing what is compared by phone. (Cards of
version 1 left the name and role out: they are refused, and pinned peers' fingerprints were recomputed by migration
0008. The database remembers this site's own *keys* fingerprint (``keys_fingerprint``, the version-1 formula, so
profiles made before 0008 need nothing): a second headquarters user's copied keys are checked against it, and
renaming the office must not make them look foreign.)
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import insert, select

from app.models.ids import reference_id
from app.models.sync import SyncPeer
from app.services.errors import FieldDeskError
from app.services.profile import write_file_atomically
from app.services.store.clock import now_iso
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk

PEERS = SyncPeer.__table__
SIGNING_FILE = "signing.key"
ROOT_PUBLIC_FILE = "signing.pub"  # headquarters' root public key, in a folder that does not hold the root (hq_root.py)
ENCRYPTION_FILE = "encryption.key"
RETIRED_DIR = "retired"  # the keys a rotation retired (app/sync/rotation.py): bundles encrypted to them still open
CARD_FORMAT = "fielddesk-identity-card"
CARD_VERSION = 2


class IdentityError(FieldDeskError):
    pass


def _digest(parts: list[str]) -> str:
    digest = base64.b32encode(hashlib.sha256("\n".join(parts).encode()).digest()).decode()[:20]
    return "-".join(digest[i : i + 4] for i in range(0, 20, 4))


def fingerprint(site_id: str, office: str, name: str, role: str, signing_key_b64: str, encryption_key: str) -> str:
    """Over every field of the card (migration 0008 holds a frozen copy: change both or neither)."""
    return _digest([f"{CARD_FORMAT}/{CARD_VERSION}", site_id, office.upper(), name, role, signing_key_b64,
                    encryption_key])


def keys_fingerprint(card: IdentityCard) -> str:
    """Site, office code and keys only (the card fingerprint of version 1): which keys belong to this site."""
    return _digest([CARD_FORMAT, card.site_id, card.office.upper(), card.signing_key, card.encryption_key])


@dataclass(frozen=True)
class IdentityCard:
    office: str
    name: str
    site_id: str
    role: str
    signing_key: str
    encryption_key: str
    fingerprint: str

    def to_json(self) -> str:
        return json.dumps({"format": CARD_FORMAT, "version": CARD_VERSION, **asdict(self)}, indent=2,
                          sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str, source: str | None = None) -> IdentityCard:
        source = source if source is not None else problem("keys.the_card")
        try:
            data = json.loads(text)
        except ValueError:
            raise IdentityError(problem("keys.card_not_json", card=source)) from None
        if not isinstance(data, dict) or data.get("format") != CARD_FORMAT:
            raise IdentityError(problem("keys.not_a_card", card=source))
        if data.get("version") != CARD_VERSION:
            raise IdentityError(problem("keys.card_too_old", card=source))
        try:
            card = cls(**{k: str(data[k]) for k in ("office", "name", "site_id", "role", "signing_key",
                                                     "encryption_key", "fingerprint")})
        except KeyError as missing:
            raise IdentityError(problem("keys.card_lacks", card=source, item=missing.args[0])) from None
        if card.role not in ("field", "hq"):
            raise IdentityError(problem("keys.card_unknown_role", card=source, role=card.role))
        try:
            raw = base64.b64decode(card.signing_key, validate=True)
            Ed25519PublicKey.from_public_bytes(raw)
            from pyrage import x25519

            x25519.Recipient.from_str(card.encryption_key)
        except Exception:
            raise IdentityError(problem("keys.card_keys_invalid", card=source)) from None
        if fingerprint(card.site_id, card.office, card.name, card.role, card.signing_key,
                       card.encryption_key) != card.fingerprint:
            raise IdentityError(problem("keys.card_altered", card=source))
        return card


class Identity:
    """This site's private keys (loaded from the profile)."""

    def __init__(self, signing: Ed25519PrivateKey, encryption_identity, card: IdentityCard):
        self.signing = signing
        self.encryption_identity = encryption_identity
        self.decryption_identities = [encryption_identity]  # and the keys a rotation retired (app/sync/rotation.py)
        self.card = card

    def sign(self, data: bytes) -> bytes:
        if self.signing is None:  # a headquarters user's folder: the root key is kept offline (app/sync/hq_root.py)
            raise IdentityError(problem("keys.root_absent"))
        return self.signing.sign(data)


def _keys_dir(fd: FieldDesk) -> Path:
    return fd.folder.keys_dir


def _remember_public(fd: FieldDesk, card: IdentityCard) -> None:
    """The public half of the identity, kept in the database, so a second headquarters user's keys can be checked
    against it (and so the keys of a shared database are never silently replaced)."""
    if fd.setting("identity_fingerprint") != keys_fingerprint(card):
        fd.set_setting("identity_fingerprint", keys_fingerprint(card))


def adopt_keys(fd: FieldDesk, source: Path, secret: str | None = None) -> None:
    """Copy the site's private keys from another profile folder (or its keys folder) and check they are this
    site's: their fingerprint must be the one the database remembers. Encrypted keys are read with ``secret``
    (the passphrase or recovery key of the profile they come from) and stored under this profile's own key."""
    folder = source / "keys" if (source / "keys" / ENCRYPTION_FILE).exists() else source
    if not _has_root_half(folder) or not (folder / ENCRYPTION_FILE).exists():
        raise IdentityError(problem("keys.no_keys_in", path=str(source), signing_file=SIGNING_FILE,
                                    encryption_file=ENCRYPTION_FILE))
    encryption = _read_source_key(folder, ENCRYPTION_FILE, secret)
    if (folder / SIGNING_FILE).exists():  # the root key itself is never copied: its public half only (hq_root.py)
        public = _public_of(_read_source_key(folder, SIGNING_FILE, secret), folder / SIGNING_FILE)
    else:
        public = (folder / ROOT_PUBLIC_FILE).read_text(encoding="ascii").strip()
    target = _keys_dir(fd)
    target.mkdir(mode=0o700, parents=True, exist_ok=True)
    write_private(fd, target / ENCRYPTION_FILE, encryption)
    write_file_atomically(target / ROOT_PUBLIC_FILE, (public + "\n").encode(), mode=0o600)
    card = load_identity(fd).card
    expected = fd.setting("identity_fingerprint")
    if expected and expected != keys_fingerprint(card):
        for name in (ROOT_PUBLIC_FILE, ENCRYPTION_FILE):
            (target / name).unlink(missing_ok=True)
        raise IdentityError(problem("keys.not_these_keys", folder=str(folder), found=keys_fingerprint(card),
                                    expected=expected))


def _has_root_half(folder: Path) -> bool:
    return (folder / SIGNING_FILE).exists() or (folder / ROOT_PUBLIC_FILE).exists()


def _public_of(pem: bytes, path: Path) -> str:
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError):
        key = None
    if not isinstance(key, Ed25519PrivateKey):
        raise IdentityError(problem("keys.not_ed25519", path=str(path)))
    return base64.b64encode(key.public_key().public_bytes(serialization.Encoding.Raw,
                                                          serialization.PublicFormat.Raw)).decode()


class SourceKeysLocked(IdentityError):
    """The keys to copy are encrypted and no passphrase was given for them."""


def source_keys_encrypted(source: Path) -> bool:
    # imported here: start-up: the first screen (dashboard) does not load services.profile.vault
    from app.services.profile.vault import is_encrypted_blob

    folder = source / "keys" if (source / "keys" / ENCRYPTION_FILE).exists() else source
    key = folder / ENCRYPTION_FILE
    return key.is_file() and is_encrypted_blob(key.read_bytes())


def _read_source_key(folder: Path, name: str, secret: str | None) -> bytes:
    # imported here: start-up: the first screen (dashboard) does not load services.profile.vault
    from app.services.profile.vault import Keyring, Vault, is_encrypted_blob

    stored = (folder / name).read_bytes()
    if not is_encrypted_blob(stored):
        return stored
    profile = folder.parent if folder.name == "keys" else folder
    keyring = Keyring(profile)
    if not keyring.exists():
        raise IdentityError(problem("keys.source_keyring_missing", folder=str(folder)))
    if not secret:
        raise SourceKeysLocked(problem("keys.source_keys_locked", folder=str(folder)))
    # imported here: start-up: the first screen (dashboard) does not load services.profile.vault
    from app.services.profile.vault import WrongPassphrase

    try:
        data_key = keyring.unlock(secret.strip("\r\n"))
    except WrongPassphrase:
        raise IdentityError(problem("keys.source_passphrase_wrong", folder=str(folder))) from None
    return Vault(data_key).decrypt(stored, f"private key {name}")


def has_identity(fd: FieldDesk) -> bool:
    return _has_root_half(_keys_dir(fd)) and (_keys_dir(fd) / ENCRYPTION_FILE).exists()


def root_public(fd: FieldDesk) -> str:
    """This site's signing (root) public key: from the private key when this folder holds it, else from the public
    key a headquarters user's folder keeps."""
    folder = _keys_dir(fd)
    if (folder / SIGNING_FILE).exists():
        return _public_of(read_private(fd, folder / SIGNING_FILE), folder / SIGNING_FILE)
    try:
        public = (folder / ROOT_PUBLIC_FILE).read_text(encoding="ascii").strip()
        Ed25519PublicKey.from_public_bytes(base64.b64decode(public, validate=True))
    except (OSError, ValueError):
        raise IdentityError(problem("keys.not_a_public_key", path=str(folder / ROOT_PUBLIC_FILE))) from None
    return public


def create_identity(fd: FieldDesk) -> None:
    """Make the key pairs unless they exist (never replaces keys: peers have pinned them)."""
    if has_identity(fd):
        return
    if fd.setting("identity_fingerprint"):
        raise IdentityError(problem("keys.keys_exist_elsewhere", fingerprint=fd.setting("identity_fingerprint")))
    from pyrage import x25519

    folder = _keys_dir(fd)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    signing = Ed25519PrivateKey.generate()
    pem = signing.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    write_private(fd, folder / SIGNING_FILE, pem)
    write_private(fd, folder / ENCRYPTION_FILE, (str(x25519.Identity.generate()) + "\n").encode())


def write_private(fd: FieldDesk, path: Path, data: bytes) -> None:
    """A private key file: owner-only, and encrypted with the profile's data key when the profile is encrypted."""
    stored = fd.vault.encrypt(data, f"private key {path.name}") if fd.vault is not None else data
    write_file_atomically(path, stored, mode=0o600)


def read_private(fd: FieldDesk, path: Path) -> bytes:
    # imported here: start-up: the first screen (dashboard) does not load services.profile.vault
    from app.services.profile.vault import is_encrypted_blob

    stored = path.read_bytes()
    if fd.vault is not None:
        return fd.vault.decrypt(stored, f"private key {path.name}")
    if is_encrypted_blob(stored):
        raise IdentityError(problem("keys.key_locked", path=str(path)))
    return stored


def load_identity(fd: FieldDesk) -> Identity:
    from pyrage import x25519

    create_identity(fd)
    folder = _keys_dir(fd)
    try:
        if (folder / SIGNING_FILE).exists():
            signing = serialization.load_pem_private_key(read_private(fd, folder / SIGNING_FILE), password=None)
        else:  # a headquarters user's folder: the root is offline, or lent for one command (app/sync/hq_root.py)
            signing = getattr(fd, "_borrowed_root", None)
        encryption = x25519.Identity.from_str(read_private(fd, folder / ENCRYPTION_FILE).decode().strip())
    except IdentityError:
        raise
    except Exception as exc:
        raise IdentityError(problem("keys.keys_unreadable", folder=str(folder), error=exc.__class__.__name__)) from None
    if signing is not None and not isinstance(signing, Ed25519PrivateKey):
        raise IdentityError(problem("keys.not_ed25519", path=str(folder / SIGNING_FILE)))
    card = own_card(fd, signing, encryption) if signing is not None else card_for(fd, root_public(fd), encryption)
    remembered = fd.setting("identity_fingerprint")
    if remembered is None:
        _remember_public(fd, card)
    elif remembered != keys_fingerprint(card) and fd.setting("key_changes"):
        raise IdentityError(problem("keys.keys_replaced", fingerprint=remembered, folder=str(folder)))
    identity = Identity(signing, encryption, card)
    identity.decryption_identities = [encryption, *retired_identities(fd)]
    return identity


def own_card(fd: FieldDesk, signing: Ed25519PrivateKey, encryption) -> IdentityCard:
    """This site's identity card for the given private keys."""
    public = base64.b64encode(signing.public_key().public_bytes(serialization.Encoding.Raw,
                                                                  serialization.PublicFormat.Raw)).decode()
    return card_for(fd, public, encryption)


def card_for(fd: FieldDesk, public: str, encryption) -> IdentityCard:
    """This site's identity card for its signing public key and its age identity."""
    recipient = str(encryption.to_public())
    office_row = fd.offices.rows([_office_id(fd.site.office)], ["name"])
    card = IdentityCard(office=fd.site.office, name=office_row[0]["name"] if office_row else fd.site.office,
                        site_id=fd.site.site_id, role=fd.site.role, signing_key=public, encryption_key=recipient,
                        fingerprint="")
    return replace(card, fingerprint=fingerprint(card.site_id, card.office, card.name, card.role, public, recipient))


def _office_id(code: str) -> str:
    return reference_id("office", code)


def export_card(fd: FieldDesk, out: Path) -> IdentityCard:
    card = load_identity(fd).card
    write_file_atomically(Path(out), card.to_json().encode())
    return card


@dataclass(frozen=True)
class Peer:
    site_id: str
    office_code: str
    name: str
    role: str
    signing_key: str
    encryption_key: str
    fingerprint: str
    trusted_at: str

    def verify(self, signature: bytes, data: bytes) -> bool:
        from cryptography.exceptions import InvalidSignature

        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(self.signing_key))
        try:
            key.verify(signature, data)
        except InvalidSignature:
            return False
        return True


def peers(fd: FieldDesk) -> list[Peer]:
    with fd.reading() as conn:
        return [Peer(**dict(r)) for r in conn.execute(select(PEERS).order_by(PEERS.c.office_code)).mappings()]


def peer_by_site(fd: FieldDesk, site_id: str) -> Peer | None:
    with fd.reading() as conn:
        row = conn.execute(select(PEERS).where(PEERS.c.site_id == site_id)).mappings().first()
    return Peer(**dict(row)) if row else None


def peer_by_office(fd: FieldDesk, code: str) -> Peer | None:
    with fd.reading() as conn:
        row = conn.execute(select(PEERS).where(PEERS.c.office_code == code.strip().upper())).mappings().first()
    return Peer(**dict(row)) if row else None


def trust_card(fd: FieldDesk, card: IdentityCard) -> tuple[Peer, bool]:
    """Pin a peer's keys. Returns (peer, newly pinned). Refuses a second set of keys for a pinned code."""
    if card.site_id == fd.site.site_id:
        raise IdentityError(problem("keys.own_card"))
    if fd.site.is_hq and card.role != "field":
        raise IdentityError(problem("keys.card_is_hq", office=card.office))
    if not fd.site.is_hq and card.role != "hq":
        raise IdentityError(problem("keys.card_is_field", office=card.office))
    if card.office.upper() == fd.site.office:
        raise IdentityError(problem("keys.card_own_office", office=card.office))
    with fd.writing() as w:
        rows = w.conn.execute(select(PEERS).where((PEERS.c.office_code == card.office.upper())
                                                  | (PEERS.c.site_id == card.site_id))).mappings().all()
        same = [r for r in rows if (r["office_code"], r["site_id"], r["signing_key"], r["encryption_key"]) ==
                (card.office.upper(), card.site_id, card.signing_key, card.encryption_key)]
        if same:
            return Peer(**dict(same[0])), False
        if rows:
            row = sorted(rows, key=lambda r: r["office_code"] != card.office.upper())[0]
            raise IdentityError(problem("keys.trusted_other_keys", office=row["office_code"],
                                        fingerprint=row["fingerprint"], card_fingerprint=card.fingerprint))
        if not fd.site.is_hq and w.conn.execute(select(PEERS.c.office_code)).first():
            raise IdentityError(problem("keys.one_headquarters"))
        values = {"site_id": card.site_id, "office_code": card.office.upper(), "name": card.name, "role": card.role,
                  "signing_key": card.signing_key, "encryption_key": card.encryption_key,
                  "fingerprint": card.fingerprint, "trusted_at": now_iso()}
        w.conn.execute(insert(PEERS).values(**values))
    return Peer(**values), True


def untrust(fd: FieldDesk, office_code: str) -> Peer:
    peer = peer_by_office(fd, office_code)
    if peer is None:
        raise IdentityError(problem("keys.not_trusted", office=office_code.upper()))
    with fd.writing() as w:
        w.conn.execute(PEERS.delete().where(PEERS.c.site_id == peer.site_id))
    return peer


def read_card(path: Path) -> IdentityCard:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise IdentityError(problem("keys.not_a_card", card=str(path))) from None
    return IdentityCard.from_json(text, str(path))


def retired_identities(fd: FieldDesk) -> list:
    """The age identities a rotation retired, newest first: bundles encrypted to them still open."""
    from pyrage import x25519

    folder = fd.folder.keys_dir / RETIRED_DIR
    if not folder.is_dir():
        return []
    found = sorted((p for p in folder.iterdir() if (p / ENCRYPTION_FILE).is_file()),
                   key=lambda p: p.stat().st_mtime, reverse=True)
    identities = []
    for path in found:
        try:
            identities.append(x25519.Identity.from_str(read_private(fd, path / ENCRYPTION_FILE).decode().strip()))
        except Exception:
            raise IdentityError(problem("keys.retired_unreadable", path=str(path))) from None
    return identities
