"""A form of labelled fields with a message beside each field that is wrong.

Every input gets a label whose buddy it is (Alt + the underlined letter jumps to it), an accessible name (what a
screen reader announces), and, when it is wrong, an accessible description with the message. The tab order is
the order of the fields.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from app.ui.i18n.problems import problem_text
from app.ui.widgets.date_input import DateInput
from app.ui.widgets.fields import FieldInput
from app.ui.widgets.secondary import WrappedLabel, make_secondary

ERROR_STYLE = "color: #b3261e;"


@dataclass
class FieldSpec:
    key: str  # the record's field
    label: str  # translated
    make: Callable[[], FieldInput]
    hint: str = ""  # a short help text under the field (translated)


def hold_lines(label: QLabel, lines: int = 2) -> QLabel:
    """Keep the room of ``lines`` lines of ``label`` whether it is shown or hidden, empty or full, so that a message
    or a summary line appearing never moves the widgets around it (the next click lands where it was aimed)."""
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    label.setSizePolicy(policy)
    label.setFixedHeight(label.fontMetrics().lineSpacing() * lines + 4)
    return label


def plain(label: str) -> str:
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


def with_mnemonics(labels: list[str], taken: set[str] | None = None) -> list[str]:
    """Give each label an Alt+letter: its first letter not yet used (letters of alphabetic scripts only, which a
    keyboard types directly)."""
    used = {t.casefold() for t in (taken or set())}
    out = []
    for label in labels:
        if "&" in label:
            out.append(label)
            continue
        chosen = None
        for n, ch in enumerate(label):
            if ch.isalpha() and ord(ch) < 0x0590 and ch.casefold() not in used:
                chosen = n
                used.add(ch.casefold())
                break
        out.append(label if chosen is None else label[:chosen] + "&" + label[chosen:])
    return out


class RecordForm(QWidget):
    changed = Signal()
    field_changed = Signal(str)  # the key of the field that changed (after ``changed``)

    def __init__(self, specs: list[FieldSpec], parent: QWidget | None = None, taken_mnemonics: set[str] | None = None):
        super().__init__(parent)
        self.specs = specs
        self.inputs: dict[str, FieldInput] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        # the month an empty date's calendar opens at when the form has no other date: the parent record's, given
        # by the dialog or editor that knows it
        self.date_hint: date | None = None
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        texts = with_mnemonics([s.label for s in specs], taken_mnemonics)
        for spec, text in zip(specs, texts, strict=True):
            field = spec.make()
            label = QLabel(text)
            label.setBuddy(field.focus_widget)
            field.focus_widget.setAccessibleName(plain(spec.label))
            field.focus_widget.setObjectName(f"field_{spec.key}")
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(field.widget)
            if spec.hint:
                hint = make_secondary(WrappedLabel(spec.hint))
                hint.setObjectName(f"hint_{spec.key}")
                column.addWidget(hint)
            error = QLabel()
            error.setObjectName(f"error_{spec.key}")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            error.hide()
            column.addWidget(error)
            layout.addRow(label, box)
            field.changed.connect(self.changed)
            field.changed.connect(lambda key=spec.key: self.field_changed.emit(key))
            if isinstance(field, DateInput):
                field.hint = lambda key=spec.key: self.date_hint_for(key)
            self.inputs[spec.key] = field
            self.labels[spec.key] = label
            self.errors[spec.key] = error
        # the tab order follows the form, whatever order the widgets were made in
        focusable = [self.inputs[s.key].focus_widget for s in specs]
        for first, second in zip(focusable, focusable[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def label_of(self, key: str) -> str:
        for spec in self.specs:
            if spec.key == key:
                return plain(spec.label)
        return key

    def values(self) -> dict[str, Any]:
        return {key: field.value() for key, field in self.inputs.items()}

    def input_problems(self) -> dict[str, str]:
        """What the inputs themselves find wrong (a typed text that is no date), by field."""
        return {key: message for key, field in self.inputs.items() if (message := field.problem())}

    def date_hint_for(self, key: str) -> date | None:
        """Where an empty date field's calendar opens: the record's other dates (the nearest field first), else
        the form's hint."""
        keys = list(self.inputs)
        here = keys.index(key)
        for other in sorted(keys, key=lambda k: abs(keys.index(k) - here)):
            field = self.inputs[other]
            if other != key and isinstance(field, DateInput) and field.value() is not None:
                return field.value()
        return self.date_hint

    def set_values(self, row: dict[str, Any]) -> None:
        for key, field in self.inputs.items():
            if key in row:
                field.blockSignals(True)
                try:
                    field.set_value(row[key])
                finally:
                    field.blockSignals(False)

    def show_problems(self, problems: dict[str, str]) -> dict[str, str]:
        """Show each message beside its field; returns those that belong to no field here (for a summary)."""
        rest = {}
        for key, error in self.errors.items():
            message = problems.get(key)
            field = self.inputs[key].focus_widget
            if message:
                text = problem_text(message, self.label_of(key))
                error.setText(text)
                error.show()
                field.setAccessibleDescription(text)
            else:
                error.clear()
                error.hide()
                field.setAccessibleDescription("")
        for key, message in problems.items():
            if key not in self.errors:
                rest[key] = problem_text(message, None)
        return rest

    def shown_problems(self) -> dict[str, str]:
        return {key: e.text() for key, e in self.errors.items() if not e.isHidden() and e.text()}

    def set_read_only(self, read_only: bool) -> None:
        for field in self.inputs.values():
            field.set_read_only(read_only)

    def focus_first(self) -> None:
        if self.specs:
            self.inputs[self.specs[0].key].focus_widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_field(self, key: str) -> None:
        if key in self.inputs:
            self.inputs[key].focus_widget.setFocus(Qt.FocusReason.OtherFocusReason)
