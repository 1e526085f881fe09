"""The keyboard alone: Tab from a list to its editor and Shift+Tab back, the page's shortcuts from wherever the focus
is (the search box too), Esc closing a dialog, Discard at the quit prompt quitting, and Help > Keyboard shortcuts
listing every shortcut the window answers to. Only key presses reach the widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from uihelpers import open_tab, settle


def focused():
    return QApplication.focusWidget()


def active(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)


def press(sequence: str) -> None:
    combination = QKeySequence(sequence)[0]
    QTest.keyClick(focused(), combination.key(), combination.keyboardModifiers())


def test_tab_leaves_the_list_for_the_editor_and_shift_tab_comes_back(open_window, qtbot):
    window, ctx = open_window("demo", "participants")
    page = window.current_page
    active(qtbot, window)
    qtbot.mouseClick(page.panel.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.panel.view.visualRect(page.panel.proxy.index(1, 0)).center())
    qtbot.waitUntil(lambda: page.editor.mode == "existing")
    settle(qtbot, ctx)
    shown = page.editor.record_id
    assert focused() is page.panel.view
    press("Tab")
    assert page.editor.isAncestorOf(focused()), f"Tab went to {focused()}"
    assert page.editor.record_id == shown, "Tab does not change the open record"
    press("Shift+Tab")
    assert focused() is page.panel.view


def test_the_pages_shortcuts_work_from_the_search_box(open_window, qtbot, monkeypatch):
    window, ctx = open_window("demo", "trainings")
    page = window.current_page
    active(qtbot, window)
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: asked.append(a) or ("", "")))
    qtbot.mouseClick(page.panel.search, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: focused() is page.panel.search)
    # On Linux a line of text takes Ctrl+E for End (the offscreen tests' key scheme does not): the window watches the
    # focused field and hands the page's shortcuts back to the window.
    assert window.text_shortcuts.watched is page.panel.search
    press("Ctrl+E")
    assert asked, "Ctrl+E exported the list"
    press("Ctrl+N")
    assert page.editor.mode == "new"
    assert page.editor.isAncestorOf(focused())
    press("Ctrl+F")
    assert focused() is page.panel.search
    press("Ctrl+I")
    dialog = QApplication.activeModalWidget() or next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible())
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: focused() is not None and dialog.isAncestorOf(focused()) or focused() is dialog)
    press("Esc")  # Esc closes a dialog
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_a_part_dialog_closes_with_esc(open_window, qtbot):
    window, ctx = open_window("demo", "missions")
    page = window.current_page
    active(qtbot, window)
    press("Ctrl+PgDown")
    qtbot.waitUntil(lambda: page.editor.mode == "existing")
    settle(qtbot, ctx)
    section = page.editor.parts[0]
    open_tab(qtbot, page.editor.tabs, section)
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and focused() is not None and dialog.isAncestorOf(focused()))
    press("Esc")
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_discard_at_the_quit_prompt_quits(open_window, qtbot, dialogs):
    window, ctx = open_window("demo", "participants")
    page = window.current_page
    active(qtbot, window)
    press("Ctrl+N")
    QTest.keyClicks(focused(), "Someone")
    assert page.editor.is_dirty()
    press("Ctrl+Q")  # the quit prompt is answered Discard (conftest's stand-in for the message box)
    assert dialogs.of("question") and not window.isVisible()
    assert not any(r.get("full_name") == "Someone" for r in ctx.fd.participants.rows(ctx.fd.participants.ids(),
                                                                                       ["full_name"]))


def test_help_lists_every_shortcut(open_window, qtbot):
    window, ctx = open_window("field", "dashboard")
    active(qtbot, window)
    press("Shift+F1")  # F1 is the user guide
    qtbot.waitUntil(lambda: getattr(window, "shortcuts_dialog", None) is not None)
    dialog = window.shortcuts_dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    listed = dict(dialog.rows)
    for action in window.actions_.record_actions().values():
        keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
        assert keys in listed, f"{action.text()} ({keys}) is not listed"
    assert "Ctrl+E" in listed and "Ctrl+1 \u2026 Ctrl+0" in listed
    press("Esc")
    qtbot.waitUntil(lambda: not dialog.isVisible())
