"""The Lessons page: mission findings, evaluation lessons and follow-up notes searched together (full text, any
script), filtered by country, thematic area and year; Enter or a double-click opens the record a lesson comes from."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
)

from app.services.programme.lessons import search_lessons
from app.ui.due.common import open_item
from app.ui.i18n.formats import format_date, format_number, format_plain_number
from app.ui.widgets.freshness import ReloadWhenShown
from app.ui.widgets.page import Page
from app.ui.widgets.rows_model import ROW_ROLE, OpenKeys, RowsModel

if TYPE_CHECKING:
    from app.services.programme.lessons import Lesson
    from app.ui.context import AppContext

KIND_NAMES = {"finding": QT_TRANSLATE_NOOP("Lessons", "Mission finding"),
              "evaluation": QT_TRANSLATE_NOOP("Lessons", "Evaluation"),
              "followup": QT_TRANSLATE_NOOP("Lessons", "Follow-up note"),
              "sustainability": QT_TRANSLATE_NOOP("Lessons", "After the exit"),
              "review": QT_TRANSLATE_NOOP("Lessons", "Review finding")}


class LessonsPage(Page):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        heading = QLabel(QCoreApplication.translate("Lessons", "Lessons"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.search = QLineEdit()
        self.search.setPlaceholderText(QCoreApplication.translate("Lessons", "Search findings, lessons and notes"))
        self.search.setAccessibleName(QCoreApplication.translate("Lessons", "Search lessons"))
        self.search.setClearButtonEnabled(True)
        self.country = QComboBox()
        self.country.setAccessibleName(QCoreApplication.translate("Lessons", "Country"))
        self.theme = QComboBox()
        self.theme.setAccessibleName(QCoreApplication.translate("Lessons", "Thematic area"))
        self.year = QComboBox()
        self.year.setAccessibleName(QCoreApplication.translate("Lessons", "Year"))
        self._fill_filters()
        for combo in (self.country, self.theme):  # a long name is cut in the box (whole in its list), never the row
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
            combo.currentTextChanged.connect(combo.setToolTip)
        self.count = QLabel("")
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.country, 1)
        filters.addWidget(self.theme, 1)
        filters.addWidget(self.year)
        filters.addWidget(self.count)
        headers = [QCoreApplication.translate("Lessons", "Date"), QCoreApplication.translate("Lessons", "Kind"),
                   QCoreApplication.translate("Lessons", "Country"), QCoreApplication.translate("Lessons", "Text"),
                   QCoreApplication.translate("Lessons", "From")]
        self.model = RowsModel(headers, self._cell, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(QCoreApplication.translate("Lessons", "Lessons found"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)  # the text gets the room, not the source
        header.resizeSection(4, 280)
        self.view.setWordWrap(False)
        self.view.doubleClicked.connect(self._activate)
        self.view.installEventFilter(OpenKeys(self.view, self._activate))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)  # search once typing pauses
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        for combo in (self.country, self.theme, self.year):
            combo.currentIndexChanged.connect(self.reload)
        self.freshness = ReloadWhenShown(self, ctx, self._read)
        ctx.refs.updated.connect(self._fill_filters)

    def title(self) -> str:
        return QCoreApplication.translate("Lessons", "Lessons")

    def can(self, action: str) -> bool:
        return action == "search"

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _fill_filters(self) -> None:
        for combo, table, everything in ((self.country, "country",
                                          QCoreApplication.translate("Lessons", "All countries")),
                                         (self.theme, "thematic_area",
                                          QCoreApplication.translate("Lessons", "All thematic areas"))):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value, label in self.ctx.refs.items(table, retired=True):
                combo.addItem(label, value)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
            combo.blockSignals(False)
        if self.year.count() == 0:
            self.year.addItem(QCoreApplication.translate("Lessons", "All years"), None)
            this_year = date.today().year
            for year in range(this_year, this_year - 15, -1):
                self.year.addItem(format_plain_number(year), year)

    def on_shown(self) -> None:
        self.freshness.reload_if_stale()

    def reload(self) -> None:
        self.freshness.reload()

    def _read(self) -> None:
        self._generation += 1
        generation = self._generation
        text, country, theme, year = (self.search.text(), self.country.currentData(), self.theme.currentData(),
                                      self.year.currentData())

        def read(fd):
            return search_lessons(fd, text, country_id=country, theme_id=theme, year=year)

        self.freshness.read(read, lambda found: self._show(generation, found))

    def _show(self, generation: int, found: list[Lesson]) -> None:
        if generation != self._generation:
            return
        self.model.set_items(found)
        self.count.setText(QCoreApplication.translate("Lessons", "%1 found").replace("%1", format_number(len(found))))
        self.data_shown.emit()

    def _activate(self, index) -> None:
        lesson = index.data(ROW_ROLE)
        if lesson is not None:
            open_item(self, lesson)

    def _cell(self, lesson: Lesson, column: int) -> str:
        if column == 0:
            return format_date(lesson.day) if lesson.day else ""
        if column == 1:
            return QCoreApplication.translate("Lessons", KIND_NAMES.get(lesson.kind, lesson.kind))
        if column == 2:
            return self.ctx.refs.name("country", lesson.country_id)
        if column == 3:
            return " ".join(lesson.text.split())
        return lesson.source
