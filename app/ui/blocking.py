"""Waiting for the database worker before any window exists: opening the profile, and the recovery key of an
encryption that a power cut had interrupted. Shared by the start (``main.py``) and the window's filling
(``startup.py``), below both."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def run_blocking(tasks, fn: Callable[[], Any]) -> Any:
    """Run ``fn`` on the database worker and wait for it in a local event loop (before any window exists)."""
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def done(result):
        outcome["result"] = result
        loop.quit()

    def failed(error):
        outcome["error"] = error
        loop.quit()

    tasks.run(fn, done, failed)
    loop.exec()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


def show_finished_encryption(tasks, fd) -> None:
    """The recovery key made while finishing an encryption that a power cut had interrupted: shown once."""
    from PySide6.QtCore import QCoreApplication

    # imported here: start-up: the bare window does not load ui.safety
    from app.ui.safety import flows

    # imported here: start-up: the bare window does not load ui.safety
    from app.ui.safety.recovery import RecoveryKeyDialog

    key, fd.recovery_key = fd.recovery_key, None
    name = run_blocking(tasks, lambda: flows.office_name(fd))
    RecoveryKeyDialog(tasks, key, fd.site.office, name, QCoreApplication.translate(
        "Startup", "Encrypting the profile, interrupted earlier, is now finished. This is its recovery key.")).exec()
