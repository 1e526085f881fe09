"""The "possible duplicate" hint's two choices, made with the keyboard and the mouse as a person does: Enter never
records the duplicate; "Use this person" enrols the existing record; "Not the same person" records the new one and
keeps the decision, so the pair is not offered again."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from uihelpers import settle, type_text

from app.models.ids import reference_id
from app.services import ListQuery
from app.services.store.matching import probable_duplicates


def _enrolled(fd, training_id: str) -> list[str]:
    ids = fd.enrollments.ids(ListQuery(filters={"training_id": training_id}))
    return [r["participant_id"] for r in fd.enrollments.rows(ids, ["participant_id"])]


def _new_participant_dialog(qtbot, ctx, tab):
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible(), timeout=5000)
    dialog = tab.dialog
    qtbot.waitUntil(lambda: dialog.form.inputs["full_name"].widget.hasFocus() or dialog.isActiveWindow(),
                    timeout=5000)
    return dialog


def _type(qtbot, dialog, field: str, text: str) -> None:
    widget = dialog.form.inputs[field].widget
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(widget.hasFocus, timeout=5000)
    type_text(qtbot, widget, text)  # key events carrying their text: Cyrillic has no key on a test keyboard


def test_the_hint_asks_and_both_choices_do_what_they_say(open_window, qtbot):
    window, ctx = open_window("field", "trainings")
    fd = ctx.fd
    training = fd.trainings.create({"title": "Fair trial standards", "country_id": reference_id("country", "GT"),
                                    "start_date": date(2026, 5, 4), "end_date": date(2026, 5, 6)})
    known = fd.participants.create({"full_name": "Ivan Petrov", "organisation": "Supreme Court"})
    page = window.current_page
    page.open_record(training)
    settle(qtbot, ctx)
    tab = page.editor.enrollment
    qtbot.mouseClick(page.editor.tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=page.editor.tabs.tabBar().tabRect(page.editor.tabs.indexOf(tab)).center())
    qtbot.waitUntil(tab.isVisible, timeout=5000)

    # The name typed in Cyrillic, then Enter at once (before the hint had time to look): nothing is recorded.
    dialog = _new_participant_dialog(qtbot, ctx, tab)
    _type(qtbot, dialog, "full_name", "Иван Петров")
    _type(qtbot, dialog, "organisation", "Supreme Court")
    QTest.keyClick(dialog.form.inputs["organisation"].widget, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.duplicates.isVisible() and not ctx.tasks.busy, timeout=10000)
    assert [m.id for m in dialog.duplicates.matches] == [known] and "Ivan Petrov" in dialog.duplicates.text()
    assert fd.participants.count() == 1 and dialog.isVisible()
    QTest.keyClick(dialog.form.inputs["organisation"].widget, Qt.Key.Key_Return)  # Enter again: still asks
    settle(qtbot, ctx)
    assert fd.participants.count() == 1 and dialog.isVisible()
    # "Use this person", by mouse: the existing record is enrolled, no one new recorded.
    qtbot.mouseClick(dialog.duplicates.use_buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    settle(qtbot, ctx)
    assert _enrolled(fd, training) == [known] and fd.participants.count() == 1

    # The same person again: "Use this person" is refused with the reason, and nothing changes.
    dialog = _new_participant_dialog(qtbot, ctx, tab)
    _type(qtbot, dialog, "full_name", "Ivan Petrov")
    _type(qtbot, dialog, "organisation", "Supreme Court")
    qtbot.waitUntil(lambda: dialog.duplicates.isVisible() and not ctx.tasks.busy, timeout=10000)
    qtbot.mouseClick(dialog.duplicates.use_buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "already enrolled" in dialog.summary.text(), timeout=10000)
    assert dialog.isVisible() and _enrolled(fd, training) == [known]
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)

    # The search popup names each person whole, with their organisation, in a popup as wide as the longest one.
    fd.participants.create({"full_name": "Ivan Petrovich Sidorenko-Vasilievsky", "organisation":
                            "Constitutional Court of the Russian Federation, Department of International Law"})
    window.activateWindow()  # the closed dialog took the activation with it
    qtbot.mouseClick(tab.picker.widget, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(tab.picker.widget.hasFocus, timeout=5000)
    with qtbot.waitSignal(tab.picker.suggestions_shown, timeout=10000):
        QTest.keyClicks(tab.picker.widget, "Ivan")
    popup = tab.picker.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    shown = sorted(popup.model().index(r, 0).data() for r in range(popup.model().rowCount()))
    assert shown == ["Ivan Petrov \u2014 Supreme Court", "Ivan Petrovich Sidorenko-Vasilievsky \u2014 Constitutional "
                     "Court of the Russian Federation, Department of International Law"]
    assert popup.width() >= popup.sizeHintForColumn(0)
    QTest.keyClick(popup, Qt.Key.Key_Escape)

    # Someone else with a similar name: "Not the same person", by its mnemonic, records them and the decision.
    other = fd.participants.create({"full_name": "Anna Ivanova", "organisation": "Bar Association"})
    dialog = _new_participant_dialog(qtbot, ctx, tab)
    _type(qtbot, dialog, "full_name", "Ana Ivanova")
    _type(qtbot, dialog, "organisation", "Bar Association")
    qtbot.waitUntil(lambda: dialog.duplicates.isVisible() and not ctx.tasks.busy, timeout=10000)
    assert [m.id for m in dialog.duplicates.matches] == [other]
    QTest.keyClick(dialog.form.inputs["organisation"].widget, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    settle(qtbot, ctx)
    [new] = [p for p in _enrolled(fd, training) if p not in (known, other)]
    assert fd.participants.get(new).full_name == "Ana Ivanova" and fd.participants.count() == 4
    assert all({p.first.id, p.second.id} != {new, other} for p in probable_duplicates(fd))
    assert probable_duplicates(fd, threshold=0.8) == []  # the one near pair left was decided
