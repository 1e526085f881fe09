"""Fixtures and helpers for the data-safety GUI tests: an encrypted profile (made once, copied per test), a window
over it through the Shell, and a fake clock for the unlock throttle."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from uihelpers import settle

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(scope="session")
def encrypted_template(tmp_path_factory, demo_template) -> tuple[Path, str]:
    from app.services.profile.encryption import encrypt_profile

    path = tmp_path_factory.mktemp("templates") / "encrypted-demo"
    shutil.copytree(demo_template, path)
    recovery = encrypt_profile(path, PASSPHRASE)
    return path, recovery


@pytest.fixture
def encrypted_profile(tmp_path, encrypted_template) -> tuple[Path, str]:
    """(folder, recovery key) of a fresh copy of the encrypted demo profile."""
    source, recovery = encrypted_template
    return Path(shutil.copytree(source, tmp_path / "encrypted")), recovery


@pytest.fixture
def open_shell(qapp, qtbot, tmp_path):
    """``open_shell(profile, secret=None, page="participants")`` -> (shell, window, ctx): the application around a
    window, as ``run_gui`` makes it (with the idle lock)."""
    from app.services import FieldDesk
    from app.services.store.lookups import reference_choices
    from app.ui.context import AppContext
    from app.ui.i18n.translations import Translations
    from app.ui.settings.registry import Settings
    from app.ui.shell.app_shell import Shell
    from app.ui.tasks.taskman import TaskManager

    made = []
    translations = Translations(qapp)
    translations.apply("en")

    def open_(profile: Path, secret: str | None = None, page: str = "participants"):
        fd = FieldDesk.open(profile, secret=secret)
        ctx = AppContext(fd, TaskManager(), Settings.in_file(tmp_path / f"settings-{len(made)}.ini"), translations)
        ctx.refs.set_choices(reference_choices(fd))
        shell = Shell(ctx, translations)
        window = shell.open_window(page)
        made.append((shell, ctx))
        settle(qtbot, ctx)
        return shell, window, ctx

    yield open_
    for shell, ctx in made:
        window = shell.window
        if window is not None:
            for page in window.pages.values():
                editor = getattr(page, "editor", None)
                if editor is not None and editor.mode != "empty":
                    editor.clear()
            window.close()
        shell.close()
        ctx.tasks.shutdown()
        ctx.fd.close()


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def modal_of(kind):
    """The open dialog of type ``kind`` (the one on top), or None."""
    from PySide6.QtWidgets import QApplication

    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[-1] if found else None
