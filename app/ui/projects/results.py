"""A project's results framework: its objective and expected results (with the activities that serve each), the
indicators of the chosen result with where each stands, and the measured values of the chosen indicator."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from app.models.enums import ProgressStatus, ResultLevel
from app.services import ListQuery
from app.services.programme.results import results_framework
from app.ui.i18n.formats import format_date, format_number
from app.ui.i18n.vocabulary import enum_label
from app.ui.widgets.children import PartsSection
from app.ui.widgets.columns import Column
from app.ui.widgets.date_input import DateInput
from app.ui.widgets.fields import (
    IntInput,
    LongTextInput,
    MultiChoiceInput,
    NumberInput,
    TextInput,
    enum_input,
)
from app.ui.widgets.form import FieldSpec

if TYPE_CHECKING:
    from app.ui.context import AppContext


class ProjectActivitiesInput(MultiChoiceInput):
    """The project's activities (trainings, advisory services) or missions a result is served by."""

    def __init__(self, ctx: AppContext, table: str, project_id: str | None):
        super().__init__([], rows=4)
        self.ctx, self.table, self.project_id = ctx, table, project_id
        self.reload()

    def reload(self) -> None:
        table, project_id = self.table, self.project_id

        def read(fd):
            service = fd.service(table)
            column = "project_id" if table == "training" else "project_ids"
            ids = service.ids(ListQuery(filters={column: project_id}, sort=("start_date",))) if project_id else []
            return [(r["id"], f"{format_date(r['start_date'])} \u2013 {r['title']}" if r["start_date"] else r["title"])
                    for r in service.rows(ids, ["title", "start_date"])]

        self.ctx.read(read, self.set_items, owner=self)


def progress_text(share: float | None, status: str) -> str:
    label = enum_label(ProgressStatus, status)
    return label if share is None else f"{format_number(100 * share, 0)} % \u2013 {label}"


def read_framework(fd, project_id: str) -> dict[str, Any]:
    """Runs on the worker: the indicators' progress by id, and the count by status for each result."""
    progress, counts = {}, {}
    for result in results_framework(fd, project_id):
        per_result: dict[str, int] = {}
        for i in result.indicators:
            p = i.progress
            progress[i.id] = {"latest": p.latest.value if p.latest else None,
                              "period": p.latest.period if p.latest else "", "share": p.share,
                              "status": p.status.value}
            per_result[p.status.value] = per_result.get(p.status.value, 0) + 1
        counts[result.id] = per_result
    return {"progress": progress, "counts": counts}


class ResultsSection(PartsSection):
    table = "project_result"
    parent_column = "project_id"

    def make_columns(self) -> list[Column]:
        return [Column("level", self.tr("Level")), Column("code", self.tr("No.")),
                Column("indicators", self.tr("Indicators")), Column("statement", self.tr("Result"))]

    def field_specs(self) -> list[FieldSpec]:
        ctx, project_id = self.ctx, self.parent_id
        return [
            FieldSpec("level", self.tr("Level"), lambda: enum_input(ResultLevel)),
            FieldSpec("code", self.tr("Number"), lambda: TextInput(20)),
            FieldSpec("statement", self.tr("Statement"), lambda: LongTextInput(3)),
            FieldSpec("training_ids", self.tr("Activities serving it"),
                      lambda: ProjectActivitiesInput(ctx, "training", project_id),
                      hint=self.tr("Trainings and advisory services of this project.")),
            FieldSpec("mission_ids", self.tr("Missions serving it"),
                      lambda: ProjectActivitiesInput(ctx, "mission", project_id)),
            FieldSpec("sort_order", self.tr("Order"), lambda: IntInput(0, 999)),
        ]

    def noun(self) -> str:
        return self.tr("result")

    def note(self) -> str:
        return self.tr("The objective and the expected results; choose one to see its indicators.")

    def read_rows(self, fd, parent_id: str) -> list[dict[str, Any]]:
        rows = super().read_rows(fd, parent_id)
        counts = read_framework(fd, parent_id)["counts"]
        for row in rows:
            found = counts.get(row["id"], {})
            row["indicators"] = ", ".join(f"{n} {enum_label(ProgressStatus, s).lower()}"
                                          for s, n in sorted(found.items(), key=lambda kv: _order(kv[0])))
        rows.sort(key=lambda r: (r["level"] != "objective", r["sort_order"], r["code"]))
        return rows


def _order(status: str) -> int:
    return [s.value for s in ProgressStatus].index(status) if status in ProgressStatus.values() else 99


class IndicatorsSection(PartsSection):
    table = "result_indicator"
    parent_column = "result_id"
    project_id: str | None = None

    def make_columns(self) -> list[Column]:
        return [Column("name", self.tr("Indicator")), Column("progress", self.tr("Progress")),
                Column("baseline", self.tr("Baseline"), "score"), Column("target", self.tr("Target"), "score"),
                Column("latest", self.tr("Latest value"), "score"), Column("period", self.tr("Period")),
                Column("unit", self.tr("Unit"))]

    def field_specs(self) -> list[FieldSpec]:
        return [
            FieldSpec("name", self.tr("Indicator"), lambda: TextInput(500)),
            FieldSpec("unit", self.tr("Unit"), lambda: TextInput(60)),
            FieldSpec("baseline", self.tr("Baseline"), lambda: NumberInput()),
            FieldSpec("target", self.tr("Target"), lambda: NumberInput()),
            FieldSpec("baseline_date", self.tr("Baseline date"), lambda: DateInput(optional=True),
                      hint=self.tr("Empty: the project's start.")),
            FieldSpec("target_date", self.tr("Target date"), lambda: DateInput(optional=True),
                      hint=self.tr("Empty: the project's end.")),
            FieldSpec("sort_order", self.tr("Order"), lambda: IntInput(0, 999)),
        ]

    def defaults(self) -> dict[str, Any]:
        return {"baseline_date": None, "target_date": None}

    def noun(self) -> str:
        return self.tr("indicator")

    def read_rows(self, fd, parent_id: str) -> list[dict[str, Any]]:
        rows = super().read_rows(fd, parent_id)
        project_id = fd.project_results.get_row(parent_id)["project_id"]
        progress = read_framework(fd, project_id)["progress"]
        for row in rows:
            p = progress.get(row["id"], {"latest": None, "period": "", "share": None, "status": "not_measured"})
            row.update(latest=p["latest"], period=p["period"], progress=progress_text(p["share"], p["status"]),
                       status=p["status"])
        return rows


class ValuesSection(PartsSection):
    table = "indicator_value"
    parent_column = "indicator_id"
    inline = {"value": (-1e12, 1e12, 2)}

    def make_columns(self) -> list[Column]:
        return [Column("period", self.tr("Period")), Column("measured_on", self.tr("Measured on")),
                Column("value", self.tr("Actual value"), "score"), Column("note", self.tr("Note"))]

    def field_specs(self) -> list[FieldSpec]:
        return [
            FieldSpec("period", self.tr("Period"), lambda: TextInput(40),
                      hint=self.tr("A year, or part of one: 2026, 2026 H1, 2026 Q3.")),
            FieldSpec("measured_on", self.tr("Measured on"), lambda: DateInput()),
            FieldSpec("value", self.tr("Actual value"), lambda: NumberInput()),
            FieldSpec("note", self.tr("Note"), lambda: LongTextInput(2)),
        ]

    def defaults(self) -> dict[str, Any]:
        from datetime import date

        return {"period": str(date.today().year), "measured_on": date.today()}

    def noun(self) -> str:
        return self.tr("value")


class ResultsTab(QWidget):
    """The three levels one above the other; ``set_record(project_id, writable)`` like any part."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.writable = False
        self.project_id: str | None = None
        self.results = ResultsSection(ctx)
        self.indicators = IndicatorsSection(ctx)
        self.values = ValuesSection(ctx)
        self.indicators_title = QLabel()
        self.values_title = QLabel()
        for title in (self.indicators_title, self.values_title):
            title.setWordWrap(True)
            font = title.font()
            font.setBold(True)
            title.setFont(font)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        for title, section in ((None, self.results), (self.indicators_title, self.indicators),
                               (self.values_title, self.values)):
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            if title is not None:
                column.addWidget(title)
            column.addWidget(section)
            splitter.addWidget(box)
        # the three levels keep their room and scroll when the editor is short (under the list on a small screen):
        # the editor's least height is not theirs
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._result_id: str | None = None
        self._indicator_id: str | None = None
        self.results.view.selectionModel().selectionChanged.connect(self._result_chosen)
        self.indicators.view.selectionModel().selectionChanged.connect(self._indicator_chosen)
        self.results.loaded.connect(lambda: _reselect(self.results, self._result_id))
        self.indicators.loaded.connect(lambda: _reselect(self.indicators, self._indicator_id))
        self.indicators.changed.connect(self.results.reload)
        self.values.changed.connect(self.indicators.reload)
        self.values.changed.connect(self.results.reload)
        self._titles()

    def set_record(self, project_id: str | None, writable: bool) -> None:
        self.project_id, self.writable = project_id, writable
        self._result_id = self._indicator_id = None
        self.results.set_record(project_id, writable)
        self.indicators.set_record(None, False)
        self.values.set_record(None, False)
        self._titles()

    def _result_chosen(self, *_args) -> None:
        row = self.results.selected_row()
        result_id = self.results.model.rows[row]["id"] if row >= 0 else None
        if result_id == self._result_id:
            return
        self._result_id, self._indicator_id = result_id, None
        self.indicators.set_record(result_id, self.writable)
        self.values.set_record(None, False)
        self._titles()

    def _indicator_chosen(self, *_args) -> None:
        row = self.indicators.selected_row()
        indicator_id = self.indicators.model.rows[row]["id"] if row >= 0 else None
        if indicator_id == self._indicator_id:
            return
        self._indicator_id = indicator_id
        self.values.set_record(indicator_id, self.writable)
        self._titles()

    def _titles(self) -> None:
        result = next((r for r in self.results.model.rows if r["id"] == self._result_id), None)
        indicator = next((r for r in self.indicators.model.rows if r["id"] == self._indicator_id), None)
        self.indicators_title.setText(self.tr("Indicators of: %1").replace("%1", result["statement"]) if result
                                      else self.tr("Indicators: choose a result above."))
        self.values_title.setText(self.tr("Values of: %1").replace("%1", indicator["name"]) if indicator
                                  else self.tr("Values: choose an indicator above."))


def _reselect(section: PartsSection, record_id: str | None) -> None:
    for n, row in enumerate(section.model.rows):
        if row["id"] == record_id:
            section.view.selectRow(n)
            return
