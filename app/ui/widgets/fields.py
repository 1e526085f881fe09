"""Input widgets with one small interface (``value()``, ``set_value()``, ``changed``), so a form can read, fill and
watch any field the same way: text, long text, numbers (dates are in ``date_input``), closed vocabularies,
reference data, several references at once, yes/no and lists of words."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.ui.i18n.vocabulary import enum_choices
from app.ui.widgets.elide import ReadingOrderElide

if TYPE_CHECKING:
    from app.ui.context import ReferenceData


class FieldInput(QObject):
    """Adapter over one input widget. ``focus_widget`` is what a label's buddy and the tab order point at."""

    changed = Signal()

    def __init__(self, widget: QWidget, focus_widget: QWidget | None = None):
        super().__init__(widget)
        self.widget = widget
        self.focus_widget = focus_widget or widget

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setEnabled(not read_only)

    def problem(self) -> str:
        """What the input itself finds wrong with what was typed (a text that is no date), in plain words; the form
        shows it beside the field and will not save."""
        return ""


class TextInput(FieldInput):
    def __init__(self, max_length: int = 0):
        edit = QLineEdit()
        if max_length:
            edit.setMaxLength(max_length)
        super().__init__(edit)
        edit.textEdited.connect(self.changed)

    def value(self) -> str:
        return self.widget.text().strip()

    def set_value(self, value) -> None:
        self.widget.setText("" if value is None else str(value))
        self.widget.setCursorPosition(0)  # show the start of a long title, not its end

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setReadOnly(read_only)


class LongTextInput(FieldInput):
    def __init__(self, lines: int = 4):
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)  # keyboard users leave the field with Tab, as from any other field
        edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 12)
        super().__init__(edit)
        edit.textChanged.connect(self.changed)

    def value(self) -> str:
        return self.widget.toPlainText().strip()

    def set_value(self, value) -> None:
        self.widget.setPlainText("" if value is None else str(value))

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setReadOnly(read_only)


class IntInput(FieldInput):
    def __init__(self, low: int = 0, high: int = 1_000_000, grouping: bool = True):
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setGroupSeparatorShown(grouping)
        super().__init__(spin)
        spin.valueChanged.connect(self.changed)

    def value(self) -> int:
        return self.widget.value()

    def set_value(self, value) -> None:
        self.widget.setValue(int(value or 0))

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setReadOnly(read_only)


class MoneyInput(FieldInput):
    def __init__(self, high: float = 1e12):
        spin = QDoubleSpinBox()
        spin.setRange(0, high)
        spin.setDecimals(2)
        spin.setGroupSeparatorShown(True)
        spin.setSuffix(" USD")
        super().__init__(spin)
        spin.valueChanged.connect(self.changed)

    def value(self) -> float:
        return float(self.widget.value())

    def set_value(self, value) -> None:
        self.widget.setValue(float(value or 0))

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setReadOnly(read_only)


class NumberInput(FieldInput):
    """A measured quantity (an indicator's baseline, target or value): may be negative, with decimals."""

    def __init__(self, low: float = -1e12, high: float = 1e12, decimals: int = 2):
        spin = QDoubleSpinBox()
        spin.setRange(low, high)
        spin.setDecimals(decimals)
        spin.setGroupSeparatorShown(True)
        super().__init__(spin)
        spin.valueChanged.connect(self.changed)

    def value(self) -> float:
        return float(self.widget.value())

    def set_value(self, value) -> None:
        self.widget.setValue(float(value or 0))

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setReadOnly(read_only)


class ChoiceInput(FieldInput):
    """One of a list of (value, label); ``none_label`` adds an empty choice for optional fields."""

    def __init__(self, items: list[tuple[Any, str]] | None = None, none_label: str | None = None):
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(16)
        super().__init__(combo)
        self.none_label = none_label
        self.set_items(items or [])
        combo.currentIndexChanged.connect(self.changed)

    def set_items(self, items: list[tuple[Any, str]]) -> None:
        combo: QComboBox = self.widget
        current = self.value() if combo.count() else None
        combo.blockSignals(True)
        combo.clear()
        if self.none_label is not None:
            combo.addItem(self.none_label, None)
        for value, label in items:
            combo.addItem(label, value)
        combo.blockSignals(False)
        if current is not None:
            self.set_value(current)

    def value(self) -> Any:
        return self.widget.currentData()

    def missing_label(self, value) -> str:
        return str(value)

    def set_value(self, value) -> None:
        if isinstance(value, Enum):
            value = value.value
        found = self.widget.findData(value)
        if found < 0 and value is not None:
            # a value not offered: a retired entry the record still names, or one this site does not know yet
            self.widget.addItem(self.missing_label(value), value)
            found = self.widget.count() - 1
        self.widget.setCurrentIndex(max(found, 0))


def enum_input(enum: type[Enum], none_label: str | None = None) -> ChoiceInput:
    return ChoiceInput(enum_choices(enum), none_label)


class ReferenceInput(ChoiceInput):
    """A record of a reference table (country, thematic area, stakeholder type, office), kept in step with it."""

    def __init__(self, refs: ReferenceData, table: str, none_label: str | None = None):
        super().__init__([], none_label)
        self.refs, self.table = refs, table
        self.widget.setEditable(False)
        self.reload()
        refs.updated.connect(self.reload)

    def reload(self) -> None:
        self.set_items(self.refs.items(self.table))

    def missing_label(self, value) -> str:
        return self.refs.name(self.table, value) or str(value)


class MultiChoiceInput(FieldInput):
    """Several of a short list (thematic areas, target groups, linked projects): a list of check boxes."""

    def __init__(self, items: list[tuple[str, str]] | None = None, rows: int = 6):
        view = QListView()
        view.setUniformItemSizes(True)
        view.setMinimumHeight(view.fontMetrics().lineSpacing() * rows + 8)
        view.setMaximumHeight(view.fontMetrics().lineSpacing() * (rows + 3) + 8)
        self.model = QStandardItemModel(view)
        view.setModel(self.model)
        view.setItemDelegate(ReadingOrderElide(view))
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        super().__init__(view)
        self._loading = False
        self.model.itemChanged.connect(self._item_changed)
        self.set_items(items or [])

    def set_items(self, items: list[tuple[str, str]]) -> None:
        chosen = self.value()
        self._loading = True
        self.model.clear()
        for value, label in items:
            item = QStandardItem(label)
            item.setToolTip(label)
            item.setData(value, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            self.model.appendRow(item)
        self._loading = False
        self.set_value(chosen)

    def _item_changed(self, _item) -> None:
        if not self._loading:
            self.changed.emit()

    def value(self) -> list[str]:
        return [self.model.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.model.rowCount())
                if self.model.item(n).checkState() == Qt.CheckState.Checked]

    def set_value(self, value) -> None:
        wanted = set(value or [])
        self._loading = True
        known = set()
        for n in range(self.model.rowCount()):
            item = self.model.item(n)
            key = item.data(Qt.ItemDataRole.UserRole)
            known.add(key)
            item.setCheckState(Qt.CheckState.Checked if key in wanted else Qt.CheckState.Unchecked)
        for missing in sorted(wanted - known):  # e.g. a deleted project still linked: kept, not silently dropped
            item = QStandardItem(self.missing_label(missing))
            item.setData(missing, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.CheckState.Checked)
            self.model.appendRow(item)
        self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        for n in range(self.model.rowCount()):
            self.model.item(n).setEnabled(not read_only)

    def missing_label(self, value: str) -> str:
        return value


class ReferenceListInput(MultiChoiceInput):
    def __init__(self, refs: ReferenceData, table: str, rows: int = 6):
        super().__init__([], rows)
        self.refs, self.table = refs, table
        self.reload()
        refs.updated.connect(self.reload)

    def reload(self) -> None:
        self.set_items(self.refs.items(self.table))

    def missing_label(self, value: str) -> str:
        return self.refs.name(self.table, value) or value


class BoolInput(FieldInput):
    def __init__(self, text: str = ""):
        box = QCheckBox(text)
        super().__init__(box)
        box.toggled.connect(self.changed)

    def value(self) -> bool:
        return self.widget.isChecked()

    def set_value(self, value) -> None:
        self.widget.setChecked(bool(value))


class WordsInput(TextInput):
    """A short list of words (language codes...), written separated by commas."""

    def value(self) -> list[str]:
        return [w.strip() for w in self.widget.text().replace(";", ",").split(",") if w.strip()]

    def set_value(self, value) -> None:
        self.widget.setText(", ".join(value or []))
        self.widget.setCursorPosition(0)
