"""The filters above a list: country, status, thematic area, date range, owning office (each list picks its own)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.i18n.vocabulary import enum_choices
from app.ui.widgets.date_input import DateInput
from app.ui.widgets.form import ERROR_STYLE, plain, with_mnemonics

if TYPE_CHECKING:
    from app.ui.context import ReferenceData

STACKED = 0
SLOT_WIDTH = 240  # about what one label and its combo box need; the bar puts as many in a row as fit


@dataclass(frozen=True)
class Filter:
    kind: str  # enum | reference | office | dates | choices (values the page reads and hands over: set_choices)
    key: str  # the ListQuery filter key (a column, or "dates" for date_from/date_to)
    label: str  # translated
    enum: type[Enum] | None = None
    ref: str | None = None  # the reference table of a "reference" filter


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, refs: ReferenceData, filters: list[Filter], parent: QWidget | None = None):
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
        self.arrange(3)
        refs.updated.connect(self._refill)

    def _dates_changed(self) -> None:
        # a typed text that is no date filters nothing; the bar says so rather than show every record silently
        text = " ".join(m for m in (field.problem() for field in self.dates) if m)
        self.date_problem.setText(text)
        self.date_problem.setVisible(bool(text))
        self.changed.emit()

    def _place(self, grid: QGridLayout, slot: int, text: str, accessible: str, widget: QWidget, focus: QWidget):
        label = QLabel(text)
        label.setBuddy(focus)
        focus.setAccessibleName(accessible)
        self.slots.append((label, widget))

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
        if per_row == STACKED:
            for slot, (label, widget) in enumerate(self.slots):
                grid.addWidget(label, slot * 2, 0)
                grid.addWidget(widget, slot * 2 + 1, 0)
            grid.addWidget(self.clear_button, len(self.slots) * 2, 0)
            grid.setColumnStretch(0, 1)
            return
        for slot, (label, widget) in enumerate(self.slots):
            row, column = divmod(slot, per_row)
            grid.addWidget(label, row, column * 2)
            grid.addWidget(widget, row, column * 2 + 1)
            grid.setColumnStretch(column * 2 + 1, 1)
        slot = len(self.slots)
        grid.addWidget(self.clear_button, slot // per_row, (slot % per_row) * 2 + 1)

    def minimumSizeHint(self):
        hint = super().minimumSizeHint()
        hint.setWidth(self.needed_width(STACKED))  # it rearranges itself, stacked at the narrowest
        return hint

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        fitting = [n for n in (3, 2, 1) if self.needed_width(n) <= self.width()]
        self.arrange(fitting[0] if fitting else STACKED)

    def needed_width(self, per_row: int) -> int:
        """The width the filters need ``per_row`` to a row: each grid column as wide as its widest label (some
        translations are long) and its widest input (the clear button comes last, in an input column)."""
        spacing = max(self.grid.horizontalSpacing(), 0)
        slots = [(label.sizeHint().width(), widget.minimumSizeHint().width()) for label, widget in self.slots]
        slots.append((0, self.clear_button.sizeHint().width()))
        if per_row == STACKED:
            return max(max(label, widget) for label, widget in slots)
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
