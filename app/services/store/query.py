"""List queries: filters, full-text search, sorting and paging, built once for every table."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import Select, and_, case, exists, func, literal_column, or_, select, text
from sqlalchemy.sql.elements import ColumnElement

from app.services.store.coverage import covers_country, has_coverage
from app.services.store.entities import BY_NAME, Entity


@dataclass(frozen=True)
class ListQuery:
    """What a list shows. ``filters`` maps a column to a value or a list of values; besides columns it knows
    ``date_from``/``date_to`` (on the table's date column), and for id-list columns (``theme_ids``...) a value means
    "contains". ``sort`` names columns, ``-`` first for descending; a foreign-key column sorts by the referenced
    record's name. ``ranks`` gives, for a column whose values the reader sees as translated names (a country, a
    thematic area, an enum's label), its values in the order of those names in the reader's language: the column
    sorts by that order instead (the interface knows the names and the language's collation; the database does not).
    """

    search: str = ""
    filters: dict[str, Any] = field(default_factory=dict)
    sort: tuple[str, ...] | None = None
    ranks: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    offset: int = 0
    limit: int | None = None
    include_deleted: bool = False

    def with_(self, **changes) -> ListQuery:
        return replace(self, **changes)


@dataclass
class ResultPage:
    rows: list[Any]
    total: int


_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_match_expression(user_text: str) -> str | None:
    """User text -> an FTS5 query: every word must match as a prefix ("chik band" finds Chikondi Banda)."""
    words = _TOKEN.findall(user_text or "")
    if not words:
        return None
    return " AND ".join(f'"{w}"*' for w in words)


def fts_table(entity: Entity) -> str:
    """The SQLite full-text table of a searchable entity (kept by triggers, migrations 0001 and 0004)."""
    return f"{entity.name}_fts"


def filtered_select(entity: Entity, query: ListQuery, columns: list | None = None, *,
                    dialect: str = "sqlite") -> Select:
    table = entity.table
    stmt = select(*(columns if columns is not None else [table.c.id])).select_from(table)
    conditions: list[ColumnElement] = []
    if not query.include_deleted:
        conditions.append(table.c.deleted == False)  # noqa: E712 - SQL expression
    for key, value in query.filters.items():
        conditions.append(_condition(entity, key, value, dialect))
    if query.search:
        search = _search_condition(entity, query.search, dialect)
        if search is not None:
            conditions.append(search)
    if conditions:
        stmt = stmt.where(and_(*conditions))
    return stmt


def _condition(entity: Entity, key: str, value: Any, dialect: str) -> ColumnElement:
    table = entity.table
    if key in ("date_from", "date_to"):
        if not entity.date_column:
            raise ValueError(f"{entity.plural} have no date to filter on")
        column = table.c[entity.date_column]
        bound = value if isinstance(value, date) else date.fromisoformat(str(value))
        if key == "date_from":
            end_column = table.c.get("end_date")
            return (end_column if end_column is not None else column) >= bound
        return column <= bound
    if key == "enrolled_in" and entity.name == "participant":
        enrollment = BY_NAME["enrollment"].table
        return table.c.id.in_(
            select(enrollment.c.participant_id).where(
                enrollment.c.training_id == value, enrollment.c.deleted == False  # noqa: E712
            )
        )
    if key == "accreditation" and entity.name == "institution":  # computed: the latest review's status
        # imported here: a cycle (services.store.query -> services.programme.institutions -> ... -> services.store.qu...
        from app.services.programme.institutions import status_condition

        return status_condition(table, value)
    if entity.name == "recommendation" and key in ("sdg_goal", "sdg", "mechanism"):
        # imported here: a cycle (services.store.query -> services.programme.recommendation_search -> ... -> services...
        from app.services.programme.recommendation_search import extra_condition

        return extra_condition(entity, key, value, dialect)
    if key not in table.c:
        raise ValueError(f"{entity.plural} cannot be filtered by '{key}'")
    if key in ("country_id", "country_ids") and value is not None and has_coverage(table):
        # a country finds the records that cover it: national ones there, regional ones that list it (schema 0024)
        wanted = value if isinstance(value, (list, tuple, set)) else [value]
        return or_(*[covers_country(table, v) for v in wanted])
    column = table.c[key]
    if key in entity.list_columns:
        wanted = value if isinstance(value, (list, tuple, set)) else [value]
        return or_(*[_json_list_contains(column, v, dialect) for v in wanted])
    if isinstance(value, (list, tuple, set)):
        return column.in_(list(value))
    if value is None:
        return column.is_(None)
    return column == value


def _json_list_contains(column, value: str, dialect: str) -> ColumnElement:
    if dialect == "postgresql":
        from sqlalchemy import cast
        from sqlalchemy.dialects.postgresql import JSONB

        return cast(column, JSONB).contains([value])
    each = func.json_each(column).table_valued("value")
    return exists(select(literal_column("1")).select_from(each).where(each.c.value == value))


def postgres_search_expression(table_name: str, columns) -> str:
    """The indexed expression of migration 0004 (the query must spell it the same way to use the GIN index)."""
    joined = " || ' ' || ".join(f"coalesce({table_name}.{c}, '')" for c in columns)
    return f"to_tsvector('simple'::regconfig, fd_unaccent({joined}))"


def _search_condition(entity: Entity, user_text: str, dialect: str) -> ColumnElement | None:
    if not entity.search_columns:
        raise ValueError(f"{entity.plural} cannot be searched")
    if entity.name == "recommendation":  # paragraphs and SDG target codes too
        # imported here: a cycle (services.store.query -> services.programme.recommendation_search -> ... -> services...
        from app.services.programme.recommendation_search import search_condition

        return search_condition(entity, user_text, dialect)
    table = entity.table
    if dialect == "sqlite":
        match = fts_match_expression(user_text)
        if match is None:
            return None
        fts = fts_table(entity)
        return literal_column(f"{table.name}.rowid").in_(
            select(literal_column("rowid")).select_from(text(fts)).where(text(f"{fts} MATCH :q").bindparams(q=match))
        )
    words = _TOKEN.findall(user_text or "")
    if not words:
        return None
    query = " & ".join(f"{w}:*" for w in words)
    return text(f"{postgres_search_expression(table.name, entity.search_columns)} @@ "
                "to_tsquery('simple'::regconfig, fd_unaccent(:search_query))").bindparams(search_query=query)


def order_by(entity: Entity, sort: tuple[str, ...] | None, ranks: dict[str, tuple[Any, ...]] | None = None) -> list:
    table = entity.table
    clauses = []
    for key in sort or entity.default_sort:
        descending = key.startswith("-")
        name = key.lstrip("-")
        if name not in table.c:
            raise ValueError(f"{entity.plural} cannot be sorted by '{name}'")
        expr: Any = table.c[name]
        target_name = entity.foreign_keys.get(name)
        ranked = (ranks or {}).get(name)
        if ranked:  # the reader's order of the names shown; a value it does not know (or none) comes last
            expr = case({value: n for n, value in enumerate(ranked)}, value=table.c[name], else_=len(ranked))
        elif target_name:
            target = BY_NAME[target_name]
            display = target.table.c[target.display]
            expr = select(display).where(target.table.c.id == table.c[name]).scalar_subquery()
        clauses.append(expr.desc() if descending else expr.asc())
    clauses.append(table.c.id.asc())  # a stable order for equal keys
    return clauses
