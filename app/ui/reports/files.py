"""File names offered for reports, and the sweep of working copies that earlier versions left behind.

Reports are now previewed, printed and saved from memory (``app/ui/reports/preview.py``): nothing is written to disk
until the user saves a copy. Versions before kept a plain PDF of each previewed report in a folder of their session
inside the profile (``<profile>/previews/<session>/``); a session that ended without cleaning up (a crash, a power cut)
is recognised by its lock file (``QLockFile`` knows whether the process that took it still runs), and its folder is
removed the next time FieldDesk opens the profile.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
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
