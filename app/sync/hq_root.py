"""Headquarters' root key kept offline (docs/SYNC.md, "Headquarters' root key").

The root key is the key offices pin: it certifies and revokes headquarters users' own keys (app/sync/hq_users.py),
signs headquarters' settings (app/sync/hq_policy.py) and its own replacement (``keys rotate``). Everyday bundles are
signed by the users' keys, so the root key need not sit in any user's profile folder: like a certificate
authority's root, it is kept on an offline medium and brought in for the few operations only it can make.

- ``export_root``: the root key written to a file encrypted with a passphrase of its own (age's scrypt passphrase
  encryption, ``pyrage.passphrase``), read back to check, then removed from the profile folder (which keeps the
  public key, ``keys/signing.pub``, to show the identity card and check what is brought back).
- ``import_root``: put it back in a profile folder (an administrator's), after checking it is this site's root.
- ``borrow_root``: use the file for one command (``--root FILE``) without storing the key anywhere.
- ``remove_root``: a folder that held a copy (copied before this, by ``init --keys-from``) keeps only the public key.

A profile folder without the root refuses the root-only operations, saying where the root is and how to bring it.
A second headquarters user (``init --keys-from``) never receives the root key, only its public key and the
encryption key that opens the offices' bundles.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.services.profile import write_file_atomically
from app.services.profile.keys import (
    ROOT_PUBLIC_FILE,
    SIGNING_FILE,
    IdentityError,
    read_private,
    root_public,
    write_private,
)
from app.services.profile.strength import normalise
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk

MARK = b"age-encryption.org/v1"


def holds_root(fd: FieldDesk) -> bool:
    return (fd.folder.keys_dir / SIGNING_FILE).exists()


def _public(key: Ed25519PrivateKey) -> str:
    return base64.b64encode(key.public_key().public_bytes(serialization.Encoding.Raw,
                                                          serialization.PublicFormat.Raw)).decode()


def export_root(fd: FieldDesk, out: Path, passphrase: str, *, keep: bool = False) -> str:
    """Write the root key to ``out`` encrypted with ``passphrase`` and, unless ``keep``, remove it from this folder.
    Returns the root's public key."""
    from pyrage import passphrase as age_passphrase

    _check_hq(fd)
    if not holds_root(fd):
        raise IdentityError(problem("keys.root_absent"))
    out = Path(out)
    if out.is_dir():
        raise IdentityError(problem("keys.root_file_is_folder", path=str(out)))
    pem = read_private(fd, fd.folder.keys_dir / SIGNING_FILE)
    key = _load(pem)
    write_file_atomically(out, age_passphrase.encrypt(pem, passphrase), mode=0o600)
    if _load(age_passphrase.decrypt(out.read_bytes(), passphrase)) is None:  # read back before anything is removed
        raise IdentityError(problem("keys.root_file_unreadable", path=str(out)))
    public = _public(key)
    if not keep:
        remove_root(fd)
    return public


def remove_root(fd: FieldDesk) -> None:
    """Keep the public key only (and no retired root key: they sign nothing more, and are roots all the same)."""
    _check_hq(fd)
    folder = fd.folder.keys_dir
    public = root_public(fd)
    write_file_atomically(folder / ROOT_PUBLIC_FILE, (public + "\n").encode(), mode=0o600)
    for path in [folder / SIGNING_FILE, *(folder / "retired").glob(f"*/{SIGNING_FILE}")]:
        _overwrite_and_remove(path)


def _overwrite_and_remove(path: Path) -> None:
    """Best effort: a journaling file system or an SSD may keep the old blocks (docs/DATA-SAFETY.md); the file was
    encrypted when the profile is."""
    try:
        size = path.stat().st_size
        with open(path, "r+b") as fh:
            fh.write(os.urandom(size))
            fh.flush()
            os.fsync(fh.fileno())
    except OSError:
        pass
    path.unlink(missing_ok=True)


def read_root_file(fd: FieldDesk, path: Path, passphrase: str) -> Ed25519PrivateKey:
    """The root key in a file 'keys root export' wrote, checked to be this site's."""
    from pyrage import passphrase as age_passphrase

    _check_hq(fd)
    passphrase = normalise(passphrase)  # as 'keys root export' wrote it (NFC), however it was typed
    try:
        stored = Path(path).read_bytes()
    except OSError as exc:
        raise IdentityError(problem("keys.root_file_not_read", path=str(path),
                                    error=exc.strerror or str(exc))) from None
    if not stored.startswith(MARK):
        raise IdentityError(problem("keys.root_file_unreadable", path=str(path)))
    try:
        pem = age_passphrase.decrypt(stored, passphrase)
    except Exception:  # pyrage raises its own DecryptError for a wrong passphrase or a damaged file
        raise IdentityError(problem("keys.root_passphrase_wrong", path=str(path))) from None
    key = _load(pem)
    if key is None:
        raise IdentityError(problem("keys.root_file_unreadable", path=str(path)))
    if _public(key) != root_public(fd):
        raise IdentityError(problem("keys.root_other_site", path=str(path)))
    return key


def import_root(fd: FieldDesk, path: Path, passphrase: str) -> None:
    key = read_root_file(fd, path, passphrase)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    write_private(fd, fd.folder.keys_dir / SIGNING_FILE, pem)
    (fd.folder.keys_dir / ROOT_PUBLIC_FILE).unlink(missing_ok=True)  # the private key says it from now on


def borrow_root(fd: FieldDesk, path: Path, passphrase: str) -> None:
    """Use the root key in ``path`` for the operations of this opening only: it is kept in memory, never written."""
    fd._borrowed_root = read_root_file(fd, path, passphrase)


@contextmanager
def lent_root(fd: FieldDesk, path: Path, passphrase: str) -> Iterator[None]:
    """The root key in ``path`` for the operations inside the block only (the window's root-only changes): a
    profile that stays open does not keep it in memory afterwards."""
    before = getattr(fd, "_borrowed_root", None)
    fd._borrowed_root = read_root_file(fd, path, passphrase)
    try:
        yield
    finally:
        fd._borrowed_root = before


def _load(pem: bytes) -> Ed25519PrivateKey | None:
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError):
        return None
    return key if isinstance(key, Ed25519PrivateKey) else None


def _check_hq(fd: FieldDesk) -> None:
    if not fd.site.is_hq:
        raise IdentityError(problem("keys.root_hq_only"))
