"""Help > User guide (F1): the guide shipped with FieldDesk, offline, in the interface language. The sections are
listed on the left; the one chosen shows on the right, with its pictures; links between sections follow. F1 on a
page opens the page's section (``guide.PAGE_SECTIONS``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, Qt, QUrl
from PySide6.QtWidgets import QDialog, QHBoxLayout, QListView, QSplitter, QTextBrowser, QWidget

from app.ui.help.guide import TAB_SECTIONS, GuideSection, guide_folder, read_guide, section_of_page
from app.ui.i18n.report_language import ui_language

if TYPE_CHECKING:
    from app.ui.shell.main_window import MainWindow


class HelpWindow(QDialog):
    """The guide in one language; ``show_section(key)`` turns to a section."""

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("FieldDesk user guide"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.lang = lang
        self.sections: list[GuideSection] = read_guide(lang)
        self.contents = QListView()
        self.contents.setObjectName("guideContents")
        self.contents.setAccessibleName(self.tr("Contents"))
        self.contents.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.contents.setModel(QStringListModel([s.title for s in self.sections], self))
        self.contents.setWordWrap(True)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideText")
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setSearchPaths([str(guide_folder())])  # the pictures: images/LANGUAGE/NAME.png beside the guide
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 680])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        self.contents.selectionModel().currentRowChanged.connect(lambda current, _previous: self._show(current.row()))
        self.resize(920, 640)
        self.current_key = ""
        self.show_section(self.sections[0].key if self.sections else "")

    def show_section(self, key: str) -> None:
        keys = [s.key for s in self.sections]
        row = keys.index(key) if key in keys else 0
        if self.contents.currentIndex().row() == row:
            self._show(row)
        else:
            self.contents.setCurrentIndex(self.contents.model().index(row, 0))

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.sections):
            return
        section = self.sections[row]
        self.current_key = section.key
        self.browser.setMarkdown(section.markdown)
        self.browser.verticalScrollBar().setValue(0)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("", "file") and url.fragment():
            self.show_section(url.fragment())


def _tab_shown(page) -> str | None:
    """The name of the page's editor attribute that holds the tab shown (e.g. "attendance"), if any."""
    editor = getattr(page, "editor", None)
    tabs = getattr(editor, "tabs", None)
    if tabs is None or not tabs.isVisible():
        return None
    current = tabs.currentWidget()
    return next((name for (_page, name) in TAB_SECTIONS if getattr(editor, name, None) is current), None)


def show_guide(window: MainWindow) -> HelpWindow:
    """Open (or bring back) the guide at the section of the page shown."""
    lang = ui_language(window.ctx.settings)
    page = window.current_page
    section = section_of_page(getattr(page, "key", None), _tab_shown(page))
    dialog: HelpWindow | None = getattr(window, "help_window", None)
    if dialog is None or dialog.lang != lang:
        if dialog is not None:
            dialog.close()
        dialog = window.help_window = HelpWindow(lang, window)
    dialog.show_section(section)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
