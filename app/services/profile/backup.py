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
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app import __version__
from app.migrations import KNOWN_REVISIONS
from app.services.errors import FieldDeskError
from app.services.profile import ProfileFolder, fsync_dir, is_plain_sqlite, write_file_atomically
from app.services.profile.backup_copies import record_copy
from app.services.store import testpoints
from app.services.store.incarnation import LINEAGE_KEY, begin_in_value
from app.vocabulary.problems import ProblemText, problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk
    from app.services.store.db import Database

AUTO_KEEP = 10


class RestoreNeedsConfirmation(FieldDeskError):
    """Restoring would replace changes headquarters has not acknowledged; the caller must confirm."""


@dataclass
class RestoreSync:
    """What a restore means for sync, in this site's own changes (the restore starts a new sync incarnation, so
    nothing is mistaken for what was sent before: app/services/store/incarnation.py)."""

    will_come_back: int  # made after the backup and received by a peer: it sends them back with its next bundle
    not_sent: int  # made after the backup and never acknowledged: kept only in the backup made before the restore
    to_send: int  # in the backup and not yet acknowledged: they go with the next bundle

    def describe(self) -> list[ProblemText]:
        """What the restore means for sync, as coded messages (``problem.restore.*`` in app/locale):
        English where they are printed, the reader's language wherever they are rendered."""
        lines = [problem("restore.new_incarnation")]
        for code in ("will_come_back", "not_sent", "to_send"):
            if getattr(self, code):
                lines.append(problem(f"restore.{code}", count=getattr(self, code)))
        return lines


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
    restore_sync: RestoreSync | None = None  # on the backup made before a restore: what the restore means for sync

    def to_json(self) -> dict:
        data = asdict(self)
        if self.restore_sync is None:
            data.pop("restore_sync")
        return data


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
    testpoints.reached("backup-copied")
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


def make_backup(folder: ProfileFolder, key: str | None, reason: str, *, automatic: bool,
                copy: Callable[[Path], None] | None = None) -> BackupInfo:
    """``copy``: writes the backup file given (by default a copy of the profile's database with ``key``);
    ``fielddesk encrypt`` passes one that writes it encrypted already."""
    stamp, iso = _stamp()
    slug = "".join(ch if ch.isalnum() or ch == "-" else "-" for ch in reason)[:40]
    backup_id = f"{stamp}-{'auto' if automatic else 'manual'}-{slug}"
    target = folder.backups_dir / f"{backup_id}.db"
    if copy is None:
        copy_database(folder.db_file, target, key)
    else:
        copy(target)
    info = BackupInfo(backup_id, str(target), iso, reason, automatic, target.stat().st_size, _schema_of(target, key),
                      __version__, key is not None)
    write_file_atomically(folder.backups_dir / f"{backup_id}.json", json.dumps(info.to_json(), indent=2).encode(),
                          mode=0o600)
    if automatic:
        _prune(folder)
    return info


def mark_encrypted(folder: ProfileFolder, backup: Path) -> None:
    """The record of a backup encrypted after it was made (``fielddesk encrypt``) says so."""
    sidecar = backup.with_suffix(".json")
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    data.update(encrypted=True, size=backup.stat().st_size)
    write_file_atomically(sidecar, json.dumps(data, indent=2).encode(), mode=0o600)


def _prune(folder: ProfileFolder) -> None:
    automatic = [b for b in list_backups(folder) if b.automatic]
    for old in automatic[AUTO_KEEP:]:
        Path(old.path).unlink(missing_ok=True)
        (folder.backups_dir / f"{old.id}.json").unlink(missing_ok=True)


def backup_before(folder: ProfileFolder, db: Database, reason: str) -> BackupInfo:
    return make_backup(folder, db.key, reason, automatic=True)


def create_backup(fd: FieldDesk, *, reason: str = "by hand", to: Path | None = None,
                  with_keyring: bool = False) -> BackupInfo:
    """``to``: also copy it to that folder (a USB stick), with a key file that opens it with the recovery key only,
    unless ``with_keyring`` asks for the whole key file (then the passphrase of today opens it too, and will as long
    as that copy exists: a changed passphrase does not reach it)."""
    if not fd.db.is_sqlite:
        raise FieldDeskError(problem("backup.pg_server"))
    if to is not None:
        to = Path(to)
        if to.exists() and not to.is_dir():
            raise FieldDeskError(problem("backup.to_is_file", path=str(to)))
        if not to.exists() and not to.parent.is_dir():
            raise FieldDeskError(problem("backup.no_folder", folder=str(to.parent)))
    info = make_backup(fd.folder, fd.db.key, reason, automatic=False)
    if to is not None:
        to.mkdir(exist_ok=True)
        shutil.copy2(info.path, to / Path(info.path).name)
        shutil.copy2(fd.folder.backups_dir / f"{info.id}.json", to / f"{info.id}.json")
        # imported here: it loads cryptography (with services.profile.vault)
        from app.services.profile.vault import Keyring  # an encrypted profile's only: a plain one loads no cryptography

        keyring = Keyring(fd.folder.path)
        if keyring.exists():
            copied = keyring.read() if with_keyring else keyring.recovery_only()
            write_file_atomically(to / f"{info.id}.keyring.json", json.dumps(copied, indent=2).encode(), mode=0o600)
        fsync_dir(to)
        record_copy(fd.folder, info.id, info.created_at, to)
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
    if not reference.strip():
        raise FieldDeskError(problem("backup.which"))
    candidate = Path(reference)
    if candidate.is_file():
        return candidate
    matches = [b for b in list_backups(folder) if b.id == reference or b.id.startswith(reference)]
    if len(matches) == 1:
        return Path(matches[0].path)
    if len(matches) > 1:
        raise FieldDeskError(problem("backup.ambiguous", reference=reference))
    raise FieldDeskError(problem("backup.no_such", reference=reference))


def check_backup(path: Path, key: str | None) -> str:
    """The backup's schema, after checking it opens with this profile's key and is sound."""
    plain = is_plain_sqlite(path)
    if key is None and not plain:
        raise FieldDeskError(problem("backup.encrypted_for_plain", file=path.name))
    if key is not None and plain:
        raise FieldDeskError(problem("backup.plain_for_encrypted", file=path.name))
    conn = _connect(path, key, readonly=True)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        schema = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    except Exception:
        raise FieldDeskError(problem("backup.wrong_key", file=path.name)) from None
    finally:
        conn.close()
    if result != "ok":
        raise FieldDeskError(problem("backup.damaged", file=path.name, result=result))
    if schema not in KNOWN_REVISIONS:
        raise FieldDeskError(problem("backup.too_new", file=path.name, schema=str(schema)))
    return schema


def _own_changes(fd: FieldDesk) -> tuple[int, int, list[int], int]:
    """The current database's change-log position, how far any peer has acknowledged it, the positions of the
    changes made here, and its clock (read before the restore replaces them)."""
    with fd.db.engine.connect() as conn:
        position = conn.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM change_log").scalar()
        acked = conn.exec_driver_sql("SELECT coalesce(max(acked_upto), 0) FROM sync_outbound").scalar()
        own = [row[0] for row in conn.exec_driver_sql("SELECT seq FROM change_log WHERE site_id = ?",
                                                       (fd.site.site_id,))]
        clock = conn.exec_driver_sql("SELECT coalesce(max(hlc), 0) FROM clock_state").scalar()
        conn.rollback()
    return int(position), int(acked), own, int(clock)


def _new_incarnation(staged: Path, key: str | None, site_id: str, mine: tuple[int, int, list[int], int]) -> RestoreSync:
    """Start a new sync incarnation in the backup about to replace the database, and say what that means."""
    position, acked, own, clock_before = mine
    conn = _connect(staged, key)
    try:
        base = conn.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()[0]
        try:
            base_acked = conn.execute("SELECT coalesce(max(acked_upto), 0) FROM sync_outbound").fetchone()[0]
        except sqlite3.OperationalError:  # a backup from before sync existed: nothing was ever acknowledged
            base_acked = 0
        to_send = conn.execute("SELECT count(*) FROM change_log WHERE site_id = ? AND seq > ?",
                               (site_id, base_acked)).fetchone()[0]
        clock = conn.execute("SELECT coalesce(max(hlc), 0) FROM clock_state").fetchone()[0]
        row = conn.execute("SELECT value FROM local_setting WHERE key = ?", (LINEAGE_KEY,)).fetchone()
        value = json.dumps(begin_in_value(json.loads(row[0]) if row and row[0] else None, base, clock,
                                          max(clock_before, clock)))
        conn.execute("DELETE FROM local_setting WHERE key = ?", (LINEAGE_KEY,))
        conn.execute("INSERT INTO local_setting (key, value) VALUES (?, ?)", (LINEAGE_KEY, value))
        conn.commit()
    finally:
        conn.close()
    after_backup = [seq for seq in own if seq > base]
    return RestoreSync(will_come_back=sum(1 for seq in after_backup if seq <= acked),
                       not_sent=sum(1 for seq in after_backup if seq > acked), to_send=int(to_send))


def restore_backup(fd: FieldDesk, reference: str, *, confirmed: bool = False) -> BackupInfo:
    """Replace the database with a backup. First backs up the current state; refuses, unless ``confirmed``, when
    the profile holds changes headquarters has not acknowledged. ``fd`` is closed afterwards: open it again."""
    source = find_backup(fd.folder, reference)
    check_backup(source, fd.db.key)
    if not confirmed:
        # imported here: it loads cryptography (with sync.status)
        from app.sync.status import unsynced_changes

        count, since = unsynced_changes(fd)
        if count and not fd.site.is_hq:
            raise RestoreNeedsConfirmation(problem("restore.unacknowledged", count=count, since=(since or "")[:10]))
    if fd.lock is not None:
        fd.lock.exclusive("restore")
    with fd.db.engine.connect() as conn:
        busy = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        conn.rollback()
    if busy:
        raise FieldDeskError(problem("backup.profile_open"))
    before = make_backup(fd.folder, fd.db.key, "before-restore", automatic=True)
    folder = fd.folder
    mine = _own_changes(fd)
    fd.close()
    staged = folder.db_file.with_name(folder.db_file.name + ".restoring")
    shutil.copyfile(source, staged)
    before.restore_sync = _new_incarnation(staged, fd.db.key, fd.site.site_id, mine)
    with open(staged, "rb") as fh:
        os.fsync(fh.fileno())
    for suffix in ("-wal", "-shm"):
        Path(str(folder.db_file) + suffix).unlink(missing_ok=True)
    testpoints.reached("restore-staged")
    staged.replace(folder.db_file)
    fsync_dir(folder.path)
    return before
