"""Which countries a mission, training activity or project covers (schema 0024), written once for the models, the
statistics and the reports.

``scope`` says how many: national (one country: ``country_id``, today's meaning and the value every record made
before 0024 reads as), regional (a region and its countries), interregional (several regions or countries), global
(no country). ``country_id`` stays the lead or host country, where the work takes place; ``country_ids`` lists the
countries covered by a regional or interregional record and ``region_ids`` its regions. Both are id lists in one
field each, like ``theme_ids``: see docs/SYNC.md, Several countries, for why."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from app.vocabulary.problems import ProblemError, problem

NATIONAL, REGIONAL, INTERREGIONAL, GLOBAL = "national", "regional", "interregional", "global"
SEVERAL = (REGIONAL, INTERREGIONAL)
MIN_COUNTRIES = 2  # fewer is a national record


def scope_value(scope: Any) -> str:
    """The wire value of a scope (a member, its string, or nothing: a record from before 0024 is national)."""
    value = getattr(scope, "value", scope)
    return value or NATIONAL


def covered_countries(row: Mapping[str, Any] | Any) -> list[str]:
    """The country ids a record counts under: its country when national, its list when regional or interregional,
    none when global. ``row`` is a dict of its fields or a model."""
    get = row.get if isinstance(row, Mapping) else lambda key, default=None: getattr(row, key, default)
    scope = scope_value(get("scope"))
    if scope == GLOBAL:
        return []
    if scope in SEVERAL:
        return list(dict.fromkeys(get("country_ids") or []))
    country = get("country_id")
    return [country] if country else []


def check_coverage(scope: Any, country_ids: Iterable[str], region_ids: Iterable[str]) -> None:
    """The rules a form, an import and an incoming bundle apply: the lists belong to the scopes that have them. Every
    problem is named at once (a form shows each beside its field)."""
    scope = scope_value(scope)
    countries, regions = list(country_ids or []), list(region_ids or [])
    found = []
    if len(set(countries)) != len(countries):
        found.append(("country_ids", problem("country_twice")))
    if scope in (NATIONAL, GLOBAL):
        if countries:
            found.append(("country_ids", problem("countries_not_in_scope")))
        if regions:
            found.append(("region_ids", problem("regions_not_in_scope")))
    else:
        if scope == REGIONAL and len(regions) != 1:
            found.append(("region_ids", problem("regional_one_region")))
        if len(set(countries)) < MIN_COUNTRIES:
            found.append(("country_ids", problem("several_countries_needed", count=MIN_COUNTRIES)))
    if found:
        raise ProblemError.of(found)
