"""Participants: create (a validation error shown and save refused first), edit, delete with confirmation; the
possible-duplicate hint; search and filters."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from uihelpers import choose, choose_menu_action, click_page, press_in, settle, type_text

from app.services import ListQuery
from app.services.store.seed import country_id


def test_participant_create_refuse_edit_delete(open_window, qtbot, dialogs):
    window, ctx = open_window("field", "participants")
    page, fd = window.current_page, ctx.fd
    press_in(qtbot, window, "Ctrl+N")
    editor = page.editor
    form = editor.form
    assert editor.mode == "new" and not window.actions_.save.isEnabled()
    type_text(qtbot, form.inputs["full_name"].widget, "Ana López")
    type_text(qtbot, form.inputs["email"].widget, "ana@example.org")
    # contact details without consent: the message stands beside the consent field and Save stays disabled
    error = form.errors["consent_contact"]
    assert not error.isHidden() and "consent" in error.text()
    assert form.inputs["consent_contact"].focus_widget.accessibleDescription() == error.text()
    assert not window.actions_.save.isEnabled() and not editor.save_button.isEnabled()
    press_in(qtbot, window, "Ctrl+S")  # refused: nothing is written
    settle(qtbot, ctx)
    assert fd.participants.count() == 0

    consent = form.inputs["consent_contact"].widget
    qtbot.mouseClick(consent, Qt.MouseButton.LeftButton, pos=consent.rect().center())
    assert consent.isChecked()
    assert error.isHidden() and window.actions_.save.isEnabled()
    choose(qtbot, form.inputs["sex"].widget, "female")
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        press_in(qtbot, window, "Ctrl+S")
    settle(qtbot, ctx)
    [pid] = fd.participants.ids()
    person = fd.participants.get(pid)
    assert (person.full_name, person.sex, person.email, person.consent_contact) == (
        "Ana López", "female", "ana@example.org", True)
    assert person.country_id == country_id("GT")  # the office's country by default
    assert page.panel.model.rowCount() == 1 and page.panel.current_id() == pid
    assert page.panel.count.text() == "1 participant"

    # edit: only the changed field is written, and the history tab shows it
    type_text(qtbot, form.inputs["organisation"].widget, "Organismo Judicial")
    assert editor.is_dirty()
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert fd.participants.get(pid).organisation == "Organismo Judicial" and not editor.is_dirty()
    history = editor.history.model
    assert [(r[1], r[2], r[3]) for r in history.rows[:1]] == [("Organisation", "\u2014", "Organismo Judicial")]
    assert history.operation(history.rows[-1][0]) == "Created"

    # delete: asked first; "No" keeps it, "Yes" deletes it
    dialogs.answers = [QMessageBox.StandardButton.No]
    choose_menu_action(qtbot, window, window.actions_.delete)
    settle(qtbot, ctx)
    assert fd.participants.count() == 1
    dialogs.answers = [QMessageBox.StandardButton.Yes]
    choose_menu_action(qtbot, window, window.actions_.delete)
    settle(qtbot, ctx)
    assert fd.participants.count() == 0 and fd.participants.get(pid).deleted
    assert editor.mode == "empty" and page.panel.model.rowCount() == 0
    assert [kind for kind, _t, text in dialogs.seen] == ["question", "question"]
    assert "Ana López" in dialogs.seen[0][2]


def test_a_save_refused_by_the_database_is_shown_beside_the_field(open_window, qtbot):
    """The form offers a stakeholder type that headquarters' reference data then withdraws (deleted in the database
    while the form is open): the service refuses the save, and the refusal is shown beside that field."""
    from app.services.store.seed import stakeholder_type_id

    window, ctx = open_window("field", "participants")
    editor = window.current_page.editor
    press_in(qtbot, window, "Ctrl+N")
    type_text(qtbot, editor.form.inputs["full_name"].widget, "Ana")
    withdrawn = stakeholder_type_id("ngo")
    choose(qtbot, editor.form.inputs["stakeholder_type_id"].widget, withdrawn)
    with ctx.fd.writing() as w:  # as a reference-data update from headquarters does
        w.conn.exec_driver_sql("UPDATE stakeholder_type SET deleted = 1 WHERE id = ?", (withdrawn,))
    with qtbot.waitSignal(editor.save_refused, timeout=10000) as refused:
        press_in(qtbot, window, "Ctrl+S")
    message = editor.form.errors["stakeholder_type_id"].text()
    assert "stakeholder_type_id" in refused.args[0] and "was deleted" in message, message
    assert ctx.fd.participants.count() == 0
    assert not editor.save_button.isEnabled()  # until the field is changed
    choose(qtbot, editor.form.inputs["stakeholder_type_id"].widget, stakeholder_type_id("judiciary"))
    assert editor.form.errors["stakeholder_type_id"].isHidden() and editor.save_button.isEnabled()


def test_leaving_a_changed_record_asks_and_can_save_discard_or_stay(open_window, qtbot, dialogs):
    window, ctx = open_window("demo", "participants")
    page = window.current_page
    press_in(qtbot, window, "Ctrl+PgDown")
    settle(qtbot, ctx)
    first = page.editor.record_id
    type_text(qtbot, page.editor.form.inputs["position"].widget, "Judge")
    dialogs.answers = [QMessageBox.StandardButton.Cancel]
    press_in(qtbot, window, "Ctrl+PgDown")
    settle(qtbot, ctx)
    assert page.editor.record_id == first and page.editor.is_dirty() and page.panel.current_id() == first
    dialogs.answers = [QMessageBox.StandardButton.Cancel]
    click_page(qtbot, window, "missions")
    assert window.current_key == "participants"
    dialogs.answers = [QMessageBox.StandardButton.Save]
    press_in(qtbot, window, "Ctrl+PgDown")
    settle(qtbot, ctx)
    assert ctx.fd.participants.get(first).position == "Judge"
    assert page.editor.record_id == page.panel.model.record_id(1)
    type_text(qtbot, page.editor.form.inputs["position"].widget, "Clerk")
    second = page.editor.record_id
    dialogs.answers = [QMessageBox.StandardButton.Discard]
    press_in(qtbot, window, "Ctrl+PgUp")
    settle(qtbot, ctx)
    assert ctx.fd.participants.get(second).position != "Clerk" and page.editor.record_id == first
    assert len(dialogs.of("question")) == 4


def test_possible_duplicate_hint(open_window, qtbot):
    window, ctx = open_window("field", "participants")
    ctx.fd.participants.create({"full_name": "María José Pérez", "organisation": "Organismo Judicial"})
    editor = window.current_page.editor
    press_in(qtbot, window, "Ctrl+N")
    hint = editor.duplicates
    with qtbot.waitSignal(hint.checked, timeout=10000) as found:
        type_text(qtbot, editor.form.inputs["full_name"].widget, "Maria Jose Perez")
        type_text(qtbot, editor.form.inputs["organisation"].widget, "Organismo Judicial")
        hint.check_now()
    assert len(found.args[0]) == 1 and hint.isVisibleTo(editor) and "María José Pérez" in hint.text()
    with qtbot.waitSignal(hint.checked, timeout=10000):
        type_text(qtbot, editor.form.inputs["organisation"].widget, "Fundación Myrna Mack")
        hint.check_now()
    assert not hint.isVisibleTo(editor)


def test_search_and_filters(open_window, qtbot):
    window, ctx = open_window("demo", "participants")
    page, fd = window.current_page, ctx.fd
    panel = page.panel
    total = panel.model.rowCount()
    assert total == fd.participants.count()
    searched = []
    panel.loaded.connect(lambda _n: searched.append(panel.model.shown_query.search))
    qtbot.keyClicks(panel.search, "Chikondi")  # every keystroke searches, unless a search is still running
    qtbot.waitUntil(lambda: panel.model.shown_query.search == "Chikondi" and not panel.model.busy, timeout=10000)
    expected = fd.participants.ids(ListQuery(search="Chikondi"))
    assert panel.model.ids == expected and 0 < len(expected) < total
    assert searched == ["C", "Chikondi"]  # typed faster than searched: the letters in between are skipped
    with qtbot.waitSignal(panel.loaded, timeout=10000):
        panel.search.clear()
    with qtbot.waitSignal(panel.loaded, timeout=10000):
        choose(qtbot, panel.filter_bar.combos["country_id"], country_id("RU"))
    russian = fd.participants.count(ListQuery(filters={"country_id": country_id("RU")}))
    assert panel.model.rowCount() == russian and 0 < russian < total
    with qtbot.waitSignal(panel.loaded, timeout=10000):
        choose(qtbot, panel.filter_bar.combos["sex"], "female")
    assert panel.model.rowCount() == fd.participants.count(
        ListQuery(filters={"country_id": country_id("RU"), "sex": "female"}))
    assert panel.count.text().endswith("participants")
    with qtbot.waitSignal(panel.loaded, timeout=10000):
        panel.filter_bar.clear()
    assert panel.model.rowCount() == total


def press_f1_in(qtbot, dialog):
    """F1 in a dialog, once the window manager has made it the active window; the guide window it opens."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from app.ui.help.window import HelpWindow

    dialog.activateWindow()  # as the window manager does with a new window
    qtbot.waitUntil(dialog.isActiveWindow)
    QTest.keyClick(dialog, Qt.Key.Key_F1)
    guide = dialog.findChild(HelpWindow)
    qtbot.waitUntil(lambda: guide is not None and guide.isVisible())
    return guide


def test_subject_access_report_then_erase_personal_data_after_a_confirmation(open_window, qtbot, field_profile):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    from app.services import FieldDesk
    from app.services.privacy.access_log import events
    from app.services.privacy.erasure import pseudonym

    with FieldDesk.open(field_profile) as before:  # recorded earlier; the window opens on it
        pid = before.participants.create({"full_name": "Ana López", "sex": "female",
                                          "organisation": "Organismo Judicial"})
    window, ctx = open_window("field", "participants")
    page, fd = window.current_page, ctx.fd
    qtbot.waitUntil(lambda: page.panel.model.rowCount() == 1, timeout=10000)
    press_in(qtbot, window, "Ctrl+PgDown")
    settle(qtbot, ctx)
    editor = page.editor
    qtbot.waitUntil(lambda: editor.record_id == pid and editor.erase_button.isVisible(), timeout=10000)
    # what is held about the person, before: the report window, recorded in the access record by id, not by name
    assert editor.reports.text() == "Everything held about this person\u2026"
    qtbot.mouseClick(editor.reports, Qt.MouseButton.LeftButton)
    report = editor.reports.dialog
    with qtbot.waitSignal(report.preview.shown, timeout=20000) as shown:
        pass
    assert shown.args[0] >= 1 and report.preview.report.request.kind == "subject_access"
    report.close()
    [seen] = events(fd, kind="subject_access")
    assert (seen.people, seen.target) == (1, pid)

    qtbot.mouseClick(editor.erase_button, Qt.MouseButton.LeftButton)
    dialog = editor.erase_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    said = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Ana López" in said and "pseudonym" in said and "cannot be undone" in said
    guide = press_f1_in(qtbot, dialog)  # the guide's part on erasure, beside the dialog
    assert guide.current_key == "privacy" and "Erasing a person" in guide.browser.toPlainText()
    guide.close()
    dialog.reason.setFocus()
    qtbot.keyClicks(dialog.reason, "Asked by e-mail on 3 May")
    with qtbot.waitSignal(editor.loaded, timeout=15000):
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    person = fd.participants.get(pid)
    assert (person.full_name, person.organisation, person.sex) == (pseudonym(pid), "", "female")
    assert editor.erase_button.isHidden() and editor.form.values()["full_name"] == pseudonym(pid)
    [event] = events(fd, kind="erasure")
    assert (event.people, event.target) == (1, pid) and "Ana" not in event.what


def test_the_access_record_shows_filters_and_exports_for_an_audit(open_window, qtbot, tmp_path, monkeypatch,
                                                                  dialogs):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    from app.services.privacy import access_log

    window, ctx = open_window("field", "participants")
    fd = ctx.fd
    access_log.record(fd, "spreadsheet", "participant list", people=12, target="people.xlsx")
    access_log.record(fd, "report", "attendance report (pdf)", people=20, target="attendance.pdf")
    choose_menu_action(qtbot, window, window.access_action)  # File > Access record
    dialog = window.access_dialog
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10000)
    assert dialog.model.data(dialog.model.index(0, 3)) == "attendance report (pdf)"
    guide = press_f1_in(qtbot, dialog)
    assert guide.current_key == "privacy" and "The access record" in guide.browser.toPlainText()
    guide.close()
    dialog.text.setFocus()
    qtbot.keyClicks(dialog.text, "people")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10000)
    assert dialog.model.data(dialog.model.index(0, 5)) == "people.xlsx" and dialog.count.text() == "1 event"
    out = tmp_path / "audit.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    # the export says so when it is done (waited for here: a message arriving after the test would open a real box)
    qtbot.waitUntil(lambda: any(kind == "information" for kind, _title, _text in dialogs.seen), timeout=10000)
    assert "1 event written to" in dialogs.seen[-1][2]
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and "people.xlsx" in lines[1]


def test_the_erasure_names_the_backups_holding_the_person_and_purges_them(open_window, qtbot, field_profile,
                                                                          tmp_path):
    from PySide6.QtCore import Qt

    from app.services import FieldDesk
    from app.services.privacy.backup_holding import holding
    from app.services.profile.backup import create_backup

    with FieldDesk.open(field_profile) as before:
        pid = before.participants.create({"full_name": "Ana Tlalocan", "sex": "female"})
        create_backup(before)  # made by hand: proposed for deletion after 12 months
        copied = create_backup(before, to=tmp_path / "stick")  # and copied to a USB stick
        create_backup(before, to=tmp_path / "gone")
    (tmp_path / "gone").rename(tmp_path / "unplugged")
    window, ctx = open_window("field", "participants")
    page, fd = window.current_page, ctx.fd
    qtbot.waitUntil(lambda: page.panel.model.rowCount() == 1, timeout=10000)
    press_in(qtbot, window, "Ctrl+PgDown")
    settle(qtbot, ctx)
    editor = page.editor
    qtbot.waitUntil(lambda: editor.record_id == pid and editor.erase_button.isVisible(), timeout=10000)
    qtbot.mouseClick(editor.erase_button, Qt.MouseButton.LeftButton)
    dialog = editor.erase_dialog
    qtbot.waitUntil(lambda: dialog.purge.isVisible(), timeout=5000)
    assert dialog.backups.text().startswith("These backups still hold the person:")
    assert ": proposed for deletion on " in dialog.backups.text()
    assert f": copied to {tmp_path / 'stick'}, kept there until deleted" in dialog.backups.text()
    assert f": copied to {tmp_path / 'gone'}, out of reach now" in dialog.backups.text()
    qtbot.mouseClick(dialog.purge, Qt.MouseButton.LeftButton, pos=dialog.purge.rect().center())
    assert dialog.purge.isChecked()
    with qtbot.waitSignal(editor.loaded, timeout=15000):
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert [h for h in holding(fd, pid) if h.state == "holds"] == []
    assert all(b"Tlalocan" not in p.read_bytes() for p in fd.folder.backups_dir.glob("*.db"))
    assert b"Tlalocan" not in (tmp_path / "stick" / f"{copied.id}.db").read_bytes()


def test_headquarters_does_not_erase_an_offices_participant_it_holds_under_a_pseudonym(open_window, qtbot,
                                                                                        hq_profile):
    """Headquarters cannot tell who a participant held under their office's pseudonym is: the Erase button says the
    office erases them, and clicking it opens nothing."""
    from PySide6.QtCore import Qt

    from app.services import FieldDesk
    from app.services.privacy.erasure import pseudonym

    name = pseudonym("somebody else's id")  # the shape of an office's keyed pseudonym
    with FieldDesk.open(hq_profile) as before:
        pid = before.participants.create({"full_name": name, "sex": "female"}, owner_office="GT-01")
    window, ctx = open_window(hq_profile, "participants")
    page = window.current_page
    qtbot.waitUntil(lambda: page.panel.model.rowCount() == 1, timeout=10000)
    press_in(qtbot, window, "Ctrl+PgDown")
    settle(qtbot, ctx)
    editor = page.editor
    qtbot.waitUntil(lambda: editor.record_id == pid and editor.erase_button.isVisible(), timeout=10000)
    assert not editor.erase_button.isEnabled() and "their office" in editor.erase_button.toolTip()
    qtbot.mouseClick(editor.erase_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert editor.erase_dialog is None
    assert ctx.fd.participants.get_row(pid)["full_name"] == name
