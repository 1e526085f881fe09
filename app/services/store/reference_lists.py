"""The reference lists headquarters extends: thematic areas, stakeholder types (the trainings' target groups are
chosen from them) and the mechanism lists a recommendation names (treaty bodies, UPR cycles, affected groups).

Headquarters adds an entry (a code, kept for good, its English name, its names in the other five languages, its
place in the list), renames and translates it, and retires it instead of deleting it: records point to an entry by
id, so an entry never vanishes from under them. The entries are programme reference data (owner ``*``), so they
reach every office in the next bundle like the priority criteria, and every site knows a code by the same id
(``reference_id``, as the seeded entries). No Qt here."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from app.models.ids import reference_id
from app.models.validation import FieldProblem, ValidationFailed
from app.services.errors import NotAllowed
from app.services.store.entities import BY_NAME
from app.services.store.query import ListQuery
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk

# In the order a headquarters user finds them (schema 0017 gave these tables ``names`` and ``retired``).
EXTENDABLE_LISTS = ("thematic_area", "stakeholder_type", "affected_group", "treaty_body", "upr_cycle")
ENTRY_COLUMNS = ["code", "name", "names", "sort_order", "retired"]
EDITABLE = frozenset({"name", "names", "sort_order", "retired"})


def _check_list(table: str) -> None:
    if table not in EXTENDABLE_LISTS:
        raise NotAllowed(problem("reference.not_extendable", table=table, lists=", ".join(EXTENDABLE_LISTS)))


def entries(fd: FieldDesk, table: str) -> list[dict[str, Any]]:
    """Every entry of one list, retired ones too, in the list's order."""
    _check_list(table)
    return fd.service(table).matching_rows(ListQuery(sort=("sort_order", "code")), ENTRY_COLUMNS)


def add_entry(fd: FieldDesk, table: str, code: str, name: str, names: dict[str, str] | None = None,
              sort_order: int | None = None) -> str:
    """A new entry (headquarters only); its id is made from its code, so the same code is one entry everywhere.
    A code already used (by a live, retired or deleted entry, in any letter case) is refused."""
    _check_list(table)
    entity = BY_NAME[table]
    code = (code or "").strip()
    service = fd.service(table)
    with fd.reading() as conn:
        used = conn.execute(select(entity.table.c.code).where(
            func.upper(entity.table.c.code) == code.upper())).scalar() if code else None
        last = conn.execute(select(func.max(entity.table.c.sort_order))).scalar()
    if used is not None:
        title = entity.field_title("code")
        raise ValidationFailed(entity.label, [FieldProblem("code", problem(
            "already_used", f"{title} '{used}' is already used by another {entity.label.lower()}.",
            title=title, value=used))])
    data = {"code": code, "name": name, "names": dict(names or {}),
            "sort_order": (last or 0) + 1 if sort_order is None else sort_order}
    if code:
        data["id"] = reference_id(table, code)
    return service.create(data)


def edit_entry(fd: FieldDesk, table: str, entry_id: str, changes: dict[str, Any],
               base: dict[str, Any] | None = None) -> bool:
    """Rename, translate, reorder, retire or bring back an entry (headquarters only). Its code is kept."""
    _check_list(table)
    entity = BY_NAME[table]
    other = sorted(set(changes) - EDITABLE)
    if other:
        raise ValidationFailed(entity.label, [FieldProblem(column, problem(
            "reference.code_kept", title=entity.field_title(column))) for column in other])
    return fd.service(table).update(entry_id, dict(changes), base=base)
