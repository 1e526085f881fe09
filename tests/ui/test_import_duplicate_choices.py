"""The import window's duplicate choices, through real input: the dry run lists the rows that are probably people
already recorded, with the candidate's whole name and organisation; each is settled with the keyboard ("Use this
person" or "Not the same person"); Import waits until every one is settled; what was saved is read back through the
services, and the same file again asks nothing and adds no one."""

from __future__ import annotations

from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from uihelpers import press_in, settle

from app.services.store.export import export_json_text
from app.services.store.matching import distinct_pairs
from app.spreadsheets.importer import CREATE


def _write(path) -> None:
    wb = Workbook()
    wb.active.append(["Full name", "Organisation"])
    for row in (["Grace Mwale", "MHRC"], ["Chikondi Bandaa", "High Court of Malawi"], ["Tiwonge Phirri", "MHRC"]):
        wb.active.append(row)
    wb.save(path)


def _dry_run(qtbot, window, path):
    """Ctrl+I, the file's name typed where the focus is, Enter: the window's dry run."""
    from app.ui.imports.dialog import ImportDialog

    press_in(qtbot, window, "Ctrl+I")
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(ImportDialog)), timeout=5000)
    [dialog] = [d for d in window.findChildren(ImportDialog) if d.isVisible()]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.path, timeout=5000)
    QTest.keyClicks(dialog.path, str(path))
    with qtbot.waitSignal(dialog.planned, timeout=20000):
        QTest.keyClick(dialog.path, Qt.Key.Key_Return)
    return dialog


def _settle_row(qtbot, dialog, name: str, downs: int) -> None:
    """A click on the row's drop-down, then the Down arrow ``downs`` times and Enter in its list (it opens on its
    first choice)."""
    model, view = dialog.rows_model, dialog.rows_view
    row = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == name)
    combo = view.indexWidget(model.index(row, 3))
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton, pos=combo.rect().center())
    qtbot.waitUntil(lambda: combo.view().isVisible(), timeout=5000)
    for _ in range(downs):
        QTest.keyClick(combo.view(), Qt.Key.Key_Down)
    QTest.keyClick(combo.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not combo.view().isVisible(), timeout=5000)


def test_probable_duplicates_are_settled_in_the_import_window(open_window, qtbot, tmp_path):
    window, ctx = open_window("field", "participants")
    fd = ctx.fd
    banda = fd.participants.create({"full_name": "Chikondi Banda", "organisation": "High Court of Malawi"})
    phiri = fd.participants.create({"full_name": "Tiwonge Phiri", "organisation": "MHRC"})
    path = tmp_path / "people.xlsx"
    _write(path)
    dialog = _dry_run(qtbot, window, path)
    model = dialog.rows_model
    shown = {model.index(r, 1).data(): model.index(r, 3).data() for r in range(model.rowCount())}
    assert shown["Chikondi Bandaa"] == shown["Tiwonge Phirri"] == "To decide: the same person, or someone new?"
    combo = dialog.rows_view.indexWidget(model.index(0, 3))
    assert [combo.itemText(i) for i in range(combo.count())] in (
        ["Not the same person: add them", "Use this person: Chikondi Banda (High Court of Malawi)"],
        ["Not the same person: add them", "Use this person: Tiwonge Phiri (MHRC)"])
    assert not dialog.import_button.isEnabled()  # nothing is assumed
    assert "2 participants may already be recorded" in dialog.summary.text()
    _settle_row(qtbot, dialog, "Chikondi Bandaa", 1)  # the list opens on "Not the same person": Down, "Use this…"
    assert not dialog.import_button.isEnabled()  # one row still to decide
    _settle_row(qtbot, dialog, "Tiwonge Phirri", 0)
    shown = {model.index(r, 1).data(): model.index(r, 3).data() for r in range(model.rowCount())}
    assert shown["Chikondi Bandaa"] == "Use this person: Chikondi Banda (High Court of Malawi)"
    assert shown["Tiwonge Phirri"] == "Not the same person: add them"
    assert "To add: 2 new participants." in dialog.summary.text()
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=5000)
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    people = {p.full_name: p.id for p in fd.participants.list().rows}
    assert sorted(people) == ["Chikondi Banda", "Grace Mwale", "Tiwonge Phiri", "Tiwonge Phirri"]
    with fd.reading() as conn:
        assert distinct_pairs(conn) == {frozenset((people["Tiwonge Phirri"], phiri))}
    QTest.keyClick(dialog, Qt.Key.Key_Escape)

    # The same file again: the row settled with "Use this person" is recognised as that person, nothing is asked
    # (Import is ready at once) and no one is added.
    before = export_json_text(fd)
    dialog = _dry_run(qtbot, window, path)
    model = dialog.rows_model
    assert dialog.plan.undecided == [] and dialog.plan.count(CREATE) == 0
    shown = {model.index(r, 1).data(): model.index(r, 3).data() for r in range(model.rowCount())}
    assert shown["Chikondi Bandaa"] == "Use this person: Chikondi Banda (High Court of Malawi)"
    assert next(r for r in dialog.plan.rows if r.label == "Chikondi Bandaa").existing_id == banda
    assert "may already be recorded" not in dialog.summary.text()  # nothing left to choose: nothing asked
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=5000)
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert export_json_text(fd) == before
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
