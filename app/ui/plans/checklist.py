"""A searchable list of records to tick (an action's recommendations and projects): type a few letters to narrow the
list, Enter ticks the first one shown, Down goes into the list where Space ticks the current one."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from app.ui.widgets.fields import MultiChoiceInput

if TYPE_CHECKING:
    from app.ui.context import AppContext

MIN_CHARS = 60  # wide enough to read a document symbol and the start of a recommendation


class RecordsChecklist(MultiChoiceInput):
    """Several records of one kind, read on the worker by ``read(fd) -> [(id, label)]``."""

    def __init__(self, ctx: AppContext, read: Callable[[Any], list[tuple[str, str]]], placeholder: str,
                 rows: int = 5):
        super().__init__([], rows)
        self.list_view = self.widget
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(placeholder)
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(placeholder)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.list_view)
        box.setMinimumWidth(self.filter.fontMetrics().averageCharWidth() * MIN_CHARS)
        self.widget, self.focus_widget = box, self.filter
        self.filter.textChanged.connect(self._narrow)
        self.filter.installEventFilter(self)
        self.loaded = False
        ctx.read(read, self._arrived, owner=box)

    def _arrived(self, items: list[tuple[str, str]]) -> None:
        chosen = set(self.value())  # those already ticked first, in sight without scrolling
        self.set_items(sorted(items, key=lambda item: item[0] not in chosen))
        self.loaded = True
        self._narrow(self.filter.text())

    def _narrow(self, text: str) -> None:
        words = text.casefold().split()
        for n in range(self.model.rowCount()):
            label = self.model.item(n).text().casefold()
            self.list_view.setRowHidden(n, not all(w in label for w in words))

    def shown_rows(self) -> list[int]:
        return [n for n in range(self.model.rowCount()) if not self.list_view.isRowHidden(n)]

    def eventFilter(self, watched, event) -> bool:
        if watched is self.filter and event.type() == QEvent.Type.KeyPress:
            shown = self.shown_rows()
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.filter.text().strip():
                if shown and self.model.item(shown[0]).isEnabled():  # the dialog's OK is not pressed by it
                    item = self.model.item(shown[0])
                    item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                                       else Qt.CheckState.Checked)
                return True
            if event.key() == Qt.Key.Key_Down and shown:
                self.list_view.setFocus()
                self.list_view.setCurrentIndex(self.model.index(shown[0], 0))
                return True
        return False
