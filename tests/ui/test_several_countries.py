"""Several countries in the editors (schema 0024), through the keyboard and the mouse: a regional activity is made by
choosing its scope, ticking its region, typing countries (Enter adds, Delete removes); the list then shows
"Regional (n)"; a name that is no country is refused beside the field and nothing is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from uihelpers import open_tab, press_in, settle, type_text

from app.services.store.seed import country_id, region_id


def test_a_regional_activity_is_made_with_the_keyboard(open_window, qtbot):
    window, ctx = open_window("field", "trainings")
    editor, fd = window.current_page.editor, ctx.fd
    press_in(qtbot, window, "Ctrl+N")
    form = editor.form
    QTest.keyClicks(form.inputs["title"].widget, "Regional meeting of national institutions")
    scope, regions, countries = form.inputs["scope"], form.inputs["region_ids"], form.inputs["country_ids"]
    assert not countries.find.isEnabled(), "a national activity has no list of countries"
    scope.widget.setFocus()
    qtbot.keyClick(scope.widget, Qt.Key.Key_Down)  # national -> regional
    assert scope.value() == "regional" and countries.find.isEnabled()
    assert countries.value() == [country_id("GT")], "the host country starts the list"

    regions.widget.setFocus()
    QTest.keyClicks(regions.widget, "Central")  # jumps to the first region so named, as in any list
    assert regions.widget.currentIndex().data() == "Central America"
    qtbot.keyClick(regions.widget, Qt.Key.Key_Space)
    assert regions.value() == [region_id("013")]

    countries.find.setFocus()
    for typed in ("Salv", "hn", "Costa", "Panam"):  # a part of the name, or the ISO code
        QTest.keyClicks(countries.find, typed)
        qtbot.keyClick(countries.find, Qt.Key.Key_Return)
    assert countries.value() == [country_id(c) for c in ("GT", "SV", "HN", "CR", "PA")]
    assert countries.count.text() == "Listed: 5. Delete removes the chosen country."

    view = countries.view  # Panama was a mistake: chosen in the list, Delete removes it
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(countries.chosen.index(4, 0)).center())
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert countries.value() == [country_id(c) for c in ("GT", "SV", "HN", "CR")]

    type_text(qtbot, countries.find, "Atlantis")
    qtbot.keyClick(countries.find, Qt.Key.Key_Return)
    assert form.errors["country_ids"].text() == "No country is called \u201cAtlantis\u201d."
    assert not editor.save_button.isEnabled()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert fd.trainings.count() == 0, "nothing is saved while a name is no country"
    countries.find.selectAll()
    qtbot.keyClick(countries.find, Qt.Key.Key_Delete)
    assert form.errors["country_ids"].text() == ""

    with qtbot.waitSignal(editor.loaded, timeout=10000):
        press_in(qtbot, window, "Ctrl+S")
    settle(qtbot, ctx)
    [saved] = fd.trainings.ids()
    row = fd.trainings.get(saved)
    assert (row.scope, row.region_ids, row.country_id) == ("regional", [region_id("013")], country_id("GT"))
    assert row.country_ids == [country_id(c) for c in ("GT", "SV", "HN", "CR")]
    model = window.current_page.panel.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.row_data(0) is not None)
    column = [c.key for c in model.columns].index("country_id")
    assert model.index(0, column).data() == "Regional (4)"


def test_a_regional_activity_needs_its_region_and_countries(open_window, qtbot):
    window, ctx = open_window("field", "trainings")
    editor = window.current_page.editor
    press_in(qtbot, window, "Ctrl+N")
    form = editor.form
    QTest.keyClicks(form.inputs["title"].widget, "Regional seminar")
    form.inputs["scope"].widget.setFocus()
    qtbot.keyClick(form.inputs["scope"].widget, Qt.Key.Key_Down)
    assert "Choose the one region a regional record covers." in form.errors["region_ids"].text()
    assert "at least 2 countries" in form.errors["country_ids"].text()
    assert not editor.save_button.isEnabled()
    qtbot.keyClick(form.inputs["scope"].widget, Qt.Key.Key_Down)
    qtbot.keyClick(form.inputs["scope"].widget, Qt.Key.Key_Down)  # global: no country listed, none needed
    assert form.inputs["scope"].value() == "global" and form.errors["country_ids"].text() == ""
    assert form.inputs["country_ids"].value() == [] and editor.save_button.isEnabled()
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        press_in(qtbot, window, "Ctrl+S")
    settle(qtbot, ctx)
    [saved] = ctx.fd.trainings.ids()
    assert (ctx.fd.trainings.get(saved).scope, ctx.fd.trainings.get(saved).country_ids) == ("global", [])


def _saved(qtbot, window, ctx) -> None:
    editor = window.current_page.editor
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        press_in(qtbot, window, "Ctrl+S")
    settle(qtbot, ctx)


def _listed(qtbot, window) -> str:
    model = window.current_page.panel.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.row_data(0) is not None)
    return model.index(0, [c.key for c in model.columns].index("country_id")).data()


def test_an_interregional_mission_and_a_global_project_from_the_keyboard(open_window, qtbot):
    window, ctx = open_window("field", "missions")
    fd, form = ctx.fd, window.current_page.editor.form
    press_in(qtbot, window, "Ctrl+N")
    QTest.keyClicks(form.inputs["title"].widget, "Needs assessment of two commissions")
    scope = form.inputs["scope"].widget
    scope.setFocus()
    for _ in range(2):  # national -> regional -> interregional
        qtbot.keyClick(scope, Qt.Key.Key_Down)
    countries = form.inputs["country_ids"]
    countries.find.setFocus()
    for typed in ("Malawi", "mn"):
        QTest.keyClicks(countries.find, typed)
        qtbot.keyClick(countries.find, Qt.Key.Key_Return)
    _saved(qtbot, window, ctx)
    [mission] = fd.missions.ids()
    row = fd.missions.get(mission)
    assert (row.scope, row.region_ids, row.country_id) == ("interregional", [], country_id("GT"))
    assert row.country_ids == [country_id(c) for c in ("GT", "MW", "MN")]
    assert _listed(qtbot, window) == "Interregional (3)"
    editor = window.current_page.editor
    open_tab(qtbot, editor.tabs, editor.history)  # the History tab names the countries
    settle(qtbot, ctx)
    shown = {r[1]: r[3] for r in editor.history.model.rows}
    assert (shown["Scope"], shown["Countries covered"]) == ("Interregional", "Guatemala, Malawi, Mongolia")

    press_in(qtbot, window, "Ctrl+7")
    settle(qtbot, ctx)
    assert window.current_page is window.pages["projects"]
    form = window.current_page.editor.form
    press_in(qtbot, window, "Ctrl+N")
    QTest.keyClicks(form.inputs["code"].widget, "GLO-01")
    QTest.keyClicks(form.inputs["title"].widget, "Global support to national institutions")
    scope = form.inputs["scope"].widget
    scope.setFocus()
    qtbot.keyClick(scope, Qt.Key.Key_End)
    assert not form.inputs["country_ids"].find.isEnabled()
    _saved(qtbot, window, ctx)
    [project] = fd.projects.ids()
    assert (fd.projects.get(project).scope, fd.projects.get(project).country_ids) == ("global", [])
    assert _listed(qtbot, window) == "Global"
