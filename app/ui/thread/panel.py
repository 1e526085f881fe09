"""A recommendation's "What was done" tab: the thread from it to the requests that cite it, the missions, the
projects that answer it, their indicators (latest value, on or off track) and the follow-up notes, one section
after another (``app/services/programme/thread``). Enter or a double click on a row opens its record on its own page."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QWidget

from app.models.enums import ActionStatus, FollowUpStatus, MissionStatus, ProgressStatus, ProjectStatus, RequestStatus
from app.services.programme.thread import thread_of
from app.ui.i18n.formats import format_date, format_number
from app.ui.i18n.vocabulary import enum_label
from app.ui.thread.readout import RecordReadout
from app.ui.widgets.rows_model import ROW_ROLE, RowsModel, rows_view

if TYPE_CHECKING:
    from app.services.programme.thread import Section, Thread, ThreadRow
    from app.ui.context import AppContext

translate = QCoreApplication.translate
CONTEXT = "Thread"
# The page a row's record opens on.
PAGE_OF_TABLE = {"assistance_request": "requests", "mission": "missions", "project": "projects",
                 "recommendation": "recommendations", "action_plan": "plans"}
STATUS_ENUMS = {"requests": RequestStatus, "missions": MissionStatus, "actions": ActionStatus,
                "projects": ProjectStatus,
                "indicators": ProgressStatus, "followup": FollowUpStatus}
OFF_TRACK_COLOUR = "#c62828"


def section_title(kind: str, n: int) -> str:
    titles = {"requests": translate(CONTEXT, "Requests for assistance that cite it: %1"),
              "missions": translate(CONTEXT, "Missions: %1"),
              "actions": translate(CONTEXT, "Actions of national action plans that answer it: %1"),
              "projects": translate(CONTEXT, "Projects that answer it: %1"),
              "indicators": translate(CONTEXT, "Results and indicators of those projects: %1"),
              "followup": translate(CONTEXT, "Follow-up notes: %1")}
    return titles.get(kind, kind + ": %1").replace("%1", format_number(n))


def empty_text(kind: str) -> str:
    texts = {"requests": translate(CONTEXT, "No request for assistance cites this recommendation yet."),
             "missions": translate(CONTEXT, "No mission is linked to this recommendation yet."),
             "actions": translate(CONTEXT, "No action of a national action plan answers this recommendation yet."),
             "projects": translate(CONTEXT, "No project answers this recommendation yet."),
             "indicators": translate(CONTEXT, "No indicator measures what those projects do yet."),
             "followup": translate(CONTEXT, "No follow-up note has been recorded yet.")}
    return texts.get(kind, "\u2014")


def open_record(widget: QWidget, table: str, record_id: str) -> None:
    """Show a record on its own page (unless the page left keeps unsaved changes)."""
    window = widget.window()
    key = PAGE_OF_TABLE.get(table)
    if key is None or not (hasattr(window, "show_page") and hasattr(window, "page")):
        return
    window.show_page(key)
    if window.current_key == key:
        window.page(key).open_record(record_id)


class _Heading:
    def __init__(self, section: Section):
        self.section = section


class _Empty:
    def __init__(self, kind: str):
        self.kind = kind


class ThreadPanel(RecordReadout):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(ctx, parent)
        self.note.setText(translate(CONTEXT, "What was done about this recommendation, from the requests that cite "
                                             "it to the indicators of the projects that answer it. Enter or a double "
                                             "click opens a record."))
        headers = [translate(CONTEXT, "Record"), translate(CONTEXT, "Detail"), translate(CONTEXT, "Date"),
                   translate(CONTEXT, "Status")]
        model = RowsModel(headers, self._cell, self, decorate=self._decorate)
        view = rows_view(model, "threadView", translate(CONTEXT, "What was done"), self._activate)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.lay_out(model, view)

    def read(self, fd, record_id: str) -> Thread:
        return thread_of(fd, record_id)

    def show_read(self, thread: Thread) -> None:
        items: list[Any] = []
        for section in thread.sections:
            items.append(_Heading(section))
            items.extend(section.rows or [_Empty(section.kind)])
        self.model.set_items(items)
        for column in (1, 2, 3):
            self.view.resizeColumnToContents(column)
        self.view.horizontalHeader().resizeSection(1, min(self.view.columnWidth(1), 260))

    def _activate(self, index) -> None:
        row = index.data(ROW_ROLE)
        if row is not None and hasattr(row, "record_id") and row.table != "recommendation":
            open_record(self, row.table, row.record_id)

    def _kind_of(self, item: ThreadRow) -> str:
        for candidate in self.model.rows[: self.model.rows.index(item)][::-1]:
            if isinstance(candidate, _Heading):
                return candidate.section.kind
        return ""

    def _cell(self, item, column: int) -> str:
        if isinstance(item, _Heading):
            rows = item.section.rows
            if item.section.kind == "indicators":  # counted by indicator; each result heads its own
                rows = tuple(r for r in rows if r.level == "indicator")
            return section_title(item.section.kind, len(rows)) if column == 0 else ""
        if isinstance(item, _Empty):
            return empty_text(item.kind) if column == 0 else ""
        if column == 0:
            if item.level == "indicator":
                return "\u2003" + item.title  # under its result
            return item.title if not item.project else f"{item.title} ({item.project})"
        if column == 1:
            if item.value is not None:  # an indicator: its latest value against its target
                return translate(CONTEXT, "%1 of %2 %3").replace("%1", format_number(item.value, _places(item.value))) \
                    .replace("%2", format_number(item.target, _places(item.target))).replace("%3", item.unit).strip()
            return "" if item.level == "indicator" else item.detail
        if column == 2:
            return format_date(item.day) if item.day else ""
        kind = self._kind_of(item)
        if kind == "indicators" and not item.status:
            return ""
        enum = STATUS_ENUMS.get(kind)
        return enum_label(enum, item.status) if enum and item.status else item.status

    def _decorate(self, item, column: int, role: int):
        if isinstance(item, _Heading) and role == Qt.ItemDataRole.FontRole:
            font = QFont(self.font())
            font.setBold(True)
            return font
        if isinstance(item, _Empty) and role == Qt.ItemDataRole.FontRole:
            font = QFont(self.font())
            font.setItalic(True)
            return font
        if (column == 3 and role == Qt.ItemDataRole.ForegroundRole and not isinstance(item, (_Heading, _Empty))
                and item.status == ProgressStatus.OFF_TRACK.value):
            return QBrush(QColor(OFF_TRACK_COLOUR))
        return None


def _places(value: float | None) -> int:
    return 0 if value is None or float(value).is_integer() else 1
