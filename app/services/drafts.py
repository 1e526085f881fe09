"""Checking an unsaved record while it is typed: the whole record when a form opens and when it is saved, and in
between only the field being typed in, so that a key press costs that field's checks (its type, limits and
characters) and the record's rules that relate its fields (an end before the start), not a validation of every
field of the record. A form shows the same messages either way. No Qt here."""

from __future__ import annotations

from functools import cache
from typing import Annotated, Any

from pydantic import TypeAdapter, ValidationError

from app.models.base import SharedRecord, text_problem
from app.services.entities import BY_NAME
from app.services.lookups import draft_problems, without_missing
from app.services.validate import _message, model_rules
from app.vocabulary.problems import ProblemError, problem


class DraftChecks:
    """The problems of one unsaved record of ``table`` (``fixed``: the values the form does not show, such as the
    parent's id), kept field by field. ``whole(values)`` checks everything (as saving does); ``field(values, key)``
    checks again what a change of ``key`` can change. Counts of each kind are kept (``whole_checks``,
    ``field_checks``): they show what typing costs."""

    def __init__(self, table: str, fixed: dict[str, Any] | None = None):
        self.table = table
        self.entity = BY_NAME[table]
        self.model = self.entity.model
        self.fixed = dict(fixed or {})
        self.own: dict[str, str] = {}  # field -> what is wrong with its value on its own
        self.valid: dict[str, Any] = {}  # field -> its value as the record holds it, for the rules
        self.found: dict[str, str] = {}
        self.whole_checks = 0
        self.field_checks = 0
        # a rule that rewrites the input before the fields are read cannot be run on one field: check it all
        self.by_field = not any(d.info.mode == "before" for d in
                                self.model.__pydantic_decorators__.model_validators.values())

    def whole(self, values: dict[str, Any]) -> dict[str, str]:
        """Every check of the record: each field's own and every rule (what ``draft_problems`` says, every rule's
        problems at once). Made with pydantic alone: validating the table's model would make SQLAlchemy configure
        every mapper of the profile on the first use in a process (about 0.1 s of the interface's thread), for an
        instance nobody keeps. The services check the record again when it is written."""
        self.whole_checks += 1
        data = {**self.fixed, **values}
        if not self.by_field:
            self.found = draft_problems(self.table, data)
            return dict(self.found)
        self.own, self.valid = {}, {}
        for key in self.model.model_fields:
            self._check_own(key, data)
        return self._combined()

    def field(self, values: dict[str, Any], key: str) -> dict[str, str]:
        """The problems after ``key`` changed: that field's own checks, and the record's rules."""
        if not self.by_field:
            return self.whole(values)
        self.field_checks += 1
        self._check_own(key, {**self.fixed, **values})
        return self._combined()

    def _combined(self) -> dict[str, str]:
        found = dict(self.own)
        for name, message in self._rules().items():
            found.setdefault(name, message)
        self.found = found
        return dict(found)

    def _check_own(self, key: str, data: dict[str, Any]) -> None:
        self.own.pop(key, None)
        self.valid.pop(key, None)
        info = self.model.model_fields.get(key)
        if info is None or key in _SYSTEM:
            return
        present = without_missing(self.table, {key: data[key]}) if key in data else {}
        if key not in present:
            if info.is_required():
                self.own[key] = problem("required", title=self.entity.field_title(key))
            else:
                self.valid[key] = info.get_default(call_default_factory=True)
            return
        try:
            value = _adapter(self.model, key).validate_python(present[key])
        except ValidationError as exc:
            self.own[key] = _first_message(self.entity, key, exc)
            return
        message = text_problem(self.model, key, value)
        if message:
            self.own[key] = message
            return
        self.valid[key] = value

    def _rules(self) -> dict[str, str]:
        """The record's rules on the fields that are right (a rule that reads a wrong one waits until it is right)."""
        draft = _draft_class(self.model)()
        draft.__dict__.update(self.valid)
        found: dict[str, str] = {}
        for rule in model_rules(self.model):
            try:
                rule(draft)
            except ProblemError as error:
                for name, text in error.problems:
                    if name not in self.own:
                        found.setdefault(name, text)
            except (AttributeError, TypeError, ValueError):
                continue
        return found


_SYSTEM = set(SharedRecord.model_fields)


def _first_message(entity, key: str, exc: ValidationError) -> str:
    err = exc.errors()[0]
    error = (err.get("ctx") or {}).get("error")
    if err["type"] == "value_error" and isinstance(error, ProblemError):
        return next((text for _name, text in error.problems), str(error))
    return _message(entity, key, err)


@cache
def _adapter(model: type, name: str) -> TypeAdapter:
    info = model.model_fields[name]
    return TypeAdapter(Annotated[(info.annotation, *info.metadata)] if info.metadata else info.annotation)


@cache
def _draft_class(model: type) -> type:
    return type(f"{model.__name__}Typed", (), {"model_fields": model.model_fields})
