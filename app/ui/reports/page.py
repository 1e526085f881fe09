"""Reports: choose a report (a mission's or an activity's, an attendance sheet, certificates, the programme summary
for a period and office, the follow-up of recommendations in a country), its language and marking; Generate makes
it in the background and shows it beside the choices, ready to print or save."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.ui.reports.generate import GenerateStrip, default_report_language, report_languages
from app.ui.reports.preview import ReportPreview
from app.ui.reports.runner import RECORD_TABLE, REPORT_LABELS, ReportRequest, report_label
from app.ui.widgets.date_input import DateInput
from app.ui.widgets.fields import BoolInput, ChoiceInput, ReferenceInput
from app.ui.widgets.form import ERROR_STYLE, FieldSpec, RecordForm
from app.ui.widgets.page import Page
from app.ui.widgets.picker import RecordPicker

if TYPE_CHECKING:
    from app.ui.context import AppContext

# the fields each kind of report asks for (language and marking are asked for every report)
FIELDS_OF = {
    "mission": {"mission"},
    "training": {"training"},
    "attendance": {"training"},
    "certificates": {"training"},
    "summary": {"date_from", "date_to", "office"},
    "followup": {"country"},
}


class ReportsPage(Page):
    key = "reports"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        heading = QLabel(self.tr("Reports"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        self.form = RecordForm(self._field_specs(), taken_mnemonics=set("npacefrgh"))
        self.inputs = self.form.inputs
        self.inputs["language"].set_value(default_report_language(ctx))
        self._set_up_office()
        ctx.refs.updated.connect(self._set_up_office)  # offices arrive with headquarters' reference data
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setEnabled(False)
        self.problem = QLabel()
        self.problem.setObjectName("reportProblem")
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.generate_button = QPushButton(self.tr("Ge&nerate"))
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.generate)
        self.preview = ReportPreview(ctx)
        self.strip = GenerateStrip(ctx, self.preview)
        self.strip.running_changed.connect(lambda running: self.generate_button.setEnabled(not running))
        self.strip.generated.connect(lambda report: self.status_message.emit(
            self.tr("%1 is ready.").replace("%1", report.request.title)))

        choices = QWidget()
        column = QVBoxLayout(choices)
        column.addWidget(heading)
        column.addWidget(self.form)
        column.addWidget(self.description)
        column.addWidget(self.problem)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.generate_button)
        column.addLayout(buttons)
        column.addWidget(self.strip)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(choices)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumWidth(300)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([360, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)
        self.inputs["kind"].changed.connect(self._kind_changed)
        self._kind_changed()

    def title(self) -> str:
        return self.tr("Reports")

    def on_shown(self) -> None:
        QTimer.singleShot(0, self.data_shown)

    def _field_specs(self) -> list[FieldSpec]:
        ctx = self.ctx
        kinds = [(kind, report_label(kind)) for kind in REPORT_LABELS]
        return [
            FieldSpec("kind", self.tr("Report"), lambda: ChoiceInput(kinds)),
            FieldSpec("mission", self.tr("Mission"), lambda: RecordPicker(ctx, "mission")),
            FieldSpec("training", self.tr("Training activity"), lambda: RecordPicker(ctx, "training")),
            FieldSpec("date_from", self.tr("From"), lambda: DateInput(optional=True),
                      hint=self.tr("Leave the dates empty for the whole programme.")),
            FieldSpec("date_to", self.tr("To"), lambda: DateInput(optional=True)),
            FieldSpec("office", self.tr("Office"), lambda: ChoiceInput()),
            FieldSpec("country", self.tr("Country"), lambda: ReferenceInput(ctx.refs, "country",
                                                                            self.tr("All countries"))),
            FieldSpec("language", self.tr("Language"), lambda: ChoiceInput(report_languages())),
            FieldSpec("confidential", self.tr("Marking"), lambda: BoolInput(self.tr("Confidential on every page"))),
        ]

    def _set_up_office(self) -> None:
        office: ChoiceInput = self.inputs["office"]
        if self.ctx.is_hq:
            office.none_label = self.tr("All offices")
            office.set_items(self.ctx.refs.office_items())
        else:  # a field office reports on itself
            office.set_items([(code, label) for code, label in self.ctx.refs.office_items()
                              if code == self.ctx.office] or [(self.ctx.office, self.ctx.office)])
            office.set_value(self.ctx.office)
            office.widget.setEnabled(False)

    def _kind_changed(self) -> None:
        kind = self.inputs["kind"].value()
        wanted = FIELDS_OF[kind] | {"kind", "language", "confidential"}
        layout = self.form.layout()
        for row, spec in enumerate(self.form.specs):
            layout.setRowVisible(row, spec.key in wanted)
        self.description.setText(self._describe(kind))
        self.problem.hide()

    def _describe(self, kind: str) -> str:
        return {
            "mission": self.tr("Cover, terms of reference, stakeholders met, findings and recommendations."),
            "training": self.tr("Participants by sex, target group and organisation; attendance, tests, "
                                "evaluations and cost."),
            "attendance": self.tr("One row per participant and a signature box per day, to print and sign."),
            "certificates": self.tr("One certificate of participation per enrolled participant."),
            "summary": self.tr("Missions, trainings, participants reached, projects and expenditure for a "
                               "period."),
            "followup": self.tr("Recommendations by status, each with its latest follow-up note."),
        }[kind]

    # ------------------------------------------------------------- generate
    def request(self) -> ReportRequest | None:
        """The report asked for, or None (with the reason shown) when something is missing."""
        values = self.form.values()
        kind = values["kind"]
        request = ReportRequest(kind, lang=values["language"], confidential=values["confidential"])
        if kind in RECORD_TABLE:
            picker: RecordPicker = self.inputs[RECORD_TABLE[kind]]
            if picker.value() is None:
                self._refuse(RECORD_TABLE[kind], self.tr("Choose a mission first: type part of its title and "
                                                         "pick it from the list.") if kind == "mission" else
                             self.tr("Choose a training activity first: type part of its title and pick it from "
                                     "the list."))
                return None
            return request.with_(record_id=picker.value(), subject=picker.widget.text())
        if kind == "summary":
            for key in ("date_from", "date_to"):
                if message := self.inputs[key].problem():
                    self._refuse(key, message)
                    return None
            start, end = values["date_from"], values["date_to"]
            if start and end and end < start:
                self._refuse("date_to", self.tr("The end of the period is before its start."))
                return None
            return request.with_(date_from=start, date_to=end, office=values["office"])
        country = values["country"]
        return request.with_(country=self.ctx.refs.code("country", country) or None if country else None,
                             subject=self.ctx.refs.name("country", country) if country else "")

    def _refuse(self, field: str, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.form.focus_field(field)

    def generate(self) -> None:
        request = self.request()
        if request is None:
            return
        self.problem.hide()
        self.strip.run(request)

    def choose_record(self, kind: str, record_id: str, name: str) -> None:
        """Preset the page to a record's report (what a record's own report button does when it opens here)."""
        self.inputs["kind"].set_value(kind)
        self._kind_changed()
        self.inputs[RECORD_TABLE[kind]].choose(record_id, name)
