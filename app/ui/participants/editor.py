"""The participants page's editor: the form of one record and its parts (made once the list is being read)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import Sex
from app.ui.participants.duplicates import DuplicateHint
from app.ui.reports.record_reports import RecordReportsButton
from app.ui.widgets.children import RowsModel
from app.ui.widgets.columns import Column
from app.ui.widgets.editor import RecordEditor
from app.ui.widgets.fields import BoolInput, ReferenceInput, TextInput, enum_input
from app.ui.widgets.form import FieldSpec


class ActivitiesTab(QWidget):
    """The activities a participant took part in, with their scores (read here, edited in the activity)."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.record_id: str | None = None
        columns = [Column("title", self.tr("Activity")), Column("start_date", self.tr("Start"), "date"),
                   Column("pre_score", self.tr("Pre-test"), "score"), Column("post_score", self.tr("Post-test"), "score"),
                   Column("certificate_issued", self.tr("Certificate"), "bool")]
        self.model = RowsModel(columns, ctx.refs, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Activities of this participant"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Attendance and scores are recorded in each activity.")))
        layout.addWidget(self.view)

    def set_record(self, record_id: str | None, _writable: bool) -> None:
        self.record_id = record_id
        if not record_id:
            self.model.set_rows([])
            return
        from app.services.lookups import activities_of

        def shown(rows):
            if record_id == self.record_id:
                self.model.set_rows(rows)
                self.view.resizeColumnsToContents()

        self.ctx.read(lambda fd: activities_of(fd, record_id), shown, owner=self)


class ParticipantEditor(RecordEditor):
    table = "participant"

    def field_specs(self) -> list[FieldSpec]:
        refs = self.ctx.refs
        return [
            FieldSpec("full_name", self.tr("Full name"), lambda: TextInput(200)),
            FieldSpec("sex", self.tr("Sex"), lambda: enum_input(Sex)),
            FieldSpec("organisation", self.tr("Organisation"), lambda: TextInput(300)),
            FieldSpec("position", self.tr("Position"), lambda: TextInput(200)),
            FieldSpec("stakeholder_type_id", self.tr("Stakeholder type"),
                      lambda: ReferenceInput(refs, "stakeholder_type", "\u2014")),
            FieldSpec("country_id", self.tr("Country"), lambda: ReferenceInput(refs, "country", "\u2014")),
            FieldSpec("consent_contact", self.tr("Consent"),
                      lambda: BoolInput(self.tr("Agrees that contact details are kept")),
                      hint=self.tr("E-mail and phone may be kept only with the participant's consent.")),
            FieldSpec("email", self.tr("E-mail"), lambda: TextInput(200)),
            FieldSpec("phone", self.tr("Phone"), lambda: TextInput(60)),
        ]

    def defaults(self) -> dict[str, Any]:
        return {"sex": Sex.NOT_STATED.value, "country_id": self.ctx.refs.office_country(self.ctx.office)}

    def part_tabs(self):
        self.activities = ActivitiesTab(self.ctx)
        return [(self.activities, self.tr("Activities"))]

    def new_heading(self) -> str:
        return self.tr("New participant")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.duplicates = DuplicateHint(ctx)
        self.details_footer.addWidget(self.duplicates)
        for key in ("full_name", "organisation"):
            self.form.inputs[key].changed.connect(self._check_duplicates)
        self.loaded.connect(self.duplicates.clear_hint)
        self.erase_button = QPushButton(self.tr("Erase personal data\u2026"))
        self.erase_button.setToolTip(self.tr("The person asked to be forgotten: replace their name and contacts "
                                             "with a pseudonym here and at every site"))
        self.erase_button.clicked.connect(self.ask_erase)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.erase_button)
        self.details_footer.addLayout(row)
        self.erase_dialog = None
        self.reports = RecordReportsButton(self, ["subject_access"])
        self.loaded.connect(self._erase_state)
        self.state_changed.connect(self._erase_state)
        self._erase_state()

    def _erase_state(self) -> None:
        from app.services.erasure import pseudonym

        erasable = (self.mode == "existing" and self.writable and bool(self.record_id)
                    and self.row.get("full_name") != pseudonym(self.record_id))
        self.erase_button.setVisible(erasable)

    def ask_erase(self) -> None:
        from app.ui.participants.erase import EraseDialog

        record_id = self.record_id
        self.erase_dialog = EraseDialog(self.ctx, record_id, str(self.row.get("full_name", "")), self)
        self.erase_dialog.erased.connect(self.load)
        self.erase_dialog.open()

    def _check_duplicates(self) -> None:
        values = self.form.values()
        self.duplicates.check(values["full_name"], values["organisation"], self.record_id)
