"""Amounts and the digits they are written in, Qt-free, the one way for screen and paper.

``currency_text`` is the one currency formatter: Babel's ``format_currency`` in the reader's language, with the ISO
code where CLDR puts the currency ("EUR 18,000" in English, "18 000 EUR" in French, "18,000 EUR" in Arabic), cents
only when there are some. The reports call it (``Translator.currency``) and so does the screen
(``app.ui.i18n.formats.format_currency``), so an amount reads the same on screen and on paper in every language.

Digits: a language writes the digits of CLDR's default numbering system for it (``numbering_system``), on screen, on
paper and in spreadsheets alike. For the six languages FieldDesk speaks these are the Latin digits: CLDR's "ar"
(Arabic for every country, not one country's) writes 0-9, as Morocco's and the Emirates' Arabic do, where Egypt's and
Saudi Arabia's write Arabic-Indic digits. Babel writes each language's default; Qt's bare "ar" is Egypt's, so the
screen takes CLDR's "ar" by its Qt name, ``ar_001`` (``app.ui.i18n.translations.locale_for``). A test holds the
screen, Babel and the reports to the same digits. Babel is imported when an amount is written, never on the way to
the first screen."""

from __future__ import annotations

from functools import cache


@cache
def numbering_system(lang: str) -> str:
    """CLDR's default numbering system of ``lang`` ("latn": 0-9), the digits its screen and its paper write."""
    from babel import Locale

    return Locale.parse(lang).default_numbering_system


@cache
def _pattern(lang: str) -> str:
    """CLDR's standard currency pattern of ``lang`` with the ISO code in place of the symbol, no direction marks."""
    from babel import Locale

    pattern = Locale.parse(lang).currency_formats["standard"].pattern.split(";")[0]
    pattern = pattern.replace("\u200f", "").replace("\u200e", "")
    return pattern.replace("\u00a4", "\u00a4\u00a4\u00a0", 1) if pattern.startswith("\u00a4") else \
        pattern.replace("\u00a4", "\u00a4\u00a4")


def currency_text(value: float | int, code: str, lang: str) -> str:
    """``value`` in the currency ``code`` (ISO 4217) as a reader of ``lang`` writes it, in its digits
    (``numbering_system``). Narrow no-break spaces become no-break spaces (fonts have them)."""
    from babel.numbers import format_currency

    pattern = _pattern(lang)
    if float(value).is_integer():
        pattern = pattern.replace(".00", "")
    text = format_currency(value, code.strip().upper(), format=pattern, locale=lang, currency_digits=False,
                           numbering_system=numbering_system(lang))
    return text.replace("\u202f", "\u00a0")
