"""Choosing a related record by typing part of its name (search as you type, on the database worker)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from app.services.store.lookups import display_names, search_choices_detailed
from app.ui.widgets.fields import FieldInput

if TYPE_CHECKING:
    from app.ui.context import AppContext

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2  # the name alone: what goes into the box when a suggestion is chosen
SEARCH_DELAY_MS = 200


class RecordPicker(FieldInput):
    """The value is the id of the record chosen from the suggestions; text that names no chosen record is None."""

    suggestions_shown = Signal(int)  # how many suggestions arrived (tests wait for it)

    def __init__(self, ctx: AppContext, table: str, filters: dict[str, Any] | None = None, limit: int = 20):
        edit = QLineEdit()
        edit.setClearButtonEnabled(True)
        super().__init__(edit)
        self.ctx, self.table, self.filters, self.limit = ctx, table, dict(filters or {}), limit
        edit.setPlaceholderText(self.tr("Type to search\u2026"))
        self._id: str | None = None
        self._name = ""
        self._generation = 0
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionRole(NAME_ROLE)
        # Whole names, never cut: two people must not look alike because their names end in "...".
        self.completer.popup().setTextElideMode(Qt.TextElideMode.ElideNone)
        edit.setCompleter(self.completer)
        self.completer.activated[QModelIndex].connect(self._chosen)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        edit.textEdited.connect(self._typed)

    def _typed(self, text: str) -> None:
        if not text.strip():
            self._id, self._name = None, ""
        self.changed.emit()
        self._timer.start()

    def search_now(self) -> None:
        self._timer.stop()
        self._generation += 1
        generation, text, table, filters, limit = (self._generation, self.widget.text(), self.table, self.filters,
                                                   self.limit)
        self.ctx.read(lambda fd: search_choices_detailed(fd, table, text, limit=limit, filters=filters),
                      lambda found: self._show(generation, found), owner=self)

    def _show(self, generation: int, found: list[tuple[str, str, str]]) -> None:
        if generation != self._generation:
            return
        self.model.clear()
        for record_id, name, detail in found:
            item = QStandardItem(f"{name} \u2014 {detail}" if detail else name)
            item.setData(record_id, ID_ROLE)
            item.setData(name, NAME_ROLE)
            item.setToolTip(item.text())
            self.model.appendRow(item)
        if found and self.widget.hasFocus():
            self.completer.complete(self._popup_rect())
        self.suggestions_shown.emit(len(found))

    def _popup_rect(self):
        """Below the box, as wide as the longest suggestion needs (within the screen), never narrower than the box."""
        popup = self.completer.popup()
        wanted = popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width() + 2 * popup.frameWidth()
        screen = self.widget.screen()
        limit = screen.availableGeometry().width() if screen is not None else wanted
        rect = self.widget.rect()
        rect.setWidth(max(rect.width(), min(wanted, limit)))
        return rect

    def choose(self, record_id: str | None, name: str = "") -> None:
        self._id, self._name = record_id, name
        self.widget.setText(name)
        self.widget.setCursorPosition(0)
        self.changed.emit()

    def choose_row(self, row: int) -> None:
        self._chosen(self.model.index(row, 0))

    def _chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            # The completer may hand over an index of its own proxy; its data reaches the same item.
            self.choose(index.data(ID_ROLE), index.data(NAME_ROLE))

    def value(self) -> str | None:
        if self._id and self.widget.text() == self._name:
            return self._id
        return None

    def set_value(self, value) -> None:
        """Show the record ``value``; its name is read on the worker."""
        self._id = value or None
        self._name = ""
        self.widget.setText("")
        if not value:
            return
        table = self.table
        self.ctx.read(lambda fd: display_names(fd, table, [value]), lambda names: self._named(value, names),
                      owner=self)

    def _named(self, value: str, names: dict[str, str]) -> None:
        if self._id == value:
            self._name = names.get(value, value)
            self.widget.setText(self._name)
            self.widget.setCursorPosition(0)

    @property
    def pending_text(self) -> bool:
        """Text typed but no record chosen for it."""
        return bool(self.widget.text().strip()) and self.value() is None

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setReadOnly(read_only)
