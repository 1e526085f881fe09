"""Helpers for the GUI tests: waiting on the worker, typing, choosing."""

from __future__ import annotations


def settle(qtbot, ctx, timeout: int = 15000) -> None:
    """Wait until the database worker has nothing left to do (a callback may start more work)."""
    while ctx.tasks.busy:
        with qtbot.waitSignal(ctx.tasks.idle, timeout=timeout):
            pass


def send_text(widget, text: str) -> None:
    """Key presses carrying each character of ``text`` to ``widget`` (QTest.keyClicks knows Latin-1 letters only;
    an input method sends "ó", "й" or "–" this way)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def type_text(qtbot, widget, text: str) -> None:
    """Replace a line edit's text the way a user does: select all, then key presses (so textEdited fires). Each
    character is sent as a key event carrying its text, which also covers letters no test keyboard has (ó, й)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def click(qtbot, widget) -> None:
    """A left click at the middle of a button: only a shown, enabled one answers, as for a person."""
    from PySide6.QtCore import Qt

    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def tick(qtbot, box) -> None:
    """Tick (or untick) a check box, or choose a radio button, from the keyboard: Space on it, as a person does
    after Tab."""
    from PySide6.QtCore import Qt

    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def choose(qtbot, combo, data) -> None:
    """Choose the item of ``combo`` whose data is ``data`` as a person does: a click opens the list, the item's first
    letters are typed into it (the list jumps there; arrows where several begin alike), then Enter."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    if combo.currentIndex() == index:
        return
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible, timeout=5000)
    send_text(view, combo.itemText(index))
    for _ in range(combo.count()):
        row = view.currentIndex().row()
        if row == index:
            break
        QTest.keyClick(view, Qt.Key.Key_Down if row < index else Qt.Key.Key_Up)
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert combo.currentIndex() == index, (combo.currentText(), combo.itemText(index))
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=5000)
    # the list closed, its window is the active one again (as the window manager makes it; offscreen, nobody does)
    combo.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is combo.window(), timeout=5000)


def enter(qtbot, field, value) -> None:
    """Type ``value`` into a form's field (an ``app.ui.widgets.fields`` input) as a person does: the field focused,
    what it holds selected (Ctrl+A) and typed over; a date as 2026-12-31 (every date field reads it, whatever the
    language); a choice chosen from its list (``choose``)."""
    from datetime import date

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QComboBox

    widget = getattr(field, "focus_widget", field)  # a form's field, or a widget itself
    if isinstance(widget, QComboBox):
        choose(qtbot, widget, value)
        return
    text = value.isoformat() if isinstance(value, date) else str(value)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    send_text(widget, text)


def click_ok(qtbot, dialog) -> None:
    """A click on the OK button of ``dialog``'s button box."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def press_in(qtbot, window, sequence: str) -> None:
    """A key sequence ("Ctrl+N") typed where the focus is in ``window``, made the active window first (offscreen, the
    main window may stop being the active one, and then no shortcut of it answers)."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    combination = QKeySequence(sequence)[0]
    QTest.keyClick(QApplication.focusWidget() or window, combination.key(), combination.keyboardModifiers())


def open_tab(qtbot, tabs, page) -> None:
    """Show ``page`` of the tab widget ``tabs`` as a person does: a click on its tab."""
    from PySide6.QtCore import Qt

    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tabs.indexOf(page)).center())
    qtbot.waitUntil(lambda: tabs.currentWidget() is page, timeout=5000)


def choose_menu_action(qtbot, window, action) -> None:
    """Choose ``action`` from the window's menu bar with the mouse: a click on its menu's title, then on it."""
    from PySide6.QtCore import Qt

    bar = window.menuBar()
    title = next(a for a in bar.actions() if a.menu() is not None and action in a.menu().actions())
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(title).center())
    menu = title.menu()
    qtbot.waitUntil(menu.isVisible, timeout=5000)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def choose_column(qtbot, window, header, title: str) -> None:
    """Show or hide a list's column as a person does: a right click on the list's header (through the window, as the
    window system gives it), then a click on the column's name in the menu that opens."""
    from PySide6.QtCore import QPoint, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMenu

    chosen = []

    def pick() -> None:  # once the menu is open (it runs its own event loop meanwhile)
        popup = QApplication.activePopupWidget()
        if not isinstance(popup, QMenu):
            QTimer.singleShot(20, pick)
            return
        [action] = [a for a in popup.actions() if a.text() == title]
        chosen.append(action)
        qtbot.mouseClick(popup, Qt.MouseButton.LeftButton, pos=popup.actionGeometry(action).center())

    QTimer.singleShot(50, pick)
    # a spot of its own per column: two right clicks at one spot would make a double click
    spot = header.viewport().mapTo(window, QPoint(20 + 12 * len(title), header.viewport().height() // 2))
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.RightButton, pos=spot)
    qtbot.waitUntil(lambda: bool(chosen) and QApplication.activePopupWidget() is None, timeout=5000)


def click_page(qtbot, window, key: str) -> None:
    """A click on the page ``key``'s entry in the window's side bar (scrolled to first, as a person scrolls a side bar
    taller than the window); the page may ask first (unsaved changes)."""
    from PySide6.QtCore import Qt

    sidebar = window.sidebar
    item = sidebar.item([entry.key for entry in window.entries].index(key))
    sidebar.scrollToItem(item)
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=sidebar.visualItemRect(item).center())


def open_page(qtbot, window, key: str) -> None:
    """Open the window's page ``key`` as a person does: a click on its entry in the side bar."""
    click_page(qtbot, window, key)
    qtbot.waitUntil(lambda: window.current_key == key, timeout=5000)
