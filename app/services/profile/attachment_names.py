"""Where an attachment's content lies in the profile folder: under a keyed hash of its SHA-256, never the SHA-256
itself. A file named by the plain SHA-256 told whoever read the folder (a border guard holding a known document) that
the document was on the laptop, without any key; the keyed name tells nothing without the profile's name key.

The name is HMAC-SHA256 (the standard library's ``hmac``) of the content's SHA-256 under a random 256-bit key kept
with the profile's private keys (``keys/attachment-names.key``: encrypted under the data key when the profile is,
re-encrypted by ``rekey``, encrypted by ``encrypt``). Equal contents still get one file (the name depends on the
content's hash only). The database keeps the SHA-256 (it is encrypted with the profile).

Profiles made before keep files named ``aa/<sha256>``: ``migrate`` renames them when the profile opens, one file at
a time (a rename is atomic: a file has its old name or its new one, never neither), so an interrupted migration is
finished by the next opening. Names: ``<kk>/<keyed>.blob``; the suffix tells them from the old ones.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from app.services.errors import ProfileError
from app.services.profile import fsync_dir
from app.services.profile.blob_names import database_name_key, rename_rows
from app.services.store import testpoints
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk

NAME_KEY_FILE = "attachment-names.key"
SUFFIX = ".blob"
_LEGACY = re.compile(r"^[0-9a-f]{64}$")


def name_key(fd: FieldDesk) -> bytes:
    """The profile's name key, made the first time it is needed (by whichever program gets there first)."""
    cached = getattr(fd, "_attachment_name_key", None)
    if cached is not None:
        return cached
    if not fd.db.is_sqlite:  # a shared database: headquarters' key, kept in it encrypted (blob_names.py)
        fd._attachment_name_key = database_name_key(fd)
        return fd._attachment_name_key
    # imported here: it loads cryptography (with services.profile.keys)
    from app.services.profile.keys import read_private

    path = fd.folder.keys_dir / NAME_KEY_FILE
    if not path.exists():
        _create(fd, path)
    key = read_private(fd, path)
    if len(key) != 32:
        raise ProfileError(problem("attachments.name_key_unknown", path=str(path)))
    fd._attachment_name_key = key
    return key


def _create(fd: FieldDesk, path: Path) -> None:
    """Written under a temporary name, then linked into place only if no other program made one meanwhile (a link
    never replaces a file: two programs opening a new profile together agree on the first key)."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    key = os.urandom(32)
    stored = fd.vault.encrypt(key, f"private key {path.name}") if fd.vault is not None else key
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    fd_ = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd_, "wb") as fh:
            fh.write(stored)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(partial, path)
        except FileExistsError:
            pass
        except OSError:  # a file system without hard links (FAT): the first rename wins, as far as it can
            if not path.exists():
                os.replace(partial, path)
        fsync_dir(path.parent)
    finally:
        partial.unlink(missing_ok=True)


def keyed_name(fd: FieldDesk, sha256: str) -> str:
    return hmac.new(name_key(fd), sha256.encode("ascii"), hashlib.sha256).hexdigest()


def stored_path(fd: FieldDesk, sha256: str) -> Path:
    name = keyed_name(fd, sha256)
    return fd.folder.attachments_dir / name[:2] / (name + SUFFIX)


def legacy_path(fd: FieldDesk, sha256: str) -> Path:
    """Where a FieldDesk before keyed names kept it (read only until ``migrate`` has renamed it)."""
    return fd.folder.attachments_dir / sha256[:2] / sha256


def legacy_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for sub in folder.iterdir() if sub.is_dir() for p in sub.iterdir()
                  if _LEGACY.match(p.name) and p.parent.name == p.name[:2] and p.is_file())


def migrate(fd: FieldDesk) -> int:
    """Rename the files of a profile made before keyed names; returns how many were renamed. Each file is renamed
    in one step; a content that is already under its keyed name (a rename done before a crash, then copied back
    from a backup...) only loses its old name."""
    if not fd.db.is_sqlite:
        return rename_rows(fd)
    old = legacy_files(fd.folder.attachments_dir)
    touched: set[Path] = set()
    for path in old:
        target = stored_path(fd, path.name)
        target.parent.mkdir(mode=0o700, exist_ok=True)
        if target.exists():
            path.unlink()
        else:
            os.replace(path, target)
            fsync_dir(target.parent)
        fsync_dir(path.parent)
        touched.add(path.parent)
        testpoints.reached("attachment-renamed")
    for folder in touched:
        with contextlib.suppress(OSError):  # not empty: another file still lives there
            folder.rmdir()
    return len(old)
