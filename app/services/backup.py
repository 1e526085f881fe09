"""Backups of the profile's database, made with SQLite's online backup API (consistent while another connection
writes) and encrypted like the profile. Automatic ones are made before every bundle import, schema upgrade and
restore, and once a day on first use; the last ``AUTO_KEEP`` automatic backups are kept, plus every one made by hand.

Each backup is ``backups/<id>.db`` with ``backups/<id>.json`` describing it. A copy to another folder (a USB stick)
also takes the profile's key file, wrapped by the passphrase and the recovery key, so it can be restored elsewhere.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app import __version__
from app.services.errors import FieldDeskError
from app.services.profile import ProfileFolder, fsync_dir, is_plain_sqlite, write_file_atomically

if TYPE_CHECKING:
    from app.services.core import FieldDesk
    from app.services.db import Database

AUTO_KEEP = 10


class RestoreNeedsConfirmation(FieldDeskError):
    """Restoring would replace changes headquarters has not acknowledged; the caller must confirm."""


@dataclass
class BackupInfo:
    id: str
    path: str
    created_at: str
    reason: str
    automatic: bool
    size: int
    schema: str | None
    app_version: str
    encrypted: bool

    def to_json(self) -> dict:
        return asdict(self)


def _connect(path: Path, key: str | None, *, readonly: bool = False):
    uri = f"file:{path}?mode=ro" if readonly else str(path)
    if key is None:
        return sqlite3.connect(uri, uri=readonly)
    import sqlcipher3

    conn = sqlcipher3.connect(uri, uri=readonly)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f'PRAGMA key = "{key}"')
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


def copy_database(source: Path, destination: Path, key: str | None = None) -> Path:
    """A consistent copy of ``source`` (online backup API), as one self-contained file, written atomically."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    src = _connect(source, key, readonly=True)
    try:
        dst = _connect(partial, key)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    with open(partial, "rb") as fh:
        os.fsync(fh.fileno())
    partial.replace(destination)
    fsync_dir(destination.parent)
    return destination


def _stamp() -> tuple[str, str]:
    now = datetime.now(UTC)
    return now.strftime("%Y%m%dT%H%M%S%fZ")[:-4] + "Z", now.strftime("%Y-%m-%dT%H:%M:%S.") + \
        f"{now.microsecond // 1000:03d}Z"


def _schema_of(path: Path, key: str | None) -> str | None:
    conn = _connect(path, key, readonly=True)
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    except (sqlite3.DatabaseError, Exception):
        return None
    finally:
        conn.close()


def make_backup(folder: ProfileFolder, key: str | None, reason: str, *, automatic: bool) -> BackupInfo:
    stamp, iso = _stamp()
    slug = "".join(ch if ch.isalnum() or ch == "-" else "-" for ch in reason)[:40]
    backup_id = f"{stamp}-{'auto' if automatic else 'manual'}-{slug}"
    target = folder.backups_dir / f"{backup_id}.db"
    copy_database(folder.db_file, target, key)
    info = BackupInfo(backup_id, str(target), iso, reason, automatic, target.stat().st_size, _schema_of(target, key),
                      __version__, key is not None)
    write_file_atomically(folder.backups_dir / f"{backup_id}.json", json.dumps(info.to_json(), indent=2).encode())
    if automatic:
        _prune(folder)
    return info


def _prune(folder: ProfileFolder) -> None:
    automatic = [b for b in list_backups(folder) if b.automatic]
    for old in automatic[AUTO_KEEP:]:
        Path(old.path).unlink(missing_ok=True)
        (folder.backups_dir / f"{old.id}.json").unlink(missing_ok=True)


def backup_before(folder: ProfileFolder, db: Database, reason: str) -> BackupInfo:
    return make_backup(folder, db.key, reason, automatic=True)


def create_backup(fd: FieldDesk, *, reason: str = "by hand", to: Path | None = None) -> BackupInfo:
    info = make_backup(fd.folder, fd.db.key, reason, automatic=False)
    if to is not None:
        to = Path(to)
        to.mkdir(parents=True, exist_ok=True)
        shutil.copy2(info.path, to / Path(info.path).name)
        shutil.copy2(fd.folder.backups_dir / f"{info.id}.json", to / f"{info.id}.json")
        keyring = fd.folder.path / "keyring.json"
        if keyring.exists():
            shutil.copy2(keyring, to / f"{info.id}.keyring.json")
        fsync_dir(to)
    return info


def list_backups(folder: ProfileFolder) -> list[BackupInfo]:
    found = []
    for sidecar in folder.backups_dir.glob("*.json") if folder.backups_dir.exists() else []:
        if sidecar.name.endswith(".keyring.json"):
            continue
        try:
            info = BackupInfo(**json.loads(sidecar.read_text(encoding="utf-8")))
        except (ValueError, TypeError, OSError):
            continue
        if Path(info.path).exists() or (folder.backups_dir / f"{info.id}.db").exists():
            info.path = str(folder.backups_dir / f"{info.id}.db")
            found.append(info)
    found.sort(key=lambda b: b.id, reverse=True)
    return found


def daily_backup_if_due(fd: FieldDesk) -> BackupInfo | None:
    """Once a day on first use: a backup unless one (automatic or not) was made today."""
    if not fd.db.is_sqlite:
        return None
    today = datetime.now(UTC).strftime("%Y%m%d")
    if any(b.id.startswith(today) for b in list_backups(fd.folder)):
        return None
    return make_backup(fd.folder, fd.db.key, "daily", automatic=True)


def find_backup(folder: ProfileFolder, reference: str) -> Path:
    candidate = Path(reference)
    if candidate.is_file():
        return candidate
    matches = [b for b in list_backups(folder) if b.id == reference or b.id.startswith(reference)]
    if len(matches) == 1:
        return Path(matches[0].path)
    if len(matches) > 1:
        raise FieldDeskError(f"'{reference}' matches several backups; give more of its id.")
    raise FieldDeskError(f"There is no backup '{reference}' (see 'fielddesk backup list'), and no such file.")


def check_backup(path: Path, key: str | None) -> str:
    """The backup's schema, after checking it opens with this profile's key and is sound."""
    plain = is_plain_sqlite(path)
    if key is None and not plain:
        raise FieldDeskError(f"{path.name} is not a backup of this profile (it is encrypted, this profile is not).")
    if key is not None and plain:
        raise FieldDeskError(f"{path.name} is not encrypted; this profile is. Encrypting is done by 'fielddesk "
                             "encrypt', not by restoring.")
    conn = _connect(path, key, readonly=True)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        schema = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    except Exception:
        raise FieldDeskError(f"{path.name} is not a FieldDesk backup this profile's key opens.") from None
    finally:
        conn.close()
    if result != "ok":
        raise FieldDeskError(f"{path.name} is damaged ({result}); it was not restored.")
    from app.migrations import KNOWN_REVISIONS

    if schema not in KNOWN_REVISIONS:
        raise FieldDeskError(f"{path.name} was made by a newer FieldDesk (schema {schema}); update FieldDesk first.")
    return schema


def restore_backup(fd: FieldDesk, reference: str, *, confirmed: bool = False) -> BackupInfo:
    """Replace the database with a backup. First backs up the current state; refuses, unless ``confirmed``, when
    the profile holds changes headquarters has not acknowledged. ``fd`` is closed afterwards: open it again."""
    source = find_backup(fd.folder, reference)
    check_backup(source, fd.db.key)
    if not confirmed:
        from app.sync.status import unsynced_changes

        count, since = unsynced_changes(fd)
        if count and not fd.site.is_hq:
            raise RestoreNeedsConfirmation(
                f"This profile holds {count} change(s) that headquarters has not acknowledged (the oldest from "
                f"{(since or '')[:10]}). Restoring replaces them (they stay in the backup made first). Send a bundle "
                "first, or confirm that you want to restore anyway.")
    if fd.lock is not None:
        fd.lock.exclusive("restore")
    with fd.db.engine.connect() as conn:
        busy = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        conn.rollback()
    if busy:
        raise FieldDeskError("The profile is open in another FieldDesk window or command; close it, then restore.")
    before = make_backup(fd.folder, fd.db.key, "before-restore", automatic=True)
    folder = fd.folder
    fd.close()
    staged = folder.db_file.with_name(folder.db_file.name + ".restoring")
    shutil.copyfile(source, staged)
    with open(staged, "rb") as fh:
        os.fsync(fh.fileno())
    for suffix in ("-wal", "-shm"):
        Path(str(folder.db_file) + suffix).unlink(missing_ok=True)
    staged.replace(folder.db_file)
    fsync_dir(folder.path)
    return before
