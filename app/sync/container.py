"""The bundle file: age-encrypted (X25519, to the recipient) zip of a signed manifest, the compressed changes and
attachments named by SHA-256: its manifest, names and checks. It is written as a stream (app/sync/bundle_write.py)
and read as one (app/sync/bundle_head.py for the signed manifest first, app/sync/bundle_read.py for the rest).

Inside the encryption: ``manifest.json`` (exact bytes signed), ``manifest.sig`` (Ed25519 over those bytes),
``changes.bin`` (zstd msgpack) and ``attachments/<name>``. Every entry is stored (not zip-compressed), listed in
the manifest with its size and SHA-256, and nothing else may be present.

Attachment entries (format version 2) are named by HMAC-SHA256 of the content's SHA-256 under a random key of the
bundle (``attachment_salt``), and listed with HMAC-SHA256 of their content under the same key: neither the archive's
listing nor the manifest carries a content's plain SHA-256 (the recipient matches an entry to the attachment record
that names it, then checks the content against the record's SHA-256). Bundles of version 1 named them by the
SHA-256 itself; they are still read.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re

import msgspec

from app.services.errors import FieldDeskError
from app.vocabulary.problems import problem

BUNDLE_FORMAT = "fielddesk-bundle"
BUNDLE_FORMAT_VERSION = 2  # 2: keyed attachment names (a bundle without attachments is still made as version 1)
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
CHANGES = "changes.bin"
ATTACHMENT_PREFIX = "attachments/"
MAX_BUNDLE_BYTES = 2 * 1024 * 1024 * 1024
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_ENTRIES = 200_000
_SAFE_NAME = re.compile(r"^(manifest\.json|manifest\.sig|changes\.bin|attachments/[0-9a-f]{64})$")


class BundleRejected(FieldDeskError):
    """The bundle must not be applied; the message says why in one line."""

    exit_code = 3


class BundleTooNew(BundleRejected):
    pass


class BundleParty(msgspec.Struct, frozen=True):
    site_id: str
    office: str
    role: str = ""


class FileEntry(msgspec.Struct, frozen=True):
    name: str
    sha256: str
    size: int


class RefusalNote(msgspec.Struct, frozen=True):
    """A change of the recipient's that the sender refused when it arrived (app.sync.rights.CODES)."""

    table: str
    record_id: str
    code: str
    at: str


class ConflictNotice(msgspec.Struct, frozen=True):
    """A conflict listed by the sender between a change made by the recipient and another: the recipient lists it
    too once it holds both changes (app/sync/conflict_notices.py). Stamps only: the recipient has the values."""

    table: str
    record_id: str
    field: str
    kind: str
    loser_hlc: int
    loser_site: str
    winner_hlc: int
    winner_site: str


class KeyChange(msgspec.Struct, frozen=True):
    """A site's new identity card, signed by the key it replaces (app/sync/rotation.py): a peer that pinned the old
    key adopts the new one from a bundle, with no new phone call. ``revoked``: the old key may be in other hands."""

    site_id: str
    old_signing_key: str
    new_card: str
    revoked: bool
    made_at: str
    signature: str
class UserStatement(msgspec.Struct, frozen=True):
    """Headquarters' root key certifying (``kind`` "certify") or revoking ("revoke") a headquarters user's signing
    key (app/sync/hq_users.py)."""

    kind: str
    site_id: str
    user: str
    signing_key: str
    made_at: str
    signature: str


class ErasureNotice(msgspec.Struct, frozen=True):
    """A person's personal data was erased (app/sync/erasures.py): every site that holds the record applies it the
    same way. Who asked and why stay where it was made; never any value."""

    id: str
    table: str
    record_id: str
    owner_office: str
    erased_at: str
    site: str
    office: str


class Manifest(msgspec.Struct, frozen=True):
    format: str
    format_version: int
    schema_version: str
    app_version: str
    bundle_id: str
    created_at: str
    sender: BundleParty
    recipient: BundleParty
    sequence: int
    full: bool
    covers_from: int  # the sender's change-log seq range (covers_from, covers_to]
    covers_to: int
    received: dict[str, int]  # what the sender has applied from each site: site id -> that site's change-log seq
    clock_min: int
    clock_max: int
    change_count: int
    changes_size: int  # uncompressed bytes of changes.bin
    files: list[FileEntry]
    # The sender's incarnation (app/services/store/incarnation.py): a new one begins when it restores a backup. Bundles
    # made before incarnations existed have none (""), which is every site's first incarnation.
    epoch: str = ""
    epoch_started: str = ""  # when it began (ISO 8601, UTC): a later incarnation is newer
    epoch_first_seq: int = 1  # the first bundle number the sender used in it (earlier numbers are not gaps)
    epoch_clock: int = 0  # the sender's clock when it began: its own changes stamped later may have been lost
    received_epochs: dict[str, str] = {}  # site id -> that site's incarnation that ``received`` counts in
    resend_token: str = ""  # set when the bundle sends the recipient's own changes back after it went back
    recovered: dict[str, str] = {}  # site id -> the last resend token received from it (so it can stop)
    # Appended with a default, so bundles made before it still decode: the recipient's refused changes, newest first.
    refused: list[RefusalNote] = msgspec.field(default_factory=list)
    conflicts: list[ConflictNotice] = []  # absent from bundles of earlier versions
    key_changes: list[KeyChange] = []  # the sender's key rotations, oldest first (absent before them)
    erasures: list[ErasureNotice] = []  # erasures the recipient has not acknowledged (absent before schema 0011)
    erasures_held: list[str] = []  # ids of the erasures the sender holds, of records the recipient holds
    attachment_salt: str = ""  # 64 hex digits: the key of the attachment entries' names (version 2); "" before
    signer: str = ""  # a headquarters user's public key that signed the bundle; "" when the site's own key did
    user_statements: list[UserStatement] = []  # headquarters' certificates and revocations of its users' keys


_MANIFEST_DECODER = msgspec.json.Decoder(Manifest)


def manifest_bytes(manifest: Manifest) -> bytes:
    return msgspec.json.encode(manifest)


def file_entry(name: str, data: bytes, salt: str = "") -> FileEntry:
    return FileEntry(name=name, sha256=entry_digest(name, data, salt), size=len(data))


def new_attachment_salt() -> str:
    import secrets

    return secrets.token_hex(32)


def attachment_entry(sha256: str, salt: str) -> str:
    """The name of the entry that carries the content whose SHA-256 is ``sha256``."""
    if not salt:
        return ATTACHMENT_PREFIX + sha256
    return ATTACHMENT_PREFIX + hmac.new(bytes.fromhex(salt), sha256.encode("ascii"), hashlib.sha256).hexdigest()


def entry_digest(name: str, data: bytes, salt: str) -> str:
    """What the manifest lists for an entry: its SHA-256; an attachment's keyed hash when the bundle has a salt."""
    if salt and name.startswith(ATTACHMENT_PREFIX):
        return hmac.new(bytes.fromhex(salt), data, hashlib.sha256).hexdigest()
    return hashlib.sha256(data).hexdigest()


AGE_VERSION_LINE = b"age-encryption.org/v1"
_MAX_HEADER_BYTES = 64 * 1024
_B64 = re.compile(rb"^[A-Za-z0-9+/]*$")
_ARG = re.compile(rb"^[\x21-\x7e]+$")
def _header_problem(data: bytes) -> str | None:
    """Why the age header (the text lines before the encrypted payload) is not one a FieldDesk bundle has (the code
    of the problem ``bundle.header_*``), or None.

    age answers "no matching keys" both for a file encrypted to someone else and for one whose key stanza was
    damaged, since either way the file key does not unwrap. Reading the header's structure first tells most
    damage apart: a FieldDesk bundle holds exactly one well-formed X25519 stanza (a 32-byte share and a 32-byte
    wrapped key) among any others age adds, and a MAC line."""
    end = data.find(b"\n--- ", 0, _MAX_HEADER_BYTES)
    if end < 0:
        return "header_no_end"
    mac_end = data.find(b"\n", end + 1, end + 100)
    lines = data[:end].split(b"\n")
    mac = data[end + 5 : mac_end] if mac_end > 0 else b""
    if lines[0] != AGE_VERSION_LINE or len(mac) != 43 or not _B64.match(mac):
        return "header_invalid"
    x25519: list[tuple[list[bytes], bytes]] = []
    i = 1
    while i < len(lines):
        line = lines[i]
        if not line.startswith(b"-> "):
            return "header_invalid"
        args = line[3:].split(b" ")
        if not all(_ARG.match(a) for a in args):
            return "header_invalid"
        body, i = [], i + 1
        while i < len(lines):  # full lines are 64 characters; the body ends with a shorter one (possibly empty)
            if not _B64.match(lines[i]) or len(lines[i]) > 64:
                return "header_invalid"
            body.append(lines[i])
            i += 1
            if len(body[-1]) < 64:
                break
        else:
            return "header_invalid"
        if args[0] == b"X25519":
            x25519.append((args[1:], b"".join(body)))
    if len(x25519) != 1:
        return "header_no_key" if not x25519 else "header_many_recipients"
    args, body = x25519[0]
    if len(args) != 1 or len(args[0]) != 43 or len(body) != 43:
        return "header_bad_key"
    return None


def decrypt(data: bytes, identity) -> bytes:
    """``identity``: this site's age identity, or a list of them (the current one and those a rotation retired,
    for bundles made before the peer adopted the new key)."""
    import pyrage

    identities = identity if isinstance(identity, list) else [identity]

    if not data.startswith(AGE_VERSION_LINE + b"\n"):
        raise BundleRejected(problem("bundle.not_a_bundle"))
    damage = _header_problem(data)
    if damage:
        raise BundleRejected(problem(f"bundle.{damage}"))
    try:
        return pyrage.decrypt(data, identities)
    except pyrage.DecryptError as exc:
        if "No matching keys" in str(exc):
            # A well-formed header whose key does not unwrap: another recipient's, or bytes changed inside the
            # key itself, which no check can tell apart (the key is random bytes either way).
            raise BundleRejected(problem("bundle.not_for_us")) from None
        raise BundleRejected(problem("bundle.does_not_decrypt")) from None
    except Exception:
        raise BundleRejected(problem("bundle.header_invalid")) from None


def decode_manifest(manifest_raw: bytes) -> Manifest:
    """The manifest, refused when it is not one this version reads (too new: said so)."""
    try:
        manifest = _MANIFEST_DECODER.decode(manifest_raw)
    except msgspec.DecodeError as exc:
        raise BundleRejected(problem("bundle.manifest_malformed", detail=str(exc))) from None
    if manifest.format != BUNDLE_FORMAT:
        raise BundleRejected(problem("bundle.unknown_format"))
    if manifest.format_version > BUNDLE_FORMAT_VERSION:
        raise BundleTooNew(problem("bundle.too_new", version=str(manifest.format_version),
                                   app_version=manifest.app_version))
    if manifest.attachment_salt and not re.fullmatch(r"[0-9a-f]{64}", manifest.attachment_salt):
        raise BundleRejected(problem("bundle.manifest_malformed", detail="attachment_salt is not 64 hex digits"))
    return manifest


def summary(manifest: Manifest) -> dict:
    return json.loads(manifest_bytes(manifest)) | {"attachments": sum(1 for f in manifest.files
                                                                       if f.name.startswith(ATTACHMENT_PREFIX))}
