"""The Institutions page with the keyboard and mouse, at headquarters: an institution is created, an accreditation
review added on its tab (the current status follows), a concern naming that review, a project of its country linked to
it in the project's editor (its list offers the country's institutions), and the institution's Work tab lists the
project and opens it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from uihelpers import open_tab, press_in, settle, type_text

from app.services import ListQuery
from app.services.store.seed import country_id


def focused():
    return QApplication.focusWidget()


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def type_date(qtbot, field, text: str) -> None:
    qtbot.mouseClick(field.edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: focused() is field.edit)
    QTest.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # over what is there
    QTest.keyClicks(field.edit, text)
    qtbot.waitUntil(lambda: field.edit.text() == text)


def pick_in_combo(qtbot, field, text: str, wanted) -> None:
    """A non-editable list chosen from the keyboard: focus it with a Tab-like click, type the start of the name."""
    combo = field.widget
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: focused() is combo)
    QTest.keyClicks(combo, text)
    qtbot.waitUntil(lambda: field.value() == wanted)


def show_page_from_sidebar(qtbot, window, key: str) -> None:
    bar = window.sidebar
    row = [e.key for e in window.entries].index(key)
    item = bar.item(row)
    bar.scrollToItem(item)
    qtbot.mouseClick(bar.viewport(), Qt.MouseButton.LeftButton, pos=bar.visualItemRect(item).center())
    qtbot.waitUntil(lambda: window.current_key == key)


def test_an_institution_its_review_and_a_linked_project(open_window, hq_profile, qtbot):
    window, ctx = open_window(hq_profile, "institutions")
    page = window.current_page
    editor = page.editor
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        press_in(qtbot, window, "Ctrl+N")
    inputs = editor.form.inputs
    type_text(qtbot, inputs["name"].widget, "Procurador de los Derechos Humanos")
    type_text(qtbot, inputs["acronym"].widget, "PDH")
    pick_in_combo(qtbot, inputs["country_id"], "Guatemala", country_id("GT"))
    type_date(qtbot, inputs["established"], "1985-05-31")
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.waitUntil(editor.save_button.isEnabled)
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        press_in(qtbot, window, "Ctrl+S")
    settle(qtbot, ctx)
    [institution] = ctx.fd.institutions.matching_rows(ListQuery(), ["name", "acronym", "country_id", "established"])
    assert (institution["name"], institution["acronym"], institution["country_id"], institution["established"]) == (
        "Procurador de los Derechos Humanos", "PDH", country_id("GT"), date(1985, 5, 31))
    assert [editor.tabs.tabText(n) for n in range(editor.tabs.count())] == [
        "Profile", "Accreditation", "Regional offices", "Concerns", "Work", "History"]

    # An accreditation review, on its tab: the current status follows it.
    section = editor.accreditation
    open_tab(qtbot, editor.tabs, section)
    qtbot.waitUntil(lambda: section.current.text() == "Current status: not reviewed.")
    click(qtbot, section.add_button)
    dialog = section.dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog_inputs = dialog.form.inputs
    type_date(qtbot, dialog_inputs["review_date"], "2023-03-20")
    pick_in_combo(qtbot, dialog_inputs["status"], "B", "b")
    type_date(qtbot, dialog_inputs["next_review"], "2023-01-01")  # before the review: refused, said beside it
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: "after this review" in dialog.form.errors["next_review"].text())
    assert not dialog.ok_button.isEnabled()
    type_date(qtbot, dialog_inputs["next_review"], "2028-03-20")
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.waitUntil(dialog.ok_button.isEnabled)
    with qtbot.waitSignal(section.loaded, timeout=10000):
        click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: section.current.text().startswith("Current status: B: partially compliant"))
    qtbot.waitUntil(lambda: page.panel.model.row_data(0) is not None
                    and page.panel.model.row_data(0).get("accreditation") == "b")  # the list's current status
    [review] = ctx.fd.institution_accreditations.matching_rows(ListQuery(), ["status", "review_date",
                                                                             "next_review"])
    assert (review["status"], review["review_date"], review["next_review"]) == (
        "b", date(2023, 3, 20), date(2028, 3, 20))

    # A concern the review raised, on the Concerns tab: it names the review.
    concerns = editor.concerns
    open_tab(qtbot, editor.tabs, concerns)
    qtbot.waitUntil(lambda: bool(concerns.reviews))  # the tab has read the review added
    click(qtbot, concerns.add_button)
    dialog = concerns.dialog
    qtbot.waitUntil(dialog.isVisible)
    text = dialog.form.inputs["text"].widget
    click(qtbot, text)
    qtbot.waitUntil(lambda: focused() is text)
    QTest.keyClicks(text, "Budget cut after unwelcome decisions")
    pick_in_combo(qtbot, dialog.form.inputs["accreditation_id"], "Accreditation", review["id"])
    qtbot.waitUntil(dialog.ok_button.isEnabled)
    with qtbot.waitSignal(concerns.loaded, timeout=10000):
        click(qtbot, dialog.ok_button)
    [concern] = ctx.fd.institution_concerns.matching_rows(ListQuery(), ["text", "accreditation_id"])
    assert (concern["text"], concern["accreditation_id"]) == ("Budget cut after unwelcome decisions", review["id"])
    assert concerns.model.index(0, 1).data().startswith("Accreditation review of ")

    # A project of Guatemala, linked to it in the project's editor.
    show_page_from_sidebar(qtbot, window, "projects")
    projects = window.current_page
    settle(qtbot, ctx)
    with qtbot.waitSignal(projects.editor.loaded, timeout=10000):
        press_in(qtbot, window, "Ctrl+N")
    project_inputs = projects.editor.form.inputs
    type_text(qtbot, project_inputs["code"].widget, "GT-2026-01")
    type_text(qtbot, project_inputs["title"].widget, "Support to the Ombudsman")
    picker = project_inputs["institution_id"]
    with qtbot.waitSignal(picker.items_loaded, timeout=10000):
        pick_in_combo(qtbot, project_inputs["country_id"], "Guatemala", country_id("GT"))
    pick_in_combo(qtbot, picker, "Procurador", institution["id"])
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.waitUntil(projects.editor.save_button.isEnabled)
    with qtbot.waitSignal(projects.editor.loaded, timeout=10000):
        press_in(qtbot, window, "Ctrl+S")
    settle(qtbot, ctx)
    [project] = ctx.fd.projects.matching_rows(ListQuery(), ["code", "institution_id"])
    assert (project["code"], project["institution_id"]) == ("GT-2026-01", institution["id"])

    # The institution's Work tab lists the project; Enter opens it on the Projects page.
    show_page_from_sidebar(qtbot, window, "institutions")
    work = editor.work
    open_tab(qtbot, editor.tabs, work)
    qtbot.waitUntil(lambda: work.model.rowCount() == 1)
    assert [work.model.index(0, c).data() for c in range(3)] == ["Project", "GT-2026-01", "Support to the Ombudsman"]
    assert work.summary.text() == "Projects: 1. Missions: 0. Training activities: 0. Recommendations: 0."
    qtbot.mouseClick(work.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=work.view.visualRect(work.model.index(0, 0)).center())
    qtbot.waitUntil(lambda: focused() is work.view)
    qtbot.keyClick(work.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_key == "projects" and projects.editor.record_id == project["id"])
