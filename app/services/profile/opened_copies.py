"""Where the decrypted copies of attachments handed to other programs wait: a folder of this session, inside a
per-user folder of the system's temporary folder (owner-only), removed when FieldDesk closes; and, since a crash or
a power cut skips that, every start of FieldDesk (the window or a command: both open a profile) removes the folders
of sessions whose process is gone. Before, a crash left the decrypted copy in the temporary folder for good."""

from __future__ import annotations

import atexit
import contextlib
import getpass
import os
import shutil
import tempfile
import uuid
from pathlib import Path

_SESSION: Path | None = None


def root() -> Path:
    try:
        user = getpass.getuser()
    except Exception:
        user = "user"
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in user)[:32]
    return Path(tempfile.gettempdir()) / f"fielddesk-open-{safe}"


def session_dir() -> Path:
    """This session's folder (made on first use, mode 0700 like its parent)."""
    global _SESSION
    if _SESSION is None or not _SESSION.exists():
        parent = root()
        parent.mkdir(mode=0o700, exist_ok=True)
        if os.name == "posix":
            if parent.stat().st_uid != os.getuid():  # someone else made it first: use a private one instead
                parent = Path(tempfile.mkdtemp(prefix="fielddesk-open-"))
            os.chmod(parent, 0o700)
        _SESSION = parent / f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
        _SESSION.mkdir(mode=0o700)
        atexit.register(remove_session)
    return _SESSION


def remove_session() -> None:
    global _SESSION
    if _SESSION is not None:
        shutil.rmtree(_SESSION, ignore_errors=True)
        _SESSION = None


def sweep() -> int:
    """Remove the folders of sessions whose process no longer runs; returns how many."""
    parent = root()
    if not parent.is_dir():
        return 0
    removed = 0
    with contextlib.suppress(OSError):
        for folder in parent.iterdir():
            pid = folder.name.partition("-")[0]
            if folder.is_dir() and pid.isdigit() and int(pid) != os.getpid() and not _running(int(pid)):
                shutil.rmtree(folder, ignore_errors=True)
                removed += 1
    return removed


def _running(pid: int) -> bool:
    if os.name == "nt":
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def no_core_dumps() -> None:
    """A core dump of a process holding an unlocked profile would write its data key and records to the disk."""
    if os.name != "posix":
        return
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        _soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
        resource.setrlimit(resource.RLIMIT_CORE, (0, hard))
