"""Attachments on a record: add (copied into the profile), open (a copy under the file's own name), remove."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox
from uihelpers import open_tab, press_in, settle


def test_add_open_and_remove_attachments(open_window, qtbot, tmp_path, monkeypatch, dialogs):
    window, ctx = open_window("demo", "missions")
    editor = window.current_page.editor
    press_in(qtbot, window, "Ctrl+PgDown")
    settle(qtbot, ctx)
    tab = editor.attachments
    open_tab(qtbot, editor.tabs, tab)
    assert tab.add_button.isEnabled() and not tab.open_button.isEnabled()
    report = tmp_path / "Mission report.pdf"
    report.write_bytes(b"%PDF-1.4 mission report")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(report)], "")))
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert [r["filename"] for r in tab.model.rows] == ["Mission report.pdf"]
    assert tab.model.index(0, 1).data() == "23 bytes"

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())))
    tab.view.selectRow(0)
    with qtbot.waitSignal(tab.opened, timeout=10000):
        qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    path = Path(opened[0])
    assert path.name == "Mission report.pdf" and path.read_bytes() == b"%PDF-1.4 mission report"
    assert ctx.fd.folder.path not in path.parents, "a copy is opened, never the stored file"

    dialogs.answers = [QMessageBox.StandardButton.Yes]
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert tab.model.rows == [] and "Mission report.pdf" in dialogs.of("question")[0][2]


def test_a_file_that_cannot_be_attached_is_reported(open_window, qtbot, tmp_path, monkeypatch, dialogs):
    window, ctx = open_window("demo", "participants")
    editor = window.current_page.editor
    press_in(qtbot, window, "Ctrl+PgDown")
    settle(qtbot, ctx)
    missing = tmp_path / "gone.pdf"
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(missing)], "")))
    open_tab(qtbot, editor.tabs, editor.attachments)
    qtbot.mouseClick(editor.attachments.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    [(kind, _title, text)] = dialogs.seen
    assert kind == "warning" and "gone.pdf is not a file that can be attached" in text
    assert editor.attachments.model.rows == []


def _attachments_tab(open_window, qtbot):
    window, ctx = open_window("demo", "missions")
    editor = window.current_page.editor
    press_in(qtbot, window, "Ctrl+PgDown")
    settle(qtbot, ctx)
    open_tab(qtbot, editor.tabs, editor.attachments)
    return editor.attachments, ctx


def _click_row(qtbot, tab, row):
    from PySide6.QtCore import Qt

    rect = tab.view.visualRect(tab.model.index(row, 0))
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_program_opens_only_after_a_warning_that_names_its_real_extension(open_window, qtbot, tmp_path,
                                                                            monkeypatch, dialogs):
    from PySide6.QtCore import Qt

    tab, _ctx = _attachments_tab(open_window, qtbot)
    tab.show()
    program = tmp_path / "Mission report.pdf.exe"
    program.write_bytes(b"MZ\x90\x00")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(program)], "")))
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole).startswith("Type: .exe, a program or script")
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())))
    _click_row(qtbot, tab, 0)
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)  # no answer: the warning's No
    [(_kind, title, text)] = dialogs.of("question")
    assert title == "Open a program?" and "\u201cMission report.pdf.exe\u201d is a .exe file" in text
    settle(qtbot, _ctx)
    assert opened == [], "declined: nothing handed to the desktop"
    dialogs.answers = [QMessageBox.StandardButton.Yes]
    with qtbot.waitSignal(tab.opened, timeout=10000):
        qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    assert Path(opened[0]).name == "Mission report.pdf.exe"


def test_a_document_opens_without_a_warning(open_window, qtbot, tmp_path, monkeypatch, dialogs):
    from PySide6.QtCore import Qt

    tab, _ctx = _attachments_tab(open_window, qtbot)
    tab.show()
    document = tmp_path / "Agenda.pdf"
    document.write_bytes(b"%PDF-1.4")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(document)], "")))
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: None))
    _click_row(qtbot, tab, 0)
    with qtbot.waitSignal(tab.opened, timeout=10000):
        qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    assert dialogs.of("question") == []


def test_a_file_name_with_a_bidi_override_is_refused_and_shown_as_stored(open_window, qtbot, tmp_path, monkeypatch,
                                                                          dialogs):
    from PySide6.QtCore import Qt

    from app.ui.widgets.attachments import AttachmentsModel

    tab, ctx = _attachments_tab(open_window, qtbot)
    tab.show()
    trap = tmp_path / "invoice\u202efdp.exe"
    trap.write_bytes(b"MZ")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(trap)], "")))
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    [(kind, _title, text)] = dialogs.seen
    assert kind == "warning" and "invoice\u27e8U+202E\u27e9fdp.exe cannot be attached" in text
    assert tab.model.rows == []
    # a name stored before names were checked: shown in stored order, its real extension in view
    model = AttachmentsModel()
    model.set_rows([{"filename": "invoice\u202efdp.exe", "size": 2, "created_at": "2026-01-05T10:00:00Z",
                     "created_by": "ana"}])
    assert model.index(0, 0).data() == "invoice\u27e8U+202E\u27e9fdp.exe"
    assert "Type: .exe" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
