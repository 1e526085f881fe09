"""The words that name data, in the six languages, written down once (Qt-free): enum labels, the names of seeded
reference records (by code), field titles, the texts of problems (``app.vocabulary.problems``) and the text of reports
and spreadsheets (``app.reports.i18n``).

The screen (``app.ui.i18n.vocabulary``), the PDFs and the spreadsheets (``app.reports.i18n``) and the spreadsheet
import (``app.spreadsheets.columns``) all read them from here, so a French user sees "Clôturée" on screen, on paper
and in a sheet, and can import it back. They are gettext catalogues, one domain (``fielddesk``) a language:
``app/locale/<lang>/LC_MESSAGES/fielddesk.po``, compiled to ``.mo`` at build, read by ``app.vocabulary.catalogue``.
An entry's msgid is its key:

- ``enum.<EnumClass>.<value>``: an enum's label (English comes from the models' labels);
- ``theme.<code>``, ``stakeholder.<code>``, ``criterion.<code>``: seeded reference names, by code, and the
  mechanism lists' (``treaty_body.<code>``, ``upr_cycle.<code>``, ``affected_group.<code>``, ``sdg_goal.<n>``);
- ``field.<column>`` and ``field.<table>.<column>``: field titles (English from the models);
- ``problem.<code>``: what is wrong with a value; the rest (``report.*``, ``xlsx.*``, ...) is report text.

Words a former version showed and no longer does have the context ``former``: the import still accepts them.
"""

from __future__ import annotations

from enum import Enum

LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")
REFERENCE_PREFIX = {"region": "region", "thematic_area": "theme", "stakeholder_type": "stakeholder",
                    "priority_criterion": "criterion", "treaty_body": "treaty_body", "upr_cycle": "upr_cycle",
                    "affected_group": "affected_group"}


def words(lang: str) -> dict[str, str]:
    """The catalogue of ``lang`` (empty for a language FieldDesk does not have): key -> text, or a plural entry
    (``app.vocabulary.plurals.Plural``) for a text that depends on a count."""
    if lang not in LANGUAGES:
        return {}
    # imported here: start-up: the command line does not load vocabulary.catalogue
    from app.vocabulary.catalogue import texts

    return texts(lang)


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
    # imported here: start-up: the command line does not load vocabulary.catalogue
    from app.vocabulary.catalogue import former

    out: dict[str, list[str]] = {}
    for member in enum_class:
        key = f"enum.{enum_class.__name__}.{member.value}"
        spellings = [enum_label(enum_class, member, lang) for lang in LANGUAGES]
        spellings += [w for lang in LANGUAGES for w in former(lang).get(key, [])]
        out[member.value] = spellings
    return out


def reference_word(prefix: str, code: str, lang: str) -> str | None:
    """A seeded reference record's name in ``lang`` by its code (``theme``, ``stakeholder``, ``criterion``)."""
    return words(lang).get(f"{prefix}.{code}")


def reference_name(table: str, code: str | None, stored_name: str, lang: str,
                   names: dict[str, str] | None = None) -> str:
    """What a reference record is called in ``lang``, the one answer for screen, paper and spreadsheet: the
    translation headquarters gave the record (``names``, for the lists headquarters extends), else the shipped
    catalogue's word for its code (so a name headquarters changed in English keeps its translations), else its
    English name, else its code. In English the stored name is the name. A priority criterion headquarters renamed
    or added shows as headquarters wrote it."""
    if lang != "en" and lang in LANGUAGES:
        own = (names or {}).get(lang)
        if own:
            return own
        prefix = REFERENCE_PREFIX.get(table)
        if prefix is not None and code and not (
                prefix == "criterion" and words("en").get(f"criterion.{code}") != stored_name):
            word = reference_word(prefix, code, lang)
            if word:
                return word
    return stored_name or code or ""


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
