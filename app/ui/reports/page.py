"""Reports: choose any report of the catalogue (``app.reports.kinds``: the same list and options as ``fielddesk
report``), the record it is about or its period, office or country, its language, paper and marking; Generate makes
it in the background and shows it beside the choices, ready to print or save (as Word too, where the kind has an
editable copy)."""

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

from app.reports.kinds import DEFAULT_BLANK_ROWS, MAX_BLANK_ROWS, REPORT_KINDS
from app.services.programme.fellowships import cohorts
from app.ui.reports.generate import GenerateStrip, default_report_language, paper_items, report_languages
from app.ui.reports.preview import ReportPreview
from app.ui.reports.runner import ReportRequest, report_description, report_label
from app.ui.reports.word_copy import WordCopy
from app.ui.widgets.cohort_input import CohortInput
from app.ui.widgets.date_input import DateInput
from app.ui.widgets.fields import BoolInput, ChoiceInput, IntInput, ReferenceInput, TextInput
from app.ui.widgets.form import ERROR_STYLE, FieldSpec, RecordForm
from app.ui.widgets.page import Page
from app.ui.widgets.picker import RecordPicker
from app.ui.widgets.secondary import make_secondary

if TYPE_CHECKING:
    from app.ui.context import AppContext

# the form's fields for each option of the catalogue (language, paper and marking are asked for every report)
FIELDS_OF_OPTION = {"language": ("language",), "confidential": ("confidential",), "paper": ("paper",),
                    "period": ("date_from", "date_to"), "office": ("office",), "country": ("country",),
                    "theme": ("theme",), "sdg": ("sdg",),
                    "cohort": ("cohort",),
                    "blank_rows": ("blank_rows",), "all_days": ("all_days",), "docx": (), "year": ("year",),
                    "overdue": ("overdue",)}  # docx: Save as Word


def fields_of(kind: str) -> set[str]:
    """The form's fields the ``kind`` report asks for."""
    entry = REPORT_KINDS[kind]
    wanted = {"kind"} | ({entry.record} if entry.record else set())
    for option in (*entry.options, "language", "confidential", "paper"):
        wanted.update(FIELDS_OF_OPTION[option])
    return wanted


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
        self.form = RecordForm(self._field_specs(), taken_mnemonics=set("npacefrghw"))
        self.inputs = self.form.inputs
        self.inputs["language"].set_value(default_report_language(ctx))
        self.inputs["blank_rows"].set_value(DEFAULT_BLANK_ROWS)
        self._set_up_office()
        ctx.refs.updated.connect(self._set_up_office)  # offices arrive with headquarters' reference data
        self.description = make_secondary(QLabel())  # enabled grey was 1.6:1 against the page
        self.description.setWordWrap(True)
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
        self.word = WordCopy(ctx, self.request, self)  # an editable copy, where the kind has one
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.word.button)
        buttons.addWidget(self.generate_button)
        column.addLayout(buttons)
        column.addWidget(self.word.message)
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
        kinds = [(kind, report_label(kind)) for kind in REPORT_KINDS]
        return [
            FieldSpec("kind", self.tr("Report"), lambda: ChoiceInput(kinds)),
            FieldSpec("mission", self.tr("Mission"), lambda: RecordPicker(ctx, "mission")),
            FieldSpec("training", self.tr("Training activity"), lambda: RecordPicker(ctx, "training")),
            FieldSpec("assistance_request", self.tr("Request for assistance"),
                      lambda: RecordPicker(ctx, "assistance_request")),
            FieldSpec("project", self.tr("Project"), lambda: RecordPicker(ctx, "project")),
            FieldSpec("participant", self.tr("Participant"), lambda: RecordPicker(ctx, "participant")),
            FieldSpec("board_session", self.tr("Board session"), lambda: RecordPicker(ctx, "board_session")),
            FieldSpec("fellowship", self.tr("Fellowship"), lambda: RecordPicker(ctx, "fellowship"),
                      hint=self.tr("Type part of the cohort's name and pick the fellow from the list.")),
            FieldSpec("institution", self.tr("National institution"), lambda: RecordPicker(ctx, "institution"),
                      hint=self.tr("Type part of its name or acronym and pick it from the list.")),
            FieldSpec("action_plan", self.tr("Action plan"), lambda: RecordPicker(ctx, "action_plan")),
            FieldSpec("date_from", self.tr("From"), lambda: DateInput(optional=True),
                      hint=self.tr("Leave the dates empty for the whole programme.")),
            FieldSpec("date_to", self.tr("To"), lambda: DateInput(optional=True)),
            FieldSpec("office", self.tr("Office"), lambda: ChoiceInput()),
            FieldSpec("country", self.tr("Country"), lambda: ReferenceInput(ctx.refs, "country",
                                                                            self.tr("All countries"))),
            FieldSpec("theme", self.tr("Thematic area"), lambda: ReferenceInput(ctx.refs, "thematic_area",
                                                                                self.tr("All thematic areas"))),
            FieldSpec("sdg", self.tr("SDG target"), lambda: TextInput(8),
                      hint=self.tr("A target of the Sustainable Development Goals, such as 16.3; empty for all.")),
            FieldSpec("year", self.tr("Year"), lambda: TextInput(4),
                      hint=self.tr("One year, such as 2026; empty for every year.")),
            FieldSpec("cohort", self.tr("Cohort"), CohortInput,
                      hint=self.tr("One cohort of fellows, by its name; empty for all.")),
            FieldSpec("blank_rows", self.tr("Blank rows"), lambda: IntInput(0, MAX_BLANK_ROWS),
                      hint=self.tr("Rows at the end for participants not on the list.")),
            FieldSpec("all_days", self.tr("Days"), lambda: BoolInput(self.tr("A column for every day, weekends "
                                                                             "too"))),
            FieldSpec("overdue", self.tr("Overdue"), lambda: BoolInput(self.tr("Only what has something overdue"))),
            FieldSpec("language", self.tr("Language"), lambda: ChoiceInput(report_languages())),
            FieldSpec("paper", self.tr("Paper"), lambda: ChoiceInput(paper_items())),
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
        wanted = fields_of(kind)
        layout = self.form.layout()
        for row, spec in enumerate(self.form.specs):
            layout.setRowVisible(row, spec.key in wanted)
        self.description.setText(report_description(kind))
        self.word.offer(kind)
        self.problem.hide()
        if "cohort" in wanted:  # the cohorts recorded, offered as the name is typed
            self.ctx.read(cohorts, self.inputs["cohort"].set_names, owner=self)

    # ------------------------------------------------------------- generate
    def request(self) -> ReportRequest | None:
        """The report asked for, or None (with the reason shown) when something is missing."""
        values = self.form.values()
        kind = values["kind"]
        entry = REPORT_KINDS[kind]
        request = ReportRequest(kind, lang=values["language"], confidential=values["confidential"],
                                paper=values["paper"])
        if entry.record:
            picker: RecordPicker = self.inputs[entry.record]
            if picker.value() is None:
                self._refuse(entry.record, self._choose_first(entry.record))
                return None
            request = request.with_(record_id=picker.value(), subject=picker.widget.text())
        if entry.takes("blank_rows"):
            request = request.with_(blank_rows=values["blank_rows"], all_days=values["all_days"])
        if entry.takes("overdue"):
            request = request.with_(overdue=values["overdue"])
        if entry.takes("period"):
            for key in ("date_from", "date_to"):
                if message := self.inputs[key].problem():
                    self._refuse(key, message)
                    return None
            start, end = values["date_from"], values["date_to"]
            if start and end and end < start:
                self._refuse("date_to", self.tr("The end of the period is before its start."))
                return None
            request = request.with_(date_from=start, date_to=end)
        if entry.takes("office"):
            request = request.with_(office=values["office"])
        if entry.takes("country") and (country := values["country"]):
            request = request.with_(country=self.ctx.refs.code("country", country) or None,
                                    subject=self.ctx.refs.name("country", country))
        if entry.takes("theme") and (theme := values["theme"]):
            request = request.with_(theme=self.ctx.refs.code("thematic_area", theme) or None)
        if kind == "review":  # a dossier is about one country and one thematic area
            for key in ("country", "theme"):
                if not values[key]:
                    self._refuse(key, self.tr("Choose a country and a thematic area: a review dossier is about one "
                                              "of each."))
                    return None
        if entry.takes("sdg") and (sdg := values["sdg"].strip()):
            request = request.with_(sdg=sdg)
        if entry.takes("year") and (year := values["year"].strip()):
            if not (year.isdigit() and 1987 <= int(year) <= 2100):
                self._refuse("year", self.tr("Write a year, such as 2026, or leave it empty for every year."))
                return None
            request = request.with_(year=int(year), subject=year)
        if entry.takes("cohort") and (cohort := values["cohort"].strip()):
            request = request.with_(cohort=cohort, subject=cohort)
        return request

    def _choose_first(self, table: str) -> str:
        return {
            "mission": self.tr("Choose a mission first: type part of its title and pick it from the list."),
            "training": self.tr("Choose a training activity first: type part of its title and pick it from the "
                                "list."),
            "assistance_request": self.tr("Choose a request for assistance first: type part of its title and pick "
                                          "it from the list."),
            "project": self.tr("Choose a project first: type part of its title or code and pick it from the list."),
            "board_session": self.tr("Choose a Board session first: type part of its title or place and pick it "
                                     "from the list."),
            "fellowship": self.tr("Choose a fellowship first: type part of its cohort and pick the fellow from the "
                                  "list."),
            "institution": self.tr("Choose a national institution first: type part of its name or acronym and "
                                   "pick it from the list."),
        }[table]

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
        self.inputs[REPORT_KINDS[kind].record].choose(record_id, name)
