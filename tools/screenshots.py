"""Render every main screen of FieldDesk offscreen, on a fresh demo profile, into PNG files (``make screenshots``).

Usage: QT_QPA_PLATFORM=offscreen python tools/screenshots.py [OUTPUT_DIR]   (default docs/screenshots)

The main pages are also shot at 1366x768 in Spanish and in Arabic, and at 125 % text size
(tools/screenshots_languages.py).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FIELDDESK_USER", "hdubois")

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

SIZE = (1280, 800)
# The application's translators. A second Translations would leave the first one's catalogues installed, and
# screens shot after Chinese would fall back to Chinese wherever English has no entry.


def pump(ms: int = 50) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_idle(ctx) -> None:
    """Let the worker finish, and the screens draw what it returned (charts come one event-loop turn later)."""
    for _ in range(3):
        pump(30)
        while ctx.tasks.busy:
            loop = QEventLoop()
            ctx.tasks.idle.connect(loop.quit)
            QTimer.singleShot(20000, loop.quit)
            loop.exec()
            ctx.tasks.idle.disconnect(loop.quit)
    pump(80)


class Shooter:
    def __init__(self, out: Path):
        self.out = out
        self.made: list[Path] = []

    def save(self, widget: QWidget, name: str) -> None:
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        self.made.append(path)
        print(path)


def make_demo(folder: Path) -> Path:
    from app.services import FieldDesk
    from app.services.demo import load_demo

    path = folder / "demo"
    with FieldDesk.create(path, office_code="GT-01", office_name="Guatemala office", country_code="GT") as fd:
        load_demo(fd, "small", seed=1998)
    return path


_TRANSLATIONS: dict = {}


def translations_of(app: QApplication):
    """One Translations for the whole run: each one installs translators the others cannot remove, so a second one
    left the first-start shots in the previous language (Chinese)."""
    from app.ui.i18n.translations import Translations

    if "app" not in _TRANSLATIONS:
        _TRANSLATIONS["app"] = Translations(app)
    return _TRANSLATIONS["app"]


def open_context(app: QApplication, profile: Path, settings_file: Path, language: str):
    from app.services import FieldDesk
    from app.services.store.lookups import reference_choices
    from app.ui.context import AppContext
    from app.ui.settings.registry import Settings
    from app.ui.tasks.taskman import TaskManager

    translations = translations_of(app)
    translations.apply(language)
    fd = FieldDesk.open(profile)
    ctx = AppContext(fd, TaskManager(), Settings.in_file(settings_file), translations)
    ctx.refs.set_choices(reference_choices(fd))
    return ctx


def window_on(ctx, page: str):
    from app.ui.shell.main_window import MainWindow

    window = MainWindow(ctx, start_page=page)
    window.show()
    wait_idle(ctx)  # the window places itself once the profile is open
    sized(window, SIZE)
    wait_idle(ctx)
    return window


def sized(window, size: tuple[int, int]) -> None:
    """The window at ``size``: the offscreen screen is 800x800, where a new main window opens maximised (fitted to
    the screen's area), and every shot came out 796x796."""
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(*size)
    pump()


def select_row(ctx, window, row) -> None:
    """``row``: a row number, or a function of the profile that names the record to show."""
    page = window.current_page
    if callable(row):
        row = page.panel.proxy.row_of(row(ctx.fd))
    page.panel.view.setCurrentIndex(page.panel.proxy.index(row, 0))
    wait_idle(ctx)


def followed_up(fd) -> str:
    """A recommendation with the longest follow-up."""
    from collections import Counter

    notes = fd.followup_notes.rows(fd.followup_notes.ids(), ["recommendation_id"])
    return Counter(n["recommendation_id"] for n in notes).most_common(1)[0][0]


def ongoing_project(fd) -> str:
    from app.services import ListQuery

    return fd.projects.ids(ListQuery(filters={"code": "MW-2024-01"}))[0]


def ranked_first(fd) -> str:
    from app.services.programme.priorities import rank_requests

    return rank_requests(fd)[0].card.request_id


def with_tab(ctx, window, tab: QWidget) -> None:
    window.current_page.editor.tabs.setCurrentWidget(tab)
    wait_idle(ctx)


def record_screens(ctx, shoot: Shooter) -> None:
    steps: list[tuple[str, str, int | Callable, Callable | None]] = [
        ("missions", "missions", 0, None),
        ("mission-team", "missions", 0, lambda e: e.team),
        ("mission-meetings", "missions", 0, lambda e: e.meetings),
        ("trainings", "trainings", 3, lambda e: e.enrollment),
        ("training-attendance", "trainings", 3, lambda e: e.attendance),
        ("training-scores", "trainings", 3, lambda e: e.scores),
        ("participants", "participants", 2, None),
        ("recommendations", "recommendations", followed_up, lambda e: e.timeline),
        ("projects", "projects", 0, lambda e: e.budget),
        ("project-results", "projects", ongoing_project, lambda e: e.results),
        ("requests", "requests", ranked_first, lambda e: e.priority),
        ("request-status", "requests", ranked_first, None),
        ("experts", "experts", 0, None),
        ("history", "participants", 2, lambda e: e.history),
    ]
    for name, key, row, tab in steps:
        window = window_on(ctx, key)
        select_row(ctx, window, row)
        if name == "history":  # a change to show beside the creation
            editor = window.current_page.editor
            editor.form.inputs["position"].widget.setText("Head of the legal department")
            editor.form.inputs["position"].changed.emit()
            editor.save()
            wait_idle(ctx)
        if tab is not None:
            with_tab(ctx, window, tab(window.current_page.editor))
        if name == "project-results":  # an expected result and its indicator chosen: the three levels shown
            results = window.current_page.editor.results
            results.results.view.selectRow(1)
            wait_idle(ctx)
            results.indicators.view.selectRow(0)
            wait_idle(ctx)
        if name == "requests":
            window.current_page.show_ranking()
            window.current_page.editor.priority.view.selectRow(0)
            wait_idle(ctx)
        shoot.save(window, name)
        window.close()


def wait_for(signal, ms: int = 30000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)


def report_screens(ctx, shoot: Shooter) -> None:
    """The Reports page with a mission report in its preview."""
    from app.services import ListQuery

    window = window_on(ctx, "reports")
    page = window.current_page
    [mission] = ctx.fd.missions.list(ListQuery(sort=("-start_date",), limit=1)).rows
    page.choose_record("mission", mission.id, mission.title)
    page.generate()
    wait_for(page.preview.shown)
    wait_idle(ctx)
    shoot.save(window, "reports")
    window.close()


def import_screens(ctx, shoot: Shooter, scratch: Path) -> None:
    """The import window: the problems of a file, then the rows of a sound one with a probable match to settle."""
    from openpyxl import Workbook

    def sheet(name: str, rows: list[list]) -> Path:
        wb = Workbook()
        ws = wb.active
        ws.append(["Full name", "Sex", "Organisation", "Position", "Country", "E-mail",
                   "Consents to keeping contact details"])
        for row in rows:
            ws.append(row)
        path = scratch / name
        wb.save(path)
        return path

    known = ctx.fd.participants.list().rows[0]
    faulty = sheet("participants-to-correct.xlsx", [
        ["Ana Lucía Tzul", "female", "Procuraduría de los Derechos Humanos", "Auxiliar", "GT", "", "no"],
        ["", "male", "Organismo Judicial", "Juez", "GT", "", ""],
        ["Marvin Ixcoy", "hombre?", "Policía Nacional Civil", "Agente", "GU", "", ""],
        ["Rosa Elvira Batz", "female", "Defensoría de la Mujer Indígena", "", "GT", "rosa.batz@", "yes"],
        ["ana lucia tzul", "female", "Procuraduría de los Derechos Humanos", "", "GT", "", ""],
    ])
    sound = sheet("participants.xlsx", [
        ["Ana Lucía Tzul", "female", "Procuraduría de los Derechos Humanos", "Auxiliar", "GT", "", "no"],
        [known.full_name + "a", known.sex, known.organisation, "", "", "", ""],
        [known.full_name, known.sex, known.organisation, "", "", "", ""],
        ["Marvin Ixcoy", "male", "Policía Nacional Civil", "Agente", "GT", "", ""],
    ])
    window = window_on(ctx, "participants")
    for name, path in (("import-problems", faulty), ("import-matches", sound)):
        dialog = window.current_page.import_file()
        dialog.path.setText(str(path))
        dialog.check()
        wait_for(dialog.planned, 20000)
        wait_idle(ctx)
        shoot.save(dialog, name)
        dialog.reject()
    window.close()


def duplicate_screen(ctx, shoot: Shooter) -> None:
    """Enrolling someone new: the possible-duplicate hint."""
    window = window_on(ctx, "trainings")
    select_row(ctx, window, 3)
    editor = window.current_page.editor
    with_tab(ctx, window, editor.enrollment)
    first = editor.enrollment.model.rows[0]
    dialog = editor.enrollment.add_new()
    dialog.form.inputs["full_name"].widget.setText(" ".join(reversed(first["full_name"].split())))
    dialog.form.inputs["organisation"].widget.setText(first["organisation"])
    dialog.form.inputs["full_name"].changed.emit()
    dialog.duplicates.check_now()
    wait_idle(ctx)
    dialog.adjustSize()
    shoot.save(dialog, "duplicate-hint")
    dialog.reject()
    window.close()


def first_start_screens(app: QApplication, scratch: Path, shoot: Shooter, language: str) -> None:
    """The first start's wizard: its first page, then the office's."""
    from app.ui.first_start.wizard import FirstStartWizard
    from app.ui.tasks.taskman import TaskManager

    translations_of(app).apply(language)
    tasks = TaskManager()
    wizard = FirstStartWizard(scratch / f"new-profile-{language}", tasks)
    wizard.resize(640, 480)
    wizard.show()
    pump()
    shoot.save(wizard, "first-start")
    wizard.next()
    wizard.office.code.setText("MW-01")
    wizard.office.name.setText("Lilongwe office")
    wizard.office.country.setCurrentIndex(wizard.office.country.findData("MW"))
    wizard.office.completeChanged.emit()  # as typing does: Next is enabled
    pump()
    shoot.save(wizard, "first-start-office")
    wizard.reject()
    tasks.shutdown()


# the guide's languages other than English, whose pictures are shot again in them (tools/screenshots_guide.py)
GUIDE_LANGUAGES = ("fr", "es", "ru", "ar", "zh")


class GuideKit:
    """What tools/screenshots_guide.py shoots with (this module runs as __main__: importing it again would make a
    second Translations)."""
    Shooter = Shooter
    open_context = staticmethod(lambda *a: open_context(*a))
    window_on = staticmethod(lambda *a: window_on(*a))
    wait_idle = staticmethod(lambda *a: wait_idle(*a))
    select_row = staticmethod(lambda *a: select_row(*a))
    with_tab = staticmethod(lambda *a: with_tab(*a))
    pump = staticmethod(lambda *a: pump(*a))
    wait_for = staticmethod(lambda *a: wait_for(*a))
    report_screens = staticmethod(lambda *a: report_screens(*a))
    import_screens = staticmethod(lambda *a: import_screens(*a))
    duplicate_screen = staticmethod(lambda *a: duplicate_screen(*a))
    first_start_screens = staticmethod(lambda *a: first_start_screens(*a))
    translations_of = staticmethod(lambda *a: translations_of(*a))
    SIZE = SIZE


def main(out: Path) -> int:
    scratch = Path(tempfile.mkdtemp(prefix="fielddesk-screens-"))
    try:
        return shoot_everything(out, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)  # the demo profile and its report copies go with it


def shoot_everything(out: Path, scratch: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("FieldDesk")
    profile = make_demo(scratch)
    settings_file = scratch / "settings.ini"
    shoot = Shooter(out)

    ctx = open_context(app, profile, settings_file, "en")
    window = window_on(ctx, "dashboard")
    wait_idle(ctx)
    shoot.save(window, "dashboard")
    from PySide6.QtWidgets import QScrollArea

    scroll = window.current_page.findChild(QScrollArea)
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())  # the programme's tiles
    pump()
    shoot.save(window, "dashboard-programme")
    window.close()
    record_screens(ctx, shoot)

    # a new record with a mistake: the message beside the field, Save disabled
    window = window_on(ctx, "participants")
    page = window.current_page
    window.actions_.new.trigger()
    form = page.editor.form
    form.inputs["full_name"].widget.setText("Tiwonge Phiri")
    form.inputs["organisation"].widget.setText("Malawi Human Rights Commission")
    form.inputs["email"].widget.setText("tiwonge.phiri")
    form.inputs["email"].changed.emit()
    wait_idle(ctx)
    shoot.save(window, "validation")
    page.editor.clear()
    window.close()

    duplicate_screen(ctx, shoot)
    report_screens(ctx, shoot)
    from screenshots_guide import guide_pictures, help_screen, record_report_screen

    record_report_screen(ctx, shoot, window_on, wait_idle, wait_for)
    import_screens(ctx, shoot, scratch)
    from screenshots_sync import sync_screens

    sync_screens(app, scratch, profile, shoot, open_context, window_on, wait_idle)
    from screenshots_safety import safety_screens

    safety_screens(app, translations_of(app), scratch, profile, shoot, wait_idle, pump, SIZE)

    from app.ui.preferences.dialog import PreferencesDialog

    preferences = PreferencesDialog(ctx.settings, ctx=ctx)
    preferences.show()
    pump()
    shoot.save(preferences, "preferences")
    preferences.reject()
    ctx.tasks.shutdown()
    ctx.close_files()
    ctx.fd.close()

    # other languages: French, and Arabic laid out right to left
    from PySide6.QtGui import QFontDatabase

    shots = [("fr", "participants", "french", 2), ("ar", "trainings", "arabic", 3), ("ru", "missions", "russian", 0)]
    if QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        shots.append(("zh", "dashboard", "chinese", -1))
    else:
        print("no Chinese font on this machine (e.g. Debian's fonts-noto-cjk): the Chinese screenshot is left out")
    for language, key, name, row in shots:
        ctx = open_context(app, profile, scratch / f"settings-{language}.ini", language)
        window = window_on(ctx, key)
        if row >= 0:
            select_row(ctx, window, row)
        shoot.save(window, name)
        window.close()
        ctx.tasks.shutdown()
        ctx.fd.close()

    # the main pages on a 1366x768 laptop in Spanish and in Arabic (docs/screenshots/es/, docs/screenshots/ar/)
    from screenshots_languages import language_screens

    language_screens(app, profile, scratch, shoot, open_context, wait_idle, select_row, sized)
    # and at 125 % text size (docs/screenshots/125/)
    from screenshots_languages import text_size_screens

    text_size_screens(app, profile, scratch, shoot, open_context, wait_idle, select_row, sized)

    first_start_screens(app, scratch, shoot, "en")
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    # the guide's pictures in each of its languages: this run's English ones, and the others shot again in theirs
    from screenshots_guide import guide_language_shots

    shots = {"en": out}
    for language in GUIDE_LANGUAGES:
        shots[language] = guide_language_shots(app, profile, scratch, language, GuideKit)
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    translations_of(app).apply("en")
    print(f"{len(guide_pictures(shots))} pictures in the user guide (resources/guide/images/LANGUAGE/)")
    ctx = open_context(app, profile, scratch / "settings-help.ini", "en")
    help_screen(ctx, shoot, window_on, wait_idle)
    ctx.tasks.shutdown()
    ctx.fd.close()
    print(f"{len(shoot.made)} screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")))
