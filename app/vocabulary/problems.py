"""Problems as data: what is wrong with a value is a code and its parameters (``problem("required", title=...)``),
rendered in each output's language from the catalogue (``problem.<code>`` in
``app/locale/<lang>/LC_MESSAGES/fielddesk.po``); nothing reads a message back to learn what it meant.

A problem is a ``ProblemText``: a ``str`` (the English sentence the services have always written, for the command
line, logs and the change log) that also carries its ``code`` and ``params``. The screen and the import window call
``render`` with their language, the field's title as they show it and their own date format.

A parameter may itself depend on the reader's language: a ``ProblemText`` (rendered in the same language), or any
value with an ``in_language(lang)`` method (the column titles an import expects, ``app.spreadsheets.columns.
ColumnTitles``; a word of the reports' catalogue, ``app.reports.i18n.ReportWord``), written as that language writes
it, so no English word is left inside a translated sentence."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from app.vocabulary import LANGUAGES, enum_label, words
from app.vocabulary.numerals import numbering_system

DATE_PARAMS = frozenset({"start", "end", "date", "last"})  # ISO dates, written the reader's way by ``render``
DURATION_PARAMS = frozenset({"gap"})  # milliseconds, written as a duration in the reader's language ("3 heures")
HOURS_PARAMS = frozenset({"hours_ahead"})  # milliseconds, written in whole hours ("72 heures")
GROUPED_PARAMS = frozenset({"max_rows", "max_chars"})  # large numbers, grouped the reader's way ("20,000", "20 000")
FILE_PARAMS = frozenset({"file", "path", "folder"})  # a file's name or path: left to right inside an Arabic sentence
RTL = frozenset({"ar"})


class ProblemText(str):
    """An English message that knows its code and parameters."""

    code: str
    params: dict[str, Any]

    def __new__(cls, text: str, code: str, params: dict[str, Any] | None = None):
        obj = super().__new__(cls, text)
        obj.code = code
        obj.params = dict(params or {})
        return obj

    def __reduce__(self):
        return ProblemText, (str(self), self.code, self.params)

    def restated(self, text: str) -> ProblemText:
        """The same problem with another English sentence (a trailing full stop dropped, say)."""
        return ProblemText(text, self.code, self.params)


def problem(code: str, english: str | None = None, **params: Any) -> ProblemText:
    """A problem; its English message is ``english`` or else the catalogue's English text."""
    return ProblemText(english if english is not None else render(code, params, "en"), code, params)


def duration_text(ms: int | float, lang: str) -> str:
    """A duration the way a reader of ``lang`` says it, rounded to its largest unit ("23 hours", "10 лет"),
    by Babel (CLDR's units and plural rules; imported only when a duration is written)."""
    from datetime import timedelta

    from babel.dates import format_timedelta

    lang = lang if lang in LANGUAGES else "en"
    return format_timedelta(timedelta(milliseconds=abs(ms)), threshold=1, locale=lang)


def hours_text(ms: int | float, lang: str) -> str:
    """A duration in whole hours in ``lang`` ("72 hours", "72 часа"), by Babel."""
    from babel.units import format_unit

    lang = lang if lang in LANGUAGES else "en"
    return format_unit(round(abs(ms) / 3_600_000), "duration-hour", locale=lang,
                       numbering_system=numbering_system(lang))


def grouped_text(n: int, lang: str) -> str:
    """A large whole number grouped the way a reader of ``lang`` writes it ("20,000", "20\u00a0000"), by Babel, in
    the language's digits (``app.vocabulary.numerals``)."""
    from babel.numbers import format_decimal

    lang = lang if lang in LANGUAGES else "en"
    return format_decimal(n, locale=lang, numbering_system=numbering_system(lang))


def template(code: str, lang: str, params: dict[str, Any] | None = None) -> str | None:
    """The catalogue's text of problem ``code`` in ``lang`` (English when the language has none); an entry with
    plural forms (``app.vocabulary.plurals.Plural``) gives the form its count in ``params`` takes in ``lang``."""
    # imported here: start-up: the bare window does not load vocabulary.plurals
    from app.vocabulary.plurals import Plural

    entry = words(lang).get(f"problem.{code}")
    if entry is None:
        lang, entry = "en", words("en").get(f"problem.{code}")
    if isinstance(entry, Plural):
        return entry.form((params or {}).get(entry.param), lang)
    return entry


def render(code: str, params: dict[str, Any], lang: str, *, title: str | None = None,
           date_text: Callable[[str], str] | None = None, number_text: Callable[[Any], str] | None = None) -> str:
    """The text of problem ``code`` in ``lang``; ``title`` is the field as the reader sees it, ``date_text`` and
    ``number_text`` write dates and numbers the reader's way."""
    text = template(code, lang, params)
    values = dict(params)
    # a problem may hold another (a clock warning's "whose clock, and what to do"): rendered in the same language
    values.update({k: render(v.code, v.params, lang, date_text=date_text, number_text=number_text)
                   for k, v in values.items() if isinstance(v, ProblemText)})
    values.update({k: v.in_language(lang) for k, v in values.items() if hasattr(v, "in_language")})
    values.update({k: duration_text(v, lang) for k, v in values.items() if k in DURATION_PARAMS
                   and isinstance(v, int | float)})
    values.update({k: hours_text(v, lang) for k, v in values.items() if k in HOURS_PARAMS
                   and isinstance(v, int | float)})
    if lang in RTL:  # Unicode's isolates keep "x.xlsx" and "/tmp/a/b" whole, not reordered by the sentence around them
        values.update({k: f"\u2066{v}\u2069" for k, v in values.items() if k in FILE_PARAMS and isinstance(v, str)})
    if title is not None:
        values["title"] = title
    if date_text is not None:
        values.update({k: date_text(v) for k, v in values.items() if k in DATE_PARAMS and v})
    if number_text is not None:
        values.update({k: number_text(v) for k, v in values.items() if isinstance(v, int | float)
                       and not isinstance(v, bool)})
    else:
        values.update({k: grouped_text(v, lang) for k, v in values.items() if k in GROUPED_PARAMS
                       and isinstance(v, int)})
    if text is None:
        raise KeyError(f"no text for problem {code!r}")
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        return template(code, "en", params).format(**values)


def render_text(message: str, lang: str, *, title: str | None = None, **formats) -> str:
    """``message`` in ``lang`` when it is a problem; any other text (already in the reader's language) as it is."""
    if isinstance(message, ProblemText) and template(message.code, lang) is not None:
        return render(message.code, message.params, lang, title=title, **formats)
    return message


@dataclass(frozen=True)
class Labels:
    """Values of an enum named in a problem ("from planned to closed"), written as the reader's language labels them
    (``enum_label``), in lower case inside a sentence, several joined with the language's comma."""

    enum: type[Enum]
    values: tuple[str, ...]

    def in_language(self, lang: str) -> str:
        comma = {"ar": "، ", "zh": "、"}.get(lang, ", ")
        return comma.join(enum_label(self.enum, value, lang).lower() for value in self.values)

    def __str__(self) -> str:
        return self.in_language("en")


class ProblemError(ValueError):
    """Raised by a model's rules: one or more (field, problem) pairs. Pydantic keeps the exception, so the services
    take the problems from it as they are (``str()`` says "field|message", for a log or a traceback only)."""

    def __init__(self, field: str, code: str | None = None, english: str | None = None, **params: Any):
        self.problems: list[tuple[str, ProblemText]] = []
        if code is not None:
            self.problems.append((field, problem(code, english, **params)))
        super().__init__()

    @classmethod
    def of(cls, problems: list[tuple[str, ProblemText]]) -> ProblemError:
        error = cls("")
        error.problems = list(problems)
        return error

    def __str__(self) -> str:
        field, text = self.problems[0] if self.problems else ("", "")
        return f"{field}|{text}"
