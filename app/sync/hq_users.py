"""Headquarters users' own signing keys (docs/SYNC.md, "Headquarters users' own signing keys").

Headquarters' pinned key is its root key: it certifies each user's Ed25519 key and revokes it, in statements signed
with Ed25519 (``cryptography``). A user's bundles are signed by the user's key and name it (``Manifest.signer``);
offices accept them only when a certificate verified with headquarters' pinned key names that key and no revocation
does. The statements live in the database (a local setting: shared by the users of a headquarters on PostgreSQL)
and travel in every bundle headquarters makes.
"""

from __future__ import annotations

import base64
import json
from typing import TYPE_CHECKING

import msgspec
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.models.validation import describe_character, forbidden_character
from app.services.errors import ProfileError
from app.services.profile.keys import IdentityError, Peer, load_identity, read_private, write_private
from app.services.profile.site_settings import carry_author_name
from app.services.store.clock import now_iso
from app.sync.attribution import attester
from app.sync.container import BundleRejected, UserStatement
from app.sync.rotation import _put as put
from app.sync.rotation import _setting
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from app.services.core import FieldDesk

USER_KEY_FILE = "user-signing.key"
ROOT_AUTHOR = "headquarters (root key)"  # at an office: the author of a bundle headquarters' root key signed alone
OWN_STATEMENTS = "hq_user_statements"  # at headquarters: every certificate and revocation made, oldest first
SEEN_STATEMENTS = "hq_user_statements_seen"  # at an office: the verified statements of its headquarters
MAX_STATEMENTS = 10_000


def statement_bytes(statement: UserStatement) -> bytes:
    """What the root key signs: every field of the statement but the signature."""
    return json.dumps({"format": "fielddesk-hq-user", "kind": statement.kind, "site_id": statement.site_id,
                       "user": statement.user, "signing_key": statement.signing_key, "made_at": statement.made_at},
                      sort_keys=True, separators=(",", ":")).encode()


def _public_b64(key: Ed25519PrivateKey) -> str:
    return base64.b64encode(key.public_key().public_bytes(serialization.Encoding.Raw,
                                                          serialization.PublicFormat.Raw)).decode()


def _signed(fd: FieldDesk, kind: str, user: str, signing_key: str) -> UserStatement:
    unsigned = UserStatement(kind=kind, site_id=fd.site.site_id, user=user, signing_key=signing_key,
                             made_at=now_iso(), signature="")
    root = load_identity(fd)
    return msgspec.structs.replace(unsigned, signature=base64.b64encode(root.sign(statement_bytes(unsigned))).decode())


def _check_user(fd: FieldDesk, user: str) -> str:
    if not fd.site.is_hq:
        raise IdentityError(problem("keys.hq_only"))
    user = (user or "").strip()
    if not user or len(user) > 100:
        raise IdentityError(problem("keys.user_name_needed"))
    char = forbidden_character(user)
    if char is not None:
        raise IdentityError(problem("keys.user_name_character", char=describe_character(char)))
    return user


def add_user(fd: FieldDesk, user: str) -> UserStatement:
    """A signing key for ``user`` in this profile folder, certified by the root key. Refused when this folder
    already has one (revoke it first)."""
    user = _check_user(fd, user)
    path = fd.folder.keys_dir / USER_KEY_FILE
    if path.exists() and not _replaceable(fd, path):  # a revoked or damaged key is replaced
        raise IdentityError(problem("keys.user_key_exists", path=str(path)))
    key = Ed25519PrivateKey.generate()
    statement = _signed(fd, "certify", user, _public_b64(key))
    fd.folder.keys_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    write_private(fd, path, key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                              serialization.NoEncryption()))
    try:
        with fd.writing() as w:
            _put_statements(w.conn, OWN_STATEMENTS, [*_get(w.conn, OWN_STATEMENTS), msgspec.to_builtins(statement)])
    except BaseException:
        path.unlink(missing_ok=True)  # a key without its certificate would only block the next try
        raise
    # The author of this opening stays who opened it: the folder writes under the new user from its next opening
    # (certified_author), not from the middle of a process that may go on to change records for someone else.
    return statement


def revoke_user(fd: FieldDesk, user: str) -> list[UserStatement]:
    """Revoke every key certified for ``user``; returns the revocations (none when there was nothing to revoke)."""
    user = _check_user(fd, user)
    made = own_statements(fd)
    revoked = {s.signing_key for s in made if s.kind == "revoke"}
    keys = [s.signing_key for s in made if s.kind == "certify" and s.user == user and s.signing_key not in revoked]
    if not keys:
        raise IdentityError(problem("keys.user_not_certified", user=user))
    statements = [_signed(fd, "revoke", user, key) for key in keys]
    with fd.writing() as w:
        _put_statements(w.conn, OWN_STATEMENTS, [*_get(w.conn, OWN_STATEMENTS), *map(msgspec.to_builtins, statements)])
    return statements


def certify_again(fd: FieldDesk) -> None:
    """After headquarters' own key was replaced (app/sync/rotation.py): every statement signed again by the new key,
    so offices that adopt it keep accepting the users' keys (and keep refusing the revoked ones)."""
    if not fd.site.is_hq:
        return
    made = own_statements(fd)
    again = [_signed(fd, s.kind, s.user, s.signing_key) for s in made]
    if again:  # in place of the old ones: one statement per key, whatever the number of rotations
        with fd.writing() as w:
            _put_statements(w.conn, OWN_STATEMENTS, list(map(msgspec.to_builtins, again)))


def own_statements(fd: FieldDesk, conn: Connection | None = None) -> list[UserStatement]:
    with fd.reading(conn) as c:
        return latest([msgspec.convert(item, UserStatement) for item in _get(c, OWN_STATEMENTS)])


def signing_key(fd: FieldDesk, conn: Connection | None = None) -> tuple[Ed25519PrivateKey, str] | None:
    """This headquarters user's key and its public half, when it is certified and not revoked; None otherwise (the
    bundle is then signed by the root key, as before user keys)."""
    path = fd.folder.keys_dir / USER_KEY_FILE
    if not fd.site.is_hq or not path.exists():
        return None
    key = _read_user_key(fd, path)
    public = _public_b64(key)
    statements = own_statements(fd, conn)
    revoked = [s for s in statements if s.kind == "revoke" and s.signing_key == public]
    if revoked:
        raise IdentityError(problem("keys.user_key_revoked", user=revoked[0].user,
                                    date=revoked[0].made_at[:10]))
    if not any(s.kind == "certify" and s.signing_key == public for s in statements):
        return None
    return key, public


def _read_user_key(fd: FieldDesk, path) -> Ed25519PrivateKey:
    """The user's key in ``path``; a damaged file is refused in words that say how to replace it."""
    try:
        key = serialization.load_pem_private_key(read_private(fd, path), password=None)
    except (ValueError, TypeError, UnicodeError, ProfileError):  # ProfileError: an encrypted file altered
        raise IdentityError(problem("keys.user_key_unreadable", path=str(path))) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise IdentityError(problem("keys.not_ed25519", path=str(path)))
    return key


def _replaceable(fd: FieldDesk, path) -> bool:
    """A user key ``add_user`` may replace: revoked, or damaged beyond reading."""
    try:
        key = _read_user_key(fd, path)
    except IdentityError:
        return True
    public = _public_b64(key)
    return any(s.kind == "revoke" and s.signing_key == public for s in own_statements(fd))


def own_user(fd: FieldDesk) -> str | None:
    """The user whose certified, unrevoked key this profile folder signs with (None: headquarters' key signs)."""
    try:
        key = signing_key(fd)
    except IdentityError:  # revoked, or damaged (the export says so)
        return None
    if key is None:
        return None
    return next(s.user for s in own_statements(fd) if s.kind == "certify" and s.signing_key == key[1])


def certified_author(fd: FieldDesk) -> None:
    """At headquarters: the author of this profile's changes is the certified user whose key it holds (not the
    name of the computer's account), when it holds one; and its changes are signed by that user's key."""
    if fd.site.is_hq and (fd.folder.keys_dir / USER_KEY_FILE).exists():
        user = own_user(fd)
        if user and user != fd.author:
            carry_author_name(fd, fd.author, user)  # "name on printed histories" follows the person
            fd.author = user
        if user:  # each change made here signed by the user, so offices record it under them (attribution.py)
            key, public = signing_key(fd)
            fd.attester = attester(key, public)


def check_signer(fd: FieldDesk, root: Peer, signer: str, carried: list[UserStatement], signature: bytes,
                 data: bytes) -> tuple[str, list[UserStatement]]:
    """At an office: the user whose certified, unrevoked key ``signer`` signed ``data``, and the statements to
    remember. Raises BundleRejected otherwise, naming why."""
    seen = _seen(fd)
    new = fresh(fd, root, carried, seen)
    statements = seen + new
    if any(s.kind == "revoke" and s.signing_key == signer and s.site_id == root.site_id for s in statements):
        raise BundleRejected(problem("bundle.signer_revoked", office=root.office_code))
    certified = [s for s in statements if s.kind == "certify" and s.signing_key == signer
                 and s.site_id == root.site_id]
    if not certified:
        raise BundleRejected(problem("bundle.signer_not_certified", office=root.office_code))
    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(signer, validate=True)).verify(signature, data)
    except (InvalidSignature, ValueError):
        raise BundleRejected(problem("bundle.bad_signature", office=root.office_code)) from None
    return certified[0].user, new


def _seen(fd: FieldDesk) -> list[UserStatement]:
    with fd.reading() as conn:
        return [msgspec.convert(item, UserStatement) for item in _get(conn, SEEN_STATEMENTS)]


def fresh(fd: FieldDesk, root: Peer, carried: list[UserStatement],
          seen: list[UserStatement] | None = None) -> list[UserStatement]:
    """The statements of ``carried`` not remembered here yet whose root signature verifies with ``root`` (the
    others are passed over: nothing but headquarters' pinned key makes a statement)."""
    if not carried:
        return []
    known = {s.signature for s in (_seen(fd) if seen is None else seen)}
    return [s for s in capped(carried) if s.signature not in known and _verifies(root, s)]


def remember(fd: FieldDesk, conn: Connection, statements: list[UserStatement]) -> None:
    """Keep the statements a bundle brought (in its write transaction): a revocation seen once stays."""
    if statements:
        _put_statements(conn, SEEN_STATEMENTS, [*_get(conn, SEEN_STATEMENTS), *map(msgspec.to_builtins, statements)])


def _verifies(root: Peer, statement: UserStatement) -> bool:
    try:
        return statement.site_id == root.site_id and root.verify(base64.b64decode(statement.signature, validate=True),
                                                                 statement_bytes(statement))
    except ValueError:
        return False


def latest(statements: list[UserStatement]) -> list[UserStatement]:
    """The last certificate and the last revocation of each key, in the order they were made (after a rotation of
    headquarters' key, the ones signed by the new key): a revocation is never dropped, and the list no longer grows
    with every rotation (each appended a signed copy of every statement)."""
    kept: dict[tuple[str, str, str], tuple[int, UserStatement]] = {}
    for index, statement in enumerate(statements):
        kept[(statement.site_id, statement.signing_key, statement.kind)] = (index, statement)
    return [statement for _, statement in sorted(kept.values(), key=lambda pair: pair[0])]


def capped(statements: list[UserStatement]) -> list[UserStatement]:
    """At most MAX_STATEMENTS of a bundle's statements: every revocation it can hold, then the newest certificates
    (keeping the oldest would drop the newest revocations, the ones that matter)."""
    if len(statements) <= MAX_STATEMENTS:
        return list(statements)
    revocations = [i for i, s in enumerate(statements) if s.kind == "revoke"][-MAX_STATEMENTS:]
    others = [i for i, s in enumerate(statements) if s.kind != "revoke"]
    room = MAX_STATEMENTS - len(revocations)
    chosen = sorted(revocations + (others[-room:] if room else []))
    return [statements[i] for i in chosen]


def _put_statements(conn: Connection, key: str, items: list) -> None:
    statements = latest([msgspec.convert(item, UserStatement) for item in items])
    _put(conn, key, list(map(msgspec.to_builtins, statements)))


def _get(conn: Connection, key: str) -> list:
    value = _setting(conn, key)
    return list(value) if isinstance(value, list) else []


def _put(conn: Connection, key: str, value: list) -> None:
    put(conn, key, value)
