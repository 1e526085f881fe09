"""The parts of a record (a mission's team, meetings and findings; a project's budget lines...): a short table with
Add, Edit and Remove, each part edited in a small dialog with the same field-by-field checks as an editor."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
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

from app.services.store.drafts import DraftChecks
from app.services.store.lookups import children
from app.ui.i18n.formats import format_number
from app.ui.widgets.columns import Column, cell_text, of_table
from app.ui.widgets.date_input import DateInput
from app.ui.widgets.dialog_fit import keep_fitting
from app.ui.widgets.enter_keys import enter_never_rejects
from app.ui.widgets.fit_columns import fit_columns
from app.ui.widgets.form import ERROR_STYLE, FieldSpec, RecordForm, hold_lines
from app.ui.widgets.form_controller import FormController
from app.ui.widgets.grid import EditableGrid, parse_number
from app.ui.widgets.messages import confirm, show_error
from app.ui.widgets.table_model import TRAILING, ColumnsTableModel

if TYPE_CHECKING:
    from app.ui.context import AppContext


def day_within(start: date | None, end: date | None, today: date | None = None) -> date | None:
    """The day a part (a meeting, an evaluation) is most likely on: today when it falls within the parent's dates,
    else the parent's start. A parent with one date known spans that day only (an unknown end is no licence to put
    a meeting of a mission of 2024 today)."""
    today = today or date.today()
    start, end = start or end, end or start
    if start is None:
        return None
    return today if start <= today <= end else start


class ColumnRowsModel(ColumnsTableModel):
    """A short list of rows held in full, shown by their ``Column``s (a record's parts are tens, not thousands)."""

    def __init__(self, columns: list[Column], refs, parent=None):
        super().__init__(parent=parent)
        self.columns, self.refs = columns, refs
        self.rows: list[dict[str, Any]] = []
        self.inline: dict[str, tuple[float, float, int]] = {}  # typed in place: key -> (lowest, highest, decimals)
        self.writable = False
        # (record id, changes, the values they replace as shown) to write
        self.edited: Callable[[str, dict[str, Any], dict[str, Any]], None] | None = None

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.refresh_rows(rows, bool(rows) and [r.get("id") for r in rows] == [r.get("id") for r in self.rows])

    def flags(self, index):
        flags = super().flags(index)
        if self.writable and index.isValid() and self.columns[index.column()].key in self.inline:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def cell_problem(self, index, text: str) -> str:
        low, high, decimals = self.inline[self.columns[index.column()].key]
        return parse_number(str(text), low, high, decimals)[1]

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        key = self.columns[index.column()].key
        if role != Qt.ItemDataRole.EditRole or not self.writable or key not in self.inline:
            return False
        low, high, decimals = self.inline[key]
        number, problem = parse_number(str(value), low, high, decimals)
        row = self.rows[index.row()]
        shown = row.get(key)
        if problem or number == shown:
            return False
        number = int(number) if number is not None and decimals == 0 else number
        row[key] = number
        self.dataChanged.emit(index, index)
        if self.edited is not None:
            self.edited(row["id"], {key: number}, {key: shown})
        return True

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.EditRole and column.key in self.inline:
            value = row.get(column.key)
            return "" if value is None else format_number(value, 0 if float(value).is_integer() else 2)
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(column, row, self.refs)
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of a cell its column may elide
            text = str(row.get(column.key) or "") if column.kind == "text" else cell_text(column, row, self.refs)
            return text or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return TRAILING
        return None


class PartDialog(QDialog):
    """Add or edit one part. OK is disabled while the form is wrong; the database's objections appear beside the
    fields and the dialog stays open."""

    saved = Signal(str)

    def __init__(self, ctx: AppContext, table: str, specs: list[FieldSpec], fixed: dict[str, Any],
                 row: dict[str, Any] | None, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.table, self.fixed, self.row = ctx, table, fixed, row
        self.setWindowTitle(title)
        self.form = RecordForm(specs)
        self.summary = QLabel()
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setWordWrap(True)
        hold_lines(self.summary)
        self.summary.hide()
        self.controller = FormController(self.form, self.summary)  # its loading, checking, saving and messages
        self.controller.load(row or {})
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        enter_never_rejects(self.buttons)  # Enter never cancels
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        # The whole record is checked when the dialog opens and when it is saved; a key press checks the field typed
        # in (``DraftChecks``: its own checks and the record's rules), not every field again.
        self.checks = DraftChecks(table, fixed)
        self._problems: dict[str, str] = {}  # the record's problems as last checked
        self._input_problems: dict[str, str] = {}  # what the inputs find wrong with their text (a date half typed)
        self.form.field_changed.connect(self._edited)
        self.refresh()
        keep_fitting(self)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def problems(self) -> dict[str, str]:
        """Every problem of the record, all of it checked again (as when it is saved)."""
        values = self.form.values()
        self._problems = self.checks.whole(values)
        self._input_problems = self.form.input_problems()
        return self._shown_problems(values)

    def _shown_problems(self, values: dict[str, Any]) -> dict[str, str]:
        return self.controller.with_refusals(values, {**self._problems, **self._input_problems})

    def _edited(self, key: str) -> None:
        """A key typed (or a choice made) in the field ``key``: that field is checked, and the messages shown."""
        self.controller.touched = True
        values = self.form.values()
        self._problems = self.checks.field(values, key)
        self._input_problems.pop(key, None)
        if message := self.form.inputs[key].problem():
            self._input_problems[key] = message
        self._show(values, self._shown_problems(values))

    def refresh(self) -> None:
        """The whole record checked again and its messages shown."""
        problems = self.problems()
        self._show(self.form.values(), problems)

    def _show(self, values: dict[str, Any], problems: dict[str, str]) -> None:
        self.controller.show(problems)
        self.ok_button.setEnabled(not problems and (self.row is None or values != self.controller.baseline))

    def save(self) -> None:
        if self.problems():
            self.controller.touched = True
            self.refresh()
            return
        values = self.form.values()
        table = self.table
        # an edit says what it started from, like a record's: a part another person saved meanwhile is kept
        write = self.controller.store(table, None if self.row is None else self.row["id"], values,
                                      {**self.fixed, **values} if self.row is None else None)

        self.ok_button.setEnabled(False)
        self.ctx.write(write, self._saved, owner=self, on_error=lambda e: self._failed(values, e))

    def _saved(self, record_id: str) -> None:
        self.saved.emit(record_id)
        self.accept()

    def _failed(self, values: dict[str, Any], error: BaseException) -> None:
        if self.controller.refused(values, error):
            self.refresh()
            return
        self.refresh()
        show_error(self, error)


class PartsSection(QWidget):
    """A record's parts of one kind. ``set_record(parent_id, writable)`` shows them; writes go through the worker.
    Subclasses give ``table``, ``parent_column``, ``make_columns()``, ``field_specs()`` and ``noun()``."""

    table = ""
    parent_column = ""
    inline: dict[str, tuple[float, float, int]] = {}  # numeric columns typed in place (the shared grid)
    loaded = Signal()
    changed = Signal()  # a part was added, edited or removed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.parent_id: str | None = None
        self.writable = False
        self.dialog: PartDialog | None = None
        self.date_hint: date | None = None  # the parent record's date, where an empty date's calendar opens
        self.parent_dates: tuple[date | None, date | None] = (None, None)  # the parent's start and end
        self.model = ColumnRowsModel(of_table(self.table, self.make_columns()), ctx.refs, self)
        self.model.inline = dict(self.inline)
        self.model.edited = self._write_cell
        if self.inline:
            self.view = EditableGrid()  # Tab moves between the cells typed in
        else:
            self.view = QTableView()
            self.view.setTabKeyNavigation(False)  # Tab leaves the list for the next field
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.noun())
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        if not self.inline:
            self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.doubleClicked.connect(lambda index: None if index.flags() & Qt.ItemFlag.ItemIsEditable
                                        else self.edit(index.row()))
        self.view.activated.connect(lambda index: self.edit(index.row()))
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.add_button.clicked.connect(lambda: self.add())
        self.edit_button.clicked.connect(lambda: self.edit(self.selected_row()))
        self.remove_button.clicked.connect(self.remove_selected)
        self.buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        self.main_layout = QVBoxLayout(self)
        note = self.note()
        if note:
            label = QLabel(note)
            label.setWordWrap(True)
            self.main_layout.addWidget(label)
        self.main_layout.addWidget(self.view, 1)
        if self.inline:  # why a typed value was not taken, in room kept for it
            self.message = hold_lines(QLabel(), 1)
            self.message.setStyleSheet(ERROR_STYLE)
            self.view.problem.connect(self.message.setText)
            self.main_layout.addWidget(self.message)
        self.main_layout.addLayout(self.buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        ctx.refs.updated.connect(self.view.viewport().update)
        self._update_buttons()

    def make_columns(self) -> list[Column]:
        raise NotImplementedError

    def field_specs(self) -> list[FieldSpec]:
        raise NotImplementedError

    def noun(self) -> str:
        raise NotImplementedError

    def note(self) -> str:
        return ""

    def defaults(self) -> dict[str, Any]:
        return {}

    def set_record(self, parent_id: str | None, writable: bool) -> None:
        self.parent_id, self.writable = parent_id, writable
        self.model.writable = writable
        self.reload()

    def _write_cell(self, record_id: str, changes: dict[str, Any], base: dict[str, Any]) -> None:
        """A value typed in a cell, saved at once (a refusal is shown, and the rows read again). ``base``: the value
        the cell showed, so a value saved meanwhile by someone else is kept as a conflict, as a form's save does."""
        table = self.table

        def failed(error):
            show_error(self, error)
            self.reload()

        self.ctx.write(lambda fd: fd.service(table).update(record_id, changes, base=base),
                       lambda _r: self._after_write(), owner=self, on_error=failed)

    def read_rows(self, fd, parent_id: str) -> list[dict[str, Any]]:
        return children(fd, self.table, self.parent_column, parent_id)

    def reload(self) -> None:
        self._update_buttons()
        if not self.parent_id:
            self.model.set_rows([])
            fit_columns(self.view)  # the column titles in view, before any row
            return
        parent_id = self.parent_id

        def shown(rows):
            if parent_id == self.parent_id:
                self.model.set_rows(rows)
                fit_columns(self.view)
                self._update_buttons()
                self.loaded.emit()

        self.ctx.read(lambda fd: self.read_rows(fd, parent_id), shown, owner=self)

    def selected_row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _update_buttons(self) -> None:
        has = self.selected_row() >= 0
        self.add_button.setEnabled(bool(self.parent_id) and self.writable)
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has and self.writable)
        self.edit_button.setText(self.tr("&Edit\u2026") if self.writable else self.tr("&View\u2026"))

    def _open(self, row: dict[str, Any] | None, title: str) -> PartDialog:
        dialog = PartDialog(self.ctx, self.table, self.field_specs(), {self.parent_column: self.parent_id}, row, title,
                            self)
        dialog.form.date_hint = self.date_hint
        if not self.writable:
            dialog.form.set_read_only(True)
            dialog.ok_button.setEnabled(False)
        dialog.saved.connect(lambda _rid: self._after_write())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def add(self) -> PartDialog | None:
        if not (self.parent_id and self.writable):
            return None
        dialog = self._open(None, self.tr("Add: %1").replace("%1", self.noun()))
        defaults = self.defaults()
        day = day_within(*self.parent_dates)
        for key, field in dialog.form.inputs.items():
            if isinstance(field, DateInput) and key not in defaults and day is not None:
                defaults[key] = day  # a meeting of a mission happens during the mission
        if defaults:
            dialog.form.set_values(defaults)
            dialog.refresh()
        return dialog

    def edit(self, row: int) -> PartDialog | None:
        if not 0 <= row < len(self.model.rows):
            return None
        return self._open(self.model.rows[row], self.tr("Edit: %1").replace("%1", self.noun()))

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row < 0 or not self.writable:
            return
        if not confirm(self, self.tr("Remove"), self.tr("Remove the selected line (%1)?").replace("%1", self.noun())):
            return
        record_id, table = self.model.rows[row]["id"], self.table
        self.ctx.write(lambda fd: fd.service(table).delete(record_id), lambda _r: self._after_write(),
                       owner=self, on_error=lambda e: show_error(self, e))

    def _after_write(self) -> None:
        self.reload()
        self.changed.emit()
