"""Help > User guide, offline: F1 on a page opens the guide at that page's section, in the interface language; every
language's guide has every section, translated, and every picture and link it names exists."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from uihelpers import settle

from app.ui.help.guide import PAGE_SECTIONS, SECTIONS, TAB_SECTIONS, guide_folder, read_guide
from app.ui.shell.pages import PAGES

LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")


def words(markdown: str) -> set[str]:
    """The words of a section's text, without pictures, links' targets, shortcuts and names that stay as they are."""
    text = re.sub(r"!\[[^]]*\]\([^)]*\)|\]\([^)]*\)|\b(Ctrl|F1|PgUp|PgDown|GT-01|FieldDesk|Word|PDF|USB|Excel)\b", " ",
                  markdown)
    return {w.casefold() for w in re.findall(r"[^\W\d_]{4,}", text)}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_every_section_translated_with_its_pictures_and_links(lang):
    english = {s.key: s for s in read_guide("en")}
    sections = read_guide(lang)
    assert [s.key for s in sections] == list(SECTIONS)
    for section in sections:
        # each language shows its own pictures (images/LANGUAGE/NAME.png), the ones the English guide shows
        pictures = re.findall(r"\(images/(\w+)/([\w-]+\.png)\)", section.markdown)
        assert [name for _, name in pictures] == re.findall(r"\(images/en/([\w-]+\.png)\)",
                                                           english[section.key].markdown)
        assert {folder for folder, _ in pictures} <= {lang}, pictures
        assert all((guide_folder() / "images" / lang / name).is_file() for _, name in pictures), pictures
        assert set(re.findall(r"\]\(#([a-z-]+)\)", section.markdown)) <= set(SECTIONS)
        if lang != "en":  # a full translation: few words shared with the English section (French cognates)
            source = words(english[section.key].markdown)
            common = words(section.markdown) & source
            assert len(common) <= 0.2 * len(source), (section.key, sorted(common))


def test_every_page_has_its_section():
    assert {entry.key for entry in PAGES} <= set(PAGE_SECTIONS)
    assert set(PAGE_SECTIONS.values()) | set(TAB_SECTIONS.values()) <= set(SECTIONS)


def test_f1_opens_the_guide_at_the_pages_section_in_the_interface_language(open_window, qtbot):
    window, ctx = open_window("demo", "sync")
    QTest.keyClick(window, Qt.Key.Key_F1)
    guide = window.help_window
    qtbot.waitUntil(guide.isVisible)
    assert guide.current_key == "sync" and guide.browser.toPlainText().startswith("Sync with headquarters")
    assert guide.contents.currentIndex().data() == "Sync with headquarters"
    # another page, the same window: F1 turns to that page's section
    QTest.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page.key == "reports"
    QTest.keyClick(window, Qt.Key.Key_F1)
    assert window.help_window is guide and guide.current_key == "reports"
    # a section chosen in the contents with the mouse
    view = guide.contents
    row = SECTIONS.index("attendance")
    spot = view.visualRect(view.model().index(row, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert guide.current_key == "attendance" and "Attendance and scores" in guide.browser.toPlainText()
    guide.close()


def test_the_guide_follows_the_interface_language(open_window, qtbot):
    window, ctx = open_window("demo", "participants", language="es")
    from app.ui.settings.options import LANGUAGE

    ctx.settings.set(LANGUAGE, "es")  # as Preferences leaves it
    QTest.keyClick(window, Qt.Key.Key_F1)
    guide = window.help_window
    assert guide.lang == "es" and guide.current_key == "enrolling"
    assert guide.browser.toPlainText().startswith("Inscribir participantes y duplicados")
    # its picture, Spanish too, read from the files shipped with FieldDesk (no network)
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QImage, QTextDocument

    [picture] = re.findall(r"\((images/es/[\w-]+\.png)\)", guide.sections[SECTIONS.index("enrolling")].markdown)
    shown = guide.browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(picture))
    assert shown is not None and not (shown if isinstance(shown, QImage) else QImage.fromData(shown)).isNull(), picture
    guide.close()


def test_f1_in_the_import_window_opens_the_excel_section(open_window, qtbot):
    from PySide6.QtWidgets import QApplication

    from app.ui.help.window import HelpWindow
    from app.ui.imports.dialog import ImportDialog

    window, ctx = open_window("demo", "participants")
    QTest.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ImportDialog))
    dialog = QApplication.activeModalWidget()
    dialog.activateWindow()  # as the window manager does with a new window
    qtbot.waitUntil(dialog.isActiveWindow)
    QTest.keyClick(dialog, Qt.Key.Key_F1)
    guide = dialog.findChild(HelpWindow)
    assert guide.isVisible() and guide.current_key == "excel-import"
    assert guide.browser.toPlainText().startswith("Importing from Excel")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_f1_on_an_activitys_attendance_tab_opens_the_attendance_section(open_window, qtbot):
    window, ctx = open_window("demo", "trainings")
    QTest.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ctx)
    editor = window.current_page.editor
    bar = editor.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(editor.tabs.indexOf(editor.attendance)).center())
    assert editor.tabs.currentWidget() is editor.attendance
    QTest.keyClick(window, Qt.Key.Key_F1)
    assert window.help_window.current_key == "attendance"
    window.help_window.close()
