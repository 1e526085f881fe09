"""The recommendation editor's mechanism fields, filled by keyboard as a user does, saved through the services and
found again by the list's search on the document symbol."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog
from uihelpers import press_in, settle, type_text

from app.services.store.seed import sdg_target_id, treaty_body_id


def pick(qtbot, combo, text: str) -> None:
    """Choose in a closed drop-down by typing the start of the item, as the keyboard does."""
    combo.setFocus()
    QTest.keyClicks(combo, text)
    assert combo.currentText().startswith(text), combo.currentText()


def tick(qtbot, view, text: str) -> None:
    """Find an item of a check list by typing its start, then tick it with the space bar."""
    view.setFocus()
    QTest.keyClicks(view, text)
    assert view.currentIndex().data().startswith(text), view.currentIndex().data()
    QTest.keyClick(view, Qt.Key.Key_Space)


def test_a_treaty_body_recommendation_is_entered_by_keyboard_and_found_by_its_symbol(open_window, qtbot):
    window, ctx = open_window("field", "recommendations")
    page, editor, fd = window.current_page, window.current_page.editor, ctx.fd
    press_in(qtbot, window, "Ctrl+N")  # New
    settle(qtbot, ctx)
    inputs = editor.form.inputs
    inputs["text"].widget.setFocus()
    QTest.keyClicks(inputs["text"].widget, "Criminalise torture")
    pick(qtbot, inputs["source"].widget, "Treaty")
    pick(qtbot, inputs["treaty_body_id"].widget, "CAT")
    type_text(qtbot, inputs["document_symbol"].widget, "CAT/C/MWI/CO/1")
    type_text(qtbot, inputs["paragraph"].widget, "12(b)")
    pick(qtbot, inputs["response"].widget, "Noted")
    tick(qtbot, inputs["sdg_target_ids"].widget, "16.3")
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    [rid] = fd.recommendations.ids()
    rec = fd.recommendations.get(rid)
    assert (rec.text, rec.source, rec.treaty_body_id) == ("Criminalise torture", "treaty_body", treaty_body_id("CAT"))
    assert (rec.document_symbol, rec.paragraph, rec.response) == ("CAT/C/MWI/CO/1", "12(b)", "noted")
    assert rec.sdg_target_ids == [sdg_target_id("16.3")]

    fd.recommendations.create({"text": "Another one", "country_id": rec.country_id, "document_symbol": "A/HRC/1"})
    page.focus_search()
    QTest.keyClicks(page.panel.search, "CAT/C/MWI")
    qtbot.waitUntil(lambda: page.panel.model.rowCount() == 1 and page.panel.model.row_of(rid) == 0, timeout=10000)


def test_the_reports_page_prints_the_implementation_matrix_of_a_country_and_theme(open_window, qtbot):
    from test_every_report import generate, pdf_text, pick

    window, ctx = open_window("demo", "reports")
    page = window.current_page
    pick(qtbot, page.inputs["kind"].widget, "Implementation matrix")
    assert page.inputs["theme"].widget.isVisibleTo(page) and page.inputs["sdg"].widget.isVisibleTo(page)
    assert not page.inputs["office"].widget.isVisibleTo(page)
    recommendation = next(r for r in ctx.fd.recommendations.list().rows if r.thematic_area_id)
    country = ctx.refs.name("country", recommendation.country_id)
    pick(qtbot, page.inputs["country"].widget, country)
    pick(qtbot, page.inputs["theme"].widget, ctx.refs.name("thematic_area", recommendation.thematic_area_id))
    report = generate(qtbot, page)
    assert report.request.kind == "matrix" and report.request.country == ctx.refs.code("country",
                                                                                       recommendation.country_id)
    assert report.request.theme == ctx.refs.code("thematic_area", recommendation.thematic_area_id)
    text = pdf_text(report.data)
    assert "Implementation matrix" in text and country in text and recommendation.text[:30] in " ".join(text.split())


def test_the_index_export_is_checked_then_imported_from_the_recommendations_page(open_window, qtbot):
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    sample = Path(__file__).parent.parent / "samples" / "uhri_malawi.csv"
    window, ctx = open_window("field", "recommendations")
    page = window.current_page
    assert window.actions_.import_.isEnabled()
    QTest.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog))
    dialog = QApplication.activeModalWidget()
    pick(qtbot, dialog.country.widget, "Malawi")
    dialog.file.setFocus()
    QTest.keyClicks(dialog.file, str(sample))
    QTest.keyClick(dialog.file, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    assert dialog.summary.text() == "New: 6. Already recorded: 1. For another country (left out): 1."
    assert ctx.fd.recommendations.count() == 0  # checking writes nothing
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.summary.text() == "Recommendations imported: 6.", timeout=10000)
    assert ctx.fd.recommendations.count() == 6
    qtbot.waitUntil(lambda: page.panel.model.rowCount() == 6, timeout=10000)
    QTest.keyClick(dialog.file, Qt.Key.Key_Return)  # the same file again: nothing new
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    assert dialog.summary.text().startswith("New: 0. Already recorded: 7.")
    assert not dialog.import_button.isEnabled()
    dialog.file.selectAll()
    QTest.keyClicks(dialog.file, str(sample.with_suffix(".xls")))
    QTest.keyClick(dialog.file, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.summary.text().startswith("There is no file"), timeout=10000)
    assert not dialog.import_button.isEnabled() and ctx.fd.recommendations.count() == 6
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
