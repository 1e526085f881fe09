"""Who has a profile open. Every FieldDesk that opens a profile holds a shared lock on ``PROFILE/.lock``; what
replaces the database file (encrypting, restoring, moving to PostgreSQL) needs it exclusively, so it refuses while
another window or command has the profile open instead of swapping the file under it (whose later writes would go
to the old, unlinked file and be lost).

The lock is ``portalocker``'s, the same on every system: ``flock`` on Linux and macOS, ``LockFileEx`` on Windows
(through pywin32, which portalocker needs there for shared locks). The operating system drops it when the program
ends, however it ends (a crash, a power cut), so a lock is never left behind.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import BinaryIO

import portalocker

from app.services.errors import FieldDeskError
from app.vocabulary.problems import problem

LOCK_FILE = ".lock"


class ProfileBusy(FieldDeskError):
    pass


class ProfileLock:
    def __init__(self, folder: Path):
        self.path = Path(folder) / LOCK_FILE
        self._file: BinaryIO | None = None
        self._shared = False

    def _open(self) -> BinaryIO:
        if self._file is None:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            self._file = os.fdopen(fd, "r+b", buffering=0)
        return self._file

    def share(self) -> ProfileLock:
        """Hold the profile open alongside others (waits while one has it alone: encrypting, restoring)."""
        if not self.path.parent.exists():
            return self
        portalocker.lock(self._open(), portalocker.LockFlags.SHARED)
        self._shared = True
        return self

    def exclusive(self, what: str) -> None:
        """Take the profile for ``what`` alone (keeping a shared lock this object already holds, if any), or raise
        ``ProfileBusy`` at once when another FieldDesk has it open."""
        file = self._open()
        if self._shared:
            # Windows refuses an exclusive lock over the shared one the same file holds (flock would convert it,
            # but not atomically either): give the shared lock back first, and take it again if the profile is busy
            portalocker.unlock(file)
        try:
            portalocker.lock(file, portalocker.LockFlags.EXCLUSIVE | portalocker.LockFlags.NON_BLOCKING)
        except portalocker.exceptions.LockException:
            if self._shared:
                with contextlib.suppress(portalocker.exceptions.LockException):
                    portalocker.lock(file, portalocker.LockFlags.SHARED | portalocker.LockFlags.NON_BLOCKING)
            raise ProfileBusy(problem("lock.busy", what=what)) from None

    def release(self) -> None:
        if self._file is not None:
            try:
                with contextlib.suppress(OSError, portalocker.exceptions.LockException):
                    portalocker.unlock(self._file)
                self._file.close()  # closing the file drops any lock left too
            finally:
                self._file = None
                self._shared = False
