"""Every report of the catalogue from the window, as a user reaches it: chosen on the Reports page with the keyboard
and the mouse, or from a record's editor; the file made is read back. The period is empty by default and means every
date, as on the command line."""

from __future__ import annotations

import io

import pypdf
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from uihelpers import settle, type_text

from app.reports.kinds import REPORT_KINDS, kinds_about


def pick(qtbot, combo, text: str) -> None:
    """Open a combo's list with the mouse, go down it with the arrow keys to the entry that starts with ``text`` and
    press Return (arrows rather than typing in a short list: letters typed twice in a row add up to one search)."""
    row = next(i for i in range(combo.count()) if combo.itemText(i).startswith(text))
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: combo.view().isVisible())
    if row > 12:  # a long list (countries): its first letters, as people do
        qtbot.keyClicks(combo.view(), text)
    else:
        qtbot.keyClick(combo.view(), Qt.Key.Key_Home)
        for _ in range(row):
            qtbot.keyClick(combo.view(), Qt.Key.Key_Down)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    assert combo.currentIndex() == row


def pdf_text(data: bytes) -> str:
    return " ".join((page.extract_text() or "") for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def generate(qtbot, page):
    with qtbot.waitSignal(page.preview.shown, timeout=30000):
        qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    return page.preview.report


def test_the_reports_page_offers_every_report_and_makes_them(open_window, qtbot):
    window, ctx = open_window("demo", "reports")
    page = window.current_page
    kind = page.inputs["kind"].widget
    assert [kind.itemData(i) for i in range(kind.count())] == list(REPORT_KINDS)
    # the programme summary: the period is empty, so every date is covered (it used to default to today)
    pick(qtbot, kind, "Programme")
    assert page.inputs["kind"].value() == "summary"
    assert page.inputs["date_from"].value() is None and page.inputs["date_to"].value() is None
    report = generate(qtbot, page)
    assert report.request.date_from is None and report.request.date_to is None
    assert "Missions" in pdf_text(report.data) and report.pages >= 1
    assert not page.word.button.isVisibleTo(page)  # Word copies are of mission and training reports only
    pick(qtbot, kind, "Training")
    assert page.word.button.isVisibleTo(page) and page.inputs["training"].widget.isVisibleTo(page)

    # the requests ranked for this office (a field office reports on itself)
    pick(qtbot, kind, "Requests ranked")
    assert page.inputs["office"].widget.isVisibleTo(page) and not page.inputs["date_from"].widget.isVisibleTo(page)
    report = generate(qtbot, page)
    assert report.request.kind == "requests" and "priority ranking" in pdf_text(report.data)

    # the follow-up of one country's recommendations (`--country`), the country chosen from its list
    pick(qtbot, kind, "Recommendation follow-up")
    recommendation = ctx.fd.recommendations.list().rows[0]
    country = ctx.refs.name("country", recommendation.country_id)
    pick(qtbot, page.inputs["country"].widget, country)
    report = generate(qtbot, page)
    assert report.request.country == ctx.refs.code("country", recommendation.country_id)
    assert country in pdf_text(report.data)

    # one request's assessment: the record is chosen from what its title suggests, with the keyboard
    pick(qtbot, kind, "Assessment")
    picker = page.inputs["assistance_request"]
    assert picker.widget.isVisibleTo(page) and not page.inputs["mission"].widget.isVisibleTo(page)
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    assert page.problem.text().startswith("Choose a request for assistance first")
    window.activateWindow()  # the suggestions show under the field that has the keyboard
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(picker.suggestions_shown, timeout=10000):
        type_text(qtbot, picker.widget, "a")
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.value() is not None
    report = generate(qtbot, page)
    assert report.request.record_id == picker.value()
    assert "Request for assistance: assessment" in pdf_text(report.data)


def test_a_request_and_a_project_offer_their_reports_from_the_editor(open_window, qtbot):
    for table, page_key in (("assistance_request", "requests"), ("project", "projects")):
        window, ctx = open_window("demo", page_key)
        editor = window.current_page.editor
        QTest.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)  # the first record
        settle(qtbot, ctx)
        [kind] = kinds_about(table)
        assert editor.reports.isEnabled() and editor.reports.text() == REPORT_KINDS[kind].label + "\u2026"
        with qtbot.waitSignal(editor.reports.clicked):
            qtbot.mouseClick(editor.reports, Qt.MouseButton.LeftButton)
        dialog = editor.reports.dialog
        with qtbot.waitSignal(dialog.preview.shown, timeout=30000):
            pass
        assert dialog.preview.report.request.kind == kind and dialog.preview.report.request.record_id
        if table == "project":  # the paper, as `--paper letter`: the report is made again on US Letter
            with qtbot.waitSignal(dialog.preview.shown, timeout=30000):
                pick(qtbot, dialog.paper, "US")
            data = dialog.preview.report.data
            box = pypdf.PdfReader(io.BytesIO(data)).pages[0].mediabox
            assert (round(float(box.width)), round(float(box.height))) == (612, 792)
            assert "Project progress report" in pdf_text(data)
            assert not dialog.save_docx.isVisible() and not dialog.sheet_options.isVisible()
        dialog.close()
        window.close()


def test_the_attendance_sheets_rows_and_days_from_the_activitys_report_window(open_window, qtbot):
    window, ctx = open_window("demo", "trainings")
    editor = window.current_page.editor
    QTest.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ctx)
    menu = editor.reports.menu()
    assert [a.text() for a in menu.actions()] == [REPORT_KINDS[k].label + "\u2026" for k in kinds_about("training")]

    def choose_the_second() -> None:  # once the button's menu is open (it runs its own event loop meanwhile)
        popup = QApplication.activePopupWidget()
        if popup is None:  # not shown yet (a loaded machine): look again, never type into nothing
            QTimer.singleShot(20, choose_the_second)
            return
        for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return):
            QTest.keyClick(popup, key)

    QTimer.singleShot(100, choose_the_second)
    qtbot.mouseClick(editor.reports, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.reports.dialog is not None)
    dialog = editor.reports.dialog
    with qtbot.waitSignal(dialog.preview.shown, timeout=30000):
        pass
    assert dialog.sheet_options.isVisible() and dialog.preview.report.request.blank_rows == 3
    with qtbot.waitSignal(dialog.preview.shown, timeout=30000):
        qtbot.mouseClick(dialog.all_days, Qt.MouseButton.LeftButton)
    spin = dialog.blank_rows
    spin.setFocus()
    spin.selectAll()
    with qtbot.waitSignal(dialog.preview.shown, timeout=30000):
        qtbot.keyClicks(spin, "7")
        qtbot.keyClick(spin, Qt.Key.Key_Return)
    request = dialog.preview.report.request
    assert request.kind == "attendance" and request.all_days and request.blank_rows == 7
    dialog.close()
