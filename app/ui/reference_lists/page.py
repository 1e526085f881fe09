"""The Reference lists page. Headquarters picks a list, adds an entry (Ctrl+N: a code and the English name), types
its names in the other five languages in the grid, orders it and retires it (records that use a retired entry keep
its name; pickers stop offering it). An office sees the same lists read-only: headquarters' changes arrive with the
next bundle and are used at once, on screen and in reports."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from app.services.errors import FieldDeskError
from app.services.errors import ValidationFailed as Refused
from app.services.store.reference_lists import edit_entry, entries
from app.ui.i18n.problems import problem_text
from app.ui.reference_lists.model import EntriesModel, tr
from app.ui.trainings.sheet import message_line
from app.ui.widgets.fit_columns import fit_columns
from app.ui.widgets.grid import EditableGrid
from app.ui.widgets.page import Page
from app.ui.widgets.secondary import WrappedLabel

if TYPE_CHECKING:
    from app.ui.context import AppContext
    from app.ui.reference_lists.new_entry import NewEntryDialog

LISTS = (("thematic_area", QT_TRANSLATE_NOOP("ReferenceLists", "Thematic areas")),
         ("stakeholder_type", QT_TRANSLATE_NOOP("ReferenceLists", "Stakeholder types and target groups")),
         ("affected_group", QT_TRANSLATE_NOOP("ReferenceLists", "Affected persons")),
         ("treaty_body", QT_TRANSLATE_NOOP("ReferenceLists", "Treaty bodies")),
         ("upr_cycle", QT_TRANSLATE_NOOP("ReferenceLists", "UPR cycles")))


def refusal_text(error: BaseException, titles: dict[str, str]) -> str:
    """What the services refused, in the interface language, each field named as the screen shows it."""
    if isinstance(error, Refused):
        return " ".join(problem_text(p.message, titles.get(p.field)) for p in error.problems)
    if isinstance(error, FieldDeskError):
        return str(error)
    return tr("The change could not be saved: %1").replace("%1", error.__class__.__name__)


class ReferenceListsPage(Page):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: NewEntryDialog | None = None
        self._selected: str | None = None  # an entry to put the cursor on once the list is read again
        self.chooser = QComboBox()
        self.chooser.setAccessibleName(tr("Reference list"))
        for table, title in LISTS:
            self.chooser.addItem(tr(title), table)
        chooser_label = QLabel(tr("&List"))
        chooser_label.setBuddy(self.chooser)
        self.new_button = QPushButton(tr("&New entry\u2026"))
        self.new_button.setVisible(ctx.is_hq)
        self.new_button.clicked.connect(self.new_record)
        top = QHBoxLayout()
        top.addWidget(chooser_label)
        top.addWidget(self.chooser, 1)
        top.addWidget(self.new_button)
        note = WrappedLabel(tr(
            "Type in a cell to rename or translate an entry; Enter or Tab saves it and moves on. An empty name shows "
            "FieldDesk's own word in grey. Retire an entry instead of deleting it: records that use it keep its "
            "name. Every office receives the lists with its next bundle.") if ctx.is_hq else tr(
            "Kept by headquarters: new entries and names arrive with the next bundle and are used at once."))
        self.model = EntriesModel(self)
        self.view = EditableGrid()
        self.view.setModel(self.model)
        self.view.setAccessibleName(tr("Entries"))
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.message = message_line(error=True)
        self.message.setObjectName("problem")
        self.view.problem.connect(self.message.setText)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        self.chooser.currentIndexChanged.connect(lambda _n: self.reload())
        ctx.changed.connect(self._data_changed)
        self._stale = True

    def title(self) -> str:
        return tr("Reference lists")

    @property
    def table(self) -> str:
        return self.chooser.currentData()

    def can(self, action: str) -> bool:
        return action == "new" and self.ctx.is_hq

    def on_shown(self) -> None:
        if self._stale:
            self.reload()

    def _data_changed(self, tables) -> None:
        if self.table in set(tables):
            self._stale = True
            if self.isVisible():
                self.reload()

    def reload(self) -> None:
        self._stale = False
        table = self.table

        def read(fd):
            return entries(fd, table)

        self.ctx.read(read, lambda rows: self._show(table, rows), owner=self)

    def _show(self, table: str, rows: list[dict[str, Any]]) -> None:
        if table != self.table:
            return
        fresh = self.model.table != table or len(rows) != len(self.model.rows)
        self.model.set_rows(table, rows, self.ctx.is_hq)
        if fresh:
            fit_columns(self.view)
        if self._selected is not None:
            for n, row in enumerate(rows):
                if row["id"] == self._selected:
                    self.view.setCurrentIndex(self.model.index(n, 2))  # the first name to translate
                    self.window().activateWindow()  # back from the new entry's dialog
                    self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            self._selected = None
        elif rows and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 1))
        self.data_shown.emit()

    def save_entry(self, entry_id: str, change: dict[str, Any], base: dict[str, Any]) -> None:
        table = self.table

        def write(fd):
            return edit_entry(fd, table, entry_id, change, base=base)

        self.ctx.write(write, lambda _changed: self.message.setText(""), owner=self,
                       on_error=self._failed)

    def _failed(self, error: BaseException) -> None:
        self.message.setText(refusal_text(error, {"name": tr("English name"), "names": tr("Names"),
                                                  "sort_order": tr("Order")}))
        self.reload()  # the grid shows what is stored, not the refused text

    def new_record(self) -> None:
        if not self.ctx.is_hq:
            return
        # imported here: a cycle (ui.reference_lists.page -> ui.reference_lists.new_entry -> ui.reference_lists.page)
        from app.ui.reference_lists.new_entry import NewEntryDialog

        dialog = NewEntryDialog(self.ctx, self.table, self.chooser.currentText(), self)
        dialog.created.connect(self._created)
        self.dialog = dialog
        dialog.open()

    def _created(self, entry_id: str) -> None:
        self._selected = entry_id
        self.reload()
