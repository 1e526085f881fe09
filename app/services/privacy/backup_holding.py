"""Backups that still hold a person: which ones, until when, and purging them after an erasure.

A backup holds a participant when its copy of the record exists and, once the person is erased here, still has any
of the values an erasure removes (a backup made after the erasure holds only the pseudonym). Each is named by its
date with the day it goes: an automatic backup is rotated out once ``AUTO_KEEP`` newer automatic ones are made (one
a day FieldDesk is used, and before imports, upgrades and restores), a backup made by hand is proposed for deletion
after the retention setting ``manual_backups`` (never deleted unasked). A backup this profile's key does not open
(made under another passphrase or key and copied in) is named as such: what it holds cannot be told.

Headquarters on PostgreSQL makes no backups of its own (the server's are made with its tools, pg_dump or snapshots,
outside FieldDesk): ``server_backups`` says so, with the day of the erasure its administrator must purge them from.
What its profile folder still keeps from before ``hq move-to-postgres`` is listed like any backup: the backups made
then, and the SQLite file the move kept (``fielddesk.db.moved-to-postgres``), opened with the profile's data key.

Copies written to other folders (``backup create --to``: ``app/services/profile/backup_copies.py``) are listed too: each
one that holds the person, and each whose folder cannot be reached now (a USB stick not plugged in) as possibly holding
them (unless made before they were recorded or after their erasure). Purging rewrites the copies it reaches in place
and names the others.

``purge`` rewrites each backup of this schema that holds an erased person as the erasure did here
(``app.services.privacy.erasure.scrub_record``, then VACUUM with secure_delete), encrypted with the same key, written
under a temporary name and renamed; a backup of an older schema cannot be rewritten safely and is deleted when asked
(``delete_older``), otherwise named as kept. The attachment files of the profile are not touched (the erasure
removed the person's)."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.migrations import HEAD
from app.models import Participant
from app.services.errors import FieldDeskError
from app.services.privacy import access_log
from app.services.privacy.erasure import SCRUBBED_FIELDS, erased_values, erasure_of, scrub_record
from app.services.privacy.retention import BACKUPS, months_after, settings
from app.services.profile import fsync_dir, is_plain_sqlite, write_file_atomically
from app.services.profile.backup import AUTO_KEEP, _connect, _schema_of, list_backups
from app.services.profile.backup_copies import BackupCopy, copies, forget
from app.services.store.db import Database, sqlite_url
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk

HOLDS, UNREADABLE, UNREACHABLE = "holds", "unreadable", "unreachable"  # unreachable: a copy whose folder is gone
PROFILE, MOVED, COPY = "profile", "moved", "copy"  # the backups folder; the SQLite file a move kept; a copy elsewhere
MOVED_SUFFIX = ".moved-to-postgres"


@dataclass
class HeldBackup:
    backup_id: str
    created_at: str
    automatic: bool
    state: str  # HOLDS, UNREADABLE or UNREACHABLE
    current_schema: bool  # can be rewritten (purged) in place
    goes_on: str = ""  # a manual backup: the day it is proposed for deletion (ISO), "" when the setting is off
    rotations_left: int = 0  # an automatic backup: how many more automatic backups rotate it out (0: never)
    where: str = PROFILE
    folder: str = ""  # a copy: the folder it was written to

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class ServerBackups:
    """Headquarters on PostgreSQL: the server's backups are made outside FieldDesk and purged by its administrator."""

    erased_on: str  # the erasure's date (ISO): the server's backups made before it hold the person; "" before one

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class PurgeResult:
    rewritten: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # older schema, not deleted; or unreadable
    unreachable: list[str] = field(default_factory=list)  # copies whose folder cannot be reached now: "FOLDER/ID"


def _open(path: Path, key: str | None):
    return Database(sqlite_url(path), key)


def _holds(path: Path, key: str | None, record_id: str, erased: bool) -> str | None:
    """HOLDS, UNREADABLE or None (does not hold the person). Read-only: the backup file is not touched."""
    try:
        conn = _connect(path, key, readonly=True)
        try:
            row = conn.execute(f"SELECT {', '.join(SCRUBBED_FIELDS)} FROM participant WHERE id = ?",
                               (record_id,)).fetchone()
        finally:
            conn.close()
    except Exception:  # sqlite3 or sqlcipher3 DatabaseError: another key, or not a database
        return UNREADABLE
    if row is None:
        return None
    if not erased:
        return HOLDS
    return HOLDS if dict(zip(SCRUBBED_FIELDS, row, strict=True)) != erased_values(record_id) else None


def file_key(fd: FieldDesk) -> str | None:
    """SQLCipher's key for the profile's database files: on PostgreSQL, the keyring's data key, which also protects
    what a move to PostgreSQL left in the folder."""
    if fd.db.is_sqlite:
        return fd.db.key
    return fd.vault.sqlcipher_key if fd.vault is not None else None


def copy_key(path: Path, key: str | None) -> str | None:
    """The key a copy in another folder opens with: none when it is plain (written before the profile was encrypted:
    ``encrypt`` cannot reach it, a purge can)."""
    return None if key is not None and is_plain_sqlite(path) else key


def moved_file(fd: FieldDesk) -> Path:
    return fd.folder.db_file.with_name(fd.folder.db_file.name + MOVED_SUFFIX)


def holding(fd: FieldDesk, record_id: str) -> list[HeldBackup]:
    """The backups of this profile that hold the participant or cannot be opened, newest first; on PostgreSQL, what
    the profile folder kept from before the move (the server's own backups: ``server_backups``)."""
    with fd.reading() as conn:
        erased = erasure_of(conn, record_id) is not None
    rule, key, server = settings(fd).get(BACKUPS), file_key(fd), not fd.db.is_sqlite
    found, newer_automatic = [], 0
    for backup in list_backups(fd.folder):
        state = _holds(Path(backup.path), key, record_id, erased)
        if state is not None:
            held = HeldBackup(backup.id, backup.created_at, backup.automatic, state, backup.schema == HEAD)
            if backup.automatic:  # on a server no automatic backup is made any more: none rotates it out
                held.rotations_left = 0 if server else max(1, AUTO_KEEP - newer_automatic)
            elif rule is not None and rule.enabled:
                held.goes_on = months_after(date.fromisoformat(backup.created_at[:10]), rule.months).isoformat()
            found.append(held)
        newer_automatic += backup.automatic
    kept = moved_file(fd)
    if server and kept.is_file():
        state = _holds(kept, key, record_id, erased)
        if state is not None:
            from datetime import UTC, datetime

            made = datetime.fromtimestamp(kept.stat().st_mtime, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            found.append(HeldBackup(kept.name, made, False, state, _schema_of(kept, key) == HEAD, where=MOVED))
    return found + _copies_holding(fd, record_id, key)


def _copies_holding(fd: FieldDesk, record_id: str, key: str | None) -> list[HeldBackup]:
    """The copies written to other folders (app/services/profile/backup_copies.py) that hold the person; one whose
    folder cannot be reached now is named unless it was made before the person was recorded or after their erasure."""
    from sqlalchemy import select

    with fd.reading() as conn:
        erasure = erasure_of(conn, record_id)
        table = Participant.__table__
        recorded = conn.execute(select(table.c.created_at).where(table.c.id == record_id)).scalar() or ""
    found = []
    for copy in copies(fd.folder):
        if copy.path.is_file():
            own = copy_key(copy.path, key)  # a copy made before ``encrypt`` stays plain where it is
            state = _holds(copy.path, own, record_id, erasure is not None)
            current = state == HOLDS and _schema_of(copy.path, own) == HEAD
        elif recorded and (erasure is None or copy.created_at < erasure["erased_at"]) \
                and copy.created_at >= recorded[:19]:  # not a person unknown here
            state, current = UNREACHABLE, False
        else:
            state = None
        if state is not None:
            found.append(HeldBackup(copy.backup_id, copy.created_at, False, state, current, where=COPY,
                                    folder=copy.folder))
    return found


def server_backups(fd: FieldDesk, record_id: str) -> ServerBackups | None:
    """On PostgreSQL: the server's backups, made outside FieldDesk, hold the person (until the erasure's date, once
    erased); None on SQLite, where every backup is the profile's."""
    if fd.db.is_sqlite:
        return None
    with fd.reading() as conn:
        erasure = erasure_of(conn, record_id)
    return ServerBackups(erasure["erased_at"][:10] if erasure else "")


def purge(fd: FieldDesk, record_id: str, *, delete_older: bool = False) -> PurgeResult:
    """After the erasure of ``record_id`` here: every backup that holds them rewritten without them (or deleted,
    see the module's text). Raises FieldDeskError when the person is not erased."""
    with fd.reading() as conn:
        if erasure_of(conn, record_id) is None:
            raise FieldDeskError(problem("purge.not_erased"))
    result, gone = PurgeResult(), set()
    for held in holding(fd, record_id):
        path = (moved_file(fd) if held.where == MOVED else Path(held.folder) / f"{held.backup_id}.db"
                if held.where == COPY else fd.folder.backups_dir / f"{held.backup_id}.db")
        named = str(path.with_suffix("")) if held.where == COPY else held.backup_id
        if held.state == UNREACHABLE:
            result.unreachable.append(named)
        elif held.state == UNREADABLE:
            result.kept.append(named)
        elif held.current_schema:
            _rewrite(fd, path, record_id)
            result.rewritten.append(named)
        elif delete_older:
            path.unlink(missing_ok=True)
            if held.where != MOVED:
                for suffix in (".json", ".keyring.json"):
                    path.with_name(f"{held.backup_id}{suffix}").unlink(missing_ok=True)
            if held.where == COPY:
                gone.add(BackupCopy(held.backup_id, held.folder, held.created_at))
            result.deleted.append(named)
        else:
            result.kept.append(named)
    if gone:
        forget(fd.folder, gone)
    if result.rewritten or result.deleted:
        access_log.record(fd, "erasure", f"Backups purged of an erased participant: {len(result.rewritten)} "
                                         f"rewritten, {len(result.deleted)} deleted", people=1, target=record_id)
    return result


def _rewrite(fd: FieldDesk, path: Path, record_id: str) -> None:
    partial = path.with_name(path.name + ".purge")
    partial.write_bytes(path.read_bytes())
    os.chmod(partial, 0o600)
    db = _open(partial, copy_key(path, file_key(fd)))  # a plain copy elsewhere stays plain, an encrypted one encrypted
    try:
        with db.write() as conn:
            scrub_record(fd, conn, record_id)  # the files it names are the profile's: left alone
        raw = db.engine.raw_connection()
        try:
            driver = raw.driver_connection
            driver.isolation_level = None
            driver.execute("PRAGMA secure_delete = ON")
            driver.execute("VACUUM")
            driver.execute("PRAGMA journal_mode = DELETE")
        finally:
            raw.close()
    finally:
        db.dispose()
    with open(partial, "rb") as fh:
        os.fsync(fh.fileno())
    partial.replace(path)
    fsync_dir(path.parent)
    sidecar = path.with_suffix(".json")
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
        data["size"] = path.stat().st_size
        write_file_atomically(sidecar, json.dumps(data, indent=2).encode(), mode=0o600)
    except (OSError, ValueError):
        pass
