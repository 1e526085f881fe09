"""Where generated reports wait while they are previewed, printed or saved: a folder of this session inside the
profile (``<profile>/previews/<session>/``), never the system's temporary folder.

Reports hold the same sensitive data as the database, so their working copies stay beside it (same disk, same
permissions, same backup exclusions) and are removed as soon as nothing shows them: a preview that is closed or
replaced gives its file back, and closing the application removes the session's folder. A session that ended without
cleaning up (a crash, a power cut) is recognised by its lock file (``QLockFile`` knows whether the process that took
it still runs) and its folder is removed the next time FieldDesk opens the profile.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import uuid
from pathlib import Path

from PySide6.QtCore import QLockFile

PREVIEWS = "previews"
LOCK = "session.lock"


def previews_dir(profile: Path) -> Path:
    return Path(profile) / PREVIEWS


def _lock(folder: Path) -> QLockFile:
    lock = QLockFile(str(folder / LOCK))
    lock.setStaleLockTime(0)  # a lock is stale only when its process is gone, however old it is
    return lock


def remove_stale_sessions(profile: Path) -> int:
    """Remove the folders of sessions whose process is no longer running; returns how many."""
    root = previews_dir(profile)
    if not root.is_dir():
        return 0
    removed = 0
    own = f"{os.getpid()}-"  # this process's sessions: one being made may not hold its lock yet
    for folder in root.iterdir():
        if not folder.is_dir() or folder.name.startswith(own):
            continue
        lock = _lock(folder)
        if not (folder / LOCK).exists() or lock.tryLock(0):
            shutil.rmtree(folder, ignore_errors=True)
            lock.unlock()
            removed += 1
    _remove_if_empty(root)
    return removed


def _remove_if_empty(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not empty (another session), or already gone
        folder.rmdir()


def safe_file_name(text: str, limit: int = 80) -> str:
    """A file name made of ``text``: no path separators or characters Windows refuses, not too long."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text).strip(" .")
    cleaned = re.sub(r"\s+", " ", cleaned)
    return cleaned[:limit].rstrip(" .") or "report"


class ReportFiles:
    """The session's working copies of reports. ``new_path()`` names a file to generate into; ``discard(path)``
    removes it when no preview or print needs it any more; ``close()`` removes the whole session."""

    def __init__(self, profile: Path):
        self.profile = Path(profile)
        remove_stale_sessions(self.profile)
        self.folder = previews_dir(self.profile) / f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.folder.mkdir(parents=True, mode=0o700)
        self._lock = _lock(self.folder)
        self._lock.tryLock(0)
        self._in_use: dict[Path, int] = {}
        self._discarded: set[Path] = set()
        self.closed = False

    def new_path(self, stem: str = "report") -> Path:
        return self.folder / f"{uuid.uuid4().hex[:12]}-{safe_file_name(stem, 40)}.pdf"

    def hold(self, path: Path) -> None:
        """Keep ``path`` until ``release``: a print job reads it even if its preview is closed meanwhile."""
        self._in_use[path] = self._in_use.get(path, 0) + 1

    def release(self, path: Path) -> None:
        count = self._in_use.get(path, 0) - 1
        if count > 0:
            self._in_use[path] = count
            return
        self._in_use.pop(path, None)
        if path in self._discarded:
            self.discard(path)

    def discard(self, path: Path | None) -> None:
        if path is None:
            return
        path = Path(path)
        if self._in_use.get(path):
            self._discarded.add(path)
            return
        self._discarded.discard(path)
        with contextlib.suppress(OSError):  # still open somewhere (Windows): close() removes it with the session
            path.unlink(missing_ok=True)

    def files(self) -> list[Path]:
        if not self.folder.is_dir():
            return []
        return sorted(p for p in self.folder.iterdir() if p.name != LOCK and not p.name.startswith(LOCK))

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self._lock.unlock()
        shutil.rmtree(self.folder, ignore_errors=True)
        _remove_if_empty(self.folder.parent)
