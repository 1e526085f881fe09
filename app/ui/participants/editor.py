"""The participants page's editor: the form of one record and its parts (made once the list is being read)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
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
from app.services.privacy.erasure import pseudonym
from app.services.privacy.pseudonyms import is_pseudonym
from app.services.store.lookups import activities_of
from app.ui.fellowships.of_person import FellowshipsOfPerson
from app.ui.participants.duplicates import DuplicateHint
from app.ui.reports.record_reports import RecordReportsButton
from app.ui.widgets.children import ColumnRowsModel
from app.ui.widgets.columns import Column
from app.ui.widgets.date_input import DateInput
from app.ui.widgets.editor import RecordEditor
from app.ui.widgets.fields import BoolInput, ReferenceInput, TextInput, enum_input
from app.ui.widgets.fit_columns import fit_columns
from app.ui.widgets.form import FieldSpec


class ActivitiesTab(QWidget):
    """The activities a participant took part in, with their scores (read here, edited in the activity)."""

    kept_by_own_save = True  # enrolments and scores: a save of the person's own fields leaves them as they are

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.record_id: str | None = None
        columns = [Column("title", self.tr("Activity")), Column("start_date", self.tr("Start"), "date"),
                   Column("pre_score", self.tr("Pre-test"), "score"),
                   Column("post_score", self.tr("Post-test"), "score"),
                   Column("certificate_issued", self.tr("Certificate"), "bool")]
        self.model = ColumnRowsModel(columns, ctx.refs, self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the list for the next field
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
        def shown(rows):
            if record_id == self.record_id:
                self.model.set_rows(rows)
                fit_columns(self.view)

        self.ctx.read(lambda fd: activities_of(fd, record_id), shown, owner=self)


class ParticipantEditor(RecordEditor):
    table = "participant"
    open_requested = Signal(str)  # "Use this person" on a new record: show the existing one instead

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
            FieldSpec("consent_share_name", self.tr("Name shared"),
                      lambda: BoolInput(self.tr("Agrees that the name is shared with headquarters")),
                      hint=self.tr("Without this, the name leaves the office only as a pseudonym (bundles to "
                                   "headquarters, exported spreadsheets).")),
            FieldSpec("consent_date", self.tr("Consent given on"), lambda: DateInput(optional=True)),
            FieldSpec("email", self.tr("E-mail"), lambda: TextInput(200)),
            FieldSpec("phone", self.tr("Phone"), lambda: TextInput(60)),
        ]

    def defaults(self) -> dict[str, Any]:
        return {"sex": Sex.NOT_STATED.value, "country_id": self.ctx.refs.office_country(self.ctx.office),
                "consent_share_name": True}

    def part_tabs(self):
        self.activities = ActivitiesTab(self.ctx)
        self.fellowships = FellowshipsOfPerson(self.ctx)
        return [(self.activities, self.tr("Activities")), (self.fellowships, self.tr("Fellowships"))]

    def new_heading(self) -> str:
        return self.tr("New participant")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.duplicates = DuplicateHint(ctx)
        self.details_footer.addWidget(self.duplicates)
        for key in ("full_name", "organisation"):
            self.form.inputs[key].changed.connect(self._check_duplicates)
        self.loaded.connect(self.duplicates.clear_hint)
        self.duplicates.use_person.connect(self._use_person)
        self.duplicates.not_same.connect(self._not_same)
        self._not_same_as: list[str] = []  # decided for the new record being typed, kept when it is saved
        self._looked_for: tuple[str, str] | None = None  # the name and organisation the hint has found nobody for
        self.saved.connect(self._keep_decisions)
        self.merge_button = QPushButton(self.tr("Merg&e\u2026"))
        self.merge_button.setToolTip(self.tr("Merge this record with another record of the same person"))
        self.merge_button.clicked.connect(self.merge)
        self.button_row.insertWidget(1, self.merge_button)
        self.state_changed.connect(self._update_merge)
        self.loaded.connect(self._update_merge)
        self._update_merge()
        self.erase_button = QPushButton(self.tr("Erase personal data\u2026"))
        self.erase_button.setToolTip(self.tr("The person asked to be forgotten: replace their name and contacts "
                                             "with a pseudonym here and at every site"))
        self.erase_button.clicked.connect(self.ask_erase)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.erase_button)
        self.details_footer.addLayout(row)
        self.erase_dialog = None
        self.reports = RecordReportsButton(self)
        self.loaded.connect(self._erase_state)
        self.state_changed.connect(self._erase_state)
        self._erase_state()

    def _erase_state(self) -> None:
        erasable = (self.mode == "existing" and self.writable and bool(self.record_id)
                    and self.row.get("full_name") != pseudonym(self.record_id))
        self.erase_button.setVisible(erasable)
        # Headquarters cannot tell who an office's participant held under the office's pseudonym is: the office erases
        # them (app/services/privacy/erasure.py refuses it here too).
        theirs = (erasable and self.ctx.is_hq and self.row.get("owner_office") != self.ctx.office
                  and is_pseudonym(self.row.get("full_name")))
        self.erase_button.setEnabled(not theirs)
        self.erase_button.setToolTip(
            self.tr("Headquarters holds this participant under their office's pseudonym and cannot tell who they are: "
                    "their office, which holds the name, erases them.") if theirs else
            self.tr("The person asked to be forgotten: replace their name and contacts with a pseudonym here and at "
                    "every site"))

    def ask_erase(self) -> None:
        # imported here: start-up: the first screen (participants) does not load ui.participants.erase
        from app.ui.participants.erase import EraseDialog

        record_id = self.record_id
        self.erase_dialog = EraseDialog(self.ctx, record_id, str(self.row.get("full_name", "")), self)
        self.erase_dialog.erased.connect(self.load)
        self.erase_dialog.open()

    def _update_merge(self) -> None:
        self.merge_button.setEnabled(self.mode == "existing" and self.writable and not self.is_dirty())

    def merge(self):
        """The merge dialog for this record (the Participants page's "Merge..." action)."""
        if not (self.mode == "existing" and self.writable and self.record_id):
            return None
        # imported here: start-up: the first screen (participants) does not load ui.participants.merge_dialog
        from app.ui.participants.merge_dialog import open_merge

        dialog = open_merge(self.ctx, self.record_id, self)
        dialog.merged.connect(self.open_requested)
        return dialog

    def _check_duplicates(self) -> None:
        values = self.form.values()
        self.duplicates.check(values["full_name"], values["organisation"], self.record_id)

    def new_record(self, preset=None) -> None:
        self._not_same_as, self._looked_for = [], None
        super().new_record(preset)

    def save(self, then=None) -> bool:
        """A new record that looks like someone recorded already is not saved until the hint is answered, even when
        Ctrl+S comes before the hint had time to look: the save then looks first."""
        if self.mode != "new" or not self.can_save():
            return super().save(then)
        pending = [m.id for m in self.duplicates.matches if m.id not in self._not_same_as]
        if pending and self.duplicates.isVisible():
            self.duplicates.use_buttons[0].setFocus()  # the question is on screen: answer it first
            return False
        values = self.form.values()
        wanted = (values["full_name"], values["organisation"])
        if self._looked_for == wanted:
            return super().save(then)

        def looked(matches) -> None:
            self.duplicates.checked.disconnect(looked)
            now = self.form.values()
            if self.mode != "new" or (now["full_name"], now["organisation"]) != wanted:
                return  # typed on meanwhile: the next save looks again
            self._looked_for = wanted
            if any(m.id not in self._not_same_as for m in matches):
                self.duplicates.use_buttons[0].setFocus()
                return
            super(ParticipantEditor, self).save(then)

        self.duplicates.checked.connect(looked)
        self.duplicates.check(*wanted, self.record_id)
        self.duplicates.check_now()
        return True

    def _use_person(self, participant_id: str) -> None:
        if self.mode == "existing" and self.record_id:  # the same person recorded twice: merge the two
            # imported here: start-up: the first screen (participants) does not load ui.participants.merge_dialog
            from app.ui.participants.merge_dialog import open_merge

            dialog = open_merge(self.ctx, participant_id, self)
            dialog.merged.connect(self.open_requested)
            return
        self.revert()
        self.open_requested.emit(participant_id)

    def _not_same(self, others: list[str]) -> None:
        if self.mode == "existing" and self.record_id:
            # imported here: start-up: the first screen (participants) does not load services.store.matching
            from app.services.store.matching import record_not_same

            record_id = self.record_id

            def write(fd):
                with fd.writing():
                    for other in others:
                        record_not_same(fd, record_id, other)

            self.ctx.write(write, lambda _r: self.duplicates.clear_hint(), owner=self)
            return
        self._not_same_as = sorted(set(self._not_same_as) | set(others))
        self.duplicates.clear_hint()

    def _keep_decisions(self, record_id: str) -> None:
        decided, self._not_same_as = self._not_same_as, []
        if not decided:
            return
        # imported here: start-up: the first screen (participants) does not load services.store.matching
        from app.services.store.matching import record_not_same

        def write(fd):
            with fd.writing():
                for other in decided:
                    record_not_same(fd, record_id, other)

        self.ctx.write(write, None, owner=self)
