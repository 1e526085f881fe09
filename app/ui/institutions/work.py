"""The work linked to an institution, read-only: the projects, missions, training activities and recommendations
that name it (each chosen in its own editor), by kind then date. Enter or a double click opens one on its page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.models.enums import ActivityStatus, FollowUpStatus, MissionStatus, ProjectStatus
from app.services.programme.institutions import linked_work
from app.ui.i18n.formats import format_number
from app.ui.i18n.vocabulary import enum_label
from app.ui.widgets.children import ColumnRowsModel
from app.ui.widgets.columns import Column
from app.ui.widgets.fit_columns import fit_columns

PAGE_OF = {"project": "projects", "mission": "missions", "training": "trainings",
           "recommendation": "recommendations"}
STATUS_OF = {"project": ProjectStatus, "mission": MissionStatus, "training": ActivityStatus,
             "recommendation": FollowUpStatus}
KIND_NAMES = {"project": QT_TRANSLATE_NOOP("Institutions", "Project"),
              "mission": QT_TRANSLATE_NOOP("Institutions", "Mission"),
              "training": QT_TRANSLATE_NOOP("Institutions", "Training activity"),
              "recommendation": QT_TRANSLATE_NOOP("Institutions", "Recommendation")}


class WorkTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.record_id: str | None = None
        columns = [Column("kind", self.tr("Kind")), Column("reference", self.tr("Reference")),
                   Column("title", self.tr("Title")), Column("on", self.tr("Date"), "date"),
                   Column("status", self.tr("Status"))]
        self.model = ColumnRowsModel(columns, ctx.refs, self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Work linked to this institution"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.activated.connect(self._open)  # Enter or a double click
        self.summary = QLabel()
        self.summary.setObjectName("workSummary")
        self.summary.setWordWrap(True)
        note = QLabel(self.tr("Projects, missions, training activities and recommendations that name this "
                              "institution (chosen in their own editors). Enter or a double click opens one."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.reads: set[str] = set()  # the tables its read read: a write to one of them reads again
        ctx.changed.connect(lambda tables: not self.reads.isdisjoint(tables) and self.set_record(self.record_id, False))

    def set_record(self, record_id: str | None, _writable: bool) -> None:
        self.record_id = record_id
        if not record_id:
            self.model.set_rows([])
            return
        def shown(work):
            if record_id == self.record_id:
                self.model.set_rows(self._rows(work))
                fit_columns(self.view)
                self.summary.setText(self.tr("Projects: %1. Missions: %2. Training activities: %3. "
                                             "Recommendations: %4.")
                                     .replace("%1", format_number(len(work["project"])))
                                     .replace("%2", format_number(len(work["mission"])))
                                     .replace("%3", format_number(len(work["training"])))
                                     .replace("%4", format_number(len(work["recommendation"]))))

        self.ctx.read(lambda fd: linked_work(fd, record_id), shown, owner=self, reads=self.reads)

    def _rows(self, work) -> list[dict[str, Any]]:
        rows = []
        for table, items in work.items():
            kind = QCoreApplication.translate("Institutions", KIND_NAMES[table])
            for item in items:
                rows.append({"id": item.record_id, "table": table, "kind": kind, "reference": item.reference,
                             "title": item.title, "on": item.on,
                             "status": enum_label(STATUS_OF[table], item.status) if item.status else ""})
        return rows

    def _open(self, index) -> None:
        """The record on its own page (unless the page left keeps unsaved changes)."""
        window = self.window()
        if not index.isValid() or not (hasattr(window, "show_page") and hasattr(window, "page")):
            return
        row = self.model.rows[index.row()]
        key = PAGE_OF[row["table"]]
        window.show_page(key)
        if window.current_key == key:
            window.page(key).open_record(row["id"])
