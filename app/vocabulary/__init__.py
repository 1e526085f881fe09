"""The words that name data, in the six languages, written down once (Qt-free): enum labels, the names of seeded
reference records (by code), field titles, and the texts of problems (``app.vocabulary.problems``).

The screen (``app.ui.i18n.vocabulary``), the PDFs and the spreadsheets (``app.reports.i18n``) and the spreadsheet
import (``app.reports.xlsx_columns``) all read them from here, so a French user sees "Clôturée" on screen, on paper
and in a sheet, and can import it back. One module a language, each a flat ``WORDS`` dict:

- ``enum.<EnumClass>.<value>``: an enum's label (English comes from the models' labels);
- ``theme.<code>``, ``stakeholder.<code>``, ``criterion.<code>``: seeded reference names, by code;
- ``field.<column>`` and ``field.<table>.<column>``: field titles (English from the models).

Words a former version showed and no longer does are in ``former.py``: the import still accepts them.
"""

from __future__ import annotations

import importlib
from enum import Enum
from functools import cache

LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")
REFERENCE_PREFIX = {"region": "region", "thematic_area": "theme", "stakeholder_type": "stakeholder", "priority_criterion": "criterion"}


@cache
def words(lang: str) -> dict[str, str]:
    """The catalogue of ``lang`` (empty for a language FieldDesk does not have)."""
    if lang not in LANGUAGES:
        return {}
    return importlib.import_module(f"app.vocabulary.{lang}").WORDS


def enum_label(enum_class: type[Enum], value, lang: str) -> str:
    """The label of ``value`` (a member or its wire string) in ``lang``; an unknown value shows as it is stored."""
    if value is None or value == "":
        return ""
    try:
        member = enum_class(value)
    except ValueError:
        return str(value)
    english = getattr(member, "label", str(member.value))
    return words(lang).get(f"enum.{enum_class.__name__}.{member.value}") or english


def enum_spellings(enum_class: type[Enum]) -> dict[str, list[str]]:
    """value -> every label it has had in any language (today's first, then the former ones), for reading back."""
    from app.vocabulary.former import FORMER_WORDS

    out: dict[str, list[str]] = {}
    for member in enum_class:
        key = f"enum.{enum_class.__name__}.{member.value}"
        spellings = [enum_label(enum_class, member, lang) for lang in LANGUAGES]
        spellings += [w for lang in LANGUAGES for w in FORMER_WORDS.get(lang, {}).get(key, [])]
        out[member.value] = spellings
    return out


def reference_word(prefix: str, code: str, lang: str) -> str | None:
    """A seeded reference record's name in ``lang`` by its code (``theme``, ``stakeholder``, ``criterion``)."""
    return words(lang).get(f"{prefix}.{code}")


def reference_name(table: str, code: str | None, stored_name: str, lang: str) -> str:
    """What a reference record is called in ``lang``: themes and stakeholder types by their code (a name
    headquarters changed keeps its translations); a priority criterion headquarters renamed or added shows as
    headquarters wrote it. English, the language the records are written in, shows the stored name."""
    prefix = REFERENCE_PREFIX.get(table)
    if prefix is None or not code or lang == "en" or lang not in LANGUAGES:
        return stored_name
    if prefix == "criterion" and words("en").get(f"criterion.{code}") != stored_name:
        return stored_name
    return reference_word(prefix, code, lang) or stored_name


def seeded_criterion_name(stored_name: str, lang: str) -> str:
    """A priority criterion known only by its name: translated when it is a seeded one, else as written."""
    for key, english in words("en").items():
        if key.startswith("criterion.") and english == stored_name:
            return reference_name("priority_criterion", key.removeprefix("criterion."), stored_name, lang)
    return stored_name


def field_title(table: str, column: str, english: str, lang: str) -> str:
    """A field's title: ``field.<table>.<column>``, then ``field.<column>``, then the model's English title."""
    own = words(lang)
    return own.get(f"field.{table}.{column}") or own.get(f"field.{column}") or english
