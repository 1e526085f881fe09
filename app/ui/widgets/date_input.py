"""The one date field of the application: a line of text the user types a date into (in the interface language's
short format, or as ISO 2026-10-12), with a calendar popup for those who prefer to pick.

It replaces a QDateEdit, whose sections made typing from blank impossible, showed a sentinel year for "no date",
and spent ``/`` on jumping to the next field. Here every key is a character of the one field; what the text means
is read when it changes, and a text that is not a date is named in plain words (``problem()``) for the form to show
beside the field and to refuse to save.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QFrame, QHBoxLayout, QLineEdit, QToolButton, QVBoxLayout, QWidget

from app.ui.i18n.formats import date_format, format_date, from_qdate, qdate, to_date
from app.ui.widgets.fields import FieldInput

EARLIEST = date(1900, 1, 1)  # records of people born or events dated before this are not kept by the programme
LATEST = date(2100, 12, 31)

# Digits of the scripts users type dates in (Arabic-Indic and Persian), read as the digits they are.
_DIGITS = {**{0x0660 + n: str(n) for n in range(10)}, **{0x06F0 + n: str(n) for n in range(10)}}
# Direction marks that QLocale puts into Arabic dates (and a user may paste back): not separators.
_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u2066\u2067\u2068\u2069"))


def field_order(pattern: str) -> str:
    """The order of day, month and year in a QLocale date pattern, e.g. "dmy" for "dd/MM/yyyy"."""
    seen = []
    for letter in pattern:
        key = {"d": "d", "M": "m", "y": "y"}.get(letter)
        if key and key not in seen:
            seen.append(key)
    return "".join(seen) if len(seen) == 3 else "dmy"


class DateText:
    """What a typed text means: ``day`` when it is a date in range, else ``problem`` ("incomplete" when it has not
    all three parts yet, "year", "month", "day" or "range" when it names no date the field accepts)."""

    def __init__(self, text: str, order: str, earliest: date = EARLIEST, latest: date = LATEST):
        self.day: date | None = None
        self.problem = ""
        self.parts: tuple[int, int, int] | None = None  # year, month, day as typed
        plain = text.translate(_DIGITS).translate(_MARKS).strip()
        if not plain:
            return
        groups = re.findall(r"\d+", plain)
        if len(groups) != 3 or re.search(r"[^\d\s/.\-,]", plain):
            self.problem = "incomplete"
            return
        if len(groups[0]) == 4:  # ISO (and Chinese) order, whatever the locale's: a four-digit first part is a year
            order = "ymd"
        by = dict(zip(order, groups, strict=True))
        if len(by["y"]) != 4:
            self.problem = "year"
            return
        year, month, day = int(by["y"]), int(by["m"]), int(by["d"])
        self.parts = (year, month, day)
        if not 1 <= month <= 12:
            self.problem = "month"
            return
        if not 1 <= day <= QDate(year, month, 1).daysInMonth():
            self.problem = "day"
            return
        found = date(year, month, day)
        if not earliest <= found <= latest:
            self.problem = "range"
            return
        self.day = found


class CalendarPopup(QFrame):
    """The month calendar under a date field. Enter or a click picks the day; Escape closes it."""

    picked = Signal(object)

    def __init__(self, parent: QWidget):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.activated.connect(self._pick)
        self.calendar.clicked.connect(self._pick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar)

    def show_at(self, anchor: QWidget, selected: date | None, month_of: date, earliest: date, latest: date) -> None:
        self.calendar.setDateRange(qdate(earliest), qdate(latest))
        if selected is not None:
            self.calendar.setSelectedDate(qdate(selected))
        else:
            self.calendar.setSelectedDate(qdate(month_of))
        self.calendar.setCurrentPage(month_of.year, month_of.month)
        self.adjustSize()
        below = anchor.mapToGlobal(QPoint(0, anchor.height()))
        screen = anchor.screen().availableGeometry() if anchor.screen() else None
        if screen is not None:  # stay on a 1366x768 screen: above the field when there is no room below
            if below.y() + self.height() > screen.bottom():
                below.setY(anchor.mapToGlobal(QPoint(0, 0)).y() - self.height())
            below.setX(max(screen.left(), min(below.x(), screen.right() - self.width())))
        self.move(below)
        self.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _pick(self, day: QDate) -> None:
        self.picked.emit(from_qdate(day))
        self.close()


class DateLine(QLineEdit):
    """The text of a date. Alt+Down and F4 open the calendar (as on a combo box); Delete empties the field."""

    calendar_wanted = Signal()
    clear_wanted = Signal()

    def keyPressEvent(self, event) -> None:
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier):
            self.calendar_wanted.emit()
            return
        if key == Qt.Key.Key_Delete or (key == Qt.Key.Key_Backspace and mods & Qt.KeyboardModifier.ControlModifier):
            self.clear_wanted.emit()
            return
        super().keyPressEvent(event)


class DateInput(FieldInput):
    """A date; with ``optional``, also "no date" (an empty field). ``value()`` is a ``datetime.date`` or None;
    ``problem()`` names a typed text that is not a date the field accepts (the form shows it and will not save).

    ``hint`` gives the month the calendar opens at when the field is empty (the form's other dates, the parent
    record's); without one it opens at today."""

    def __init__(self, optional: bool = False, earliest: date = EARLIEST, latest: date = LATEST):
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        edit = DateLine()
        super().__init__(box, edit)
        self.edit = edit
        self.optional = optional
        self.earliest, self.latest = earliest, latest
        self.hint: Callable[[], date | None] | None = None
        self.pattern = date_format()
        self.order = field_order(self.pattern)
        edit.setPlaceholderText(self.placeholder())
        edit.setToolTip(self.tr("Type the date as %1 or as %2, or press Alt+Down for a calendar.")
                        .replace("%1", self.placeholder()).replace("%2", "2026-12-31"))
        edit.setClearButtonEnabled(optional)  # the mouse's way to "no date"
        # wide enough for the whole format and the clear button, even in a narrow filter bar
        metrics = edit.fontMetrics()
        wanted = max(metrics.horizontalAdvance(self.placeholder()), metrics.horizontalAdvance("00/00/0000"))
        edit.setMinimumWidth(wanted + metrics.height() + 16)
        self.calendar_button = QToolButton()
        self.calendar_button.setText("\u25be")
        self.calendar_button.setToolTip(self.tr("Calendar (Alt+Down)"))
        self.calendar_button.setAccessibleName(self.tr("Open the calendar"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field, not to buttons
        self.calendar_button.clicked.connect(self.open_calendar)
        layout.addWidget(edit, 1)
        layout.addWidget(self.calendar_button)
        self.popup: CalendarPopup | None = None
        self._state = self._read()
        edit.textChanged.connect(self._text_changed)
        edit.editingFinished.connect(self._finished)
        edit.calendar_wanted.connect(self.open_calendar)
        edit.clear_wanted.connect(self.clear)
        edit.installEventFilter(self)
        if not optional:
            self.set_value(date.today())

    # ------------------------------------------------------------ reading
    def _parse(self) -> DateText:
        return DateText(self.edit.text(), self.order, self.earliest, self.latest)

    def _read(self) -> tuple:
        parsed = self._parse()
        return parsed.day, parsed.problem

    def value(self) -> date | None:
        return self._parse().day

    def problem(self) -> str:
        """The typed text's problem in plain words, or ""."""
        parsed = self._parse()
        text = self.edit.text().strip()
        if parsed.problem == "incomplete":
            return self.tr("\u201c%1\u201d is not a date. Type it as %2 or as %3.") \
                .replace("%1", text).replace("%2", self.placeholder()).replace("%3", "2026-12-31")
        if parsed.problem == "year":
            return self.tr("\u201c%1\u201d: write the year in full, with four digits.").replace("%1", text)
        if parsed.problem == "month":
            return self.tr("\u201c%1\u201d is not a date: there is no month %2.") \
                .replace("%1", text).replace("%2", QLocale().toString(parsed.parts[1]))
        if parsed.problem == "day":  # numbers in the locale's digits, as the rest of the window writes them
            year, month, _day = parsed.parts
            locale, first = QLocale(), QDate(year, month, 1)
            month_name = locale.standaloneMonthName(month, QLocale.FormatType.LongFormat)
            return self.tr("\u201c%1\u201d is not a date: %2 %3 has %4 days.") \
                .replace("%1", text).replace("%2", month_name).replace("%3", locale.toString(first, "yyyy")) \
                .replace("%4", locale.toString(first.daysInMonth()))
        if parsed.problem == "range":
            return self.tr("\u201c%1\u201d is outside the dates this field accepts (%2 to %3).") \
                .replace("%1", text).replace("%2", format_date(self.earliest)).replace("%3", format_date(self.latest))
        return ""

    def placeholder(self) -> str:
        """The expected format in the interface language's words, e.g. "dd/mm/yyyy" or "jj/mm/aaaa"."""
        names = {"d": self.tr("dd", "day in a date format"), "m": self.tr("mm", "month in a date format"),
                 "y": self.tr("yyyy", "year in a date format")}
        out, last = [], ""
        for letter in self.pattern.translate(_MARKS):
            key = {"d": "d", "M": "m", "y": "y"}.get(letter)
            if key:
                if key != last:
                    out.append(names[key])
                last = key
            else:
                out.append(letter)
                last = ""
        return "".join(out)

    # ------------------------------------------------------------ signals
    def _text_changed(self, _text: str) -> None:
        """Tell the form when what the text means changes; an unfinished date is left alone while it is typed (its
        problem shows when the field is left, or when a save asks)."""
        state = self._read()
        if state == self._state:
            return
        self._state = state
        if state[1] == "incomplete" and self.edit.hasFocus():
            return
        self.changed.emit()

    def _finished(self) -> None:
        if self._read()[1] == "incomplete":
            self.changed.emit()

    def eventFilter(self, watched, event) -> bool:
        # a date typed as 2026-1-5 reads back in the locale's form once the field is left
        if watched is self.edit and event.type() == QEvent.Type.FocusOut and self.value() is not None:
            shown = format_date(self.value())
            if shown != self.edit.text():
                self.edit.blockSignals(True)
                self.edit.setText(shown)
                self.edit.blockSignals(False)
        return False

    # ------------------------------------------------------------ writing
    def set_value(self, value) -> None:
        day = to_date(value)
        if day is None and not self.optional:
            return  # a required date keeps what it shows until the record gives one
        self.edit.setText("" if day is None else format_date(day))
        self._state = self._read()

    def clear(self) -> None:
        if not self.edit.isReadOnly():
            self.edit.clear()
            self._text_changed("")

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.edit.setClearButtonEnabled(self.optional and not read_only)
        self.calendar_button.setEnabled(not read_only)

    # ------------------------------------------------------------ calendar
    def opening_month(self) -> date:
        """The field's date, else the form's hint, else today."""
        return self.value() or (self.hint() if self.hint else None) or date.today()

    def open_calendar(self) -> None:
        if self.edit.isReadOnly():
            return
        if self.popup is None:
            self.popup = CalendarPopup(self.widget)
            self.popup.picked.connect(self._picked)
        self.popup.show_at(self.edit, self.value(), self.opening_month(), self.earliest, self.latest)

    def _picked(self, day: date) -> None:
        self.edit.setText(format_date(day))
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)
