"""A record's history, read from the change log: when, who, at which office, which field from what to what."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.ui.i18n.formats import format_timestamp
from app.ui.widgets.fit_columns import fit_columns
from app.ui.widgets.table_model import TableModel

if TYPE_CHECKING:
    from app.services.store.history import HistoryEntry
    from app.ui.context import AppContext


class HistoryModel(TableModel):
    """One row per changed field (a record's creation lists the fields it was created with)."""

    def __init__(self, describe_field: Callable[[str], str], describe_value: Callable[[str, Any], str], parent=None):
        super().__init__(parent=parent)
        self.describe_field = describe_field
        self.describe_value = describe_value
        self.rows: list[tuple[HistoryEntry, str, str, str]] = []
        self.headers = [self.tr("When"), self.tr("Who"), self.tr("Office"), self.tr("Change"), self.tr("Field"),
                        self.tr("Before"), self.tr("After")]

    def set_entries(self, entries: list[HistoryEntry], names: dict[str, str] | None = None) -> None:
        """``names``: id -> name of records that parts' fields point at (``services.history.referenced_names``)."""
        names = names or {}

        def value(field: str, raw: Any) -> str:
            return names[raw] if isinstance(raw, str) and raw in names else self.describe_value(field, raw)

        self.beginResetModel()
        self.rows = []
        for entry in reversed(entries):  # latest first
            if not entry.changes:
                self.rows.append((entry, "", "", ""))
            for change in entry.changes:
                if entry.op == "delete" and change.field == "deleted":
                    self.rows.append((entry, "", "", ""))
                    continue
                if entry.op == "create" and (change.field == "deleted" or change.new in (None, "", [], False)):
                    continue  # a new record's empty fields say nothing
                self.rows.append((entry, self.describe_field(change.field),
                                  "" if entry.op == "create" else value(change.field, change.old),
                                  value(change.field, change.new)))
        self.endResetModel()

    def operation(self, entry: HistoryEntry) -> str:
        if entry.op == "create":
            return self.tr("Created")
        if entry.op == "delete":
            return self.tr("Deleted")
        if any(c.field == "deleted" and c.new is False for c in entry.changes):
            return self.tr("Restored")
        text = self.tr("Changed")
        return text + (" " + self.tr("(from a sync bundle)") if entry.from_bundle else "")

    def who(self, author: str) -> str:
        """The author as recorded; a headquarters bundle its root key signed alone, in the interface's language."""
        # imported here: start-up: the first screen (participants) does not load sync
        from app.sync.hq_users import ROOT_AUTHOR

        return self.tr("headquarters (root key)") if author == ROOT_AUTHOR else author

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry, field, old, new = self.rows[index.row()]
        values = [format_timestamp(entry.at), self.who(entry.author), entry.office, self.operation(entry), field, old,
                  new]
        text = values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return text if len(text) > 40 else None
        return text.split("\n", 1)[0]


class HistoryTab(QWidget):
    loaded = Signal()

    def __init__(self, ctx: AppContext, table: str, describe_field: Callable[[str], str],
                 describe_value: Callable[[str, Any], str], parent=None):
        super().__init__(parent)
        self.ctx, self.table = ctx, table
        self.record_id: str | None = None
        self.model = HistoryModel(describe_field, describe_value, self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the list for the next field
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("History of this record"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setWordWrap(False)
        note = QLabel(self.tr("Every change to this record, latest first, as kept in the change log."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.view)

    def set_record(self, record_id: str | None) -> None:
        self.record_id = record_id
        self.reload()

    def reload(self) -> None:
        if not self.record_id:
            self.model.set_entries([])
            return
        # imported here: start-up: the first screen (participants) does not load services.store.history
        from app.services.store.history import record_history, referenced_names

        table, record_id = self.table, self.record_id

        def read(fd):
            entries = record_history(fd, table, record_id)
            return entries, referenced_names(fd, entries)

        def shown(result):
            entries, names = result
            if record_id == self.record_id:
                self.model.set_entries(entries, names)
                fit_columns(self.view)
                self.loaded.emit()

        self.ctx.read(read, shown, owner=self)
