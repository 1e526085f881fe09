"""The Fellowships page with the keyboard and mouse: a fellowship is recorded for a person found by typing part of
their name, its weeks show as the dates are typed; marking it completed too early is refused beside the fields that
are missing (and said on the placement's tab), and nothing is saved, until the final report's date is typed on its
tab; a learning objective is added through its tab; the person's editor lists the fellowship and opens it; the
Reports page offers the cohort's name as part of it is typed and prints its fellows; an old activity of form
Fellowship says where fellowships go now."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from uihelpers import open_tab, press_in, settle, type_text

from app.services import ListQuery
from app.services.store.seed import country_id


def focused():
    return QApplication.focusWidget()


def type_date(qtbot, field, text: str) -> None:
    qtbot.mouseClick(field.edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: focused() is field.edit)
    QTest.keyClicks(field.edit, text)
    qtbot.waitUntil(lambda: field.edit.text() == text)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def test_a_fellowship_is_recorded_checked_and_listed_on_the_person(open_window, field_profile, qtbot):
    from app.services import FieldDesk

    with FieldDesk.open(field_profile) as fd:
        person = fd.participants.create({"full_name": "Ana Choc", "sex": "female", "organisation": "Defensoría",
                                         "country_id": country_id("GT")})
        fd.trainings.create({"title": "Fellowship programme on justice", "form": "fellowship",  # recorded before
                             "country_id": country_id("GT"), "start_date": date(2025, 3, 3),
                             "end_date": date(2025, 5, 30)})
    window, ctx = open_window(field_profile, "fellowships")
    page = window.current_page
    editor = page.editor
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        press_in(qtbot, window, "Ctrl+N")
    inputs = editor.form.inputs
    picker = inputs["participant_id"]
    assert focused() is picker.widget, "a new fellowship starts at its fellow"
    with qtbot.waitSignal(picker.suggestions_shown, timeout=10000):
        type_text(qtbot, picker.widget, "choc")
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.value() == person
    type_text(qtbot, inputs["cohort"].widget, "2026 Indigenous Fellowship, Spanish section")
    type_text(qtbot, inputs["host"].widget, "OHCHR Geneva")
    type_date(qtbot, inputs["placement_start"], "2026-03-01")
    type_date(qtbot, inputs["placement_end"], "2026-05-30")
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: editor.weeks.text() == "Placement weeks: 13 (days: 91).")
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        press_in(qtbot, window, "Ctrl+S")
    settle(qtbot, ctx)
    [row] = ctx.fd.fellowships.matching_rows(ListQuery(), ["participant_id", "cohort", "host", "placement_end",
                                                           "status"])
    assert (row["participant_id"], row["cohort"], row["host"], row["placement_end"], row["status"]) == (
        person, "2026 Indigenous Fellowship, Spanish section", "OHCHR Geneva", date(2026, 5, 30), "selected")
    qtbot.waitUntil(lambda: page.panel.filter_bar.combos["cohort"].count() == 2)  # All, and the new cohort

    # Completed, without a final report: refused beside the field, nothing saved.
    status = inputs["status"].widget
    click(qtbot, status)
    for _ in range(2):  # selected -> in placement -> completed
        qtbot.keyClick(status.view() if status.view().isVisible() else status, Qt.Key.Key_Down)
    if status.view().isVisible():
        qtbot.keyClick(status.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: inputs["status"].value() == "completed")
    qtbot.waitUntil(lambda: "final report" in editor.form.errors["report_received"].text())
    assert editor.elsewhere.isVisible() and editor.elsewhere.text().startswith("On the Final report tab:")
    assert not editor.save_button.isEnabled()
    QTest.keyClick(focused(), Qt.Key.Key_Tab)  # out of the list of statuses (QTest types Ctrl+S's letter in it)
    press_in(qtbot, window, "Ctrl+S")
    settle(qtbot, ctx)
    assert inputs["status"].value() == "completed"
    assert ctx.fd.fellowships.get_row(row["id"])["status"] == "selected"
    # The final report's date, on its tab (with the report's file, the fellowship's attachments): now it saves.
    open_tab(qtbot, editor.tabs, editor.final_report)
    assert editor.attachments.isVisible() and editor.attachments.add_button.isEnabled()
    assert editor.final_report.files_heading.text() == "The report's file"
    type_date(qtbot, inputs["report_received"], "2026-06-12")
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: editor.save_button.isEnabled() and not editor.elsewhere.text())
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        press_in(qtbot, window, "Ctrl+S")
    saved = ctx.fd.fellowships.get_row(row["id"])
    assert (saved["status"], saved["report_received"]) == ("completed", date(2026, 6, 12))

    # A learning objective, through its tab.
    section = editor.objectives
    open_tab(qtbot, editor.tabs, section)
    click(qtbot, section.add_button)
    dialog = section.dialog
    qtbot.waitUntil(dialog.isVisible)
    click(qtbot, dialog.form.inputs["objective"].widget)
    qtbot.waitUntil(lambda: focused() is dialog.form.inputs["objective"].widget)
    QTest.keyClicks(dialog.form.inputs["objective"].widget, "Draft a shadow report with the community")
    qtbot.waitUntil(dialog.ok_button.isEnabled)
    with qtbot.waitSignal(section.loaded, timeout=10000):
        click(qtbot, dialog.ok_button)
    [objective] = ctx.fd.fellowship_objectives.matching_rows(ListQuery(filters={"fellowship_id": row["id"]}),
                                                             ["objective", "met"])
    assert (objective["objective"], objective["met"]) == ("Draft a shadow report with the community",
                                                          "not_assessed")

    # The person's editor lists the fellowship.
    press_in(qtbot, window, "Ctrl+4")
    qtbot.waitUntil(lambda: window.current_key == "participants")
    participants = window.current_page
    settle(qtbot, ctx)
    with qtbot.waitSignal(participants.editor.loaded, timeout=10000):
        press_in(qtbot, window, "Ctrl+PgDown")
    tab = participants.editor.fellowships
    open_tab(qtbot, participants.editor.tabs, tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.index(0, 0).data() == "2026 Indigenous Fellowship, Spanish section"
    assert tab.model.index(0, 4).data() == "13"
    # Enter on it opens it on the Fellowships page
    cell = tab.view.visualRect(tab.model.index(0, 0))
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    qtbot.waitUntil(lambda: focused() is tab.view)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_key == "fellowships" and page.editor.record_id == row["id"])

    # The Reports page: the fellowships report of the cohort, its name offered as part of it is typed.
    press_in(qtbot, window, "Ctrl+0")
    qtbot.waitUntil(lambda: window.current_key == "reports")
    reports = window.current_page
    kind = reports.inputs["kind"].widget
    click(qtbot, kind)
    qtbot.waitUntil(kind.view().isVisible)
    QTest.keyClicks(kind.view(), "Fellowships")
    qtbot.keyClick(kind.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: reports.inputs["kind"].value() == "fellowships")
    cohort = reports.inputs["cohort"].widget
    qtbot.waitUntil(lambda: reports.inputs["cohort"].names.rowCount() == 1)  # the cohorts recorded, read
    window.activateWindow()  # offscreen, the closed list of reports may stay the active window
    qtbot.waitUntil(window.isActiveWindow)
    click(qtbot, cohort)
    qtbot.waitUntil(lambda: focused() is cohort)
    QTest.keyClicks(cohort, "spanish")
    popup = cohort.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert cohort.text() == "2026 Indigenous Fellowship, Spanish section"
    with qtbot.waitSignal(reports.preview.shown, timeout=30000):
        click(qtbot, reports.generate_button)
    assert reports.preview.report.request.cohort == "2026 Indigenous Fellowship, Spanish section"
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(reports.preview.report.data)).pages)
    assert "Ana Choc" in text and "1 completed, 0 in placement, 0 selected, 0 withdrawn." in text

    # An activity of form Fellowship (recorded before) says where fellowships go now, until its form is changed.
    press_in(qtbot, window, "Ctrl+3")
    qtbot.waitUntil(lambda: window.current_key == "trainings")
    trainings = window.current_page
    settle(qtbot, ctx)
    with qtbot.waitSignal(trainings.editor.loaded, timeout=10000):
        press_in(qtbot, window, "Ctrl+PgDown")
    note = trainings.editor.fellowship_note
    qtbot.waitUntil(note.isVisible)
    form = trainings.editor.form.inputs["form"].widget
    click(qtbot, form)
    qtbot.keyClick(form.view() if form.view().isVisible() else form, Qt.Key.Key_Up)  # fellowship -> seminar
    if form.view().isVisible():
        qtbot.keyClick(form.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: trainings.editor.form.inputs["form"].value() == "seminar")
    qtbot.waitUntil(lambda: not note.isVisible())


def test_headquarters_cannot_type_notes_about_a_fellow_their_office_keeps_the_name_of(open_window, hq_profile,
                                                                                      qtbot):
    """At headquarters, an office's fellow without consent to share their name: the fellowship's notes and report
    summary are greyed with the reason, and so are a new learning objective's note (the objective itself is typed
    and saved); a new fellowship greys them as soon as that fellow is chosen."""
    from app.services import FieldDesk

    with FieldDesk.open(hq_profile) as before:
        person = before.participants.create({"full_name": "Participant AAAA-BBBB-CCCC", "sex": "female",
                                             "consent_share_name": False}, owner_office="GT-01")
        before.participants.create({"full_name": "Juan Tzoc", "sex": "male"})
        fid = before.fellowships.create({"participant_id": person, "cohort": "2026 Indigenous Fellowship",
                                         "country_id": country_id("GT")}, owner_office="GT-01")
    window, ctx = open_window(hq_profile, "fellowships")
    page = window.current_page
    editor = page.editor
    qtbot.waitUntil(lambda: page.panel.model.rowCount() == 1, timeout=10000)
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        press_in(qtbot, window, "Ctrl+PgDown")
    inputs = editor.form.inputs
    qtbot.waitUntil(lambda: editor.texts_reason.isVisible())
    assert "Office GT-01 keeps this fellow's name" in editor.texts_reason.text()
    assert not inputs["notes"].widget.isEnabled() and not inputs["report_summary"].widget.isEnabled()
    assert inputs["host"].widget.isEnabled()
    qtbot.mouseClick(inputs["notes"].widget.viewport(), Qt.MouseButton.LeftButton)
    assert focused() is not inputs["notes"].widget  # greyed: a click does not reach it
    open_tab(qtbot, editor.tabs, editor.final_report)
    assert editor.summary_reason.isVisible()

    section = editor.objectives
    open_tab(qtbot, editor.tabs, section)
    click(qtbot, section.add_button)
    dialog = section.dialog
    qtbot.waitUntil(dialog.isVisible)
    note = dialog.form.inputs["note"].widget
    assert not note.isEnabled() and dialog.findChild(QLabel, "textsWithheld").isVisible()
    click(qtbot, dialog.form.inputs["objective"].widget)
    qtbot.waitUntil(lambda: focused() is dialog.form.inputs["objective"].widget)
    QTest.keyClicks(dialog.form.inputs["objective"].widget, "Use the treaty bodies")
    qtbot.waitUntil(dialog.ok_button.isEnabled)
    with qtbot.waitSignal(section.loaded, timeout=10000):
        click(qtbot, dialog.ok_button)
    [objective] = ctx.fd.fellowship_objectives.matching_rows(ListQuery(filters={"fellowship_id": fid}),
                                                             ["objective", "note"])
    assert (objective["objective"], objective["note"]) == ("Use the treaty bodies", "")

    with qtbot.waitSignal(editor.loaded, timeout=10000):
        press_in(qtbot, window, "Ctrl+N")
    picker = inputs["participant_id"]
    for typed, greyed in (("Tzoc", False), ("AAAA", True)):  # headquarters' own participant, then the office's
        with qtbot.waitSignal(picker.suggestions_shown, timeout=10000):
            type_text(qtbot, picker.widget, typed)
        popup = picker.completer.popup()
        qtbot.waitUntil(popup.isVisible)
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda greyed=greyed: editor.texts_reason.isVisible() == greyed
                        and inputs["notes"].widget.isEnabled() != greyed)
    assert picker.value() == person
