"""Where this profile copied its backups (``backup create --to FOLDER``, the Backups page's copy to a folder): a USB
stick, a shared drive. Kept in the profile folder (``backup-copies.json``, owner-only), outside the database so that
restoring a backup does not forget them; it holds folders and backup ids, never personal data.

The backups holding a person (``app/services/privacy/backup_holding.py``) then list each copy that still holds them, or,
when its folder cannot be reached now (the stick is not plugged in), name the copy and its folder as possibly holding
them; purging rewrites the copies it can reach and names those it cannot. Copies made by other means (a file manager,
a synchronised folder) are not known to FieldDesk."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from app.services.profile import ProfileFolder, write_file_atomically

FILE = "backup-copies.json"


@dataclass(frozen=True)
class BackupCopy:
    backup_id: str
    folder: str  # absolute, as it was written to
    created_at: str  # the backup's (ISO, UTC)

    @property
    def path(self) -> Path:
        return Path(self.folder) / f"{self.backup_id}.db"


def copies(folder: ProfileFolder) -> list[BackupCopy]:
    """Every copy written from this profile, newest backup first; an unreadable record counts as none."""
    try:
        rows = json.loads((folder.path / FILE).read_text(encoding="utf-8"))
        found = [BackupCopy(str(r["backup_id"]), str(r["folder"]), str(r["created_at"])) for r in rows]
    except (OSError, ValueError, TypeError, KeyError):
        return []
    return sorted(found, key=lambda c: (c.backup_id, c.folder), reverse=True)


def record_copy(folder: ProfileFolder, backup_id: str, created_at: str, to: Path) -> None:
    known = set(copies(folder))
    known.add(BackupCopy(backup_id, str(Path(to).resolve()), created_at))
    _write(folder, known)


def forget(folder: ProfileFolder, gone: set[BackupCopy]) -> None:
    """Copies deleted by a purge (an older schema) are no longer listed."""
    _write(folder, set(copies(folder)) - gone)


def _write(folder: ProfileFolder, known: set[BackupCopy]) -> None:
    rows = [asdict(c) for c in sorted(known, key=lambda c: (c.backup_id, c.folder))]
    write_file_atomically(folder.path / FILE, json.dumps(rows, indent=2).encode(), mode=0o600)
