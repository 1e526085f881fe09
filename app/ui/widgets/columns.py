"""How a record's value is shown in a list cell: one ``Column`` per shown field, and the rendering by kind."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.models.coverage import NATIONAL, covered_countries, scope_value
from app.models.enums import Scope
from app.services.store.entities import BY_NAME
from app.services.store.lookups import NAME_SUFFIX, REFERENCE_TABLES
from app.ui.i18n.formats import format_date, format_money, format_number, format_plain_number
from app.ui.i18n.vocabulary import enum_label

if TYPE_CHECKING:
    from app.ui.context import ReferenceData

MAX_CELL_TEXT = 160


@dataclass(frozen=True)
class Column:
    key: str  # the record's field
    title: str  # translated header
    # text | code (a short text: an acronym, a code) | date | enum | ref | refs | number | year | money | score | bool
    # | words | coverage
    kind: str = "text"
    enum: type[Enum] | None = None
    ref: str | None = None  # the table a ref/refs column points to
    sortable: bool = True
    visible: bool = True  # shown until the user chooses otherwise
    also: tuple[str, ...] = ()  # other fields the cell reads (a coverage cell: the scope and countries covered)
    # the record's name: in a narrow list the text columns beside it give up their room first (down to what stays
    # readable), so the name is what is least cut
    stretch: bool = False

    @property
    def numeric(self) -> bool:
        return self.kind in ("number", "money", "score")

    @property
    def whole(self) -> bool:
        """Shown whole or not at all: an amount or a date cut in its middle ("150,…,000") reads as another; a short
        code or acronym is as wide as its longest value, and leaves the room to the name beside it."""
        return self.numeric or self.kind in ("date", "year", "code")


def of_table(table: str, columns: list[Column]) -> list[Column]:
    """A page's or a part tab's columns with what the entity registry knows of each field filled in: a date, an
    enum's labels, a reference's name, a list of references. A page lists keys and titles (and how it presents a
    value the registry cannot know: a number as money, a short code, a count); the kinds come from one place."""
    entity = BY_NAME.get(table)
    if entity is None:
        return columns
    return [_of_entity(entity, c) if c.kind == "text" and c.enum is None and c.ref is None else c for c in columns]


def _of_entity(entity, column: Column) -> Column:
    key = column.key
    if key not in entity.table.c:  # computed by the list's query (a count, a latest value)
        return column
    if key in entity.date_columns:
        return replace(column, kind="date")
    enum = entity.enum_of(key)
    if enum is not None:
        return replace(column, kind="enum", enum=enum)
    if key in entity.foreign_keys:
        return replace(column, kind="ref", ref=entity.foreign_keys[key])
    if key in entity.list_columns:
        return replace(column, kind="refs", ref=entity.list_columns[key])
    return column


def cell_text(column: Column, row: dict[str, Any], refs: ReferenceData) -> str:
    value = row.get(column.key)
    kind = column.kind
    if kind == "date":
        return format_date(value)
    if kind == "enum" and column.enum is not None:
        return enum_label(column.enum, value) if value else ""
    if kind == "ref":
        if column.ref in REFERENCE_TABLES:
            return refs.name(column.ref, value)
        return _short(row.get(column.key + NAME_SUFFIX, ""))
    if kind == "refs":
        return ", ".join(refs.name(column.ref or "", v) for v in value or [])
    if kind == "coverage":
        return coverage_text(row, refs)
    if kind == "money":
        return format_money(value)
    if kind == "number":
        return format_number(value)
    if kind == "year":
        return format_plain_number(value)
    if kind == "score":
        return format_number(value, 0 if value is None or float(value).is_integer() else 1)
    if kind == "bool":
        return QCoreApplication.translate("Columns", "Yes") if value else ""
    if kind == "words":
        return ", ".join(value or [])
    return _short(value)


COVERAGE_KEYS = ("scope", "country_ids")


def coverage_column(title: str) -> Column:
    """Where a mission, activity or project is: its country, "Regional (12)" or "Global" (schema 0024); sorted by
    the lead or host country."""
    return Column("country_id", title, "coverage", ref="country", also=COVERAGE_KEYS)


def coverage_text(row: dict[str, Any], refs: ReferenceData) -> str:
    scope = scope_value(row.get("scope"))
    if scope == NATIONAL:
        return refs.name("country", row.get("country_id"))
    label = enum_label(Scope, scope)
    covered = covered_countries(row)
    return f"{label} ({format_number(len(covered))})" if covered else label


def _short(value: Any) -> str:
    if value is None:
        return ""
    text = str(value)
    first = text.split("\n", 1)[0]
    if len(first) > MAX_CELL_TEXT:
        return first[: MAX_CELL_TEXT - 1] + "\u2026"
    return first + (" \u2026" if first != text else "")
