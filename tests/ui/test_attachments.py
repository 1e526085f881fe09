"""Attachments on a record: add (copied into the profile), open (a copy under the file's own name), remove."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox
from uihelpers import settle


def test_add_open_and_remove_attachments(open_window, qtbot, tmp_path, monkeypatch, dialogs):
    window, ctx = open_window("demo", "missions")
    editor = window.current_page.editor
    window.actions_.next.trigger()
    settle(qtbot, ctx)
    tab = editor.attachments
    editor.tabs.setCurrentWidget(tab)
    assert tab.add_button.isEnabled() and not tab.open_button.isEnabled()
    report = tmp_path / "Mission report.pdf"
    report.write_bytes(b"%PDF-1.4 mission report")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(report)], "")))
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab.add_button.click()
    assert [r["filename"] for r in tab.model.rows] == ["Mission report.pdf"]
    assert tab.model.index(0, 1).data() == "23 bytes"

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())))
    tab.view.selectRow(0)
    with qtbot.waitSignal(tab.opened, timeout=10000):
        tab.open_button.click()
    path = Path(opened[0])
    assert path.name == "Mission report.pdf" and path.read_bytes() == b"%PDF-1.4 mission report"
    assert ctx.fd.folder.path not in path.parents, "a copy is opened, never the stored file"

    dialogs.answers = [QMessageBox.StandardButton.Yes]
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab.remove_button.click()
    assert tab.model.rows == [] and "Mission report.pdf" in dialogs.of("question")[0][2]


def test_a_file_that_cannot_be_attached_is_reported(open_window, qtbot, tmp_path, monkeypatch, dialogs):
    window, ctx = open_window("demo", "participants")
    editor = window.current_page.editor
    window.actions_.next.trigger()
    settle(qtbot, ctx)
    missing = tmp_path / "gone.pdf"
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(missing)], "")))
    editor.attachments.add()
    settle(qtbot, ctx)
    [(kind, _title, text)] = dialogs.seen
    assert kind == "warning" and "gone.pdf is not a file that can be attached" in text
    assert editor.attachments.model.rows == []
