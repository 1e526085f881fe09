"""The Reports page: a report generated in the background and shown inside the window, page navigation and zoom,
printing to a QPrinter (the print dialog patched to print to a PDF file), Save as, Cancel, and reports kept in memory
(never a working copy on disk: an encrypted profile holds no report's plain text until the user saves one)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog
from uihelpers import choose, click, enter, press_in, settle


def shown_pages(qtbot, preview, start) -> int:
    with qtbot.waitSignal(preview.shown, timeout=20000) as shown:
        start()
    return shown.args[0]


class PrintToFile:
    """Stands in for QPrintDialog: the printer prints to a PDF file, as if the user had pressed Print."""

    instances: list[PrintToFile] = []
    answer = QDialog.DialogCode.Accepted
    out: Path | None = None
    pages: tuple[int, int] | None = None  # a range the user typed, or every page

    def __init__(self, printer, parent=None):
        self.printer = printer
        self.range = None
        PrintToFile.instances.append(self)

    def setWindowTitle(self, title):
        self.title = title

    def setMinMax(self, low, high):
        self.range = (low, high)

    def setOption(self, *_args):
        pass

    def exec(self):
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(PrintToFile.out))
        if PrintToFile.pages:
            self.printer.setPrintRange(QPrinter.PrintRange.PageRange)
            self.printer.setFromTo(*PrintToFile.pages)
        return PrintToFile.answer


@pytest.fixture
def print_dialog(monkeypatch, tmp_path):
    import app.ui.reports.printing as printing

    PrintToFile.instances = []
    PrintToFile.answer = QDialog.DialogCode.Accepted
    PrintToFile.out = tmp_path / "printed.pdf"
    PrintToFile.pages = None
    monkeypatch.setattr(printing, "QPrintDialog", PrintToFile)
    return PrintToFile


def first_training(fd) -> tuple[str, str]:
    from app.services import ListQuery

    [row] = fd.trainings.list(ListQuery(sort=("start_date",), limit=1)).rows
    return row.id, row.title


def test_generate_preview_print_save_and_clean_up(open_window, qtbot, print_dialog, monkeypatch, tmp_path):
    import pypdf

    window, ctx = open_window("demo", "reports")
    page = window.current_page
    preview = page.preview
    training, title = first_training(ctx.fd)
    page.choose_record("certificates", training, title)
    assert not page.inputs["mission"].widget.isVisible() and page.inputs["training"].widget.isVisible()
    progress = []
    page.strip.runner.progress.connect(progress.append)
    count = shown_pages(qtbot, preview, page.generate_button.click)
    assert progress and progress == sorted(progress) and progress[-1] == 1.0  # page by page, to the end
    assert count == preview.document.pageCount() > 1
    assert preview.stack.currentWidget() is preview.view and preview.status.text() == f"{count} pages"
    assert not (Path(ctx.fd.folder.path) / "previews").exists()  # shown from memory: no working copy

    # navigation and zoom. The window fills the test's small screen (800 px wide): the landscape certificates are
    # short beside the narrow preview, several pages in sight (QPdfView's own navigator, which counts the page under a
    # line at 40 % of the view's height, then said page 2 at the start, and Next showed page 3 and said page 4)
    pages = preview.pages.page_geometry()
    assert pages[1][0] + pages[1][1] < preview.view.viewport().height()  # the first two pages in sight
    assert preview.page() == 0 and preview.page_spin.value() == 1 and not preview.previous_button.isEnabled()
    qtbot.mouseClick(preview.next_button, Qt.MouseButton.LeftButton)
    assert preview.page() == 1 and preview.page_spin.value() == 2
    qtbot.mouseClick(preview.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(preview.previous_button, Qt.MouseButton.LeftButton)
    assert preview.page() == 1 and preview.page_spin.value() == 2
    preview.view.setFocus()
    qtbot.keyClick(preview.view, Qt.Key.Key_PageDown)  # the reader scrolls: the page at the top is the current one
    top = preview.view.verticalScrollBar().value()  # the current page: the one at the view's top (within half a page)
    assert preview.page() > 1 and abs(pages[preview.page()][0] - top) <= pages[0][1] / 2 + preview.view.pageSpacing()
    assert preview.page_spin.value() == preview.page() + 1
    enter(qtbot, preview.page_spin, count)
    qtbot.keyClick(preview.page_spin, Qt.Key.Key_Return)  # the page typed goes once Enter says so
    assert preview.page() == count - 1 and not preview.next_button.isEnabled()
    qtbot.mouseClick(preview.zoom_in_button, Qt.MouseButton.LeftButton)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom and not preview.fit_width_button.isChecked()
    zoomed = preview.view.zoomFactor()
    qtbot.mouseClick(preview.zoom_out_button, Qt.MouseButton.LeftButton)
    assert preview.view.zoomFactor() < zoomed
    qtbot.mouseClick(preview.fit_page_button, Qt.MouseButton.LeftButton)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitInView and preview.fit_page_button.isChecked()

    # print: the dialog offers every page; the pages chosen go to the printer
    print_dialog.pages = (2, 3)
    with qtbot.waitSignal(preview.printed, timeout=30000) as printed:
        qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    assert printed.args == [2] and print_dialog.instances[-1].range == (1, count)
    assert len(pypdf.PdfReader(print_dialog.out).pages) == 2
    # the certificates are landscape: the printer was set up so
    assert print_dialog.instances[-1].printer.pageLayout().orientation().name == "Landscape"

    # a print cancelled in the dialog prints nothing
    print_dialog.out.unlink()
    print_dialog.answer = QDialog.DialogCode.Rejected
    with qtbot.assertNotEmitted(preview.printed, wait=100):
        preview.print_report()
    assert not print_dialog.out.exists() and preview.print_button.isEnabled()

    # save as: a copy where the user says, with the report's name offered
    offered = {}

    def save_to(_parent, _title, suggested, _filter):
        offered["name"], offered["folder"] = Path(suggested).name, Path(suggested).parent
        return str(tmp_path / "copy"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_to))
    from app.ui.settings.options import REPORTS_FOLDER

    (tmp_path / "reports").mkdir()
    ctx.settings.set(REPORTS_FOLDER, str(tmp_path / "reports"))
    with qtbot.waitSignal(preview.saved, timeout=10000):
        qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert offered["folder"] == tmp_path / "reports"  # the folder for reports chosen in the preferences
    assert offered["name"].startswith("Certificates of participation \u2013 ") and offered["name"].endswith(".pdf")
    saved = tmp_path / "copy.pdf"
    assert saved.read_bytes() == preview.report.data

    # another report replaces the first
    first = preview.report
    enter(qtbot, page.inputs["kind"], "attendance")
    shown_pages(qtbot, preview, page.generate)
    assert preview.report is not first and preview.report.request.kind == "attendance"
    assert not (Path(ctx.fd.folder.path) / "previews").exists()


def test_a_trainings_reports_from_its_editor(open_window, qtbot, print_dialog):
    window, ctx = open_window("demo", "trainings")
    page = window.current_page
    editor = page.editor
    button = editor.reports
    assert not button.isEnabled()  # no record yet
    press_in(qtbot, window, "Ctrl+PgDown")
    settle(qtbot, ctx)
    assert button.isEnabled() and [a.text() for a in button.menu().actions()] == [
        "Training report\u2026", "Attendance sheet\u2026", "Certificates of participation\u2026"]
    title = editor.heading_label.text()
    menu = button.menu()
    sheet = menu.actions()[1]

    def choose_the_sheet():  # the menu runs its own event loop: pick its item with the mouse once it shows
        if not menu.isVisible():
            QTimer.singleShot(20, choose_the_sheet)
            return
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(sheet).center())

    QTimer.singleShot(0, choose_the_sheet)
    with qtbot.waitSignal(sheet.triggered):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = button.dialog
    with qtbot.waitSignal(dialog.preview.shown, timeout=20000):
        pass
    assert dialog.kind.currentData() == "attendance" and dialog.windowTitle() == title
    assert dialog.preview.page_count_shown() >= 1
    first = dialog.preview.report
    # another language makes the report again
    with qtbot.waitSignal(dialog.preview.shown, timeout=20000):
        choose(qtbot, dialog.language, "fr")
    assert dialog.preview.report.request.lang == "fr" and dialog.preview.report.data != first.data
    with qtbot.waitSignal(dialog.preview.printed, timeout=30000) as printed:
        dialog.preview.print_report()
    assert printed.args == [dialog.preview.page_count_shown()]  # every page
    dialog.close()
    # unsaved changes: the report would not show them, so it waits for Save
    enter(qtbot, editor.form.inputs["venue"], "Somewhere else")
    assert not button.isEnabled() and "Save the record first" in button.toolTip()
    editor.revert()
    assert button.isEnabled()


def test_the_mission_report_from_the_mission_editor(open_window, qtbot):
    window, ctx = open_window("demo", "missions")
    editor = window.current_page.editor
    press_in(qtbot, window, "Ctrl+PgDown")
    settle(qtbot, ctx)
    assert editor.reports.text() == "Mission report\u2026"
    with qtbot.waitSignal(editor.reports.clicked):
        qtbot.mouseClick(editor.reports, Qt.MouseButton.LeftButton)
    dialog = editor.reports.dialog
    assert not dialog.kind.isVisible()  # one report only: nothing to choose
    with qtbot.waitSignal(dialog.preview.shown, timeout=20000) as shown:
        pass
    assert shown.args[0] >= 1 and dialog.preview.report.request.kind == "mission"
    dialog.close()


def test_cancel_leaves_no_file_and_a_failure_says_why(open_window, qtbot, monkeypatch):
    import app.reports as reports

    window, ctx = open_window("demo", "reports")
    page = window.current_page
    never = threading.Event()

    def slow_report(fd, kind, out, *, progress, **_kw):
        for n in range(1000):  # a long report: a page every 10 ms, for at most 10 seconds
            progress(n / 1000, "page")  # raises once the user has cancelled
            never.wait(0.01)
        raise AssertionError("cancel did not stop the report")

    monkeypatch.setattr(reports, "build_report", slow_report)
    enter(qtbot, page.inputs["kind"], "followup")
    with qtbot.waitSignal(page.strip.runner.cancelled, timeout=10000):
        click(qtbot, page.generate_button)
        page.strip.cancel()
    assert page.strip.message.text() == "Cancelled: no report was made." and page.generate_button.isEnabled()
    assert page.preview.report is None

    # a report that cannot be made: the services' message, and no file
    from app.reports import ReportError

    def refused(*_a, **_kw):
        raise ReportError("A field office reports on itself only (GT-01), not on office MW-01.")

    monkeypatch.setattr(reports, "build_report", refused)
    with qtbot.waitSignal(page.strip.runner.failed, timeout=10000):
        click(qtbot, page.generate_button)
    assert page.strip.message.text() == "A field office reports on itself only (GT-01), not on office MW-01."
    assert page.preview.report is None


def test_a_record_report_asks_for_its_record(open_window, qtbot):
    window, ctx = open_window("demo", "reports")
    page = window.current_page
    enter(qtbot, page.inputs["kind"], "mission")
    click(qtbot, page.generate_button)
    assert page.problem.isVisible() and page.problem.text().startswith("Choose a mission first")
    assert not page.strip.running
    enter(qtbot, page.inputs["kind"], "summary")
    from datetime import date

    enter(qtbot, page.inputs["date_from"], date(2026, 5, 1))
    enter(qtbot, page.inputs["date_to"], date(2026, 4, 1))
    click(qtbot, page.generate_button)
    assert page.problem.text() == "The end of the period is before its start."
    enter(qtbot, page.inputs["date_to"], date(2026, 12, 31))
    with qtbot.waitSignal(page.preview.shown, timeout=20000):
        click(qtbot, page.generate_button)
    assert page.preview.report.request.date_from == date(2026, 5, 1)
    # a field office reports on itself: its office is chosen and fixed
    assert page.inputs["office"].value() == "GT-01" and not page.inputs["office"].widget.isEnabled()


def test_headquarters_chooses_the_office_of_a_summary(open_window, qtbot, hq_profile):
    from app.services import FieldDesk
    from app.services.store.seed import reference_id

    with FieldDesk.open(hq_profile) as fd:  # offices have ids made from their codes, the same at every site
        fd.offices.create({"id": reference_id("office", "MW-01"), "code": "MW-01", "name": "Lilongwe office"})
    window, ctx = open_window(hq_profile, "reports")
    page = window.current_page
    enter(qtbot, page.inputs["kind"], "summary")
    office = page.inputs["office"]
    assert office.widget.isEnabled() and office.value() is None  # all offices
    assert office.widget.itemText(0) == "All offices" and office.widget.findData("MW-01") > 0
    enter(qtbot, office, "MW-01")
    with qtbot.waitSignal(page.preview.shown, timeout=20000):
        click(qtbot, page.generate_button)
    assert page.preview.report.request.office == "MW-01"


def test_an_encrypted_profile_keeps_no_report_on_disk(open_shell, encrypted_profile, qtbot, print_dialog, monkeypatch,
                                                      tmp_path):
    """The review found 31 names of a certificate set in a plain PDF in PROFILE/previews/ while it was shown. Now a
    report is shown, printed and saved from memory: while it is on screen, after printing it and after saving a copy
    elsewhere, neither the profile's folder nor the temporary folder holds a participant's name."""
    import io
    import tempfile

    import pypdf
    from pdfhelpers import files_naming

    temp = tmp_path / "temp"  # the system's temporary folder, as FieldDesk and Qt see it
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    folder, _ = encrypted_profile
    from safetyhelpers import PASSPHRASE

    _shell, window, ctx = open_shell(folder, PASSPHRASE, page="reports")
    page, preview = window.current_page, window.current_page.preview
    training, title = first_training(ctx.fd)
    page.choose_record("certificates", training, title)
    shown_pages(qtbot, preview, lambda: qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton))
    text = " ".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(preview.report.data)).pages)
    names = [row.full_name for row in ctx.fd.participants.list().rows if row.full_name in text]
    assert names  # the certificates name the people trained
    assert files_naming([folder, temp], names) == []

    print_dialog.out, print_dialog.pages = tmp_path / "printed.pdf", (1, 1)
    with qtbot.waitSignal(preview.printed, timeout=30000):
        qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(tmp_path / "copy.pdf"), "")))
    with qtbot.waitSignal(preview.saved, timeout=10000):
        qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    # the copies the user asked for hold the names; nothing else does
    assert files_naming([tmp_path / "copy.pdf", tmp_path / "printed.pdf"], names[:1]) != []
    assert files_naming([folder, temp], names) == []
