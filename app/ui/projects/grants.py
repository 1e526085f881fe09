"""The project editor's "Grants" tab: the project's grants to NGOs and national institutions, and under them the
selected grant's tranches and reports, each a grid with Add, Edit and Remove (Enter edits the current line). What is
overdue on the grant (a tranche not paid, a report not received after its due date) is said in words, in red, above
its grids, and in the grids' State column; a warning says when the tranches do not add up to the grant's amount."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.models.enums import GranteeKind, GrantReportKind, GrantStatus
from app.services.programme.due import today_of
from app.services.programme.grants import grant_overview, grants_list
from app.services.store.transitions import history
from app.ui.i18n.formats import format_currency, format_date, format_number
from app.ui.i18n.vocabulary import enum_label
from app.ui.widgets.children import PartsSection
from app.ui.widgets.columns import Column
from app.ui.widgets.date_input import DateInput
from app.ui.widgets.fields import (
    BoolInput,
    IntInput,
    LongTextInput,
    NumberInput,
    ReferenceInput,
    TextInput,
    enum_input,
)
from app.ui.widgets.form import ERROR_STYLE, FieldSpec, hold_lines
from app.ui.widgets.status_flow import StatusLine


def _t(text: str) -> str:
    return QCoreApplication.translate("Grants", text)


def overdue_words(items, dates: bool = True) -> str:
    """'Narrative report, due 14 July 2026 (days late: 146); Tranche 2, due ...' (read anywhere: no Qt object);
    without ``dates``, shorter for a list: 'Narrative report (days late: 146); Tranche 2 (days late: 126)'."""
    parts = []
    for o in items:
        what = (_t("Tranche %1").replace("%1", o.label) if o.what == "tranche"
                else enum_label(GrantReportKind, o.label))
        if dates:
            parts.append(_t("%1, due %2 (days late: %3)").replace("%1", what).replace("%2", format_date(o.due))
                         .replace("%3", format_number(o.days_late)))
        else:
            parts.append(_t("%1 (days late: %2)").replace("%1", what).replace("%2", format_number(o.days_late)))
    return "; ".join(parts)


def grant_state_text(grant: dict[str, Any]) -> str:
    """What the grant editor says above the grids: what is paid, a sum that differs, and what is overdue."""
    currency = grant["currency"]
    lines = [_t("Paid %1 of %2.").replace("%1", format_currency(grant["paid_amount"], currency))
             .replace("%2", format_currency(grant["amount"], currency))]
    if grant["sum_differs"]:
        lines.append(_t("Warning: the tranches add up to %1, not the grant's %2.")
                     .replace("%1", format_currency(grant["scheduled"], currency))
                     .replace("%2", format_currency(grant["amount"], currency)))
    if grant["overdue"]:
        lines.append(_t("Overdue: %1.").replace("%1", overdue_words(grant["overdue"])))
    return " ".join(lines)


class GrantsSection(PartsSection):
    table = "grant_award"
    parent_column = "project_id"
    country_id: str | None = None  # the project's, offered for a new grantee

    def make_columns(self) -> list[Column]:
        return [Column("grantee_name", self.tr("Grantee")),
                Column("grantee_kind", self.tr("Kind")),
                Column("amount", self.tr("Amount"), "money"),
                Column("currency", self.tr("Currency")),
                Column("status", self.tr("Status")),
                Column("late", self.tr("Overdue"))]

    def field_specs(self) -> list[FieldSpec]:
        refs = self.ctx.refs
        return [
            FieldSpec("grantee_name", self.tr("Grantee"), lambda: TextInput(300),
                      hint=self.tr("The NGO or national institution that receives the grant.")),
            FieldSpec("grantee_kind", self.tr("Kind of grantee"), lambda: enum_input(GranteeKind)),
            FieldSpec("grantee_country_id", self.tr("Grantee's country"),
                      lambda: ReferenceInput(refs, "country", "\u2014")),
            FieldSpec("amount", self.tr("Amount"), lambda: NumberInput(0, 1e12, 2)),
            FieldSpec("currency", self.tr("Currency"), lambda: TextInput(3),
                      hint=self.tr("Three capital letters: USD, EUR, CHF.")),
            FieldSpec("status", self.tr("Status"), lambda: enum_input(GrantStatus)),
            FieldSpec("start_date", self.tr("Start date"), lambda: DateInput(optional=True)),
            FieldSpec("end_date", self.tr("End date"), lambda: DateInput(optional=True)),
            FieldSpec("purpose", self.tr("Purpose"), lambda: LongTextInput(3)),
            FieldSpec("contact", self.tr("Contact"), lambda: TextInput(300)),
        ]

    def noun(self) -> str:
        return self.tr("grant")

    def _open(self, row, title):
        dialog = super()._open(row, title)
        if row is not None:  # an existing grant changes status on the tab's status line, dated, as a project does
            dialog.form.inputs["status"].set_read_only(True)
        return dialog

    def defaults(self) -> dict[str, Any]:
        return {"currency": "USD", "status": "proposed", "grantee_country_id": self.country_id,
                "start_date": None, "end_date": None}

    def read_rows(self, fd, parent_id: str) -> list[dict[str, Any]]:
        rows = super().read_rows(fd, parent_id)
        late = {g["id"]: g["overdue"] for g in grants_list(fd, project_id=parent_id)}
        project = fd.projects.get_row(parent_id)
        self.country_id = project.get("country_id")
        for row in rows:
            items = late.get(row["id"], [])
            row["late"] = _t("%1 overdue").replace("%1", format_number(len(items))) if items else ""
        return rows


def _state(row: dict[str, Any], done: bool, done_text: str, today: date) -> str:
    if done:
        return done_text
    return _t("Overdue") if row["due_date"] < today else _t("Due")


class TranchesSection(PartsSection):
    table = "grant_tranche"
    parent_column = "grant_id"

    def make_columns(self) -> list[Column]:
        return [Column("number", self.tr("Tranche"), "number"),
                Column("amount", self.tr("Amount"), "money"),
                Column("due_date", self.tr("Due date")),
                Column("paid_date", self.tr("Paid on")),
                Column("state", self.tr("State"))]

    def field_specs(self) -> list[FieldSpec]:
        return [
            FieldSpec("number", self.tr("Tranche"), lambda: IntInput(1, 99, grouping=False)),
            FieldSpec("amount", self.tr("Amount"), lambda: NumberInput(0, 1e12, 2)),
            FieldSpec("due_date", self.tr("Due date"), lambda: DateInput()),
            FieldSpec("paid", self.tr("Paid"), lambda: BoolInput(self.tr("Paid to the grantee"))),
            FieldSpec("paid_date", self.tr("Paid on"), lambda: DateInput(optional=True)),
            FieldSpec("note", self.tr("Note"), lambda: TextInput(2000)),
        ]

    def noun(self) -> str:
        return self.tr("tranche")

    def defaults(self) -> dict[str, Any]:
        return {"number": max((r["number"] for r in self.model.rows), default=0) + 1, "paid_date": None}

    def read_rows(self, fd, parent_id: str) -> list[dict[str, Any]]:
        today = today_of(fd)
        rows = super().read_rows(fd, parent_id)
        for row in rows:
            row["state"] = _state(row, row["paid"], _t("Paid"), today)
        return rows


class GrantReportsSection(PartsSection):
    table = "grant_report"
    parent_column = "grant_id"

    def make_columns(self) -> list[Column]:
        return [Column("kind", self.tr("Report")),
                Column("due_date", self.tr("Due date")),
                Column("received_date", self.tr("Received on")),
                Column("accepted_date", self.tr("Accepted on")),
                Column("state", self.tr("State"))]

    def field_specs(self) -> list[FieldSpec]:
        return [
            FieldSpec("kind", self.tr("Report"), lambda: enum_input(GrantReportKind)),
            FieldSpec("due_date", self.tr("Due date"), lambda: DateInput()),
            FieldSpec("received_date", self.tr("Received on"), lambda: DateInput(optional=True)),
            FieldSpec("accepted_date", self.tr("Accepted on"), lambda: DateInput(optional=True),
                      hint=self.tr("A report is accepted once it has been received.")),
            FieldSpec("note", self.tr("Note"), lambda: TextInput(2000)),
        ]

    def noun(self) -> str:
        return self.tr("grant report")

    def defaults(self) -> dict[str, Any]:
        return {"received_date": None, "accepted_date": None}

    def read_rows(self, fd, parent_id: str) -> list[dict[str, Any]]:
        today = today_of(fd)
        rows = super().read_rows(fd, parent_id)
        for row in rows:
            done = row["received_date"] is not None
            text = _t("Accepted") if row["accepted_date"] else _t("Received")
            row["state"] = _state(row, done, text, today)
        return rows


class GrantsTab(QWidget):
    """The project's grants; the one chosen in the list is shown below with its tranches and reports."""

    changed = Signal()

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.project_id: str | None = None
        self.writable = False
        self.grant_id: str | None = None
        self._wanted: str | None = None  # a grant to show once the list is read (opened from the Grants page)
        self.grants = GrantsSection(ctx)
        self.tranches = TranchesSection(ctx)
        self.reports = GrantReportsSection(ctx)
        self.status_line = StatusLine(ctx, "grant_award")  # the chosen grant's status, since when, and its change
        self.status_line.changed.connect(self._parts_changed)
        self.state = hold_lines(QLabel(), 2)
        self.state.setObjectName("grantState")
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.detail = QWidget()
        grids = QHBoxLayout(self.detail)
        grids.setContentsMargins(0, 0, 0, 0)
        for section, title, stretch in ((self.tranches, self.tr("Tranches"), 4), (self.reports, self.tr("Reports"), 5)):
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            inner.setContentsMargins(2, 2, 2, 2)
            section.main_layout.setContentsMargins(0, 0, 0, 0)
            inner.addWidget(section)
            grids.addWidget(box, stretch)
        layout = QVBoxLayout(self)
        self.status_line.label.setWordWrap(False)  # one line (a wrapping label would claim the grids' height)
        self.grants.buttons.addWidget(self.status_line, 3)  # beside Add, Edit, Remove: the grids keep the room
        layout.addWidget(self.grants, 1)
        layout.addWidget(self.state)
        layout.addWidget(self.detail, 1)
        self.grants.view.selectionModel().currentRowChanged.connect(lambda *_: self._grant_chosen())
        self.grants.loaded.connect(self._reselect)
        self.grants.changed.connect(self._parts_changed)
        self.tranches.changed.connect(self._parts_changed)
        self.reports.changed.connect(self._parts_changed)
        self._show_grant(None)

    def set_record(self, project_id: str | None, writable: bool) -> None:
        if project_id != self.project_id:
            self.grant_id = None
        self.project_id, self.writable = project_id, writable
        self.grants.set_record(project_id, writable)
        if self.grant_id is None:
            self._show_grant(None)

    def choose(self, grant_id: str) -> None:
        """Show ``grant_id`` (now if it is listed, else once the list is read)."""
        self._wanted = grant_id
        if any(r["id"] == grant_id for r in self.grants.model.rows):
            self._reselect()

    def _reselect(self) -> None:
        """After the list is read again, the grant shown stays chosen (the first one when none was)."""
        rows = self.grants.model.rows
        ids = [r["id"] for r in rows]
        if self._wanted in ids:
            wanted, self._wanted = self._wanted, None
        else:
            wanted = self.grant_id if self.grant_id in ids else (ids[0] if ids else None)
        if wanted is None:
            self._show_grant(None)
            return
        index = self.grants.model.index(ids.index(wanted), 0)
        self.grants.view.selectionModel().setCurrentIndex(
            index, self.grants.view.selectionModel().SelectionFlag.ClearAndSelect
            | self.grants.view.selectionModel().SelectionFlag.Rows)
        if wanted == self.grant_id:
            self._read_state()

    def _grant_chosen(self) -> None:
        row = self.grants.view.selectionModel().currentIndex().row()
        rows = self.grants.model.rows
        self._show_grant(rows[row]["id"] if 0 <= row < len(rows) else None)

    def _show_grant(self, grant_id: str | None) -> None:
        changed = grant_id != self.grant_id or grant_id is None
        self.grant_id = grant_id
        self.detail.setEnabled(grant_id is not None)
        if grant_id is None:
            self.status_line.show_record(None, None, False)
            self.state.setText(self.tr("Choose a grant to see its tranches and reports.")
                               if self.grants.model.rows else "")
            self.state.setStyleSheet("")
        if changed:
            self.tranches.set_record(grant_id, self.writable)
            self.reports.set_record(grant_id, self.writable)
        if grant_id:
            self._read_state()

    def _read_state(self) -> None:
        grant_id = self.grant_id

        def read(fd):
            steps = history(fd, "grant_award", grant_id)
            return grant_overview(fd, grant_id), steps[-1] if steps else None

        def shown(result):
            grant, last = result
            if grant_id == self.grant_id:
                self.status_line.show_record(grant, last, self.writable)
                self.state.setText(grant_state_text(grant))
                self.state.setStyleSheet(ERROR_STYLE if grant["overdue"] or grant["sum_differs"] else "")

        self.ctx.read(read, shown, owner=self)

    def _parts_changed(self) -> None:
        self.grants.reload()  # the Overdue column, and the chosen grant's state after it
        self.changed.emit()
