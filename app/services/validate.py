"""Turning a caller's dict into a valid row, with messages that name the field and say what is wrong."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Connection, select

from app.models.base import SYSTEM_FIELDS
from app.models.validation import FieldProblem, ValidationFailed
from app.services.entities import BY_NAME, Entity

_SYSTEM_PLACEHOLDERS = {
    "id": "00000000-0000-0000-0000-000000000000",
    "owner_office": "-",
    "created_at": "-",
    "created_by": "-",
    "updated_at": "-",
    "updated_by": "-",
    "deleted": False,
}


def check_known_fields(entity: Entity, data: dict[str, Any], *, allow_system: bool = False) -> None:
    known = set(entity.columns)
    unknown = sorted(k for k in data if k not in known)
    problems = [FieldProblem(k, f"{entity.label} has no field '{k}'.") for k in unknown]
    if not allow_system:
        problems += [
            FieldProblem(k, f"'{k}' is kept by FieldDesk and cannot be set directly.")
            for k in sorted(data)
            if k in SYSTEM_FIELDS and k != "id"
        ]
    if problems:
        raise ValidationFailed(entity.label, problems)


def validated_row(entity: Entity, data: dict[str, Any]) -> dict[str, Any]:
    """Validate ``data`` (data columns, system columns optional) against the model; return SQL-ready values."""
    candidate = {**_SYSTEM_PLACEHOLDERS, **{k: v for k, v in data.items() if v is not None or k not in SYSTEM_FIELDS}}
    try:
        instance = entity.model.model_validate(candidate)
    except ValidationError as exc:
        raise ValidationFailed(entity.label, problems_from(entity, exc)) from None
    row = {}
    for column in entity.columns:
        value = getattr(instance, column)
        if isinstance(value, Enum):
            value = value.value
        elif isinstance(value, list):
            value = [v.value if isinstance(v, Enum) else v for v in value]
        row[column] = value
    for key in SYSTEM_FIELDS:
        if key not in data or data[key] is None:
            row.pop(key, None)
    return row


def problems_from(entity: Entity, exc: ValidationError) -> list[FieldProblem]:
    problems = []
    for err in exc.errors():
        column = str(err["loc"][0]) if err.get("loc") else ""
        message = _message(entity, column, err)
        if "|" in message:
            column, message = message.split("|", 1)
        problems.append(FieldProblem(column, message))
    return problems


def _message(entity: Entity, column: str, err: dict[str, Any]) -> str:
    kind = err["type"]
    ctx = err.get("ctx") or {}
    title = entity.field_title(column) if column else entity.label
    if kind == "value_error":
        text = str(ctx.get("error") or err["msg"]).removeprefix("Value error, ")
        return text
    if kind == "missing" or (kind == "string_too_short" and ctx.get("min_length") == 1) or (
            kind.endswith("_type") and err.get("input") is None):
        return f"{title} is required."
    if kind == "string_too_short":
        return f"{title} must have at least {ctx.get('min_length')} characters."
    if kind == "string_too_long":
        return f"{title} must have at most {ctx.get('max_length')} characters."
    if kind == "enum":
        enum = entity.enum_of(column)
        allowed = ", ".join(f"{m.value} ({m.label})" for m in enum) if enum else ctx.get("expected", "")
        return f"{title}: '{err.get('input')}' is not one of the known values: {allowed}."
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        low, high = _bounds(entity, column)
        if low is not None and high is not None:
            return f"{title} must be between {low:g} and {high:g}; '{err.get('input')}' is not."
        if low is not None:
            return f"{title} must be at least {low:g}."
        return f"{title} must be at most {high:g}."
    if kind.startswith("date"):
        return f"{title}: '{err.get('input')}' is not a date; write it as YYYY-MM-DD."
    if kind in ("int_parsing", "float_parsing", "int_from_float", "int_type", "float_type"):
        return f"{title}: '{err.get('input')}' is not a number."
    if kind in ("bool_parsing", "bool_type"):
        return f"{title}: '{err.get('input')}' is not yes or no."
    return f"{title}: {err['msg']}."


def _bounds(entity: Entity, column: str) -> tuple[float | None, float | None]:
    info = entity.model.model_fields.get(column)
    low = high = None
    for meta in getattr(info, "metadata", []) if info else []:
        low = getattr(meta, "ge", low) if getattr(meta, "ge", None) is not None else low
        high = getattr(meta, "le", high) if getattr(meta, "le", None) is not None else high
    return low, high


def check_references(conn: Connection, entity: Entity, rows: Iterable[dict[str, Any]], columns: set[str] | None = None) -> None:
    """Every foreign key and id list points at a live record; otherwise a message names the field and the id."""
    rows = list(rows)
    problems: list[FieldProblem] = []
    refs = {**entity.foreign_keys, **entity.list_columns}
    for column, target_name in refs.items():
        if columns is not None and column not in columns:
            continue
        wanted: set[str] = set()
        for row in rows:
            value = row.get(column)
            if value is None:
                continue
            wanted.update(value if isinstance(value, list) else [value])
        if not wanted:
            continue
        target = BY_NAME[target_name]
        state = live_state(conn, target_name, wanted)
        for ref in sorted(wanted):
            if ref not in state:
                problems.append(FieldProblem(column, f"{entity.field_title(column)}: there is no {target.label.lower()} with id {ref}."))
            elif state[ref]:
                problems.append(FieldProblem(column, f"{entity.field_title(column)}: the {target.label.lower()} {ref} was deleted."))
    if problems:
        raise ValidationFailed(entity.label, problems)


def live_state(conn: Connection, table_name: str, ids: Iterable[str]) -> dict[str, bool]:
    """id -> deleted flag, for those of ``ids`` that exist in ``table_name``."""
    table = BY_NAME[table_name].table
    ids = list(ids)
    found: dict[str, bool] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for rid, deleted in conn.execute(select(table.c.id, table.c.deleted).where(table.c.id.in_(chunk))):
            found[rid] = bool(deleted)
    return found
