"""The quick way in: when the profile can be opened without asking anything (plain, or its passphrase given in a
file), the bare window shows first (``app/ui/main.py``), is filled here, and the profile opens on the database worker
behind it; the start page follows when the profile and its reference data are there. Opening it loads the whole data
stack (SQLAlchemy, every model), which must not delay the window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

from app.services.profile import opening
from app.services.store.entities import declare_all
from app.services.store.lookups import reference_choices
from app.ui.blocking import show_finished_encryption
from app.ui.context import AppContext
from app.ui.shell.app_shell import Shell
from app.ui.widgets.messages import error_text, show_error

COLLECTION_PAUSE_MS = 5000  # the longest the cycle collector waits for the first screen

if TYPE_CHECKING:
    from app.services.profile.summary import ProfileSummary
    from app.ui.collection import StartupCollection
    from app.ui.shell.main_window import MainWindow


def window_first(app, args, folder: Path, summary: ProfileSummary, secret: str | None, settings, translations,
                 tasks, throttle, since_start: Callable[[], int], frame: MainWindow,
                 collection: StartupCollection) -> int:
    """``frame``: the bare main window, already shown; ``collection``: the cycle collector, paused until the first
    screen shows its data (``app/ui/collection.py``)."""
    from PySide6.QtWidgets import QMessageBox

    ctx = AppContext(None, tasks, settings, translations, summary=summary)
    unattended = getattr(args, "quit_when_idle", False)
    outcome: dict[str, object] = {}

    def open_profile():
        unlocking = opening.start_unlocking(folder, secret)  # the key's derivation runs beside the imports below
        fd = opening.open_profile(folder, secret, finish=not unattended, unlocking=unlocking)
        ctx.fd = fd  # on the worker, before anything queued behind this runs
        return reference_choices(fd)

    def opened(choices) -> None:
        ctx.refs.set_choices(choices)
        window.show_start_page()
        page = window.current_page
        if page is not None:
            page.data_shown.connect(data_shown)
        QTimer.singleShot(0, shell.lock.reload)  # the idle lock starts watching, while the worker reads the page
        if ctx.fd.recovery_key:  # encryption interrupted earlier, finished just now
            collection.resume()  # the recovery key's dialog waits for the user
            show_finished_encryption(tasks, ctx.fd)

    def failed(error: BaseException) -> None:
        text = error_text(error)
        print(f"fielddesk: {text}", file=sys.stderr)
        collection.resume()
        window.hide()
        QMessageBox.critical(None, "FieldDesk", text)
        outcome["code"] = 1
        app.exit(1)

    shell = Shell(ctx, translations, throttle=throttle)
    window = shell.open_window(defer_start=True, frame=frame)
    if unattended:
        window.ahead = None  # --quit-when-idle ends with the first screen: nothing to make ahead
    if getattr(args, "startup_times", False):
        print(f"window complete: {since_start()} ms", flush=True)
    # Only now: importing the data stack on the worker would compete with the window for the interpreter.
    tasks.run(open_profile, opened, failed)

    data_shown = after_first_screen(app, args, ctx, shell, tasks, since_start, collection)
    QTimer.singleShot(COLLECTION_PAUSE_MS, collection.resume)  # should the first screen never show its data
    code = app.exec()
    shell.close()
    tasks.shutdown()
    ctx.close_files()
    settings.sync()
    if ctx.fd is not None:
        ctx.fd.close()
    return int(outcome.get("code", code))


def after_first_screen(app, args, ctx, shell, tasks, since_start: Callable[[], int],
                       collection: StartupCollection) -> Callable[[], None]:
    """What follows the first screen's data, once (connect it to the start page's ``data_shown``): the startup time
    printed, the cycle collector back at work, the day's first backup, report copies left by a session that crashed
    removed, the tables the first screen did not need declared on the worker, and the end of ``--quit-when-idle``."""
    translate = QCoreApplication.translate
    shown = {"done": False}

    def daily_backup_failed(error: BaseException) -> None:
        show_error(shell.window, error, translate("Startup", "The daily backup could not be made"))

    def sweep_failed(error: BaseException) -> None:
        show_error(shell.window, error, translate("Startup", "The daily retention sweep could not be made"))

    def data_shown() -> None:
        if shown["done"]:
            return
        shown["done"] = True
        if getattr(args, "startup_times", False):
            print(f"data shown: {since_start()} ms", flush=True)
        QTimer.singleShot(0, collection.resume)  # once the screen is drawn
        # imported here: start-up: the first screen (participants) does not load services.profile.backup
        from app.services.profile.backup import daily_backup_if_due

        # imported here: start-up: the first screen (participants) does not load ui.reports.files
        from app.ui.reports.files import remove_stale_sessions

        # after the first screen, never before it: the day's first backup on first use
        ctx.read(daily_backup_if_due, on_error=daily_backup_failed, label=translate("Startup", "Backing up\u2026"))
        # then the day's retention sweep (headquarters' settings: expired contact details, erasure records)
        ctx.write(_retention_sweep, on_error=sweep_failed)
        ctx.read(lambda fd: remove_stale_sessions(fd.folder.path))
        ctx.read(lambda _fd: declare_all())  # the tables the first screen did not need, now, on the worker
        if getattr(args, "quit_when_idle", False):
            if tasks.busy:
                tasks.idle.connect(app.quit)
            else:
                QTimer.singleShot(0, app.quit)

    return data_shown


def _retention_sweep(fd):
    # imported here: start-up: the first screen (participants) does not load services.privacy.retention
    from app.services.privacy.retention import sweep_if_due

    return sweep_if_due(fd)
