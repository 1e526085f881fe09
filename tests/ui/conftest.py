"""GUI test fixtures: a window over a copied profile with its own settings file, modal dialogs answered by the test
(never shown), and waiting on the database worker by signal, never by sleeping."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from uihelpers import settle

Button = QMessageBox.StandardButton


class Dialogs:
    """Stands in for QMessageBox: records what would have been asked or shown, and answers questions from
    ``answers`` (first in, first out); without an answer, unsaved changes are discarded and yes/no is no."""

    def __init__(self):
        self.seen: list[tuple[str, str, str]] = []
        self.answers: list[Button] = []

    def _question(self, _parent, title, text, buttons=Button.Yes | Button.No, _default=Button.NoButton):
        self.seen.append(("question", title, text))
        if self.answers:
            return self.answers.pop(0)
        return Button.Discard if buttons & Button.Discard else Button.No

    def _record(self, kind):
        def show(_parent, title, text, *_args, **_kwargs):
            self.seen.append((kind, title, text))
            return Button.Ok
        return show

    def of(self, kind: str) -> list[tuple[str, str, str]]:
        return [s for s in self.seen if s[0] == kind]


@pytest.fixture(autouse=True)
def dialogs(monkeypatch):
    found = Dialogs()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(found._question))
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(found._record(kind)))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(found._record("about")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([], "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    return found


@pytest.fixture
def make_ctx(qapp, tmp_path):
    from app.services import FieldDesk
    from app.services.store.lookups import reference_choices
    from app.ui.context import AppContext
    from app.ui.i18n.translations import Translations
    from app.ui.settings.registry import Settings
    from app.ui.tasks.taskman import TaskManager

    made = []
    translations = Translations(qapp)

    def make(profile: Path, language: str = "en", settings_file: Path | None = None):
        fd = FieldDesk.open(profile)
        translations.apply(language)
        settings = Settings.in_file(settings_file or tmp_path / f"settings-{len(made)}.ini")
        ctx = AppContext(fd, TaskManager(), settings, translations)
        ctx.refs.set_choices(reference_choices(fd))
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        ctx.tasks.shutdown()
        ctx.close_files()
        ctx.fd.close()
    translations.apply("en")


@pytest.fixture
def open_window(qtbot, make_ctx, field_profile, demo_profile):
    """``open_window(profile="demo"|"field"|Path, page=key)`` -> (window, ctx), with its first data shown."""
    from app.ui.shell.main_window import MainWindow

    windows = []

    def open_(profile="demo", page="dashboard", language="en"):
        path = {"demo": demo_profile, "field": field_profile}.get(profile, profile)
        ctx = make_ctx(path, language)
        window = MainWindow(ctx, start_page=page)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        settle(qtbot, ctx)
        return window, ctx

    yield open_
    for window in windows:
        for page in window.pages.values():
            editor = getattr(page, "editor", None)
            if editor is not None and editor.mode != "empty":
                editor.clear()  # nothing to ask about while closing
        window.close()


@pytest.fixture(scope="session")
def big_template(tmp_path_factory, field_template) -> Path:
    """A profile with 100,000 participants (built once; about ten seconds)."""
    from app.services import FieldDesk
    from app.services.store.seed import country_id

    path = tmp_path_factory.mktemp("templates") / "big"
    shutil.copytree(field_template, path)
    countries = [country_id(c) for c in ("GT", "MW", "RU", "BA", "MN")]
    with FieldDesk.open(path) as fd:
        for batch in range(20):
            fd.participants.create_many([
                {"full_name": f"Person {batch * 5000 + n:06d}", "organisation": f"Organisation {n % 97}",
                 "sex": ("female", "male")[n % 2], "country_id": countries[n % 5]}
                for n in range(5000)])
    return path


@pytest.fixture
def big_profile(tmp_path, big_template) -> Path:
    return Path(shutil.copytree(big_template, tmp_path / "big"))


# Encrypted profiles and the application shell, for the data-safety tests.
from safetyhelpers import encrypted_profile, encrypted_template, open_shell  # noqa: E402, F401


@pytest.fixture(autouse=True)
def no_pages_ahead(monkeypatch):
    """Record pages are not made ahead in idle time (``app/ui/shell/ahead.py``) while a test drives a window: each
    test's window would otherwise make six pages it never looks at. ``test_pages_ahead.py`` turns it on."""
    from app.ui.shell.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "pages_ahead", False)
