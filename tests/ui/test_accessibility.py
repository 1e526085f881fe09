"""Keyboard and screen-reader use: every input has a label it is the buddy of and an accessible name, and Tab
goes through a form in the order of its fields."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from uihelpers import open_tab, press_in, settle

from app.ui.widgets.form import RecordForm

RECORD_PAGES = ["missions", "trainings", "participants", "recommendations", "requests", "projects", "experts"]


def labelled(widget: QWidget, root: QWidget) -> bool:
    return any(label.buddy() is widget for label in root.findChildren(QLabel))


@pytest.mark.parametrize("key", RECORD_PAGES)
def test_every_input_has_a_buddy_label_and_an_accessible_name(open_window, qtbot, key):
    window, ctx = open_window("demo", key)
    page = window.current_page
    press_in(qtbot, window, "Ctrl+PgDown")
    settle(qtbot, ctx)
    forms = [page.editor.form]
    tabs = page.editor.tabs
    for part in page.editor.parts:
        if hasattr(part, "add") and part.writable:
            tab = next(tabs.widget(n) for n in range(tabs.count())
                       if tabs.widget(n) is part or tabs.widget(n).isAncestorOf(part))
            open_tab(qtbot, tabs, tab)
            part.dialog = None
            qtbot.mouseClick(part.add_button, Qt.MouseButton.LeftButton)  # Add…
            qtbot.waitUntil(lambda part=part: part.dialog is not None and part.dialog.isVisible(), timeout=5000)
            forms.append(part.dialog.form)
    for form in forms:
        for key_, field in form.inputs.items():
            widget = field.focus_widget
            assert widget.accessibleName(), f"{key}: {key_} has no accessible name"
            assert labelled(widget, form), f"{key}: {key_} has no label whose buddy it is"
        for dialog_form in forms[1:]:
            dialog_form.window().reject()
    bar = page.panel.filter_bar
    for combo in bar.combos.values():
        assert combo.accessibleName() and labelled(combo, bar)
    assert page.panel.search.accessibleName()


@pytest.mark.parametrize("key", ["missions", "trainings", "participants"])
def test_tab_goes_through_the_form_in_order(open_window, qtbot, key):
    window, ctx = open_window("demo", key)
    page = window.current_page
    press_in(qtbot, window, "Ctrl+PgDown")
    settle(qtbot, ctx)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    form: RecordForm = page.editor.form
    # a field that does not apply is disabled and Tab passes it, as Qt does (a national record's list of countries)
    order = [w for w in (form.inputs[spec.key].focus_widget for spec in form.specs) if w.isEnabled()]
    order[0].setFocus(Qt.FocusReason.TabFocusReason)
    for expected in order[1:]:
        current = QApplication.focusWidget()
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is expected or expected.isAncestorOf(focused), \
            f"Tab from {current.objectName()} went to {focused.objectName() or focused}, not {expected.objectName()}"


def test_labels_are_not_cut_at_twice_the_font_size(open_window, qtbot, qapp):
    """A stand-in for 200% scaling: layouts give bigger text the room it needs (no label is clipped)."""
    font = qapp.font()
    big = type(font)(font)
    big.setPointSizeF(font.pointSizeF() * 2)
    qapp.setFont(big)
    try:
        window, ctx = open_window("demo", "trainings")
        press_in(qtbot, window, "Ctrl+PgDown")
        settle(qtbot, ctx)
        form = window.current_page.editor.form
        for key, label in form.labels.items():
            assert label.width() >= label.sizeHint().width(), f"the label of {key} is cut"
            field = form.inputs[key].focus_widget
            assert field.height() >= field.fontMetrics().height(), f"{key} is shorter than its text"
    finally:
        qapp.setFont(font)
