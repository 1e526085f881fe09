"""Counting records that cover several countries (schema 0024, ``app/models/coverage.py``): the SQL condition "covers
this country", and counts by country that put a regional activity under each of its countries while totals count
it once. Statistics, portfolio, lists' filters and reports read these, so they agree."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import String, and_, cast, or_
from sqlalchemy.sql.elements import ColumnElement

from app.models.coverage import GLOBAL, NATIONAL, SEVERAL, covered_countries

# The tables whose records have a scope and countries covered.
COVERING_TABLES = ("mission", "training", "project")
COVERAGE_COLUMNS = ("scope", "country_id", "country_ids")


def covers_country(table, country_id: str) -> ColumnElement:
    """Records of ``table`` that cover ``country_id``: national ones held there, regional and interregional ones
    that list it; global ones cover no country. The list is JSON text on both engines and ids are UUIDs (hex and
    dashes), so the quoted id is found as it is written, without a dialect of its own."""
    listed = cast(table.c.country_ids, String).contains(f'"{country_id}"')
    return or_(and_(table.c.scope.in_(SEVERAL), listed),
               and_(table.c.scope.not_in((*SEVERAL, GLOBAL)), table.c.country_id == country_id))


def has_coverage(table) -> bool:
    return all(name in table.c for name in COVERAGE_COLUMNS)


def count_by_country(rows: Iterable[Mapping[str, Any]]) -> Counter:
    """Records per country id, each counted under every country it covers (a global one under none)."""
    counts: Counter[str] = Counter()
    for row in rows:
        counts.update(covered_countries(row))
    return counts


def scope_counts(rows: Iterable[Mapping[str, Any]]) -> Counter:
    """Records per scope (a record from before schema 0024 is national)."""
    return Counter((row.get("scope") or NATIONAL) for row in rows)
