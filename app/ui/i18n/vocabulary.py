"""The domain's closed vocabularies in the interface language, from the one Qt-free catalogue (``app.vocabulary``)
that the reports and the spreadsheets read too: the screen and the paper say the same word for the same thing.

The interface language is set by ``Translations.apply`` (``set_language``)."""

from __future__ import annotations

from enum import Enum

from app import vocabulary
from app.models.reference import STAKEHOLDER_TYPES

_language = "en"


def set_language(code: str) -> None:
    global _language
    _language = code


def language() -> str:
    return _language


def enum_label(enum: type[Enum], value) -> str:
    """The translated label of ``value`` (a member or its wire string); an unknown value shows as it is stored."""
    return vocabulary.enum_label(enum, value, _language)


def enum_choices(enum: type[Enum]) -> list[tuple[str, str]]:
    return [(m.value, vocabulary.enum_label(enum, m, _language)) for m in enum]


def reference_name(table: str, code: str | None, stored_name: str, names: dict[str, str] | None = None) -> str:
    """A reference record's name (its own translation, else the catalogue's by code, as on paper)."""
    return vocabulary.reference_name(table, code, stored_name, _language, names)


def criterion_name(stored_name: str) -> str:
    """A seeded priority criterion in the interface language (a name headquarters wrote shows as written)."""
    return vocabulary.seeded_criterion_name(stored_name, _language)


def stakeholder_name(code: str) -> str:
    """A stakeholder type known by its code (evidence of a score names the code)."""
    return vocabulary.reference_name("stakeholder_type", code, dict(STAKEHOLDER_TYPES).get(code, code), _language)


def field_title(table: str, column: str, english: str) -> str:
    return vocabulary.field_title(table, column, english, _language)
