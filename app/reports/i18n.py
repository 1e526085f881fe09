"""Text of reports and spreadsheets in the chosen language, from the one Qt-free catalogue (``app.vocabulary``),
country names from pycountry's translations, dates and numbers written the way each language writes them."""

from __future__ import annotations

import gettext
from dataclasses import dataclass
from datetime import date
from enum import Enum
from functools import cache

from app import vocabulary
from app.models import reference
from app.reports.typeset import date_breaks, french_spacing, unbreakable
from app.services.errors import FieldDeskError
from app.services.store.seed import country_id
from app.vocabulary.numerals import currency_text
from app.vocabulary.plurals import Plural
from app.vocabulary.problems import problem

# code -> the language's own name. Right-to-left languages are shaped and reordered (app.reports.text).
LANGUAGES = {"en": "English", "fr": "Français", "es": "Español", "ru": "Русский", "ar": "العربية", "zh": "中文"}
RTL_LANGUAGES = {"ar"}
UNSUPPORTED: dict[str, str] = {}  # language -> why its reports cannot be printed (none since Chinese came)

_THEMES = dict(reference.THEMATIC_AREAS)
_STAKEHOLDERS = dict(reference.STAKEHOLDER_TYPES)


LIST_SEPARATORS = {"ar": ("؛ ", "، "), "zh": ("；", "、")}


class UnknownLanguage(FieldDeskError):
    exit_code = 2


def check_language(lang: str) -> str:
    code = (lang or "en").strip().lower().replace("_", "-").split("-")[0]
    if code in LANGUAGES:
        return code
    if code in UNSUPPORTED:
        raise UnknownLanguage(UNSUPPORTED[code])
    raise UnknownLanguage(problem("letterhead.not_language", language=lang, languages=", ".join(LANGUAGES)))


def _messages(lang: str) -> dict[str, str | Plural]:
    """The report text of ``lang`` and the words that name data: one catalogue, shared with the screen."""
    return vocabulary.words(lang)


def _gettext(domain: str, lang: str):
    """pycountry's translations of ``domain`` into ``lang`` (names stay English where there is none)."""
    import pycountry

    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang], fallback=True).gettext


@cache
def _country_names(lang: str) -> dict[str, str]:
    """Country id -> name in ``lang`` (pycountry's ISO 3166 translations), and the code too."""
    import pycountry

    translate = _gettext("iso3166-1", lang)
    own = _messages(lang)
    names = {}
    for c in pycountry.countries:
        common = getattr(c, "common_name", None)
        local = own.get(f"country.{c.alpha_2}") or translate(common or c.name) or common or c.name
        names[country_id(c.alpha_2)] = local
    return names


@cache
def _language_names(lang: str) -> dict[str, str]:
    import pycountry

    translate = _gettext("iso639-3", lang)
    return {lg.alpha_2: translate(lg.name) for lg in pycountry.languages if hasattr(lg, "alpha_2")}


class Translator:
    """``t("key", n=3)`` gives the text in this language (English when a key is missing)."""

    def __init__(self, lang: str = "en"):
        self.lang = check_language(lang)
        self.rtl = self.lang in RTL_LANGUAGES
        self._own = _messages(self.lang)
        self._en = _messages("en")

    def t(self, key: str, **values) -> str:
        """The text of ``key`` with ``values`` put in; a text that depends on a count (a gettext plural entry) takes
        the language's form for the count in its parameter (``n``): CLDR's rules, Arabic has six forms."""
        text = self._own.get(key) or self._en.get(key)
        if text is None:
            raise KeyError(f"no report text for {key!r}")
        if isinstance(text, Plural):
            text = text.form(values.get(text.param))
        text = text.format(**values) if values else text
        return french_spacing(text) if self.lang == "fr" else text

    def join(self, items, strong: bool = False) -> str:
        """Items listed the language's way: "a, b" ("a; b" when ``strong``: items that hold commas themselves);
        Arabic and Chinese have their own commas (، ؛ and 、 ；)."""
        sep = LIST_SEPARATORS.get(self.lang, ("; ", ", "))[0 if strong else 1]
        return sep.join(item for item in items if item)

    def has(self, key: str) -> bool:
        return key in self._own or key in self._en

    def enum(self, value, enum_class: type[Enum] | None = None) -> str:
        """The label of an enum value (a member or its value string)."""
        if value is None or value == "":
            return ""
        if enum_class is None:
            enum_class = type(value)
        enum_class(value)  # a value the enum does not know is refused, as before
        return vocabulary.enum_label(enum_class, value, self.lang)

    def theme(self, code: str, name: str = "", names: dict[str, str] | None = None) -> str:
        """A thematic area by its code; ``name`` and ``names`` are the record's (an entry headquarters added)."""
        if not code:
            return ""
        return vocabulary.reference_name("thematic_area", code, name or _THEMES.get(code, code), self.lang, names)

    def stakeholder(self, code: str | None, name: str = "", names: dict[str, str] | None = None) -> str:
        if not code:
            return self.t("training.unspecified")
        return vocabulary.reference_name("stakeholder_type", code, name or _STAKEHOLDERS.get(code, code), self.lang,
                                         names)

    def country(self, cid: str | None, fallback: str = "") -> str:
        if not cid:
            return fallback
        return _country_names(self.lang).get(cid, fallback)

    def language(self, code: str) -> str:
        """A language's name in the report's language (pycountry's ISO 639 translations)."""
        return _language_names(self.lang).get((code or "").lower(), code)

    def field(self, table: str, column: str, english: str) -> str:
        """A column title: ``field.<table>.<column>``, then ``field.<column>``, then the model's English title."""
        return vocabulary.field_title(table, column, english, self.lang)

    def date(self, day: date | None) -> str:
        if day is None:
            return ""
        text = self.t("date_format", day=day.day, month=self.t(f"month.{day.month}"), year=day.year)
        return text if self.rtl else date_breaks(text, str(day.year))

    def date_range(self, start: date | None, end: date | None, *, open_end: bool = False) -> str:
        """``open_end``: a start with no end is a period still running ("from 1 March 2026"), not one day."""
        if start and end and start != end:
            return self.t("date_range", start=self.date(start), end=self.date(end))
        if open_end and start and not end:
            return self.t("date_from_on", start=self.date(start))
        return self.date(start or end)

    def number(self, value: float | int | None, decimals: int = 0) -> str:
        """Thousands grouped the language's way: 12,500 (en), 12 500 (fr, ru), 12.500 (es); the groups are held
        together by no-break spaces, so a number never breaks across lines."""
        if value is None:
            return self.t("not_available")
        text = f"{value:,.{decimals}f}"
        group, point = {"fr": ("\u00a0", ","), "ru": ("\u00a0", ","), "es": (".", ","),
                        "ar": (",", ".")}.get(self.lang, (",", "."))
        return text.replace(",", "\x00").replace(".", point).replace("\x00", group)

    def percent(self, part: float, whole: float) -> str:
        if not whole:
            return self.t("not_available")
        return self.number(100.0 * part / whole, 1) + "\u00a0%"

    def currency(self, value: float | None, code: str) -> str:
        """An amount in its own currency, the one way every report and the screen write one
        (``app.vocabulary.numerals.currency_text``): Babel's ``format_currency`` in the report's language, with the
        ISO code where CLDR puts the currency ("EUR\u00a01,000,000" in English, "1 000 000 EUR" in French), cents
        only when there are some; on one line."""
        if value is None:
            return "\u2014"
        if not (code or "").strip():
            return unbreakable(self.number(value, 0 if float(value).is_integer() else 2))
        return unbreakable(currency_text(value, code, self.lang))  # the screen's formatter too

    def money(self, value: float | None) -> str:
        if value is None:
            return self.t("not_available")
        return self.currency(round(value), "USD")  # whole dollars, written as every other amount ("12 500 USD")


@dataclass(frozen=True)
class ReportWord:
    """A word of the reports' catalogue given to a problem as a parameter (the plan template's column 'Action'),
    written in the language the problem is read in (``app.vocabulary.problems.render``), as that language's
    spreadsheets write it; ``str()`` is its English."""

    key: str

    def in_language(self, lang: str) -> str:
        return Translator(lang if lang in vocabulary.LANGUAGES else "en").t(self.key)

    def __str__(self) -> str:
        return self.in_language("en")
