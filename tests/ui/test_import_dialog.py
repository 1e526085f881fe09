"""Importing from Excel in the window: the dry run's preview (every problem by row and column; probable matches to
settle), Import (all or nothing), re-imports that add nothing, bad files refused with their message and nothing
changed, templates, and participants imported straight into an activity."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from uihelpers import open_tab, press_in, settle, type_text

from app.services.store.export import export_json_text


def write_sheet(path, header, rows) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)


def open_import(window, qtbot):
    assert window.actions_.import_.isEnabled()
    press_in(qtbot, window, "Ctrl+I")
    from app.ui.imports.dialog import ImportDialog

    [dialog] = [d for d in window.current_page.findChildren(ImportDialog) if d.isVisible()]
    return dialog


def dry_run(qtbot, dialog, path):
    type_text(qtbot, dialog.path, str(path))
    with qtbot.waitSignals([dialog.planned], timeout=20000, raising=True):
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    return dialog.plan


def test_the_dry_run_lists_every_problem_and_writes_nothing(open_window, qtbot, tmp_path):
    window, ctx = open_window("field", "trainings")
    path = tmp_path / "trainings.xlsx"
    write_sheet(path, ["Title", "Form", "Country", "Start date", "End date", "Cost (USD)"], [
        ["Course A", "training_course", "GT", date(2026, 3, 1), date(2026, 3, 2), 100],
        [None, "workshop", "GT", "2026-03-01", "2026-03-02", None],
        ["Course B", "picnic", "XX", "31/02/2026", "2026-03-02", "cheap"],
        ["course a", "Training course", "gt", "2026-03-01", "2026-03-02", 100],
    ])
    before = export_json_text(ctx.fd)
    dialog = open_import(window, qtbot)
    assert dialog.template_kind.currentData() == "trainings"
    plan = dry_run(qtbot, dialog, path)
    model = dialog.problems_model
    shown = {(model.index(r, 0).data(), model.index(r, 1).data()): model.index(r, 2).data()
             for r in range(model.rowCount())}
    assert len(shown) == len(plan.problems) == 6
    assert shown[(3, "Title")] == "A value is required here."
    assert shown[(4, "Form")].startswith("\u201cpicnic\u201d is not one of the allowed values (")
    assert shown[(4, "Country")].startswith("\u201cXX\u201d is not a known country")
    assert shown[(4, "Start date")].startswith("\u201c31/02/2026\u201d is not a date")
    assert shown[(4, "Cost (USD)")] == "\u201ccheap\u201d is not a number."
    assert shown[(5, "(the whole row)")] == "The same as row 2."
    assert dialog.problems_view.isVisible() and not dialog.rows_view.isVisible()
    assert dialog.summary.text().startswith("6 problems in the file (3 rows). Nothing can be imported")
    assert not dialog.import_button.isEnabled()
    dialog.commit()  # even if asked, nothing happens
    settle(qtbot, ctx)
    assert export_json_text(ctx.fd) == before
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_a_good_file_imports_with_matches_settled_and_again_adds_nothing(open_window, qtbot, tmp_path):
    window, ctx = open_window("field", "participants")
    fd = ctx.fd
    known = fd.participants.create({"full_name": "Chikondi Banda", "organisation": "High Court of Malawi"})
    same = fd.participants.create({"full_name": "Ana Lucía Tzul", "organisation": "PDH"})
    path = tmp_path / "people.xlsx"
    write_sheet(path, ["Full name", "Sex", "Organisation"], [
        ["Tiwonge Phiri", "female", "Malawi Human Rights Commission"],
        ["Chikondi Bandaa", "female", "High Court of Malawi"],  # probably Chikondi Banda
        ["ana lucia TZUL", "female", "PDH"],  # the same person, recognised
    ])
    dialog = open_import(window, qtbot)
    plan = dry_run(qtbot, dialog, path)
    assert plan.ok and dialog.rows_view.isVisible() and not dialog.problems_view.isVisible()
    model = dialog.rows_model
    assert model.rows_to_decide() == 1
    assert model.index(0, 1).data() == "Chikondi Bandaa"  # the row to decide comes first
    outcome = model.index(0, 3)
    assert outcome.data() == "To decide: the same person, or someone new?"
    assert outcome.flags() & Qt.ItemFlag.ItemIsEditable
    assert [label for _id, label in outcome.data(Qt.ItemDataRole.UserRole + 1)] == [
        "Not the same person: add them", "Use this person: Chikondi Banda (High Court of Malawi)"]
    assert model.index(2, 3).data() == "Already recorded: left as it is"
    assert "To add: 1 new participant. 1 row already recorded" in dialog.summary.text()  # the one to decide aside
    # the delegate's drop-down settles the match in the plan
    assert not dialog.import_button.isEnabled()  # until it is settled
    from test_import_duplicate_choices import _settle_row

    _settle_row(qtbot, dialog, "Chikondi Bandaa", 1)
    assert outcome.data() == "Use this person: Chikondi Banda (High Court of Malawi)"
    assert plan.rows[1].existing_id == known
    with qtbot.waitSignal(dialog.imported, timeout=20000) as done:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert done.args[0].created["participant"] == 1
    assert dialog.done_label.text().splitlines() == ["Imported: 1 new participant.",
                                                     "2 rows were already recorded and left as they were."]
    assert sorted(p.full_name for p in fd.participants.list().rows) == [
        "Ana Lucía Tzul", "Chikondi Banda", "Tiwonge Phiri"]
    settle(qtbot, ctx)
    assert window.current_page.panel.model.rowCount() == 3  # the list shows what was added
    assert same in fd.participants.ids()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    # the same file again: everything is recognised (the chosen match too: the name is now close to two people)
    before = export_json_text(fd)
    dialog = open_import(window, qtbot)
    plan = dry_run(qtbot, dialog, path)
    from app.spreadsheets.importer import CREATE

    model = dialog.rows_model
    for row in plan.rows:
        if row.candidates:  # settle like the first time: the same person, chosen in the row's drop-down
            index = model.index(model.rows.index(row), 3)
            choices = [value for value, _label in index.data(Qt.ItemDataRole.UserRole + 1)]
            _settle_row(qtbot, dialog, model.index(index.row(), 1).data(), choices.index(known))
    assert plan.count(CREATE) == 0
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert export_json_text(fd) == before
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def _bad_file(kind, tmp_path):
    path = tmp_path / f"{kind}.xlsx"
    if kind == "not_xlsx":
        path.write_text("name,organisation\nAna,PDH\n")
    elif kind == "wrong_headers":
        write_sheet(path, ["Full name", "Shoe size"], [["Ana", 38]])
    elif kind == "password":
        import io

        from msoffcrypto.format.ooxml import OOXMLFile

        good = tmp_path / "good.xlsx"
        write_sheet(good, ["Full name"], [["Ana"]])
        out = io.BytesIO()
        with open(good, "rb") as fh:
            OOXMLFile(fh).encrypt("secret", out)
        path.write_bytes(out.getvalue())
    elif kind == "too_large":
        path.write_bytes(b"PK\x03\x04" + b"\x00" * (26 * 1024 * 1024))
    return path


@pytest.mark.parametrize("kind,message", [
    ("not_xlsx", "not_xlsx.xlsx is not an Excel .xlsx file."),
    ("wrong_headers", "unknown column: 'Shoe size'"),
    ("password", "is password-protected"),
    ("too_large", "too large to import (26 MB; at most 25 MB)"),
])
def test_a_bad_file_shows_its_message_and_changes_nothing(open_window, qtbot, tmp_path, kind, message):
    window, ctx = open_window("demo", "participants")
    before = export_json_text(ctx.fd)
    dialog = open_import(window, qtbot)
    type_text(qtbot, dialog.path, str(_bad_file(kind, tmp_path)))
    with qtbot.waitSignal(dialog.refused, timeout=20000) as refused:
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert message in refused.args[0] and dialog.message.text() == refused.args[0] and dialog.message.isVisible()
    assert dialog.steps.currentIndex() == 0 and dialog.plan is None
    settle(qtbot, ctx)
    assert export_json_text(ctx.fd) == before
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_participants_imported_into_an_activity_from_its_editor(open_window, qtbot, tmp_path, monkeypatch):
    window, ctx = open_window("demo", "trainings")
    editor = window.current_page.editor
    press_in(qtbot, window, "Ctrl+PgDown")
    settle(qtbot, ctx)
    tab = editor.enrollment
    open_tab(qtbot, editor.tabs, tab)
    enrolled = {r["full_name"] for r in tab.model.rows}
    first = tab.model.rows[0]

    # a template saved from the dialog, filled in, imported into this activity
    template = tmp_path / "people-template.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(template), "")))
    dialog = tab.import_participants()
    assert "enrol them in \u201c" + editor.heading_label.text() + "\u201d" in dialog.intro.text()
    with qtbot.waitSignal(dialog.template_saved, timeout=10000):
        qtbot.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    assert "The template was saved to" in dialog.message.text()
    from openpyxl import load_workbook

    wb = load_workbook(template)
    ws = wb.worksheets[0]
    ws.append(["Nomvula Dlamini", "Female", "Legal Aid Bureau"])
    ws.append([first["full_name"], None, first["organisation"]])  # already enrolled: recognised, not added again
    wb.save(template)
    plan = dry_run(qtbot, dialog, template)
    assert plan.ok and plan.into_training == editor.record_id and plan.enrollments == 1
    with qtbot.waitSignal(tab.loaded, timeout=20000), qtbot.waitSignal(dialog.imported, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert {r["full_name"] for r in tab.model.rows} == enrolled | {"Nomvula Dlamini"}
    assert "1 participant enrolled in the activity." in dialog.done_label.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_an_empty_file_is_refused_in_the_windows_language(open_window, qtbot, tmp_path):
    from PySide6.QtTest import QTest
    from uihelpers import press_in, type_text

    from app.ui.imports.dialog import ImportDialog

    window, ctx = open_window("field", "participants", "es")
    empty = tmp_path / "vacío.xlsx"
    empty.write_bytes(b"")
    press_in(qtbot, window, "Ctrl+I")
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.current_page.findChildren(ImportDialog)), timeout=5000)
    [dialog] = [d for d in window.current_page.findChildren(ImportDialog) if d.isVisible()]
    qtbot.mouseClick(dialog.path, Qt.MouseButton.LeftButton)
    type_text(qtbot, dialog.path, str(empty))
    QTest.keyClick(dialog.path, Qt.Key.Key_Return)  # Check the file is the dialog's default button
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=20000)
    assert dialog.message.text() == "vacío.xlsx está vacío (0 bytes)."
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
