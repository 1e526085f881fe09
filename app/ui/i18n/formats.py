"""Dates, times and numbers as the user's locale writes them (``QLocale()`` is the default set with the language)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt

from app.ui.i18n.vocabulary import language
from app.vocabulary.numerals import currency_text


def to_date(value) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with a four-digit year (a two-digit year is ambiguous in records that span
    decades)."""
    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def format_date(value) -> str:
    day = to_date(value)
    if day is None:
        return ""
    return QLocale().toString(qdate(day), date_format())


def format_timestamp(iso_utc: str) -> str:
    """A change-log time (ISO 8601, UTC) in local time, short format."""
    if not iso_utc:
        return ""
    moment = QDateTime.fromString(iso_utc.replace("Z", "+00:00"), Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        moment = QDateTime.fromString(iso_utc, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso_utc
    locale = QLocale()
    return locale.toString(moment.toLocalTime(),
                           f"{date_format(locale)} {locale.timeFormat(QLocale.FormatType.ShortFormat)}")


def format_number(value, decimals: int = 0) -> str:
    if value is None or value == "":
        return ""
    if decimals == 0 and float(value).is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", decimals)


def format_plain_number(value) -> str:
    """A year or an order number: the interface's digits (like the amounts beside it), with no group separator
    ("2026", not "2,026")."""
    if value is None or value == "":
        return ""
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(int(value))


def format_money(value) -> str:
    return format_number(value, 0 if value is None or float(value).is_integer() else 2)


def format_currency(value, code: str) -> str:
    """An amount with its currency as the reports write it in the interface's language ("EUR 18,000",
    "18 000 EUR", "18,000 EUR": ``app.vocabulary.numerals.currency_text``), in the same digits as the reports."""
    if value is None or value == "":
        return ""
    if not (code or "").strip():
        return format_money(value)
    return currency_text(value, code, language())


def isolated(text: str) -> str:
    """Left-to-right text (a file path) inside a sentence of any direction: Unicode's isolates keep an Arabic
    sentence from reordering its slashes."""
    return f"\u2066{text}\u2069"


def shown_path(path) -> str:
    """A file or folder path inside a sentence of a wrapped label that only shows it (nobody copies it from there):
    isolated (see ``isolated``), with a place to break the line after each separator (a zero-width space), so that a
    long path wraps instead of widening its dialog past the screen."""
    text = str(path)
    for separator in ("/", "\\"):
        text = text.replace(separator, separator + "\u200b")
    return isolated(text)
