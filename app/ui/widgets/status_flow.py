"""A record that moves through statuses (a request for assistance, a project): its status line with a "Change
status" button, the dialog that makes a dated transition (only the statuses that may follow are offered; the
services' refusal shows beside its field), and the read-only history of its status changes."""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.store.transitions import FLOWS, allowed_next, history, transition
from app.ui.i18n.formats import format_date
from app.ui.i18n.vocabulary import enum_label
from app.ui.widgets.children import PartsSection
from app.ui.widgets.columns import Column
from app.ui.widgets.date_input import DateInput
from app.ui.widgets.enter_keys import enter_never_rejects
from app.ui.widgets.fields import ChoiceInput, LongTextInput, TextInput, enum_input
from app.ui.widgets.form import ERROR_STYLE, FieldSpec, RecordForm
from app.ui.widgets.form_controller import FormController
from app.ui.widgets.messages import show_error

if TYPE_CHECKING:
    from app.ui.context import AppContext

DECISIONS = {"approved", "declined"}  # a request's decisions, which take their reasons


class TransitionDialog(QDialog):
    """Move one record to a status that may follow its current one, on a date, with a note (and, for a decision on
    a request, its reasons)."""

    done = Signal()

    def __init__(self, ctx: AppContext, table: str, row: dict[str, Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.table, self.row = ctx, table, row
        flow = FLOWS[table]
        self.status_enum: type[Enum] = flow.status
        self.setWindowTitle(self.tr("Change status"))
        nexts = [(s, enum_label(self.status_enum, s)) for s in allowed_next(table, row["status"])]
        specs = [
            FieldSpec("status", self.tr("New status"), lambda: ChoiceInput(nexts)),
            FieldSpec("transition_date", self.tr("Date"), lambda: DateInput()),
            FieldSpec("note", self.tr("Note"), lambda: LongTextInput(3)),
        ]
        if table == "assistance_request":
            specs.append(FieldSpec("decision_reasons", self.tr("Reasons for the decision"), lambda: LongTextInput(4),
                                   hint=self.tr("Required when the request is approved or declined.")))
        self.form = RecordForm(specs)
        intro = QLabel(self.tr("Now: %1. It can go to the statuses offered below.")
                       .replace("%1", enum_label(self.status_enum, row["status"])))
        intro.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.controller = FormController(self.form, self.summary)  # its loading, checking, saving and messages
        self.controller.load({"transition_date": date.today(), "decision_reasons": row.get("decision_reasons", "")})
        self.controller.touched = True  # a choice to make: what is missing shows from the start
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        enter_never_rejects(self.buttons)  # Enter never cancels
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.form.changed.connect(self.refresh)
        self.refresh()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def problems(self) -> dict[str, str]:
        values = self.form.values()
        found: dict[str, str] = {}
        if values.get("status") in DECISIONS and self.table == "assistance_request" \
                and not (values.get("decision_reasons") or "").strip():
            found["decision_reasons"] = self.tr("Give the reasons for the decision: approved and declined requests "
                                                "are explained.")
        found.update(self.form.input_problems())
        return self.controller.with_refusals(values, found)

    def refresh(self) -> None:
        problems = self.problems()
        self.controller.show(problems)
        self.ok_button.setEnabled(not problems and self.form.values().get("status") is not None)

    def save(self) -> None:
        if self.problems():
            return
        values = self.form.values()
        table, record_id = self.table, self.row["id"]
        reasons = values.get("decision_reasons") if values.get("status") in DECISIONS else None

        def write(fd):
            return transition(fd, table, record_id, values["status"], on=values["transition_date"],
                              note=values.get("note") or "", reasons=reasons)

        self.ok_button.setEnabled(False)
        self.ctx.write(write, self._saved, owner=self,
                       on_error=lambda e: self._failed(values, e))

    def _saved(self, _changed) -> None:
        self.done.emit()
        self.accept()

    def _failed(self, values: dict[str, Any], error: BaseException) -> None:
        if self.controller.refused(values, error):
            self.refresh()
            return
        self.refresh()
        show_error(self, error)


class StatusLine(QWidget):
    """"Status: Under assessment, since 1 February 2026 (Ana López)" and the button that changes it."""

    changed = Signal()  # a transition was made

    def __init__(self, ctx: AppContext, table: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.table = ctx, table
        self.row: dict[str, Any] | None = None
        self.writable = False
        self.dialog: TransitionDialog | None = None
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("Change s&tatus\u2026"))
        self.button.clicked.connect(self.open_dialog)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    def show_record(self, row: dict[str, Any] | None, last: dict[str, Any] | None, writable: bool) -> None:
        self.row, self.writable = row, writable
        if row is None:
            self.hide()
            return
        status = enum_label(FLOWS[self.table].status, row["status"])
        if last:
            text = self.tr("Status: %1, since %2 (%3).").replace("%1", status) \
                .replace("%2", format_date(last["transition_date"])).replace("%3", last["made_by"] or "\u2014")
        else:
            text = self.tr("Status: %1.").replace("%1", status)
        self.label.setText(text)
        can_move = bool(allowed_next(self.table, row["status"]))
        self.button.setEnabled(writable and can_move and not row.get("deleted"))
        self.button.setToolTip("" if can_move else self.tr("This status is final."))
        self.show()

    def open_dialog(self) -> TransitionDialog | None:
        if self.row is None or not self.button.isEnabled():
            return None
        self.dialog = TransitionDialog(self.ctx, self.table, self.row, self)
        self.dialog.done.connect(self.changed)
        self.dialog.open()
        return self.dialog


class StatusHistory(PartsSection):
    """The record's status changes, oldest first; they are made by changing the status, never edited here.
    Subclasses give ``table``, ``parent_column`` and ``status_enum``."""

    status_enum: type[Enum]

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.add_button.hide()
        self.remove_button.hide()

    def make_columns(self) -> list[Column]:
        return [Column("transition_date", self.tr("Date"), "date"),
                Column("from_status", self.tr("From"), "enum", enum=self.status_enum),
                Column("to_status", self.tr("To"), "enum", enum=self.status_enum),
                Column("made_by", self.tr("By")),
                Column("note", self.tr("Note"))]

    def field_specs(self) -> list[FieldSpec]:
        return [FieldSpec("transition_date", self.tr("Date"), lambda: DateInput()),
                FieldSpec("from_status", self.tr("From"), lambda: enum_input(self.status_enum, "\u2014")),
                FieldSpec("to_status", self.tr("To"), lambda: enum_input(self.status_enum)),
                FieldSpec("made_by", self.tr("By"), lambda: TextInput(120)),
                FieldSpec("note", self.tr("Note"), lambda: LongTextInput(3))]

    def noun(self) -> str:
        return self.tr("status change")

    def note(self) -> str:
        return self.tr("Every change of status, with its date and who made it. Use \u201cChange status\u201d on the "
                       "Details tab to make one.")

    def set_record(self, parent_id: str | None, writable: bool) -> None:
        super().set_record(parent_id, False)  # a record of what happened: read only


class StatusFlowEditor:
    """Mixed into a ``RecordEditor`` whose record moves through statuses: the status shows above the form with its
    "Change status" button; the form's status can be chosen for a new record only."""

    status_line: StatusLine

    def add_status_line(self) -> None:
        self.status_line = StatusLine(self.ctx, self.table)
        self.status_line.changed.connect(self.reload)
        self.form.parentWidget().layout().insertWidget(0, self.status_line)

    def read_record(self, fd, record_id: str) -> dict[str, Any]:
        row = super().read_record(fd, record_id)
        steps = history(fd, self.table, record_id)
        row["__last_change__"] = steps[-1] if steps else None
        return row

    def _show(self, record_id: str, row: dict[str, Any]) -> None:
        last = row.pop("__last_change__", None)
        super()._show(record_id, row)
        if self.record_id == record_id and self.mode == "existing":
            self.status_line.show_record(self.row, last, self.writable)

    def _fill(self, row: dict[str, Any]) -> None:
        super()._fill(row)
        if self.mode == "existing":
            self.form.inputs["status"].set_read_only(True)

    def new_record(self, preset: dict[str, Any] | None = None) -> None:
        self.status_line.show_record(None, None, False)
        super().new_record(preset)
