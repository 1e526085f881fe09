"""Issue 15's "done when", recorded: in Spanish, with the keyboard alone, a mission (a team of 3, 5 meetings,
findings, 4 recommendations) and a 3-day workshop (6 participants, one of them a near-duplicate decided about,
attendance, pre/post scores, evaluations); then everything is read back through the services and must be as typed.
The keys are counted (Tab, Alt+letter, Ctrl+S: one each; a character typed: one); no mouse is used.

How many Tabs reach a field is what a person sees on the screen: the walk presses Tab until the focus is in the
field it wants, counting each press; a field whose label shows an underlined letter is reached with Alt+letter."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from shiboken6 import Shiboken
from uihelpers import settle

from app.services import ListQuery
from app.services.store.seed import reference_id


class Keyboard:
    """Every key goes to the widget that has the focus when it is pressed, and is counted."""

    def __init__(self, qtbot, ctx, window):
        self.qtbot, self.ctx, self.window = qtbot, ctx, window
        self.keys = 0
        self.text = 0  # of them, characters of the values typed (the rest: Tab, Enter, Alt+letter, Ctrl+...)

    def focused(self):
        return QApplication.focusWidget() or QApplication.activeModalWidget() or self.window

    def type(self, text: str) -> None:
        for ch in text:
            widget = self.focused()
            if ch == "\t":
                QTest.keyClick(widget, Qt.Key.Key_Tab)
            elif ch == "\n":
                QTest.keyClick(widget, Qt.Key.Key_Return)
            elif ch.isascii():
                QTest.keyClick(widget, ch)
            else:  # ñ, á: a key of the Spanish keyboard, sent with its text
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
            self.keys += 1
            self.text += ch not in "\t\n"
            if not ch.isalnum() and ch != " ":  # after a Tab, Enter, a date's "/": what it started is handled
                QApplication.processEvents()

    def ours(self, widget) -> bool:
        """``widget`` is the window or one of its dialogs (a window left by an earlier test is not)."""
        while widget is not None:
            if widget is self.window:
                return True
            widget = widget.parentWidget()
        return False

    def press(self, sequence: str, times: int = 1) -> None:
        combination = QKeySequence(sequence)[0]
        # Offscreen, a widget deleted can leave no window active, or another test's window may be the active one (X
        # gives the focus back to the window a person works in): the keys go to this window or its dialog.
        if not self.ours(QApplication.activeWindow()):
            modal = QApplication.activeModalWidget()
            (modal if self.ours(modal) else self.window).activateWindow()
            self.qtbot.waitUntil(lambda: self.ours(QApplication.activeWindow()), timeout=15000)
        for _ in range(times):
            QTest.keyClick(self.focused(), combination.key(), combination.keyboardModifiers())
            self.keys += 1
            QApplication.processEvents()

    def tab_to(self, widget, limit: int = 40) -> None:
        for _ in range(limit):
            if self.focused() is widget or widget.isAncestorOf(self.focused()):
                return
            self.press("Tab")
        raise AssertionError(f"Tab never reached {widget}; the focus is on {self.focused()}")

    def go(self, form, key: str) -> None:
        """To the field: its Alt+letter when its label shows one, else Tab."""
        target = form.inputs[key].focus_widget
        text = form.labels[key].text()
        if "&" in text and text[text.index("&") + 1].isalpha():
            self.press(f"Alt+{text[text.index('&') + 1].upper()}")
            if self.focused() is target or target.isAncestorOf(self.focused()):
                return
        self.tab_to(target)

    def button(self, button) -> None:
        """A button by its Alt+letter."""
        text = button.text()
        assert "&" in text, f"{text} has no Alt+letter"
        self.press(f"Alt+{text[text.index('&') + 1].upper()}")

    def fill(self, form, values: dict[str, str]) -> None:
        for key, text in values.items():
            self.go(form, key)
            widget = self.focused()
            if text.startswith("="):  # a date or number replacing what the field holds: emptied first
                self.press("Ctrl+A")
                text = text[1:]
            self.type(text)
            assert widget is self.focused(), f"typing in {key} moved the focus to {self.focused()}"


def opened(owner) -> bool:
    dialog = owner.dialog
    return dialog is not None and Shiboken.isValid(dialog) and dialog.isVisible()


def closed(dialog) -> bool:
    return not Shiboken.isValid(dialog) or not dialog.isVisible()


def next_tab(kb, editor, section) -> None:
    """Ctrl+Tab until the part's tab is shown."""
    for _ in range(editor.tabs.count()):
        if editor.tabs.currentWidget() is section:
            return
        kb.press("Ctrl+Tab")
    raise AssertionError(f"Ctrl+Tab never showed {section}")


def add_part(kb, qtbot, ctx, section, values: dict[str, str], ok_after_text: bool = False) -> None:
    """The part's Add… by its Alt+letter, its fields typed, then Enter (or, after a text of several lines, Tab to
    OK and Enter)."""
    before = len(section.model.rows)
    kb.button(section.add_button)
    qtbot.waitUntil(lambda: opened(section), timeout=15000)
    dialog = section.dialog
    kb.fill(dialog.form, values)
    if ok_after_text:
        kb.tab_to(dialog.ok_button)
    kb.press("Return")
    qtbot.waitUntil(lambda: closed(dialog), timeout=10000)
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: len(section.model.rows) == before + 1, timeout=10000)


def test_a_mission_and_a_workshop_recorded_in_spanish_with_the_keyboard_alone(open_window, qtbot, capsys):
    window, ctx = open_window("field", "dashboard", "es")
    fd = ctx.fd
    known = fd.participants.create({"full_name": "María José Gómez", "organisation": "Corte Suprema de Justicia"})
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=15000)
    kb = Keyboard(qtbot, ctx, window)

    # ---- the mission
    kb.press("Ctrl+2")
    qtbot.waitUntil(lambda: window.current_key == "missions", timeout=15000)
    settle(qtbot, ctx)
    editor = window.current_page.editor
    kb.press("Ctrl+N")
    qtbot.waitUntil(lambda: editor.mode == "new", timeout=15000)
    kb.type("Evaluación de necesidades en Guatemala")
    kb.fill(editor.form, {"requesting_authority": "Ministerio de Relaciones Exteriores",
                          "start_date": "12/10/2026", "end_date": "16/10/2026"})
    kb.press("Ctrl+S")
    qtbot.waitUntil(lambda: editor.mode == "existing", timeout=10000)
    settle(qtbot, ctx)
    mission = editor.record_id
    next_tab(kb, editor, editor.team)
    for name, role, lead in (("Ana Castillo", "Jefa de misión", True), ("Luis Herrera", "Oficial de derechos humanos",
                                                                          False), ("Rosa Méndez", "Intérprete", False)):
        values = {"staff_name": name, "role": role}
        add_part(kb, qtbot, ctx, editor.team, values if not lead else {**values, "is_lead": " "})
    next_tab(kb, editor, editor.meetings)
    meetings = [("=12/10/2026", "Corte Suprema de Justicia", "Pod", "3", "2"),
                ("=13/10/2026", "Procuraduría de los Derechos Humanos", "Ins", "2", "2"),
                ("=13/10/2026", "Ministerio de Gobernación", "Gob", "1", "4"),
                ("=14/10/2026", "Policía Nacional Civil", "Pol", "2", "5"),
                ("=15/10/2026", "Convergencia por los Derechos Humanos", "ONG", "4", "1")]
    for day, organisation, kind, women, men in meetings:
        add_part(kb, qtbot, ctx, editor.meetings, {"meeting_date": day, "organisation": organisation,
                                                   "stakeholder_type_id": kind, "women_met": "=" + women,
                                                   "men_met": "=" + men})
    next_tab(kb, editor, editor.findings)
    findings = [("Adm", "La mora judicial supera los tres años en los juzgados de paz."),
                ("Ins", "La institución nacional carece de oficinas fuera de la capital.")]
    for theme, text in findings:
        add_part(kb, qtbot, ctx, editor.findings, {"thematic_area_id": theme, "text": text}, ok_after_text=True)
    next_tab(kb, editor, editor.recommendations)
    recommendations = [("Reducir la mora judicial con un plan de descongestión.", "Adm", "Organismo Judicial"),
                       ("Abrir oficinas regionales de la institución nacional.", "Ins", "Procuraduría"),
                       ("Capacitar a la policía en el uso de la fuerza.", "Adm", "Policía Nacional Civil"),
                       ("Consultar a la sociedad civil sobre la reforma.", "Apo", "Congreso de la República")]
    for text, theme, institution in recommendations:
        add_part(kb, qtbot, ctx, editor.recommendations, {"text": text, "thematic_area_id": theme,
                                                          "target_institution": institution})
    mission_keys = kb.keys

    # ---- the workshop
    kb.press("Ctrl+3")
    qtbot.waitUntil(lambda: window.current_key == "trainings", timeout=15000)
    settle(qtbot, ctx)
    editor = window.current_page.editor
    kb.press("Ctrl+N")
    qtbot.waitUntil(lambda: editor.mode == "new", timeout=15000)
    kb.type("Taller sobre juicio justo")
    kb.fill(editor.form, {"form": "Tal", "venue": "Quetzaltenango", "start_date": "=09/11/2026",
                          "end_date": "=11/11/2026"})
    kb.press("Ctrl+S")
    qtbot.waitUntil(lambda: editor.mode == "existing", timeout=10000)
    settle(qtbot, ctx)
    training = editor.record_id
    tab = editor.enrollment
    next_tab(kb, editor, tab)
    people = [("Carlos Pérez", "Hom", "Organismo Judicial"), ("Lucía Ramírez", "Muj", "Ministerio Público"),
              ("Jorge Xol", "Hom", "Instituto de la Defensa Pública Penal"),
              ("Elena Cux", "Muj", "Procuraduría de los Derechos Humanos"),
              ("Marta Chávez", "Muj", "Organismo Judicial")]
    for name, sex, organisation in people:
        kb.button(tab.new_button)
        qtbot.waitUntil(lambda: opened(tab), timeout=15000)
        dialog = tab.dialog
        kb.fill(dialog.form, {"full_name": name, "sex": sex, "organisation": organisation})
        kb.press("Return")
        qtbot.waitUntil(lambda d=dialog: closed(d), timeout=10000)
        settle(qtbot, ctx)
    # the sixth is recorded already, typed without accents: the hint asks, and "Use this person" enrols her
    kb.button(tab.new_button)
    qtbot.waitUntil(lambda: opened(tab), timeout=15000)
    dialog = tab.dialog
    kb.fill(dialog.form, {"full_name": "Maria Jose Gomez", "organisation": "Corte Suprema de Justicia"})
    qtbot.waitUntil(lambda: dialog.duplicates.isVisible() and not ctx.tasks.busy, timeout=10000)
    kb.button(dialog.duplicates.use_buttons[0])
    qtbot.waitUntil(lambda: closed(dialog), timeout=10000)
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 6, timeout=10000)
    order = [r["full_name"] for r in tab.model.rows]  # the sheet's order: the grids' rows
    # attendance: three days for each person, typed across the grid
    next_tab(kb, editor, editor.attendance)
    qtbot.waitUntil(lambda: editor.attendance.model.rowCount() == 6, timeout=10000)  # the grid shown, then typed in
    attendance = {"Carlos Pérez": "111", "Lucía Ramírez": "110", "Jorge Xol": "111", "Elena Cux": "011",
                  "Marta Chávez": "111", "María José Gómez": "101"}
    kb.type("\t".join("\t".join(attendance[name]) for name in order))
    qtbot.waitUntil(lambda: not editor.attendance._pending and not editor.attendance._in_flight, timeout=10000)
    settle(qtbot, ctx)
    # pre-test, post-test, evaluation for each person
    next_tab(kb, editor, editor.scores)
    qtbot.waitUntil(lambda: editor.scores.model.rowCount() == 6, timeout=10000)
    scores = {"Carlos Pérez": (40, 75, 5), "Lucía Ramírez": (55, 80, 4), "Jorge Xol": (30, 60, 4),
              "Elena Cux": (62, 70, 3), "Marta Chávez": (48, 90, 5), "María José Gómez": (70, 85, 4)}
    kb.type("".join(f"{pre}\t{post}\t{evaluation}\t\t" for pre, post, evaluation in (scores[n] for n in order)))
    qtbot.waitUntil(lambda: not editor.scores._pending and not editor.scores._in_flight, timeout=10000)
    settle(qtbot, ctx)
    workshop_keys = kb.keys - mission_keys

    # ---- read back through the services: as typed
    got = fd.missions.get(mission)
    assert (got.title, got.requesting_authority, got.start_date, got.end_date) == (
        "Evaluación de necesidades en Guatemala", "Ministerio de Relaciones Exteriores", date(2026, 10, 12),
        date(2026, 10, 16))

    def parts(table, columns):
        service = fd.service(table)
        ids = service.ids(ListQuery(filters={"mission_id": mission}))
        return sorted(tuple(r[c] for c in columns) for r in service.rows(ids, columns))

    assert parts("mission_member", ["staff_name", "role", "is_lead"]) == [
        ("Ana Castillo", "Jefa de misión", True), ("Luis Herrera", "Oficial de derechos humanos", False),
        ("Rosa Méndez", "Intérprete", False)]
    kinds = {"Pod": "judiciary", "Ins": "nhri", "Gob": "government", "Pol": "police", "ONG": "ngo"}
    assert parts("stakeholder_meeting", ["meeting_date", "organisation", "stakeholder_type_id", "women_met",
                                         "men_met"]) == sorted(
        (date(int(d[7:]), int(d[4:6]), int(d[1:3])), o, reference_id("stakeholder_type", kinds[k]), int(w), int(m))
        for d, o, k, w, m in meetings)
    themes = {"Adm": "justice", "Ins": "nhri", "Apo": "civil_society"}
    assert parts("mission_finding", ["thematic_area_id", "text"]) == sorted(
        (reference_id("thematic_area", themes[t]), text) for t, text in findings)
    assert parts("recommendation", ["text", "thematic_area_id", "target_institution"]) == sorted(
        (text, reference_id("thematic_area", themes[t]), i) for text, t, i in recommendations)
    got = fd.trainings.get(training)
    assert (got.title, got.form, got.venue, got.start_date, got.end_date) == (
        "Taller sobre juicio justo", "workshop", "Quetzaltenango", date(2026, 11, 9), date(2026, 11, 11))
    ids = fd.enrollments.ids(ListQuery(filters={"training_id": training}))
    rows = fd.enrollments.rows(ids, ["participant_id", "attendance", "pre_score", "post_score", "evaluation_score"])
    by_person = {fd.participants.get(r["participant_id"]).full_name: r for r in rows}
    assert sorted(by_person) == sorted(attendance)
    assert by_person["María José Gómez"]["participant_id"] == known  # the near-duplicate: the one recorded before
    assert fd.participants.count() == 6
    for name, row in by_person.items():
        assert [int(bool(day)) for day in row["attendance"]] == [int(c) for c in attendance[name]], (name, row, order)
        assert (row["pre_score"], row["post_score"], row["evaluation_score"]) == scores[name], name
    people_rows = {p.full_name: p for p in fd.participants.list().rows}
    assert [(people_rows[n].sex, people_rows[n].organisation) for n, *_ in people] == [
        ("male" if s == "Hom" else "female", o) for _n, s, o in people]
    with capsys.disabled():
        print(f"\nwalk-through: mission {mission_keys} keys, workshop {workshop_keys} keys, "
              f"{kb.keys} keys in all ({kb.text} characters of values, {kb.keys - kb.text} to move and command), "
              "0 clicks")
