"""One reference list as a grid: the code, the name in each of the six languages, the order and the retired flag.
Headquarters types in the cells (the shared grid, ``widgets/grid.py``); each change is saved at once through
``app.services.store.reference_lists``. An empty translation shows, in the secondary colour, the word FieldDesk ships
for the entry's code: what offices read until headquarters writes its own."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from app.ui.i18n.formats import format_plain_number
from app.ui.widgets.grid import parse_number
from app.ui.widgets.secondary import secondary_colour
from app.ui.widgets.table_model import TableModel
from app.vocabulary import REFERENCE_PREFIX, reference_word

if TYPE_CHECKING:
    from app.ui.reference_lists.page import ReferenceListsPage

LANGUAGE_COLUMNS = ("en", "fr", "es", "ru", "ar", "zh")
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español", "ru": "Русский", "ar": "العربية", "zh": "中文"}
CODE, ORDER, RETIRED = 0, 7, 8
NAME_MAX = 200


def tr(text: str) -> str:
    return QCoreApplication.translate("ReferenceLists", text)


class EntriesModel(TableModel):
    def __init__(self, page: ReferenceListsPage):
        super().__init__(parent=page)
        self.page = page
        self.table = ""
        self.writable = False
        self.headers = [tr("Code"), *(LANGUAGE_NAMES[lang] for lang in LANGUAGE_COLUMNS), tr("Order"), tr("Retired")]

    def set_rows(self, table: str, rows: list[dict[str, Any]], writable: bool) -> None:
        # the same entries: values change in place, the cell being typed in keeps its focus
        same = table == self.table and writable == self.writable and [r["id"] for r in rows] == [
            r["id"] for r in self.rows]
        self.table, self.writable = table, writable
        self.refresh_rows(rows, same)

    def flags(self, index):
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.writable and index.column() == RETIRED:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif self.writable and index.column() != CODE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def shipped(self, row: dict[str, Any], lang: str) -> str:
        """The word FieldDesk ships for the entry's code in ``lang`` (none for an entry headquarters added)."""
        prefix = REFERENCE_PREFIX.get(self.table)
        return (reference_word(prefix, row["code"], lang) or "") if prefix else ""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if column == RETIRED:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if row.get("retired") else Qt.CheckState.Unchecked
            return None
        own = self._text(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return own
        if role == Qt.ItemDataRole.DisplayRole:
            if own == "" and CODE < column < ORDER:
                return self.shipped(row, LANGUAGE_COLUMNS[column - 1])
            return own
        if role == Qt.ItemDataRole.ForegroundRole and own == "" and CODE < column < ORDER:
            return secondary_colour(QApplication.palette(), QPalette.ColorRole.Base)
        if role == Qt.ItemDataRole.ToolTipRole and own == "" and CODE < column < ORDER and self.data(index):
            return tr("Shipped with FieldDesk; type to write headquarters' own name.")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ORDER:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: dict[str, Any], column: int) -> str:
        if column == CODE:
            return row["code"]
        if column == ORDER:
            return format_plain_number(row.get("sort_order") or 0)
        lang = LANGUAGE_COLUMNS[column - 1]
        return row["name"] if lang == "en" else (row.get("names") or {}).get(lang, "")

    def cell_problem(self, index, text: str) -> str:
        column, text = index.column(), str(text).strip()
        if column == 1 and not text:
            return tr("An entry needs its English name: records and reports fall back to it.")
        if CODE < column < ORDER and len(text) > NAME_MAX:
            return tr("A name has at most %1 characters.").replace("%1", str(NAME_MAX))
        if column == ORDER:
            return parse_number(text or "0", 0, 9999)[1]
        return ""

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not self.writable or not index.isValid():
            return False
        row, column = self.rows[index.row()], index.column()
        if column == RETIRED and role == Qt.ItemDataRole.CheckStateRole:
            change = {"retired": Qt.CheckState(value) == Qt.CheckState.Checked}
        elif role == Qt.ItemDataRole.EditRole and CODE < column < RETIRED:
            text = str(value).strip()
            if self.cell_problem(index, text):
                return False
            if column == ORDER:
                change = {"sort_order": int(parse_number(text or "0", 0, 9999)[0] or 0)}
            elif column == 1:
                change = {"name": text}
            else:
                names = dict(row.get("names") or {})
                names[LANGUAGE_COLUMNS[column - 1]] = text
                change = {"names": {k: v for k, v in names.items() if v}}
        else:
            return False
        if all(row.get(k) == v for k, v in change.items()):
            return False
        base = {k: row.get(k) for k in change}
        row.update(change)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(self.headers) - 1))
        self.page.save_entry(row["id"], change, base)
        return True
