"""Turning a caller's dict into a valid row, with messages that name the field and say what is wrong."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from functools import cache
from typing import Any

from pydantic import TypeAdapter, ValidationError
from sqlalchemy import Connection, select

from app.models.base import SYSTEM_FIELDS
from app.models.validation import FieldProblem, ValidationFailed
from app.services.store.entities import BY_NAME, Entity
from app.vocabulary.problems import ProblemError, ProblemText, problem

_SYSTEM_PLACEHOLDERS = {**dict.fromkeys(SYSTEM_FIELDS, "-"), "id": "00000000-0000-0000-0000-000000000000",
                        "deleted": False}


def check_known_fields(entity: Entity, data: dict[str, Any], *, allow_system: bool = False) -> None:
    known = set(entity.columns)
    unknown = sorted(k for k in data if k not in known)
    problems = [FieldProblem(k, problem("unknown_field", entity=entity.label, name=k)) for k in unknown]
    if not allow_system:
        problems += [
            FieldProblem(k, problem("system_field", name=k))
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
        problems = problems_from(entity, exc)
        raise ValidationFailed(entity.label, problems + _rule_problems(entity, candidate, problems)) from None
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
        error = (err.get("ctx") or {}).get("error")
        if err["type"] == "value_error" and isinstance(error, ProblemError):  # a model's rule, as data
            problems += [FieldProblem(field, text) for field, text in error.problems]
            continue
        problems.append(FieldProblem(column, _message(entity, column, err)))
    return problems


def _rule_problems(entity: Entity, candidate: dict[str, Any], found: list[FieldProblem]) -> list[FieldProblem]:
    """What the record's own rules (its "after" validators) say about the fields that are valid, when other
    fields are not: pydantic runs those rules only once every field passes, so a form would otherwise show its
    problems one layer at a time (fix the name, then learn about the e-mail address). A rule that needs a field
    that failed is left until that field is right."""
    model = entity.model
    rules = [d.func for d in model.__pydantic_decorators__.model_validators.values() if d.info.mode == "after"]
    failed = {p.field for p in found}
    if not rules or "" in failed:
        return []
    values = {}
    for name, info in model.model_fields.items():
        if name in failed or name not in candidate:
            continue
        try:
            values[name] = _adapter(model, name, info.annotation).validate_python(candidate[name])
        except ValidationError:
            return []  # cannot happen for a field that passed; judge nothing rather than guess
    draft = _draft_class(model)()
    for name, info in model.model_fields.items():
        if name not in values and name not in failed and not info.is_required():
            values[name] = info.get_default(call_default_factory=True)
    draft.__dict__.update(values)
    problems = []
    for rule in rules:
        try:
            rule(draft)
        except ProblemError as error:
            problems += [FieldProblem(f, text) for f, text in error.problems if f not in failed]
        except (AttributeError, TypeError, ValueError):
            continue  # the rule reads a field that is missing or wrong: it speaks once that field is right
    return problems


@cache
def model_rules(model: type) -> tuple:
    """The record's own rules that relate its fields (its "after" validators), without the one every record shares
    on the characters of its text (checked field by field by ``app.models.base.text_problem``)."""
    return tuple(d.func for d in model.__pydantic_decorators__.model_validators.values()
                 if d.info.mode == "after" and not d.func.__qualname__.startswith("SharedRecord."))


@cache
def _draft_class(model: type) -> type:
    """A stand-in for a record the rules can read (its fields as attributes, ``model_fields`` on its type): the
    table models themselves cannot be built half-valid, SQLAlchemy guards their attributes."""
    return type(f"{model.__name__}Draft", (), {"model_fields": model.model_fields})


@cache
def _adapter(model: type, name: str, annotation: Any) -> TypeAdapter:
    return TypeAdapter(annotation)


def _message(entity: Entity, column: str, err: dict[str, Any]) -> str:
    kind = err["type"]
    ctx = err.get("ctx") or {}
    title = entity.field_title(column) if column else entity.label
    given = err.get("input")
    said = getattr(ctx.get("error"), "args", None)
    if kind == "value_error" and said and isinstance(said[0], ProblemText):  # a rule raised ValueError(problem(...))
        return said[0]
    if kind == "missing" or (kind == "string_too_short" and ctx.get("min_length") == 1) or (
            kind.endswith("_type") and given is None):
        return problem("required", title=title)
    if kind == "string_too_short":
        return problem("too_short", title=title, min=ctx.get("min_length"))
    if kind == "string_too_long":
        return problem("too_long", title=title, max=ctx.get("max_length"))
    if kind == "enum":
        enum = entity.enum_of(column)
        allowed = ", ".join(f"{m.value} ({m.label})" for m in enum) if enum else ctx.get("expected", "")
        return problem("not_known_value", f"{title}: '{given}' is not one of the known values: {allowed}.",
                       title=title, input=given)
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        low, high = _bounds(entity, column)
        if low is not None and high is not None:
            return problem("between", f"{title} must be between {low:g} and {high:g}; '{given}' is not.",
                           title=title, low=f"{low:g}", high=f"{high:g}", input=given)
        if low is not None:
            return problem("at_least", title=title, low=f"{low:g}")
        return problem("at_most", title=title, high=f"{high:g}")
    if kind.startswith("date"):
        return problem("not_a_date", f"{title}: '{given}' is not a date; write it as YYYY-MM-DD.", title=title,
                       input=given)
    if kind in ("int_parsing", "float_parsing", "int_from_float", "int_type", "float_type"):
        return problem("not_a_number", f"{title}: '{given}' is not a number.", title=title, input=given)
    if kind in ("bool_parsing", "bool_type"):
        return problem("not_yes_no", f"{title}: '{given}' is not yes or no.", title=title, input=given)
    # pydantic's own sentence (err["msg"]) is English: the reader is told which field, in their language
    return problem("invalid_value", title=title)


def _bounds(entity: Entity, column: str) -> tuple[float | None, float | None]:
    info = entity.model.model_fields.get(column)
    low = high = None
    for meta in getattr(info, "metadata", []) if info else []:
        low = getattr(meta, "ge", low) if getattr(meta, "ge", None) is not None else low
        high = getattr(meta, "le", high) if getattr(meta, "le", None) is not None else high
    return low, high


def check_references(conn: Connection, entity: Entity, rows: Iterable[dict[str, Any]],
                     columns: set[str] | None = None) -> None:
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
                problems.append(FieldProblem(column, problem("no_such_record", title=entity.field_title(column),
                                                             entity=target.label.lower(), id=ref)))
            elif state[ref]:
                problems.append(FieldProblem(column, problem("record_deleted", title=entity.field_title(column),
                                                             entity=target.label.lower(), id=ref)))
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
