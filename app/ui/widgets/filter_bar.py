"""The filters above a list: country, status, thematic area, date range, owning office (each list picks its own).
A list with many filters (the recommendations' eleven) shows its first few and keeps the others behind "More filters",
so the list keeps most of the page in every language."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.store.entities import BY_NAME
from app.ui.i18n.formats import format_number
from app.ui.i18n.vocabulary import enum_choices
from app.ui.widgets.date_input import DateInput
from app.ui.widgets.form import ERROR_STYLE, plain, with_mnemonics

if TYPE_CHECKING:
    from app.ui.context import ReferenceData

STACKED = 0
SLOT_WIDTH = 240  # about what one label and its combo box need; the bar puts as many in a row as fit
# The filters always shown, by layout (each label above its input: STACKED; one, two, three to a row): about four
# lines of filters, so the list keeps most of the page. More than one beyond them wait behind "More filters".
FEW = {STACKED: 2, 1: 3, 2: 5, 3: 5}


@dataclass(frozen=True)
class Filter:
    # field (what the entity registry says of the column: an enum's labels, a reference list; ``of_table``) | enum |
    # reference | office | dates | choices (values the page reads and hands over: set_choices)
    kind: str
    key: str  # the ListQuery filter key (a column, or "dates" for date_from/date_to)
    label: str  # translated
    enum: type[Enum] | None = None
    ref: str | None = None  # the reference table of a "reference" filter


def filters_of_table(table: str, filters: list[Filter]) -> list[Filter]:
    """A page's filters with the kind of each "field" filter found in the entity registry: a column of an enum is
    chosen among its labels, a reference (or a list of references) among the reference table's names."""
    entity = BY_NAME.get(table)
    return [_of_entity(entity, f) if f.kind == "field" and entity is not None else f for f in filters]


def _of_entity(entity, found: Filter) -> Filter:
    enum = entity.enum_of(found.key)
    if enum is not None:
        return replace(found, kind="enum", enum=enum)
    target = entity.foreign_keys.get(found.key) or entity.list_columns.get(found.key)
    if target is not None:
        return replace(found, kind="reference", ref=target)
    raise ValueError(f"{entity.name}.{found.key}: neither an enum nor a reference, so no filter of its own")


class FilterBar(QWidget):
    changed = Signal()

    more_toggled = Signal(bool)

    def __init__(self, refs: ReferenceData, filters: list[Filter], parent: QWidget | None = None, *,
                 more: bool = False):
        super().__init__(parent)
        self.refs = refs
        self.filters = filters
        self.combos: dict[str, QComboBox] = {}
        self.choices: dict[str, list[tuple[Any, str]]] = {}  # a "choices" filter's items, by key
        self.dates: tuple[DateInput, DateInput] | None = None
        self.slots: list[tuple[QLabel, QWidget]] = []
        self.per_row = -1  # filters side by side in a row; STACKED: each label above its input
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.grid = grid
        labels = with_mnemonics([f.label for f in filters], {"s", "f"})
        slot = 0
        label_iter = iter(labels)
        for spec in filters:
            if spec.kind == "dates":
                start, end = DateInput(optional=True), DateInput(optional=True)
                start.clear()
                end.clear()
                self.dates = (start, end)
                box = QWidget()
                column = QVBoxLayout(box)
                column.setContentsMargins(0, 0, 0, 0)
                column.setSpacing(2)
                row = QHBoxLayout()
                row.addWidget(start.widget, 1)
                until = QLabel("\u2013")
                until.setBuddy(end.focus_widget)
                row.addWidget(until)
                row.addWidget(end.widget, 1)
                column.addLayout(row)
                self.date_problem = QLabel()
                self.date_problem.setStyleSheet(ERROR_STYLE)
                self.date_problem.setWordWrap(True)
                self.date_problem.hide()
                column.addWidget(self.date_problem)
                from_text, to_text = self.tr("From"), self.tr("To")
                end.focus_widget.setAccessibleName(f"{plain(spec.label)}: {to_text}")
                self._place(grid, slot, next(label_iter), f"{plain(spec.label)}: {from_text}", box,
                            start.focus_widget)
                for field in (start, end):
                    field.changed.connect(self._dates_changed)
                slot += 1
                continue
            combo = QComboBox()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            self.combos[spec.key] = combo
            self._fill(spec)
            combo.currentIndexChanged.connect(self.changed)
            self._place(grid, slot, next(label_iter), plain(spec.label), combo, combo)
            slot += 1
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)
        # the first few always; the others when asked for (a filter in use among them is counted on the button)
        self.more_button = QPushButton()
        self.more_button.setCheckable(True)
        self.more_button.setChecked(more)
        self.more_button.toggled.connect(self._more_toggled)
        self.tail = QWidget()  # "More filters" and "Clear filters", side by side in an input's place
        buttons = QHBoxLayout(self.tail)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.more_button)
        buttons.addWidget(self.clear_button)
        self.changed.connect(self._say_more)
        self.arrange(3)
        refs.updated.connect(self._refill)

    def _dates_changed(self) -> None:
        # a typed text that is no date filters nothing; the bar says so rather than show every record silently
        text = " ".join(m for m in (field.problem() for field in self.dates) if m)
        self.date_problem.setText(text)
        self.date_problem.setVisible(bool(text))
        self.changed.emit()

    def _place(self, grid: QGridLayout, slot: int, text: str, accessible: str, widget: QWidget, focus: QWidget):
        label = QLabel(text, self)  # the bar's own, shown or waiting behind "More filters"
        widget.setParent(self)
        label.setBuddy(focus)
        focus.setAccessibleName(accessible)
        self.slots.append((label, widget))

    def few(self, per_row: int) -> int:
        """How many filters show ``per_row`` to a row until "More filters" is pressed (all when one would wait)."""
        few = FEW.get(per_row, FEW[3])
        return len(self.slots) if len(self.slots) <= few + 1 else few

    def shown_slots(self, per_row: int) -> list[tuple[QLabel, QWidget]]:
        return self.slots if self.more_button.isChecked() else self.slots[:self.few(per_row)]

    def _more_toggled(self, more: bool) -> None:
        per_row, self.per_row = self.per_row, -1
        self.arrange(per_row)
        if more:  # the first filter shown now, for the keyboard
            self.slots[self.few(per_row)][0].buddy().setFocus(Qt.FocusReason.OtherFocusReason)
        self.more_toggled.emit(more)

    def _say_more(self) -> None:
        """"More filters", with how many of the filters it keeps are in use; "Fewer filters" when they show."""
        if self.more_button.isChecked():
            self.more_button.setText(self.tr("Fewer filters"))
            return
        keys = {spec.key for spec in self.filters[self.few(self.per_row):]}
        used = sum(1 for key, value in self.values().items()
                   if key in keys or (key in ("date_from", "date_to") and "dates" in keys))
        self.more_button.setText(self.tr("More filters (%1 in use)").replace("%1", format_number(used)) if used
                                 else self.tr("More filters"))

    def arrange(self, per_row: int) -> None:
        """Lay the filters out ``per_row`` to a row (fewer when the list is narrow), or STACKED, each label above
        its input, when even one to a row is too wide (a narrow list beside a wide editor, large text)."""
        per_row = max(STACKED, per_row)
        if per_row == self.per_row:
            return
        self.per_row = per_row
        grid = self.grid
        while grid.count():
            grid.takeAt(0)
        for column in range(grid.columnCount()):
            grid.setColumnStretch(column, 0)
        shown = self.shown_slots(per_row)
        self.more_button.setVisible(self.few(per_row) < len(self.slots))
        self._say_more()
        for label, widget in self.slots[len(shown):]:
            label.hide()
            widget.hide()
        for label, widget in shown:
            label.show()
            widget.show()
        if per_row == STACKED:
            for slot, (label, widget) in enumerate(shown):
                grid.addWidget(label, slot * 2, 0)
                grid.addWidget(widget, slot * 2 + 1, 0)
            grid.addWidget(self.tail, len(shown) * 2, 0)
            grid.setColumnStretch(0, 1)
            return
        for slot, (label, widget) in enumerate(shown):
            row, column = divmod(slot, per_row)
            grid.addWidget(label, row, column * 2)
            grid.addWidget(widget, row, column * 2 + 1)
            grid.setColumnStretch(column * 2 + 1, 1)
        slot = len(shown)
        if per_row == 1:  # under the filters, across the label's column too (two buttons are wider than a combo)
            grid.addWidget(self.tail, slot, 0, 1, 2, Qt.AlignmentFlag.AlignTrailing)
        else:
            grid.addWidget(self.tail, slot // per_row, (slot % per_row) * 2 + 1)

    def minimumSizeHint(self):
        hint = super().minimumSizeHint()
        hint.setWidth(self.needed_width(STACKED, every=True))  # it rearranges itself, stacked at the narrowest
        return hint

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        fitting = [n for n in (3, 2, 1) if self.needed_width(n) <= self.width()]
        self.arrange(fitting[0] if fitting else STACKED)

    def needed_width(self, per_row: int, every: bool = False) -> int:
        """The width the filters shown (``every`` one) need ``per_row`` to a row: each grid column as wide as its
        widest label (some translations are long) and its widest input (the buttons come last, in an input column, or
        across the row when one filter is to a row)."""
        spacing = max(self.grid.horizontalSpacing(), 0)
        slots = [(label.sizeHint().width(), widget.minimumSizeHint().width())
                 for label, widget in (self.slots if every else self.shown_slots(per_row))]
        tail = self.tail.sizeHint().width()
        if per_row == STACKED:
            return max(tail, *(max(label, widget) for label, widget in slots))
        if per_row == 1 and slots:
            return max(tail, max(label for label, _ in slots) + spacing + max(max(widget for _, widget in slots),
                                                                              SLOT_WIDTH // 2))
        slots.append((0, tail))
        total = 0
        for column in range(per_row):
            here = slots[column::per_row]
            if here:
                total += max(label for label, _ in here) + spacing
                total += max(max(widget for _, widget in here), SLOT_WIDTH // 2) + spacing
        return total

    def _fill(self, spec: Filter) -> None:
        combo = self.combos[spec.key]
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All"), None)
        if spec.kind == "enum" and spec.enum is not None:
            items = enum_choices(spec.enum)
        elif spec.kind == "office":
            items = self.refs.office_items()
        elif spec.kind == "choices":
            items = self.choices.get(spec.key, [])
        else:
            items = self.refs.items(spec.ref or "", retired=True)  # old records still carry a retired entry
        for value, label in items:
            combo.addItem(label, value)
        found = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def _refill(self) -> None:
        for spec in self.filters:
            if spec.kind in ("reference", "office"):
                self._fill(spec)

    def set_choices(self, key: str, items: list[tuple[Any, str]]) -> None:
        """The items of a "choices" filter (the cohorts recorded...), the current one kept when still offered."""
        self.choices[key] = list(items)
        self._fill(next(spec for spec in self.filters if spec.key == key))

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, combo in self.combos.items():
            if combo.currentData() is not None:
                out[key] = combo.currentData()
        if self.dates:
            start, end = self.dates[0].value(), self.dates[1].value()
            if start:
                out["date_from"] = start.isoformat()
            if end:
                out["date_to"] = end.isoformat()
        return out

    def set_value(self, key: str, value: Any) -> None:
        combo = self.combos[key]
        combo.setCurrentIndex(max(combo.findData(value), 0))

    def clear(self) -> None:
        self.blockSignals(True)
        for combo in self.combos.values():
            combo.setCurrentIndex(0)
        if self.dates:
            self.dates[0].clear()
            self.dates[1].clear()
        self.blockSignals(False)
        self.changed.emit()

    @property
    def active(self) -> int:
        return len(self.values())
