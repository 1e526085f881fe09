"""Who has a profile open. Every FieldDesk that opens a profile holds a shared lock on ``PROFILE/.lock``; what
replaces the database file (encrypting, restoring, moving to PostgreSQL) needs it exclusively, so it refuses while
another window or command has the profile open instead of swapping the file under it (whose later writes would go
to the old, unlinked file and be lost). POSIX advisory locks (flock); elsewhere the lock is a no-op and the
WAL checkpoint check in those operations remains the only guard."""

from __future__ import annotations

import os
from pathlib import Path

from app.services.errors import FieldDeskError

LOCK_FILE = ".lock"

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None


class ProfileBusy(FieldDeskError):
    pass


class ProfileLock:
    def __init__(self, folder: Path):
        self.path = Path(folder) / LOCK_FILE
        self._fd: int | None = None

    def share(self) -> ProfileLock:
        if fcntl is None or not self.path.parent.exists():
            return self
        self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        fcntl.flock(self._fd, fcntl.LOCK_SH)
        return self

    def exclusive(self, what: str) -> None:
        """Take the profile for ``what`` alone (keeping a shared lock this object already holds, if any)."""
        if fcntl is None:
            return
        if self._fd is None:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise ProfileBusy(f"The profile is open in another FieldDesk window or command; close it, then {what}. "
                              "Nothing was changed.") from None

    def release(self) -> None:
        if self._fd is not None:
            try:
                os.close(self._fd)  # closing the descriptor drops the lock
            finally:
                self._fd = None
