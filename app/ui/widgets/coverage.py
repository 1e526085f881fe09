"""Several countries in an editor (schema 0024): the scope of a mission, activity or project, its regions, and a
countries picker made for the keyboard: type a country's name (or ISO code), Enter adds it to the list below; in the
list, Delete removes the chosen country. The lists count only for a regional or interregional record: for a national
or global one they are disabled and read as empty (their country is the one above, or none)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStringListModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from app.models.coverage import SEVERAL
from app.models.enums import Scope
from app.ui.i18n.formats import format_number
from app.ui.widgets.fields import FieldInput, ReferenceListInput, enum_input
from app.ui.widgets.form import FieldSpec
from app.ui.widgets.secondary import make_secondary

if TYPE_CHECKING:
    from app.ui.context import ReferenceData

ID_ROLE = Qt.ItemDataRole.UserRole


def tr(text: str) -> str:
    return QCoreApplication.translate("Coverage", text)


class CountriesInput(FieldInput):
    """The countries a record covers, in the order they were added."""

    def __init__(self, refs: ReferenceData, rows: int = 5):
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.find = QLineEdit()
        self.find.setClearButtonEnabled(True)
        self.view = QListView()
        self.view.setObjectName("coveredCountries")
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QListView.SelectionMode.ExtendedSelection)
        self.view.setUniformItemSizes(True)
        line = self.view.fontMetrics().lineSpacing()
        self.view.setMinimumHeight(line * rows + 8)
        self.view.setMaximumHeight(line * (rows + 2) + 8)
        self.chosen = QStandardItemModel(self.view)
        self.view.setModel(self.chosen)
        self.count = make_secondary(QLabel())
        self.count.setObjectName("coveredCount")
        column.addWidget(self.find)
        column.addWidget(self.view)
        column.addWidget(self.count)
        super().__init__(box, focus_widget=self.find)
        self.refs = refs
        self.active = self.writable = True
        self.names = QStringListModel(self)
        self.completer = QCompleter(self.names, self)
        # the rest of the name is typed in for you (Enter takes it), so nothing pops over the form; Up and Down go
        # through the other countries that begin the same way
        self.completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.find.setCompleter(self.completer)
        self.find.setPlaceholderText(tr("Type a country, Enter adds it"))
        self.find.returnPressed.connect(self._add_typed)
        self.find.textEdited.connect(self.changed)
        self.view.installEventFilter(self)
        self.reload()
        refs.updated.connect(self.reload)
        self._show_count()

    # ---------------------------------------------------------------- typing
    def reload(self) -> None:
        self._items = self.refs.items("country")
        self.names.setStringList([label for _, label in self._items])
        for n in range(self.chosen.rowCount()):
            item = self.chosen.item(n)
            item.setText(self.refs.name("country", item.data(ID_ROLE)) or item.data(ID_ROLE))

    def match(self, text: str) -> str | None:
        """The country ``text`` names: its whole name or ISO code, else the first whose name begins with it, else
        the first whose name holds it."""
        wanted = text.strip().casefold()
        if not wanted:
            return None
        for key, label in self._items:
            if label.casefold() == wanted or self.refs.code("country", key).casefold() == wanted:
                return key
        for test in (str.startswith, str.__contains__):
            for key, label in self._items:
                if test(label.casefold(), wanted):
                    return key
        return None

    def _add_typed(self) -> None:
        found = self.match(self.find.text())
        if found is None:
            self.changed.emit()  # the form shows why nothing was added
            return
        self.add(found)
        self.find.clear()
        self.changed.emit()

    def add(self, country_id: str) -> None:
        if country_id in self._ids():
            return
        item = QStandardItem(self.refs.name("country", country_id) or country_id)
        item.setData(country_id, ID_ROLE)
        self.chosen.appendRow(item)
        self._show_count()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress and self.active and self.writable \
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()}, reverse=True)
            for row in rows:
                self.chosen.removeRow(row)
            if rows:
                self._show_count()
                self.changed.emit()
            return True
        return super().eventFilter(watched, event)

    def _show_count(self) -> None:
        n = self.chosen.rowCount()
        self.count.setText(tr("Listed: %1. Delete removes the chosen country.").replace("%1", format_number(n))
                           if n else "")

    # ------------------------------------------------------------ FieldInput
    def _ids(self) -> list[str]:
        return [self.chosen.item(n).data(ID_ROLE) for n in range(self.chosen.rowCount())]

    def value(self) -> list[str]:
        return self._ids() if self.active else []

    def set_value(self, value: Any) -> None:
        self.chosen.clear()
        for country in value or []:
            self.add(country)
        self.find.clear()
        self._show_count()

    def set_active(self, active: bool, writable: bool) -> None:
        self.active, self.writable = active, writable
        self.find.setEnabled(active and writable)
        self.view.setEnabled(active)

    def set_read_only(self, read_only: bool) -> None:
        self.writable = not read_only
        self.find.setReadOnly(read_only)

    def problem(self) -> str:
        text = self.find.text().strip()
        if not text or not self.active:
            return ""
        if self.match(text) is None:
            return tr("No country is called \u201c%1\u201d.").replace("%1", text)
        return tr("Press Enter to add the country, or clear the field.")


class RegionsInput(ReferenceListInput):
    """The regions of a regional or interregional record (read as none for the other scopes)."""

    active = True

    def __init__(self, refs: ReferenceData):
        super().__init__(refs, "region", rows=4)

    def value(self) -> list[str]:
        return super().value() if self.active else []

    def set_value(self, value) -> None:
        super().set_value(value)
        for n in range(self.model.rowCount()):  # the first region ticked in sight, not the top of the list
            if self.model.item(n).checkState() == Qt.CheckState.Checked:
                self.widget.scrollTo(self.model.index(n, 0), QListView.ScrollHint.PositionAtTop)
                break

    def set_items(self, items: list[tuple[str, str]]) -> None:
        active, self.active = self.active, True  # the ticks are kept while the list is made again, shown or not
        try:
            super().set_items(items)
        finally:
            self.active = active

    def set_active(self, active: bool, writable: bool) -> None:
        self.active = active
        self.widget.setEnabled(active and writable)


class CoverageMixin:
    """For the editors of missions, activities and projects: the scope's fields and their link. Put it before
    ``RecordEditor`` in the bases and call ``link_coverage()`` at the end of ``__init__``."""

    def coverage_specs(self) -> list[FieldSpec]:
        refs = self.ctx.refs
        return [
            FieldSpec("scope", tr("Scope"), lambda: enum_input(Scope)),
            FieldSpec("region_ids", tr("Regions"), lambda: RegionsInput(refs)),
            FieldSpec("country_ids", tr("Countries covered"), lambda: CountriesInput(refs)),
        ]

    def link_coverage(self) -> None:
        self.form.inputs["scope"].changed.connect(self._scope_chosen)
        self._coverage_state()

    def _scope_chosen(self) -> None:
        self._coverage_state()
        countries = self.form.inputs["country_ids"]
        host = self.form.inputs.get("country_id")
        if countries.active and not countries.value() and host is not None and host.value():
            countries.add(host.value())  # the host country is usually one of those covered: a start
        self._refresh_state()  # the form checked itself before the lists knew the scope: again, with them

    def _coverage_state(self) -> None:
        several = self.form.inputs["scope"].value() in SEVERAL
        writable = self.writable and self.mode != "empty"
        for key in ("region_ids", "country_ids"):
            self.form.inputs[key].set_active(several, writable)

    def _fill(self, row: dict[str, Any]) -> None:
        self._coverage_state_for(row)
        super()._fill(row)
        self._coverage_state()

    def _coverage_state_for(self, row: dict[str, Any]) -> None:
        several = (row.get("scope") or "national") in SEVERAL
        for key in ("region_ids", "country_ids"):
            self.form.inputs[key].active = several

    def new_record(self, preset: dict[str, Any] | None = None) -> None:
        self._coverage_state_for({**self.defaults(), **(preset or {})})
        super().new_record(preset)
        self._coverage_state()
