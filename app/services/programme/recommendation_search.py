"""What the recommendations list's search box and filters know beyond the table's columns.

The search finds a recommendation by its text, target institution, document symbol and mandate (the full-text
index) and also by its paragraph and its SDG target codes: every word typed must match one of them, so
"CAT/C/MWI/CO/1 12" finds paragraph 12 of that document and "16.3" the recommendations that name target 16.3. The
markers of a paragraph ("para.", "§", "¶") are left out. ``sdg_goal`` filters by a goal (1 to 17): the
recommendations that name one of its targets."""

from __future__ import annotations

import re

from sqlalchemy import and_, func, literal_column, or_, select, text
from sqlalchemy.sql.elements import ColumnElement

from app.models.ids import reference_id
from app.services.store.mechanisms import mechanism_choices
from app.services.store.query import (
    _TOKEN,
    ListQuery,
    _json_list_contains,
    fts_match_expression,
    fts_table,
    postgres_search_expression,
)
from app.vocabulary.mechanism_lists import SDG_TARGETS

PARAGRAPH_MARKERS = {"para.", "para", "paras.", "par.", "§", "¶", "párr.", "п."}
TARGET_CODE = re.compile(r"^\d{1,2}\.[0-9a-z]{1,2}$", re.IGNORECASE)
EXTRA_FILTERS = ("sdg_goal", "sdg", "mechanism")


def target_ids_of_goal(goal: int) -> list[str]:
    return [reference_id("sdg_target", code) for code, _ in SDG_TARGETS if code.split(".")[0] == str(goal)]


def extra_condition(entity, key: str, value, dialect: str) -> ColumnElement:
    """``sdg_goal`` (a goal, 1 to 17); ``sdg`` ("goal:16" or "target:<id>") and ``mechanism`` ("treaty_body:<id>",
    "upr_cycle:<id>", "mandate:<text>"), the list's two drop-downs that each stand for several columns."""
    table = entity.table
    if key == "mechanism":
        kind, _, wanted = str(value).partition(":")
        if kind == "treaty_body":
            return and_(table.c.source == "treaty_body", table.c.treaty_body_id == wanted)
        if kind == "upr_cycle":
            return and_(table.c.source == "upr", table.c.upr_cycle_id == wanted)
        if kind == "mandate":
            return and_(table.c.source == "special_procedure", func.trim(table.c.mandate) == wanted)
        raise ValueError(f"'{value}' is not a mechanism (treaty_body:ID, upr_cycle:ID or mandate:TEXT)")
    if key == "sdg":
        kind, _, wanted = str(value).partition(":")
        if kind == "target":
            return _json_list_contains(table.c.sdg_target_ids, wanted, dialect)
        if kind != "goal":
            raise ValueError(f"'{value}' is not an SDG goal or target (goal:16 or target:ID)")
        value = wanted
    try:
        goal = int(value)
    except (TypeError, ValueError):
        raise ValueError(f"'{value}' is not a Sustainable Development Goal (1 to 17)") from None
    column = table.c.sdg_target_ids
    return or_(*[_json_list_contains(column, t, dialect) for t in target_ids_of_goal(goal)] or [text("1 = 0")])


def _words(user_text: str) -> list[str]:
    words = [w.strip(",;:") for w in (user_text or "").split()]
    return [w for w in words if w and w.casefold() not in PARAGRAPH_MARKERS]


def _word_matches(entity, word: str, n: int, dialect: str) -> ColumnElement | None:
    """The full-text index's match of one word (each word has its own parameter: one statement holds them all)."""
    table = entity.table
    if dialect == "sqlite":
        match = fts_match_expression(word)
        if match is None:
            return None
        fts = fts_table(entity)
        return literal_column(f"{table.name}.rowid").in_(
            select(literal_column("rowid")).select_from(text(fts))
            .where(text(f"{fts} MATCH :rec_q{n}").bindparams(**{f"rec_q{n}": match})))
    tokens = _TOKEN.findall(word)
    if not tokens:
        return None
    query = " & ".join(f"{w}:*" for w in tokens)
    return text(f"{postgres_search_expression(table.name, entity.search_columns)} @@ "
                f"to_tsquery('simple'::regconfig, fd_unaccent(:rec_q{n}))").bindparams(**{f"rec_q{n}": query})


def search_condition(entity, user_text: str, dialect: str) -> ColumnElement | None:
    table = entity.table
    conditions = []
    for n, word in enumerate(_words(user_text)):
        either = []
        by_text = _word_matches(entity, word, n, dialect)
        if by_text is not None:
            either.append(by_text)
        either.append(func.lower(table.c.paragraph) == word.rstrip(".").casefold())
        if "/" in word:  # a document symbol: PostgreSQL's parser keeps "CAT/C/MWI/CO/1" whole, as a path
            prefix = word.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            either.append(func.lower(table.c.document_symbol).like(prefix + "%", escape="\\"))
        if TARGET_CODE.match(word):
            either.append(_json_list_contains(table.c.sdg_target_ids, reference_id("sdg_target", word), dialect))
        conditions.append(or_(*either))
    if not conditions:
        return None
    return and_(*conditions) if len(conditions) > 1 else conditions[0]


def filter_choices(fd, lang: str = "en") -> dict[str, list[tuple[str, str]]]:
    """The recommendations list's mechanism filters: treaty bodies, UPR cycles, SDG targets and affected groups as
    pickers show them, and the special procedures' mandates recorded so far."""
    out = mechanism_choices(fd, lang)
    rows = fd.recommendations.matching_rows(ListQuery(filters={"source": "special_procedure"}), ["mandate"])
    out["mandate"] = [(m, m) for m in sorted({r["mandate"].strip() for r in rows if r["mandate"].strip()},
                                             key=str.casefold)]
    return out
