"""The values of an incoming change pass the rules a form applies (the model's types, enums, lengths, bounds, date
order, consent for contact details), checked on the record as it would be after the change: a bundle is input like
any other, and one bad value stored here would break headquarters' exports and reports later.

Not checked here, because honest concurrent edits at two sites can break them and only people can settle them: rules
that read other records (unique codes, status flows, references to deleted records). ``fielddesk check`` reports those.
"""

from __future__ import annotations

import math
from functools import cache
from typing import Any

import pydantic
from pydantic import ValidationError

from app.models.validation import forbidden_character, is_long_text
from app.services.store.entities import BY_NAME, Entity
from app.services.store.wire import Change
from app.sync.rights import FieldName, RecordName, Refused
from app.vocabulary.problems import DATE_PARAMS, ProblemError, ProblemText, problem

MAX_NUMBER = 1e15  # above any amount (the forms stop at 10^12), score or count
MAX_AUTHOR = 120
MAX_AT = 32
# pydantic's kind of error (how its name starts) -> what a refusal says (``problem.sync.value.<code>``), in order
VALUE_PROBLEMS = (("missing", "required"), ("enum", "not_known"), ("string_too", "length"), ("string", "not_text"),
                  ("greater", "out_of_range"), ("less", "out_of_range"), ("date", "not_date"), ("int", "not_number"),
                  ("float", "not_number"), ("bool", "not_yes_no"))


def _has_control(value: Any, long_text: bool = False) -> bool:
    """Bidi overrides and isolates, C0/C1 controls and NUL: the one definition the forms and imports use
    (``app.models.validation``); tab and newline only in long text."""
    if isinstance(value, str):
        return forbidden_character(value, long_text=long_text) is not None
    if isinstance(value, list):
        return any(_has_control(v) for v in value)
    if isinstance(value, dict):
        return any(_has_control(k) or _has_control(v) for k, v in value.items())
    return False


@cache
def _long_texts(table_name: str) -> frozenset[str]:
    fields = BY_NAME[table_name].model.model_fields
    return frozenset(n for n, info in fields.items() if is_long_text(info))


def check_origin_text(entity: Entity, change: Change) -> None:
    """The author and time go into the change log as given: plain text that fits its column."""
    name = RecordName(entity.name, change.record_id)
    if not change.author.strip() or len(change.author) > MAX_AUTHOR or _has_control(change.author):
        raise Refused("invalid_value", problem("sync.refused.author", record=name), "author")
    if not change.at or len(change.at) > MAX_AT or _has_control(change.at):
        raise Refused("invalid_value", problem("sync.refused.time", record=name), "at")


@cache
def _checker(table_name: str) -> type[pydantic.BaseModel]:
    """The model's fields and validators on a plain pydantic model: the same rules, without building a mapped
    SQLAlchemy instance for every row (about 6 instead of 55 microseconds a record, on a bundle of 100,000)."""
    model = BY_NAME[table_name].model
    decorators = model.__pydantic_decorators__
    validators: dict[str, Any] = {
        name: pydantic.model_validator(mode=d.info.mode)(_unbound(d.func))
        for name, d in decorators.model_validators.items()}
    validators.update({name: pydantic.field_validator(*d.info.fields, mode=d.info.mode)(d.func)
                       for name, d in decorators.field_validators.items()})
    fields = {name: (info.annotation, info) for name, info in model.model_fields.items()}
    return pydantic.create_model(f"{model.__name__}Incoming", __validators__=validators, **fields)


def _unbound(func):
    """A "before" model validator is a classmethod, which pydantic keeps bound to the model: bind it again to the
    checker (a bound method passed as it is would be called with the validation info in place of the data)."""
    return classmethod(func.__func__) if hasattr(func, "__func__") else func


def checked_values(entity: Entity, change: Change, base: dict[str, Any]) -> dict[str, Any]:
    """``change.new`` in its canonical wire form, once the record ``base`` (wire values: the stored row, or the
    defaults for a new one) with the change applied passes the model's rules; raises Refused otherwise."""
    name = RecordName(entity.name, change.record_id)
    long_texts = _long_texts(entity.name)
    for column, value in change.new.items():
        if _has_control(value, column in long_texts):
            raise Refused("invalid_value", _of(name, "control_characters", FieldName(entity.name, column)), column)
    _check_plain_types(entity, change, name)
    candidate = {**base, **change.new, "id": change.record_id}
    try:
        instance = _checker(entity.name).model_validate(candidate)
    except ValidationError as exc:
        column, text = _first_problem(entity, exc)
        raise Refused("invalid_value", problem("sync.refused.value", problem=text, record=name), column) from None
    # The wire form (enum values, ISO dates) that the change log and the origin site use, serialised by pydantic.
    return instance.model_dump(mode="json", include=set(change.new))


def _of(record: RecordName, code: str, title) -> ProblemText:
    """What is wrong with one field of the record (``problem.sync.value.<code>``), and which record it is."""
    return problem("sync.refused.value", problem=problem(f"sync.value.{code}", title=title), record=record)


def _check_plain_types(entity: Entity, change: Change, name: RecordName) -> None:
    """What pydantic's lax mode would let through from a bundle: "yes" for a yes/no field (a form sends a real one),
    and numbers beyond any amount or count FieldDesk records (infinity, 2^64), which break reports and exports."""
    for column, value in change.new.items():
        if value is None:
            continue
        if _is_flag(entity, column) and not isinstance(value, bool):
            raise Refused("invalid_value", _of(name, "not_yes_no", FieldName(entity.name, column)), column)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and (
                not math.isfinite(value) or abs(value) > MAX_NUMBER):
            raise Refused("invalid_value", _of(name, "out_of_range", FieldName(entity.name, column)), column)


@cache
def _flags(table_name: str) -> frozenset[str]:
    fields = BY_NAME[table_name].model.model_fields
    return frozenset(n for n, info in fields.items() if info.annotation in (bool, bool | None))


def _is_flag(entity: Entity, column: str) -> bool:
    return column in _flags(entity.name)


def _first_problem(entity: Entity, exc: ValidationError) -> tuple[str, ProblemText]:
    """The field and a plain message for the first problem, without the offending value (messages are shown and
    logged; the value is in the kept change)."""
    err = exc.errors()[0]
    column = str(err["loc"][0]) if err.get("loc") else ""
    kind = err["type"]
    title = FieldName(entity.name, column) if column in entity.columns else RecordName(entity.name, "")
    if kind == "value_error":  # a model rule: its problem as data, told without the dates it names
        error = (err.get("ctx") or {}).get("error")
        if isinstance(error, ProblemError) and error.problems:
            column, found = error.problems[0]
            text = str(found)
            for name in DATE_PARAMS & found.params.keys():
                text = text.replace(f" {found.params[name]}", "")
            return column, ProblemText(text, found.code, {**found.params, **dict.fromkeys(
                DATE_PARAMS & found.params.keys(), "\u2026")})
    for starts, code in VALUE_PROBLEMS:
        if kind.startswith(starts) or (code == "required" and err.get("input") is None):
            return column, problem(f"sync.value.{code}", title=title)
    return column, problem("sync.value.invalid", title=title)
