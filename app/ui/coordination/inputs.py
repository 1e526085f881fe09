"""The coordination editors' own inputs: an amount that may be unknown (empty), and a currency code typed in
capitals."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLineEdit

from app.models.currency import currency_code
from app.ui.widgets.fields import FieldInput, TextInput


class OptionalAmountInput(FieldInput):
    """A sum of money when it is known: empty is None; digits with the user's or the plain decimal sign."""

    def __init__(self):
        edit = QLineEdit()
        edit.setMaxLength(24)
        super().__init__(edit)
        edit.textEdited.connect(self.changed)

    def _parsed(self) -> tuple[float | None, bool]:
        text = self.widget.text().strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
        if not text:
            return None, True
        value, ok = QLocale().toDouble(text)
        if not ok:
            try:
                value, ok = float(text.replace(",", "")), True
            except ValueError:
                return None, False
        return value, ok

    def value(self) -> float | None:
        return self._parsed()[0]

    def set_value(self, value) -> None:
        self.widget.setText("" if value is None else QLocale().toString(float(value), "f", 2).rstrip("0")
                            .rstrip(QLocale().decimalPoint()))

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setReadOnly(read_only)

    def problem(self) -> str:
        value, ok = self._parsed()
        if not ok:
            return self.tr("Write the amount in figures, for example 1200000 (or leave it empty when unknown).")
        if value is not None and value < 0:
            return self.tr("An amount cannot be negative.")
        return ""


class CurrencyInput(TextInput):
    """An ISO 4217 code (USD, EUR, GTQ): shown and stored in capitals."""

    def __init__(self):
        super().__init__(3)
        self.widget.setPlaceholderText("USD")

    def value(self) -> str:
        return currency_code(self.widget.text())
