"""The reference lists behind a recommendation's mechanism (treaty bodies, UPR cycles, SDG targets, affected
groups), read for pickers, imports and reports. They are read when a screen or a report needs them, not when the
profile opens (169 targets are more than the first screen should wait for)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.services.store.query import ListQuery
from app.vocabulary import reference_name

if TYPE_CHECKING:
    from app.services.core import FieldDesk

MECHANISM_TABLES = ("treaty_body", "upr_cycle", "sdg_target", "affected_group")


def mechanism_rows(fd: FieldDesk, table: str) -> list[dict]:
    """Live rows (id, code, name, and names and retired where the list has them) of one list, in its own order."""
    columns = ["code", "name"] if table == "sdg_target" else ["code", "name", "names", "retired"]
    return fd.service(table).matching_rows(ListQuery(), columns)


def mechanism_choices(fd: FieldDesk, lang: str = "en") -> dict[str, list[tuple[str, str]]]:
    """table -> (id, label) as a picker shows them, in ``lang``: "CCPR – Human Rights Committee", "16.3 Promote
    ...". Retired entries come last (a recommendation that names one still shows it)."""
    out = {}
    for table in MECHANISM_TABLES:
        rows = sorted(mechanism_rows(fd, table), key=lambda r: bool(r.get("retired")))
        if table == "sdg_target":
            out[table] = [(r["id"], f"{r['code']} {r['name']}") for r in rows]
            continue
        named = [(r, reference_name(table, r["code"], r["name"], lang, r.get("names"))) for r in rows]
        if table == "treaty_body":
            out[table] = [(r["id"], f"{r['code']} – {name}") for r, name in named]
        else:
            out[table] = [(r["id"], name) for r, name in named]
    return out


def ids_by_code(fd: FieldDesk, table: str) -> dict[str, str]:
    """code (case-folded) -> id, for imports and command-line options."""
    return {r["code"].casefold(): r["id"] for r in mechanism_rows(fd, table)}
