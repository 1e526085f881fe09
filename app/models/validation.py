"""Validation shared by the models, and the conversion of pydantic's errors into messages a user can act on."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from app.vocabulary.problems import ProblemError, ProblemText, problem

__all__ = ["DateOrderError", "FieldProblem", "ProblemError", "ProblemText", "ValidationFailed", "problem"]


class DateOrderError(ProblemError):
    """End date before start date (raised inside model validators, reported on the end date field)."""


def check_date_order(start: date | None, end: date | None, *, end_field: str = "end_date") -> None:
    if start and end and end < start:
        raise DateOrderError(end_field, "date_order", start=start.isoformat(), end=end.isoformat())


@dataclass(frozen=True)
class FieldProblem:
    field: str  # column name, or "" for the record as a whole
    message: str  # English; a ProblemText (``app.vocabulary.problems``) carries its code and parameters too

    def __str__(self) -> str:
        return self.message


class ValidationFailed(ValueError):
    """A record failed validation; ``problems`` name each field and what is wrong with it."""

    def __init__(self, entity_label: str, problems: list[FieldProblem]):
        self.entity_label = entity_label
        self.problems = problems
        detail = " ".join(p.message if p.message.endswith(".") else p.message + "." for p in problems)
        super().__init__(f"{entity_label} not saved: {detail}")

    def by_field(self) -> dict[str, str]:
        """field -> its first problem (a ProblemText wherever the services made it: outputs render its code)."""
        out: dict[str, str] = {}
        for p in self.problems:
            out.setdefault(p.field, p.message)
        return out


# ------------------------------------------------------------- forbidden characters
# One definition, used by the models (so every form and every service write), the xlsx import, the attachment names
# and incoming sync bundles. Bidi overrides and isolates make text display in another order than it is stored ("Ali
# <U+202E>exe.live" shows as "Ali evil.exe"), so a reader is shown a name, a file type or a figure that is not the
# one recorded; C0/C1 controls and NUL are invisible, break exports and reports, and end strings in C code.
# The marks U+200E/U+200F/U+061C stay allowed: Arabic and Hebrew text needs them and they reorder nothing by force.
_BIDI = "\u202a-\u202e\u2066-\u2069"
_FORBIDDEN_SHORT = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}]")
_FORBIDDEN_LONG = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_BIDI}]")  # tab, line feed, return allowed
# A text field that may hold this many characters or more is long text (notes, findings, descriptions: multi-line
# in the forms); any shorter one is a single line (names, titles, codes, file names).
LONG_TEXT_MIN = 2000


def is_long_text(field_info) -> bool:
    """Whether a pydantic field (a model's ``model_fields[name]``) is long text, by its declared maximum length."""
    limits = [getattr(m, "max_length", None) for m in getattr(field_info, "metadata", ())]
    return any(n is not None and n >= LONG_TEXT_MIN for n in limits)


def forbidden_character(value: str, *, long_text: bool = False) -> str | None:
    """The first forbidden character of ``value``, or None."""
    m = (_FORBIDDEN_LONG if long_text else _FORBIDDEN_SHORT).search(value)
    return m[0] if m else None


def describe_character(char: str) -> str:
    """'U+202E (RIGHT-TO-LEFT OVERRIDE)': the code point, and its name where Unicode gives one (controls have none)."""
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X}" + (f" ({name})" if name else " (a control character)")
