"""Amounts and the digits they are written in, Qt-free, the one way for screen and paper.

``currency_text`` is the one currency formatter: Babel's ``format_currency`` in the reader's language, with the ISO
code where CLDR puts the currency ("EUR 18,000" in English, "18 000 EUR" in French, "18,000 EUR" in Arabic), cents
only when there are some. The reports call it (``Translator.currency``) and so does the screen
(``app.ui.i18n.formats.format_currency``), so an amount reads the same on screen and on paper in every language.
Only the digits may differ: the screen writes numbers in the interface's digits (Arabic-Indic in Arabic, as Qt
writes every other number there), ``native=True``; reports keep the Latin digits they have always printed.

``native_digits`` turns the Latin digits Babel writes (durations, grouped numbers) into the interface's digits, so a
message rendered for an Arabic screen has one kind of digit throughout. Babel is imported when an amount is
written, never on the way to the first screen."""

from __future__ import annotations

from functools import cache

# the digits a language's interface writes, where they are not the Latin ones (Qt's locale does the same)
NATIVE = {"ar": ("arab", "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669")}


@cache
def _digit_table(lang: str) -> dict[int, str] | None:
    native = NATIVE.get(lang)
    return str.maketrans("0123456789", native[1]) if native else None


def native_digits(text: str, lang: str) -> str:
    """``text`` with its Latin digits written as the interface of ``lang`` writes digits ("3 أيام" -> "٣ أيام")."""
    table = _digit_table(lang)
    return text.translate(table) if table else text


@cache
def _pattern(lang: str) -> str:
    """CLDR's standard currency pattern of ``lang`` with the ISO code in place of the symbol, no direction marks."""
    from babel import Locale

    pattern = Locale.parse(lang).currency_formats["standard"].pattern.split(";")[0]
    pattern = pattern.replace("\u200f", "").replace("\u200e", "")
    return pattern.replace("\u00a4", "\u00a4\u00a4\u00a0", 1) if pattern.startswith("\u00a4") else \
        pattern.replace("\u00a4", "\u00a4\u00a4")


def currency_text(value: float | int, code: str, lang: str, *, native: bool = False) -> str:
    """``value`` in the currency ``code`` (ISO 4217) as a reader of ``lang`` writes it; ``native``: in the interface's
    digits and separators (Arabic-Indic in Arabic). Narrow no-break spaces become no-break spaces (fonts have them)."""
    from babel.numbers import format_currency

    pattern = _pattern(lang)
    if float(value).is_integer():
        pattern = pattern.replace(".00", "")
    system = NATIVE[lang][0] if native and lang in NATIVE else "latn"
    text = format_currency(value, code.strip().upper(), format=pattern, locale=lang, currency_digits=False,
                           numbering_system=system)
    text = text.replace("\u202f", "\u00a0")
    return native_digits(text, lang) if native else text
