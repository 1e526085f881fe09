"""The date field, as a user types into it: from blank in the interface language's format or ISO, separators that
stay in their field, Delete, an impossible date named and refused, and a calendar that opens where the record is.
Only key presses and clicks reach the widgets; what was saved is read back through the services."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from uihelpers import enter, open_tab, settle

from app.services.store.seed import country_id


def focused():
    return QApplication.focusWidget()


def click_into(qtbot, field) -> None:
    qtbot.mouseClick(field.edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: focused() is field.edit)


def type_keys(text: str) -> None:
    """Key presses to the focused widget; a character no test keyboard has (Arabic-Indic digits) goes as a key event
    carrying its text, as an input method sends it (QTest.keyClicks takes Latin-1 only)."""
    for character in text:
        if character.isascii():
            QTest.keyClick(focused(), character)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(focused(), QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character))


def type_date(qtbot, field, text: str) -> None:
    click_into(qtbot, field)
    type_keys(text)
    qtbot.waitUntil(lambda: field.edit.text() == text)


def save(qtbot, ctx, editor) -> None:
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)


def open_mission(qtbot, open_window, language: str = "en", **dates):
    """A saved mission open in its editor (the dates given set through the services, as a colleague's save)."""
    window, ctx = open_window("field", "missions", language)
    mid = ctx.fd.missions.create({"title": "Needs assessment on justice", "country_id": country_id("GT"), **dates})
    editor = window.current_page.editor
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor.load(mid)
    settle(qtbot, ctx)
    return editor, ctx, mid


@pytest.mark.parametrize(("language", "typed", "placeholder"), [
    ("en", "10/12/2026", "mm/dd/yyyy"),
    ("fr", "12/10/2026", "jj/mm/aaaa"),
    ("ar", "\u0661\u0662/\u0661\u0660/\u0662\u0660\u0662\u0666",
     "\u064a\u0648\u0645/\u0634\u0647\u0631/\u0633\u0646\u0629"),
    ("en", "2026-10-12", "mm/dd/yyyy"),  # ISO, whatever the language
])
def test_a_date_typed_from_blank_is_saved(open_window, qtbot, language, typed, placeholder):
    editor, ctx, mid = open_mission(qtbot, open_window, language)
    field = editor.form.inputs["request_date"]
    assert field.edit.text() == "" and field.edit.placeholderText() == placeholder
    type_date(qtbot, field, typed)
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: editor.save_button.isEnabled())
    save(qtbot, ctx, editor)
    assert ctx.fd.missions.get(mid).request_date == date(2026, 10, 12)


@pytest.mark.parametrize("typed", ["1/2/2026", "1.2.2026", "1-2-2026"])
def test_separators_stay_in_their_field_and_never_change_another(open_window, qtbot, typed):
    editor, ctx, mid = open_mission(qtbot, open_window, "fr", start_date=date(2026, 10, 12),
                                    end_date=date(2026, 10, 20))
    start, end = editor.form.inputs["start_date"], editor.form.inputs["end_date"]
    shown_end = end.edit.text()
    click_into(qtbot, start)
    QTest.keyClick(focused(), Qt.Key.Key_Delete)
    for character in typed:
        QTest.keyClick(focused(), character)
        assert focused() is start.edit, f"{character!r} moved the focus"
        assert end.edit.text() == shown_end
    qtbot.waitUntil(lambda: start.value() == date(2026, 2, 1))
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    save(qtbot, ctx, editor)
    saved = ctx.fd.missions.get(mid)
    assert (saved.start_date, saved.end_date) == (date(2026, 2, 1), date(2026, 10, 20))


def test_delete_empties_an_optional_date(open_window, qtbot):
    editor, ctx, mid = open_mission(qtbot, open_window, request_date=date(2026, 9, 10))
    field = editor.form.inputs["request_date"]
    click_into(qtbot, field)
    QTest.keyClick(focused(), Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: field.edit.text() == "" and editor.save_button.isEnabled())
    save(qtbot, ctx, editor)
    assert ctx.fd.missions.get(mid).request_date is None


@pytest.mark.parametrize(("language", "typed", "named"), [
    ("fr", "31/02/2026", "\u00ab 31/02/2026 \u00bb n\u2019est pas une date : f\u00e9vrier 2026 a 28 jours."),
    ("en", "2/31/2026", "\u201c2/31/2026\u201d is not a date: February 2026 has 28 days."),
    ("en", "13/1/2026", "\u201c13/1/2026\u201d is not a date: there is no month 13."),
    ("en", "1/1/1850", "\u201c1/1/1850\u201d is outside the dates this field accepts (1/1/1900 to 12/31/2100)."),
])
def test_an_impossible_date_is_named_beside_the_field_and_not_saved(open_window, qtbot, language, typed, named):
    editor, ctx, mid = open_mission(qtbot, open_window, language, start_date=date(2026, 10, 12))
    field = editor.form.inputs["start_date"]
    click_into(qtbot, field)
    QTest.keyClick(focused(), Qt.Key.Key_Delete)
    type_keys(typed)
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    error = editor.form.errors["start_date"]
    qtbot.waitUntil(lambda: error.isVisible())
    assert error.text() == named
    assert not editor.save_button.isEnabled()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert error.text() == named, "the message stays until the date is corrected"
    assert ctx.fd.missions.get(mid).start_date == date(2026, 10, 12)


def test_an_unfinished_date_is_named_when_the_field_is_left(open_window, qtbot):
    editor, ctx, mid = open_mission(qtbot, open_window)
    field = editor.form.inputs["request_date"]
    type_date(qtbot, field, "10/12")
    error = editor.form.errors["request_date"]
    assert not error.isVisible(), "nothing is said while the date is being typed"
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: error.isVisible())
    assert "mm/dd/yyyy" in error.text() and not editor.save_button.isEnabled()


def test_the_calendar_opens_at_the_records_month_and_picks_a_day(open_window, qtbot):
    editor, ctx, mid = open_mission(qtbot, open_window, start_date=date(2025, 6, 2))
    field = editor.form.inputs["request_date"]
    click_into(qtbot, field)
    QTest.keyClick(focused(), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: field.popup is not None and field.popup.isVisible())
    calendar = field.popup.calendar
    assert (calendar.yearShown(), calendar.monthShown()) == (2025, 6)
    qtbot.waitUntil(lambda: focused() is not None and calendar.isAncestorOf(focused()))
    QTest.keyClick(focused(), Qt.Key.Key_Left)  # from the hinted 2 June to the 1st
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not field.popup.isVisible() and field.edit.text() == "6/1/2025")
    save(qtbot, ctx, editor)
    assert ctx.fd.missions.get(mid).request_date == date(2025, 6, 1)


def test_a_parts_calendar_opens_at_the_parent_missions_month(open_window, qtbot):
    editor, ctx, mid = open_mission(qtbot, open_window, start_date=date(2024, 3, 18))
    open_tab(qtbot, editor.tabs, editor.meetings)
    qtbot.mouseClick(editor.meetings.add_button, Qt.MouseButton.LeftButton)
    dialog = editor.meetings.dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    field = dialog.form.inputs["meeting_date"]
    qtbot.mouseClick(field.calendar_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: field.popup is not None and field.popup.isVisible())
    assert (field.popup.calendar.yearShown(), field.popup.calendar.monthShown()) == (2024, 3)
    QTest.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not field.popup.isVisible())
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_an_empty_date_without_a_hint_opens_at_today(open_window, qtbot):
    editor, ctx, mid = open_mission(qtbot, open_window)
    field = editor.form.inputs["end_date"]
    click_into(qtbot, field)
    QTest.keyClick(focused(), Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: field.popup is not None and field.popup.isVisible())
    today = date.today()
    assert (field.popup.calendar.yearShown(), field.popup.calendar.monthShown()) == (today.year, today.month)
    QTest.keyClick(focused(), Qt.Key.Key_Escape)


def test_a_list_filter_names_a_date_that_is_not_one(open_window, qtbot):
    window, ctx = open_window("field", "missions")
    panel = window.current_page.panel
    bar = panel.filter_bar
    if not bar.isVisible():
        qtbot.mouseClick(panel.filter_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.isVisible())
    start, _end = bar.dates
    type_date(qtbot, start, "2/30/2026")
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: bar.date_problem.isVisible())
    assert "February 2026 has 28 days" in bar.date_problem.text()


def test_the_reports_page_names_an_impossible_date_and_hints_the_period(open_window, qtbot):
    window, ctx = open_window("demo", "reports")
    page = window.current_page
    enter(qtbot, page.inputs["kind"], "summary")  # choosing the report is not what this test is about
    start, end = page.inputs["date_from"], page.inputs["date_to"]
    qtbot.waitUntil(lambda: start.edit.isVisible())
    type_date(qtbot, start, "2/30/2026")
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.problem.isVisible())
    assert page.problem.text() == "\u201c2/30/2026\u201d is not a date: February 2026 has 28 days."
    assert not page.strip.running and focused() is start.edit
    QTest.keyClick(focused(), Qt.Key.Key_Delete)
    type_keys("5/1/2026")
    click_into(qtbot, end)
    QTest.keyClick(focused(), Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: end.popup is not None and end.popup.isVisible())
    assert (end.popup.calendar.yearShown(), end.popup.calendar.monthShown()) == (2026, 5), "the period's start"
    QTest.keyClick(focused(), Qt.Key.Key_Escape)


def test_an_impossible_date_is_named_in_arabic_with_the_locales_digits(open_window, qtbot):
    editor, ctx, mid = open_mission(qtbot, open_window, "ar")
    field = editor.form.inputs["request_date"]
    type_date(qtbot, field, "31/02/2026")
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    error = editor.form.errors["request_date"]
    qtbot.waitUntil(lambda: error.isVisible())
    assert error.text() == "\u00ab31/02/2026\u00bb \u0644\u064a\u0633 \u062a\u0627\u0631\u064a\u062e\u064b\u0627: " \
                           "\u0634\u0647\u0631 \u0641\u0628\u0631\u0627\u064a\u0631 2026 " \
                           "\u0641\u064a\u0647 28 \u064a\u0648\u0645\u064b\u0627."


def test_a_required_date_emptied_is_refused_and_its_calendar_opens_at_the_parents_date(open_window, qtbot):
    window, ctx = open_window("field", "recommendations")
    rid = ctx.fd.recommendations.create({"text": "Adopt a national human rights action plan.", "source": "upr",
                                         "country_id": country_id("GT"), "issued_date": date(2024, 11, 5)})
    editor = window.current_page.editor
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor.load(rid)
    settle(qtbot, ctx)
    open_tab(qtbot, editor.tabs, editor.timeline)
    qtbot.mouseClick(editor.timeline.add_button, Qt.MouseButton.LeftButton)
    dialog = editor.timeline.dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    field = dialog.form.inputs["note_date"]
    click_into(qtbot, field)
    QTest.keyClick(focused(), Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: dialog.form.errors["note_date"].isVisible())
    assert dialog.form.errors["note_date"].text() == "Date is required." and not dialog.ok_button.isEnabled()
    QTest.keyClick(focused(), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: field.popup is not None and field.popup.isVisible())
    assert (field.popup.calendar.yearShown(), field.popup.calendar.monthShown()) == (2024, 11)
    qtbot.waitUntil(lambda: focused() is not None and field.popup.calendar.isAncestorOf(focused()))
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: field.value() == date(2024, 11, 5) and dialog.ok_button.isEnabled())
    with qtbot.waitSignal(editor.timeline.loaded, timeout=10000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    [note] = ctx.fd.followup_notes.rows(ctx.fd.followup_notes.ids())
    assert (note["recommendation_id"], str(note["note_date"])) == (rid, "2024-11-05")
