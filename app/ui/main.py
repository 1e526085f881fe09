"""GUI entry point: the application, its language, the profile (or the first-start wizard), and the window."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from app.ui.blocking import run_blocking, show_finished_encryption
from app.ui.collection import StartupCollection


def open_existing(folder, args, tasks, throttle):
    """The profile in ``folder``, unlocked with the passphrase file given, or else asked for (None: the user quit).
    After the recovery key, a new passphrase is asked for; a recovery key made while finishing an interrupted
    encryption is shown."""
    from PySide6.QtWidgets import QDialog

    # imported here: start-up: nothing more before the GUI pauses the cycle collector (ui/collection.py)
    from app.invocation.secrets import given_secret

    # imported here: start-up: nothing more before the GUI pauses the cycle collector (ui/collection.py)
    from app.services.profile import opening

    # imported here: start-up: nothing more before the GUI pauses the cycle collector (ui/collection.py)
    from app.services.profile.vault import Keyring

    # imported here: start-up: nothing more before the GUI pauses the cycle collector (ui/collection.py)
    from app.ui.safety import flows

    secret = given_secret(args)
    unattended = getattr(args, "quit_when_idle", False)  # nobody to type a passphrase or to see a recovery key
    if secret is None and Keyring(folder).exists() and not unattended:
        # imported here: start-up: nothing more before the GUI pauses the cycle collector (ui/collection.py)
        from app.ui.safety.unlock_dialog import UnlockDialog

        dialog = UnlockDialog(tasks, lambda typed: opening.open_profile(folder, typed), throttle, folder=folder)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        fd = dialog.result_value
        if dialog.recovery_used:
            flows.new_passphrase_after_recovery(tasks, folder, dialog.recovery_used, None, blocking=True)
    else:
        fd = run_blocking(tasks, lambda: opening.open_profile(folder, secret, finish=not unattended))
    if fd.recovery_key:
        show_finished_encryption(tasks, fd)
    return fd


def run_gui(args) -> int:
    started = time.perf_counter()
    collection = StartupCollection()
    collection.pause()
    try:
        return _run_gui(args, collection, lambda: round((time.perf_counter() - started) * 1000))
    finally:
        collection.resume()  # however it ended (nothing to do if the first screen resumed it)


def _run_gui(args, collection: StartupCollection, since_start: Callable[[], int]) -> int:
    from PySide6.QtWidgets import QApplication

    # imported here: start-up: nothing more before the GUI pauses the cycle collector (ui/collection.py)
    from app.ui.feature_check import quicker_feature_check

    quicker_feature_check()  # before the hundreds of imports that follow
    # imported here: start-up: nothing more before the GUI pauses the cycle collector (ui/collection.py)
    from app import __version__

    # imported here: start-up: nothing more before the GUI pauses the cycle collector (ui/collection.py)
    from app.paths import resolve_profile_dir

    # imported here: start-up: nothing more before the GUI pauses the cycle collector (ui/collection.py)
    from app.ui.icons import DESKTOP_FILE_NAME

    # imported here: start-up: nothing more before the GUI pauses the cycle collector (ui/collection.py)
    from app.ui.settings.registry import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("FieldDesk")
    app.setOrganizationName("FieldDesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_FILE_NAME)  # before any window shows: Wayland names a window's program then
    settings = Settings.for_user()
    # imported here: start-up: nothing more before the GUI pauses the cycle collector (ui/collection.py)
    from app.ui.settings.text_size import apply_text_size

    apply_text_size(app, settings)
    folder = resolve_profile_dir(getattr(args, "profile", None))
    try:
        # imported here: start-up: nothing more before the GUI pauses the cycle collector (ui/collection.py)
        from app.invocation.secrets import given_secret

        # imported here: start-up: nothing more before the GUI pauses the cycle collector (ui/collection.py)
        from app.services.profile import ProfileFolder

        # imported here: start-up: nothing more before the GUI pauses the cycle collector (ui/collection.py)
        from app.services.profile.summary import profile_summary

        secret = given_secret(args)
        summary = profile_summary(folder)
    except Exception as error:  # an unreadable passphrase file
        from PySide6.QtWidgets import QMessageBox

        print(f"fielddesk: {error}", file=sys.stderr)
        collection.resume()  # the message waits for the user
        QMessageBox.critical(None, "FieldDesk", str(error))
        return 1
    frame = None
    if summary is not None and (secret is not None or not ProfileFolder(folder).is_encrypted):
        # Nothing to ask before the profile opens: the window shows now, before the rest of the interface is even
        # imported, and is filled next; the profile opens behind it (app/ui/startup.py).
        # imported here: start-up: nothing more before the GUI pauses the cycle collector (ui/collection.py)
        from app.ui.shell.main_window import MainWindow

        frame = MainWindow(settings=settings)
        frame.show()
        app.processEvents()  # drawn now, not once the rest is ready
        if args.startup_times:
            print(f"window visible: {since_start()} ms", flush=True)

    from PySide6.QtWidgets import QDialog, QMessageBox

    # imported here: start-up: nothing more before the GUI pauses the cycle collector (ui/collection.py)
    from app.invocation.errors import UsageError

    # imported here: start-up: nothing more before the GUI pauses the cycle collector (ui/collection.py)
    from app.ui.i18n.translations import Translations

    # imported here: start-up: nothing more before the GUI pauses the cycle collector (ui/collection.py)
    from app.ui.icons import app_icon

    # imported here: start-up: nothing more before the GUI pauses the cycle collector (ui/collection.py)
    from app.ui.settings.options import LANGUAGE

    # imported here: start-up: nothing more before the GUI pauses the cycle collector (ui/collection.py)
    from app.ui.tasks.taskman import TaskManager

    app.setWindowIcon(app_icon())
    translations = Translations(app)
    translations.apply(settings.get(LANGUAGE))
    if translations.missing:
        # imported here: start-up: nothing more before the GUI pauses the cycle collector (ui/collection.py)
        from app.ui.i18n.translations import missing_catalogue_text

        print(f"fielddesk: {missing_catalogue_text(translations.missing)}", file=sys.stderr)
    tasks = TaskManager()
    fd = None
    if frame is not None:
        # imported here: start-up: nothing more before the GUI pauses the cycle collector (ui/collection.py)
        from app.ui.startup import window_first

        return window_first(app, args, folder, summary, secret, settings, translations, tasks, None, since_start,
                            frame, collection)
    collection.resume()  # a dialog comes first, and waits for the user
    # imported here: start-up: nothing more before the GUI pauses the cycle collector (ui/collection.py)
    from app.services.profile.throttle import UnlockThrottle

    throttle = UnlockThrottle()  # shared by the passphrase dialog and, later, the idle lock
    try:
        if ProfileFolder(folder).exists():
            fd = open_existing(folder, args, tasks, throttle)
            if fd is None:
                tasks.shutdown()
                return 0
        else:
            # imported here: start-up: nothing more before the GUI pauses the cycle collector (ui/collection.py)
            from app.ui.first_start.wizard import FirstStartWizard

            wizard = FirstStartWizard(folder, tasks, translations.language)
            if wizard.exec() != QDialog.DialogCode.Accepted or wizard.fd is None:
                tasks.shutdown()
                return 0
            fd = wizard.fd
        # imported here: start-up: nothing more before the GUI pauses the cycle collector (ui/collection.py)
        from app.services.store.lookups import reference_choices

        choices = run_blocking(tasks, lambda: reference_choices(fd))
    except Exception as error:
        # imported here: start-up: nothing more before the GUI pauses the cycle collector (ui/collection.py)
        from app.ui.widgets.messages import error_text

        text = str(error) if isinstance(error, UsageError) else error_text(error)
        print(f"fielddesk: {text}", file=sys.stderr)
        QMessageBox.critical(None, "FieldDesk", text)
        tasks.shutdown()
        if fd is not None:
            fd.close()
        return 1

    # imported here: start-up: nothing more before the GUI pauses the cycle collector (ui/collection.py)
    from app.ui.context import AppContext

    # imported here: start-up: nothing more before the GUI pauses the cycle collector (ui/collection.py)
    from app.ui.shell.app_shell import Shell

    ctx = AppContext(fd, tasks, settings, translations)
    ctx.refs.set_choices(choices)
    shell = Shell(ctx, translations, throttle=throttle)
    if getattr(args, "quit_when_idle", False):
        # imported here: start-up: nothing more before the GUI pauses the cycle collector (ui/collection.py)
        from app.ui.shell.main_window import MainWindow

        MainWindow.pages_ahead = False  # the run ends with the first screen: nothing to make ahead
    window = shell.open_window()
    shell.lock.reload()  # the idle lock starts watching
    if args.startup_times:
        print(f"window visible: {since_start()} ms", flush=True)
        print(f"window complete: {since_start()} ms", flush=True)  # built whole here: after a dialog, or a wizard

    # imported here: start-up: nothing more before the GUI pauses the cycle collector (ui/collection.py)
    from app.ui.startup import after_first_screen

    data_shown = after_first_screen(app, args, ctx, shell, tasks, since_start, collection)
    if window.current_page is not None:
        window.current_page.data_shown.connect(data_shown)
    code = app.exec()
    shell.close()
    tasks.shutdown()
    ctx.close_files()
    settings.sync()
    ctx.fd.close()
    return code
