"""A profile folder: the database, attachments, keys, backups and ``profile.json`` (format, engine, versions)."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.services.errors import ProfileError
from app.vocabulary.problems import problem

PROFILE_FILE = "profile.json"
DB_FILE = "fielddesk.db"
KEYRING_FILE = "keyring.json"  # an encrypted profile's wrapped data key (app/services/profile/vault.py)
PROFILE_FORMAT = 1


@dataclass(frozen=True)
class ProfileFolder:
    path: Path

    @property
    def meta_file(self) -> Path:
        return self.path / PROFILE_FILE

    @property
    def db_file(self) -> Path:
        return self.path / DB_FILE

    @property
    def keyring_file(self) -> Path:
        return self.path / KEYRING_FILE

    @property
    def is_encrypted(self) -> bool:
        """Encrypted, or being encrypted: it has a keyring (known without loading any cryptography)."""
        return self.keyring_file.is_file()

    @property
    def attachments_dir(self) -> Path:
        return self.path / "attachments"

    @property
    def keys_dir(self) -> Path:
        return self.path / "keys"

    @property
    def backups_dir(self) -> Path:
        return self.path / "backups"

    @property
    def inbox_dir(self) -> Path:
        """Bundles kept because they could not be applied yet (e.g. from a newer FieldDesk)."""
        return self.path / "inbox"

    def exists(self) -> bool:
        return self.meta_file.is_file()

    def read_meta(self) -> dict[str, Any]:
        try:
            meta = json.loads(self.meta_file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ProfileError(problem("profile.none", path=str(self.path))) from None
        except (OSError, ValueError) as exc:
            raise ProfileError(problem("profile.meta_unreadable", path=str(self.meta_file), error=str(exc))) from None
        if not isinstance(meta, dict) or meta.get("format") != PROFILE_FORMAT:
            raise ProfileError(problem("profile.meta_unknown", path=str(self.meta_file)))
        return meta

    def write_meta(self, meta: dict[str, Any]) -> None:
        write_file_atomically(self.meta_file, json.dumps(meta, indent=2, sort_keys=True).encode("utf-8"), mode=0o600)

    def restrict_access(self) -> None:
        """The folder for its owner only (0700) and its files 0600: other accounts on the computer read nothing,
        not even the office's name. Best effort (a folder on a FAT stick has no permissions)."""
        if os.name != "posix":
            return
        try:
            os.chmod(self.path, 0o700)
            for entry in os.scandir(self.path):
                if entry.is_file(follow_symlinks=False) and entry.stat(follow_symlinks=False).st_mode & 0o077:
                    os.chmod(entry.path, 0o600)
        except OSError:
            pass

    def database_url(self, meta: dict[str, Any] | None = None) -> str:
        meta = meta if meta is not None else self.read_meta()
        url = (meta.get("database") or {}).get("url")
        return url or f"sqlite:///{self.db_file}"


def is_plain_sqlite(path: Path) -> bool:
    """Whether ``path`` starts like a plain (not encrypted) SQLite database: its first 16 bytes only, never the
    whole file."""
    with Path(path).open("rb") as file:
        return file.read(16).startswith(b"SQLite format 3")


def write_file_atomically(path: Path, data: bytes, mode: int | None = None) -> None:
    """Write to a temporary name, flush it to disk, then rename: never a half-written file under the final name."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode if mode is not None else 0o666)
    except OSError as exc:  # the message names the file asked for, not the temporary one
        raise OSError(exc.errno, exc.strerror, str(path)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OSError(exc.errno, exc.strerror, str(path)) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
