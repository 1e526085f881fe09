"""The editor every kind of record shares: a form of its fields, tabs for its parts, its attachments and its history.

A form checks itself as the user types (the checks that need no database, from the services' own validation) and
Save stays disabled while something is wrong; what only the database can tell (a code already used, a deleted
reference) comes back from the save and is shown beside its field in the same way. A record owned by another office
opens read-only, with a line saying why.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.models.base import SYSTEM_FIELDS
from app.services.errors import FieldDeskError
from app.services.store.drafts import DraftChecks
from app.services.store.entities import BY_NAME
from app.services.store.entities import entity as entity_of
from app.services.store.lookups import REFERENCE_TABLES
from app.ui.i18n.formats import format_date, format_number, to_date
from app.ui.i18n.vocabulary import enum_label, field_title
from app.ui.widgets.attachments import AttachmentsTab
from app.ui.widgets.form import ERROR_STYLE, FieldSpec, RecordForm, hold_lines
from app.ui.widgets.form_controller import FormController
from app.ui.widgets.history import HistoryTab
from app.ui.widgets.messages import show_error
from app.ui.widgets.picker import RecordPicker
from app.ui.widgets.side_tabs import MOST_TABS_IN_A_ROW, SIDE_TABS_EDITOR_CHARS, SideTabsScroller, tabs_on_the_side

if TYPE_CHECKING:
    from app.ui.context import AppContext

translate = QCoreApplication.translate


# The headings of the parts whose changes show in their parent's history (services/store/history.HISTORY_PARTS)
PART_HEADINGS = {"sustainability_check": QT_TRANSLATE_NOOP("RecordEditor", "After the exit"),
                 "board_member": QT_TRANSLATE_NOOP("RecordEditor", "Board member"),
                 "board_adoption": QT_TRANSLATE_NOOP("RecordEditor", "Adopted by the Board"),
                 "board_decision": QT_TRANSLATE_NOOP("RecordEditor", "Board decision"),
                 "grant_award": QT_TRANSLATE_NOOP("RecordEditor", "Grant"),
                 "grant_tranche": QT_TRANSLATE_NOOP("RecordEditor", "Grant tranche"),
                 "grant_report": QT_TRANSLATE_NOOP("RecordEditor", "Grant report"),
                 "institution_accreditation": QT_TRANSLATE_NOOP("RecordEditor", "Accreditation review"),
                 "institution_concern": QT_TRANSLATE_NOOP("RecordEditor", "Concern"),
                 "institution_office": QT_TRANSLATE_NOOP("RecordEditor", "Regional office")}


class RecordEditor(QWidget):
    """Subclasses give ``table``, ``field_specs()``, and optionally ``defaults()``, ``part_tabs()``, ``heading()``."""

    table = ""
    saved = Signal(str)
    deleted = Signal(str)
    loaded = Signal()
    state_changed = Signal()
    save_refused = Signal(object)  # the problems by field, when a save was refused

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.entity = BY_NAME[self.table]
        self.record_id: str | None = None
        self.row: dict[str, Any] = {}
        self.mode = "empty"  # empty | new | existing
        self.writable = True
        self._loading_id: str | None = None
        self.saving = False
        self._saved_id: str | None = None  # the record this editor just saved, being read again
        self.checks = DraftChecks(self.table)  # what changed since the last check is checked again, no more

        self.heading_label = QLabel()
        self.heading_label.setObjectName("editorHeading")
        self.heading_label.setWordWrap(True)
        font = self.heading_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading_label.setFont(font)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.hide()

        self.form = RecordForm(self.field_specs(), taken_mnemonics={"s", "v"})
        self.form.changed.connect(self._edited)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.addWidget(self.form)
        self.details_footer = QVBoxLayout()  # subclasses add hints below the form here
        details_layout.addLayout(self.details_footer)
        details_layout.addStretch(1)
        scroll.setWidget(details)
        part_tabs = self.part_tabs()
        self.tabs = QTabWidget()
        self.tabs_on_the_side = len(part_tabs) + 3 > MOST_TABS_IN_A_ROW  # with Details, Attachments and History
        if self.tabs_on_the_side:
            tabs_on_the_side(self.tabs)
        self.tabs.setDocumentMode(True)
        # every tab in sight: the row never scrolls (the editor is at least as wide as its tabs)
        self.tabs.setUsesScrollButtons(False)
        self.tabs.addTab(scroll, self.tr("Details"))
        self.parts: list[QWidget] = []
        for widget, title in part_tabs:
            self.parts.append(widget)
            self.tabs.addTab(widget, title)
        self.attachments = AttachmentsTab(ctx, self.table)
        self.history = HistoryTab(ctx, self.table, self.describe_field, self.describe_value)
        self.tabs.addTab(self.attachments, self.tr("Attachments"))
        self.tabs.addTab(self.history, self.tr("History"))

        self.summary = QLabel()
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setWordWrap(True)
        hold_lines(self.summary)
        self.summary.hide()
        self.controller = FormController(self.form, self.summary)  # its loading, checking, saving and messages
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("Re&vert"))
        self.save_button.clicked.connect(lambda: self.save())
        self.revert_button.clicked.connect(self.revert)
        buttons = QHBoxLayout()
        self.button_row = buttons  # subclasses add their own buttons (a record's reports) here
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading_label)
        column.addWidget(self.banner)
        column.addWidget(SideTabsScroller(self.tabs) if self.tabs_on_the_side else self.tabs, 1)
        column.addLayout(buttons)
        self.placeholder = QLabel(self.tr("Choose a record in the list, or create a new one (Ctrl+N)."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self._refresh_state()

    # ------------------------------------------------------ for subclasses
    def field_specs(self) -> list[FieldSpec]:
        raise NotImplementedError

    def defaults(self) -> dict[str, Any]:
        return {}

    def part_tabs(self) -> list[tuple[QWidget, str]]:
        """Tabs for the record's parts (team, meetings...); each has ``set_record(record_id, writable)``."""
        return []

    def full_heading(self, row: dict[str, Any]) -> str:
        """The heading's tooltip: its whole text where ``heading`` shortens it."""
        return self.heading(row)

    def heading(self, row: dict[str, Any]) -> str:
        return str(row.get(self.entity.display) or "")

    def date_hint(self, row: dict[str, Any]) -> date | None:
        """The month a part's empty date opens its calendar at: the record's start, else its first date."""
        columns = sorted(self.entity.date_columns, key=lambda c: (c != "start_date", c))
        return next((d for d in (to_date(row.get(c)) for c in columns) if d is not None), None)

    def new_heading(self) -> str:
        return self.tr("New record")

    def extra_problems(self, values: dict[str, Any]) -> dict[str, str]:
        """Checks of this screen's own (e.g. a name typed in a picker but not chosen)."""
        problems = {}
        for key, field in self.form.inputs.items():
            if isinstance(field, RecordPicker) and field.pending_text:
                problems[key] = self.tr("Choose one of the suggestions, or clear the field.")
        problems.update(self.form.input_problems())
        return problems

    # ------------------------------------------------------------ states
    @property
    def target_id(self) -> str | None:
        """The record shown, or being read to be shown."""
        return self._loading_id or self.record_id

    def say_creatable(self, creatable: bool, kept_at_hq: bool = False) -> None:
        """What the empty editor invites to: choose a record, and create one only where that is possible; at an office,
        records headquarters keeps say where they come from (an office's Board page was just empty)."""
        text = (self.tr("Choose a record in the list, or create a new one (Ctrl+N).") if creatable
                else self.tr("Choose a record in the list."))
        if kept_at_hq:
            text = self.tr("Kept by headquarters; it arrives with headquarters' bundles.") + "\n\n" + text
        self.placeholder.setText(text)

    def width_beside_a_list(self) -> int:
        """The least width this editor needs beside its page's list: with its tabs down the side, room for them and
        for its parts' grids (a dozen columns) as well."""
        return self.fontMetrics().averageCharWidth() * SIDE_TABS_EDITOR_CHARS if self.tabs_on_the_side else 0

    def is_dirty(self) -> bool:
        return self.mode != "empty" and self.controller.is_dirty()

    def problems(self) -> dict[str, str]:
        values = self.form.values()
        found = self.checks.check(self.data_for_checks(values))  # a key press: the field typed in
        found = self.controller.with_refusals(values,
                                              {k: v for k, v in found.items() if k in self.form.inputs or k == ""})
        found.update(self.extra_problems(values))
        return found

    def data_for_checks(self, values: dict[str, Any]) -> dict[str, Any]:
        """The values the checks see: the form's, over the loaded row (fields not on the form keep theirs)."""
        base = {k: v for k, v in self.row.items() if k not in SYSTEM_FIELDS} if self.mode == "existing" else {}
        return {**base, **values}

    def can_save(self) -> bool:
        return self.mode != "empty" and self.writable and not self.saving and self.is_dirty() and not self.problems()

    def _edited(self) -> None:
        self.controller.touched = True
        self._refresh_state()

    def _refresh_state(self) -> None:
        problems = self.problems() if self.mode != "empty" and self.is_dirty() else {}
        self.controller.show(problems)
        self.save_button.setEnabled(self.can_save())
        self.save_button.setToolTip("" if not problems else self.tr("Correct the marked fields first."))
        self.revert_button.setEnabled(self.is_dirty() and not self.saving)
        self.state_changed.emit()

    # ---------------------------------------------------------- loading
    def read_record(self, fd, record_id: str) -> dict[str, Any]:
        """Runs on the worker: the row to show (subclasses may add what their parts need)."""
        return fd.service(self.table).get_row(record_id)

    def load(self, record_id: str) -> None:
        self._loading_id = record_id
        self.ctx.read(lambda fd: self.read_record(fd, record_id), lambda row: self._show(record_id, row), owner=self,
                      on_error=lambda e: self._load_failed(record_id, e))

    def _load_failed(self, record_id: str, error: BaseException) -> None:
        if record_id == self._loading_id:
            show_error(self, error)
            self.clear()

    def _show(self, record_id: str, row: dict[str, Any]) -> None:
        if record_id != self._loading_id:
            return  # another record was asked for meanwhile
        # Read again after this editor saved it, still as writable: what a save of the record's own fields cannot
        # change (its attachments, the tabs that say so) is not read again.
        writable = self.ctx.may_change(row.get("owner_office")) and not row.get("deleted")
        own_save = (self._saved_id == record_id == self.record_id and self.mode == "existing"
                    and writable == self.writable)
        self._saved_id = None
        self.record_id, self.row, self.mode = record_id, row, "existing"
        self.writable = writable
        self._fill(row)
        self.heading_label.setText(self.heading(row))
        self.heading_label.setToolTip(self.full_heading(row))
        if row.get("deleted"):
            self.banner.setText(self.tr("This record was deleted."))
        elif not self.writable:
            self.banner.setText(self.tr("This record belongs to office %1. You can read it; only that office or "
                                        "headquarters can change it.").replace("%1", str(row.get("owner_office"))))
        self.banner.setVisible(not self.writable)
        for n in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(n, True)
            self.tabs.setTabToolTip(n, "")
        for part in self.parts:
            part.date_hint = self.date_hint(row)
            part.parent_dates = (to_date(row.get("start_date")), to_date(row.get("end_date")))
            if not (own_save and getattr(part, "kept_by_own_save", False)):
                part.set_record(record_id, self.writable)
        if not own_save:
            self.attachments.set_record(record_id, self.writable)
        self.history.set_record(record_id)
        self.stack.setCurrentIndex(1)
        self._refresh_state()
        self.loaded.emit()

    def _fill(self, row: dict[str, Any]) -> None:
        self.controller.load(row)
        self.form.set_read_only(not self.writable)

    def new_record(self, preset: dict[str, Any] | None = None) -> None:
        self._loading_id = None
        self.record_id, self.row, self.mode, self.writable = None, {}, "new", True
        # every field blank first: the form still shows the record seen before, and a field no default names would
        # keep that person's value (their e-mail, organisation, notes) in the new record
        self.controller.load({**dict.fromkeys(self.form.inputs), **self.defaults(), **(preset or {})})
        self.form.set_read_only(False)
        self.heading_label.setText(self.new_heading())
        self.heading_label.setToolTip("")
        self.banner.hide()
        for n in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(n, False)
            self.tabs.setTabToolTip(n, self.tr("Save the record first."))
        self.tabs.setCurrentIndex(0)
        for part in self.parts:
            part.set_record(None, False)
        self.attachments.set_record(None, False)
        self.history.set_record(None)
        self.stack.setCurrentIndex(1)
        self._refresh_state()
        self.form.focus_first()
        self.loaded.emit()

    def clear(self) -> None:
        self._loading_id = None
        self.record_id, self.row, self.mode = None, {}, "empty"
        self.controller.baseline = {}
        self.stack.setCurrentIndex(0)
        self._refresh_state()

    def revert(self) -> None:
        if self.mode == "existing":
            self._fill(self.row)
        elif self.mode == "new":
            self.new_record()
        self._refresh_state()

    def reload(self) -> None:
        """Read the shown record again (after its parts changed it, e.g. a follow-up note set its status)."""
        if self.mode == "existing" and self.record_id and not self.is_dirty():
            self.load(self.record_id)

    # ----------------------------------------------------------- writing
    def save(self, then: Callable[[], None] | None = None) -> bool:
        """Save when the form is valid; ``then`` runs after a successful save. False when nothing was started."""
        if not self.can_save():
            if self.mode != "empty" and self.is_dirty():
                self.controller.touched = True
                self._refresh_state()
                self.save_refused.emit(self.problems())
            return False
        values = self.form.values()
        read_record = self.read_record
        new = self.mode == "new"
        store = self.controller.store(self.table, None if new else self.record_id, values,
                                      self.data_to_create(values) if new else None)

        def write(fd):
            """The record written, then read as the editor shows it, in the same trip to the worker (not a second
            one queued behind the lists' reads)."""
            saved = store(fd)
            try:
                return saved, read_record(fd, saved)
            except FieldDeskError:  # saved, but not readable now: the editor's usual read says why
                return saved, None

        self.saving = True
        self._refresh_state()
        self.ctx.write(write, lambda done: self._saved(done[0], then, done[1]), owner=self,
                       on_error=lambda e: self._save_failed(values, e), label=self.tr("Saving\u2026"))
        return True

    def data_to_create(self, values: dict[str, Any]) -> dict[str, Any]:
        return values

    def _saved(self, record_id: str, then: Callable[[], None] | None, row: dict[str, Any] | None = None) -> None:
        self.saving = False
        self.controller.baseline = self.form.values()  # clean at once, so a follow-up navigation does not ask again
        self._saved_id = record_id
        if row is None:
            self.load(record_id)
        else:  # read with the write
            self._loading_id = record_id
            self._show(record_id, row)
        self.saved.emit(record_id)
        if then is not None:
            then()

    def _save_failed(self, values: dict[str, Any], error: BaseException) -> None:
        self.saving = False
        if self.controller.refused(values, error):
            self._refresh_state()
            refused = self.controller.server[1]
            self.save_refused.emit(refused)
            self.form.focus_field(next(iter(refused), ""))
            return
        self._refresh_state()
        show_error(self, error)

    def delete(self, then: Callable[[], None] | None = None) -> None:
        record_id = self.record_id
        if not record_id:
            return

        def done(_result):
            self.clear()
            self.deleted.emit(record_id)
            if then is not None:
                then()

        self.ctx.write(lambda fd: self.delete_record(fd, record_id), done, owner=self,
                       on_error=lambda e: show_error(self, e), label=self.tr("Deleting\u2026"))

    def delete_record(self, fd, record_id: str) -> None:
        """On the database worker: delete the record (an editor whose service has its own rule for it says so)."""
        fd.service(self.table).delete(record_id)

    # ----------------------------------------------------------- history
    def describe_field(self, field: str) -> str:
        if "." in field:  # a part's field, shown in its parent's history ("Sustainability check: Notes")
            part, column = field.split(".", 1)
            part_entity = entity_of(part)
            heading = translate("RecordEditor", PART_HEADINGS[part]) if part in PART_HEADINGS else part_entity.label
            return f"{heading}: {field_title(part, column, part_entity.field_title(column))}"
        if field in self.form.inputs:
            return self.form.label_of(field)
        if field == "deleted":
            return translate("RecordEditor", "Deleted")
        return self.entity.field_title(field)

    def describe_value(self, field: str, value: Any) -> str:
        if value is None or value == "" or value == []:
            return "\u2014"
        entity = self.entity
        if "." in field:
            part, field = field.split(".", 1)
            entity = entity_of(part)
        enum = entity.enum_of(field)
        if enum is not None:
            return enum_label(enum, value)
        target = entity.foreign_keys.get(field) or entity.list_columns.get(field)
        if target in REFERENCE_TABLES:
            ids = value if isinstance(value, list) else [value]
            return ", ".join(self.ctx.refs.name(target, i) or i for i in ids)
        if field in entity.date_columns:
            return format_date(value)
        if isinstance(value, bool):
            return translate("RecordEditor", "Yes") if value else translate("RecordEditor", "No")
        if isinstance(value, list):
            return ", ".join(str(v) for v in value)
        if isinstance(value, float):  # an amount: 25,000 rather than 25000.0
            return format_number(value, 0 if value.is_integer() else 2)
        return str(value)
