"""A record's report window saves an editable copy (.docx) of the mission report, with the language chosen there."""

from __future__ import annotations

from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from uihelpers import press_in, settle


def test_the_mission_report_saved_as_word_from_its_window(open_window, qtbot, monkeypatch, tmp_path):
    target = tmp_path / "mission"  # the extension is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window, ctx = open_window("demo", "missions")
    editor = window.current_page.editor
    press_in(qtbot, window, "Ctrl+PgDown")
    settle(qtbot, ctx)
    with qtbot.waitSignal(editor.reports.clicked):
        qtbot.mouseClick(editor.reports, Qt.MouseButton.LeftButton)
    dialog = editor.reports.dialog
    with qtbot.waitSignal(dialog.preview.shown, timeout=20000):
        pass
    assert dialog.save_docx.isVisible()
    qtbot.mouseClick(dialog.language, Qt.MouseButton.LeftButton)  # the language list opens; French is chosen
    qtbot.keyClicks(dialog.language.view(), "Fr")
    qtbot.keyClick(dialog.language.view(), Qt.Key.Key_Return)
    assert dialog.language.currentData() == "fr"
    settle(qtbot, ctx)
    qtbot.mouseClick(dialog.save_docx, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    saved = tmp_path / "mission.docx"
    assert dialog.docx_message.isVisible() and str(saved) in dialog.docx_message.text()
    titles = [p.text for p in Document(str(saved)).paragraphs if p.style.name == "Title"]
    assert titles == ["Rapport de mission d'évaluation des besoins"]
    dialog.close()
