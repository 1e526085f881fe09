"""Who takes part in a training: find people as you type and enrol them, or add someone new (with a hint when a
similar name in the same organisation is already recorded)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import Sex
from app.services import ValidationFailed
from app.services.store.drafts import DraftChecks
from app.services.store.lookups import without_missing
from app.services.store.matching import PossibleDuplicate, create_checked
from app.ui.i18n.problems import problem_text
from app.ui.imports.dialog import ImportDialog
from app.ui.participants.duplicates import DuplicateHint
from app.ui.trainings.sheet import SheetTab
from app.ui.widgets.children import ColumnRowsModel
from app.ui.widgets.columns import Column
from app.ui.widgets.dialog_fit import keep_fitting
from app.ui.widgets.enter_keys import enter_never_rejects
from app.ui.widgets.fields import ReferenceInput, TextInput, enum_input
from app.ui.widgets.fit_columns import fit_columns
from app.ui.widgets.form import ERROR_STYLE, FieldSpec, RecordForm, hold_lines
from app.ui.widgets.form_controller import FormController
from app.ui.widgets.messages import confirm, error_text, show_error
from app.ui.widgets.picker import RecordPicker


class NewParticipantDialog(QDialog):
    """Record a new person and enrol them in the training in one step."""

    def __init__(self, ctx, training_id: str, country_id: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.training_id = ctx, training_id
        self.setWindowTitle(self.tr("New participant"))
        refs = ctx.refs
        self.form = RecordForm([
            FieldSpec("full_name", self.tr("Full name"), lambda: TextInput(200)),
            FieldSpec("sex", self.tr("Sex"), lambda: enum_input(Sex)),
            FieldSpec("organisation", self.tr("Organisation"), lambda: TextInput(300)),
            FieldSpec("position", self.tr("Position"), lambda: TextInput(200)),
            FieldSpec("stakeholder_type_id", self.tr("Stakeholder type"),
                      lambda: ReferenceInput(refs, "stakeholder_type", "\u2014")),
            FieldSpec("country_id", self.tr("Country"), lambda: ReferenceInput(refs, "country", "\u2014")),
        ])
        self.duplicates = DuplicateHint(ctx)
        self.duplicates.use_person.connect(self.use_existing)
        self.duplicates.not_same.connect(self.add_as_someone_else)
        self.summary = QLabel()
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.controller = FormController(self.form, self.summary)  # its loading, checking, saving and messages
        self.controller.load({"sex": Sex.NOT_STATED.value, "country_id": country_id})
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        enter_never_rejects(self.buttons)  # Enter never cancels
        self.ok_button = self.buttons.addButton(self.tr("Add and &enrol"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        # the whole record is checked now and when saved; a key press checks the field typed in
        self.checks = DraftChecks("participant")
        self.form.field_changed.connect(self._edited)
        self._refresh()
        self.resize(520, self.sizeHint().height())
        keep_fitting(self)

    def _edited(self, key: str) -> None:
        self.controller.touched = True
        values = self.form.values()
        self._show(self.checks.field(values, key))
        self.duplicates.check(values["full_name"], values["organisation"])

    def _refresh(self) -> None:
        self._show(self.checks.whole(self.form.values()))

    def _show(self, problems: dict[str, str]) -> None:
        problems = self.controller.with_refusals(self.form.values(), problems)
        self.controller.show(problems)
        self.ok_button.setEnabled(not problems)

    def use_existing(self, participant_id: str) -> None:
        """"Use this person": enrol the record that exists, record no one new."""
        training_id = self.training_id
        self.ok_button.setEnabled(False)
        self.ctx.write(lambda fd: fd.enrollments.create({"training_id": training_id, "participant_id": participant_id}),
                       lambda _eid: self.accept(), owner=self, on_error=self._failed)

    def add_as_someone_else(self, others: list[str]) -> None:
        """"Not the same person": record the new person, and that they are not those shown."""
        self.save(not_same_as=others)

    def save(self, not_same_as: list[str] | None = None) -> None:
        """Add and enrol. Never creates a duplicate silently: when similar people exist that nobody decided about
        (even ones the hint had no time to show), nothing is written and the hint asks."""
        values = self.form.values()
        if self.checks.whole(values):
            self.controller.touched = True
            self._refresh()
            return
        data, training_id = without_missing("participant", values), self.training_id
        decided = list(not_same_as or [])

        def write(fd):
            with fd.writing():
                person = create_checked(fd, data, not_same_as=decided)
                fd.enrollments.create({"training_id": training_id, "participant_id": person})
            return person

        self.ok_button.setEnabled(False)
        self.ctx.write(write, lambda _pid: self.accept(),
                       owner=self,
                       on_error=self._failed)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, PossibleDuplicate):
            self._refresh()
            self.duplicates.show_matches(error.matches)
            return
        values = self.form.values()
        refused = self.controller.refused(values, error)
        self._refresh()
        if not refused:
            show_error(self, error)


class EnrollmentTab(SheetTab):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.picker = RecordPicker(ctx, "participant")
        self.picker.widget.setAccessibleName(self.tr("Find a participant to enrol"))
        find_label = QLabel(self.tr("&Find a participant:"))
        find_label.setBuddy(self.picker.widget)
        self.enrol_button = QPushButton(self.tr("E&nrol"))
        self.enrol_button.clicked.connect(self.enrol_chosen)
        self.picker.changed.connect(self._update_buttons)
        self.new_button = QPushButton(self.tr("New &participant\u2026"))
        self.new_button.clicked.connect(lambda: self.add_new())
        self.import_button = QPushButton(self.tr("&Import from Excel\u2026"))
        self.import_button.setToolTip(self.tr("Import participants from an Excel file and enrol them in this activity"))
        self.import_button.clicked.connect(lambda: self.import_participants())
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        hold_lines(self.message)
        self.message.hide()
        top = QHBoxLayout()
        top.addWidget(find_label)
        top.addWidget(self.picker.widget, 1)
        top.addWidget(self.enrol_button)
        top.addWidget(self.new_button)
        self.model = ColumnRowsModel([Column("full_name", self.tr("Name")),
                                      Column("sex", self.tr("Sex"), "enum", enum=Sex),
                                      Column("organisation", self.tr("Organisation"))], ctx.refs, self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the list for the next field
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Enrolled participants"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.count = QLabel()
        self.count.setWordWrap(True)  # the counts of a long translation go on two lines rather than be cut
        self.remove_button = QPushButton(self.tr("&Remove from the activity"))
        self.remove_button.clicked.connect(self.remove_selected)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.dialog: NewParticipantDialog | None = None
        self._update_buttons()

    def show_sheet(self, training: dict[str, Any], rows: list[dict[str, Any]]) -> None:
        self.model.set_rows(rows)
        fit_columns(self.view)
        women = sum(1 for r in rows if r.get("sex") == Sex.FEMALE.value)
        men = sum(1 for r in rows if r.get("sex") == Sex.MALE.value)
        self.count.setText(self.tr("%Ln participant(s)", "", len(rows)) + " \u2013 "
                           + self.tr("women: %1, men: %2").replace("%1", str(women)).replace("%2", str(men)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_training = bool(self.training_id) and self.writable
        self.picker.widget.setEnabled(has_training)
        self.enrol_button.setEnabled(has_training and self.picker.value() is not None)
        self.new_button.setEnabled(has_training)
        self.import_button.setEnabled(has_training)
        self.remove_button.setEnabled(has_training and bool(self.view.selectionModel().selectedRows()))

    def enrol_chosen(self) -> None:
        person, training_id = self.picker.value(), self.training_id
        if not person or not training_id:
            return
        self.message.hide()

        def failed(error):
            self.message.setText(self._problem_text(error))
            self.message.show()

        def done(_rid):
            self.picker.choose(None, "")
            self._update_buttons()

        self.ctx.write(lambda fd: fd.enrollments.create({"training_id": training_id, "participant_id": person}), done,
                       owner=self, on_error=failed)

    def _problem_text(self, error: BaseException) -> str:
        if isinstance(error, ValidationFailed):
            return " ".join(problem_text(p.message, None) for p in error.problems)
        return error_text(error)

    def add_new(self) -> NewParticipantDialog | None:
        if not (self.training_id and self.writable):
            return None
        self.dialog = NewParticipantDialog(self.ctx, self.training_id, self.training.get("country_id"), self)
        self.dialog.open()
        return self.dialog

    def import_participants(self):
        """The import window, set to enrol whoever the file lists in this activity."""
        if not (self.training_id and self.writable):
            return None
        dialog = ImportDialog(self.ctx, "participants", into_training=self.training_id,
                              training_title=str(self.training.get("title") or ""), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def remove_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return
        row = self.model.rows[rows[0].row()]
        if not confirm(self, self.tr("Remove from the activity"),
                       self.tr("Remove %1 from this activity? Their attendance and scores here are removed too.")
                       .replace("%1", row["full_name"])):
            return
        enrollment_id = row["id"]
        self.ctx.write(lambda fd: fd.enrollments.delete(enrollment_id), None, owner=self,
                       on_error=lambda e: show_error(self, e))
