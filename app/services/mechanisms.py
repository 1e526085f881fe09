"""The reference lists behind a recommendation's mechanism (treaty bodies, UPR cycles, SDG targets, affected
groups), read for pickers, imports and reports. They are read when a screen or a report needs them, not when the
profile opens (169 targets are more than the first screen should wait for)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.services.query import ListQuery

if TYPE_CHECKING:
    from app.services.core import FieldDesk

MECHANISM_TABLES = ("treaty_body", "upr_cycle", "sdg_target", "affected_group")


def mechanism_rows(fd: FieldDesk, table: str) -> list[dict]:
    """Live rows (id, code, name) of one list, in its own order."""
    return fd.service(table).matching_rows(ListQuery(), ["code", "name"])


def mechanism_choices(fd: FieldDesk) -> dict[str, list[tuple[str, str]]]:
    """table -> (id, label) as a picker shows them: "CCPR \u2013 Human Rights Committee", "16.3 Promote ..."."""
    out = {}
    for table in MECHANISM_TABLES:
        rows = mechanism_rows(fd, table)
        if table == "treaty_body":
            out[table] = [(r["id"], f"{r['code']} \u2013 {r['name']}") for r in rows]
        elif table == "sdg_target":
            out[table] = [(r["id"], f"{r['code']} {r['name']}") for r in rows]
        else:
            out[table] = [(r["id"], r["name"]) for r in rows]
    return out


def ids_by_code(fd: FieldDesk, table: str) -> dict[str, str]:
    """code (case-folded) -> id, for imports and command-line options."""
    return {r["code"].casefold(): r["id"] for r in mechanism_rows(fd, table)}
