"""GUI entry point: the application, its language, the profile (or the first-start wizard), and the window."""

from __future__ import annotations

import sys
import time
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


def run_gui(args) -> int:
    started = time.perf_counter()

    def since_start() -> int:
        return round((time.perf_counter() - started) * 1000)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    from app import __version__
    from app.paths import resolve_profile_dir
    from app.services.profile import ProfileFolder
    from app.ui.i18n.translations import Translations
    from app.ui.settings.options import LANGUAGE
    from app.ui.settings.registry import Settings
    from app.ui.tasks.taskman import TaskManager

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("FieldDesk")
    app.setOrganizationName("FieldDesk")
    app.setApplicationVersion(__version__)
    settings = Settings.for_user()
    translations = Translations(app)
    translations.apply(settings.get(LANGUAGE))
    tasks = TaskManager()
    folder = resolve_profile_dir(getattr(args, "profile", None))
    fd = None
    try:
        if ProfileFolder(folder).exists():
            from app.services import FieldDesk

            fd = run_blocking(tasks, lambda: FieldDesk.open(folder))
        else:
            from app.ui.first_start.wizard import FirstStartWizard

            wizard = FirstStartWizard(folder, tasks, translations.language)
            if wizard.exec() != QDialog.DialogCode.Accepted or wizard.fd is None:
                tasks.shutdown()
                return 0
            fd = wizard.fd
        from app.services.lookups import reference_choices

        choices = run_blocking(tasks, lambda: reference_choices(fd))
    except Exception as error:
        from app.ui.widgets.messages import error_text

        QMessageBox.critical(None, "FieldDesk", error_text(error))
        tasks.shutdown()
        if fd is not None:
            fd.close()
        return 1

    from app.ui.context import AppContext
    from app.ui.reports.files import remove_stale_sessions
    from app.ui.shell.app_shell import Shell

    remove_stale_sessions(fd.folder.path)  # report copies left by a session that crashed
    ctx = AppContext(fd, tasks, settings, translations)
    ctx.refs.set_choices(choices)
    shell = Shell(ctx, translations)
    window = shell.open_window()
    if args.startup_times:
        print(f"window visible: {since_start()} ms", flush=True)

    first = {"shown": False}

    def data_shown():
        if first["shown"]:
            return
        first["shown"] = True
        if args.startup_times:
            print(f"data shown: {since_start()} ms", flush=True)
        if args.quit_when_idle:
            if tasks.busy:
                tasks.idle.connect(app.quit)
            else:
                QTimer.singleShot(0, app.quit)

    if window.current_page is not None:
        window.current_page.data_shown.connect(data_shown)
    code = app.exec()
    tasks.shutdown()
    ctx.close_files()
    settings.sync()
    fd.close()
    return code
