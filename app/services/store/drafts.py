"""Checking an unsaved record while it is typed: the whole record when a form opens and when it is saved, and in
between only the field being typed in, so that a key press costs that field's checks (its type, limits and
characters) and the record's rules that relate its fields (an end before the start), not a validation of every
field of the record. A form shows the same messages either way. No Qt here."""

from __future__ import annotations

from functools import cache
from typing import Annotated, Any

from pydantic import TypeAdapter, ValidationError

from app.models.base import SharedRecord, text_problem
from app.services.store.entities import BY_NAME
from app.services.store.lookups import draft_problems, without_missing
from app.services.store.validate import _message, model_rules
from app.vocabulary.problems import ProblemError, problem


class DraftChecks:
    """The problems of one unsaved record of ``table`` (``fixed``: the values the form does not show, such as the
    parent's id), kept field by field. ``whole(values)`` checks everything (as saving does); ``field(values, key)``
    checks again what a change of ``key`` can change. Counts of each kind are kept (``whole_checks``,
    ``field_checks``): they show what typing costs."""

    def __init__(self, table: str, fixed: dict[str, Any] | None = None):
        self.table = table
        self.entity = BY_NAME[table]
        self.fixed = dict(fixed or {})
        self.own: dict[str, str] = {}  # field -> what is wrong with its value on its own
        self.valid: dict[str, Any] = {}  # field -> its value as the record holds it, for the rules
        self.found: dict[str, str] = {}
        self.whole_checks = 0
        self.field_checks = 0
        self._checked: dict[str, Any] | None = None  # the values last checked

    @property
    def model(self) -> type:
        """The table's model, declared when first checked (not when a form that may never be typed in is made)."""
        return self.entity.model

    @property
    def by_field(self) -> bool:
        """Whether a field can be checked alone: a rule that rewrites the input before the fields are read (the
        Fund's) cannot be run on one field, such a record is checked whole."""
        return _by_field(self.model)

    def check(self, values: dict[str, Any]) -> dict[str, str]:
        """What is wrong with ``values``, checking only what changed since the last check: nothing when nothing
        did (a form asks several times about one state), the field when one did (a key press), else everything."""
        data = {**self.fixed, **values}
        if self._checked is not None:
            changed = [k for k in data.keys() | self._checked.keys()
                       if data.get(k, _ABSENT) != self._checked.get(k, _ABSENT)]
            if not changed:
                return dict(self.found)
            if len(changed) == 1 and self.by_field:
                return self.field(values, changed[0])
        return self.whole(values)

    def whole(self, values: dict[str, Any]) -> dict[str, str]:
        """Every check of the record: each field's own and every rule (what ``draft_problems`` says, every rule's
        problems at once). Made with pydantic alone: validating the table's model would make SQLAlchemy configure
        every mapper of the profile on the first use in a process (about 0.1 s of the interface's thread), for an
        instance nobody keeps. The services check the record again when it is written."""
        self.whole_checks += 1
        data = {**self.fixed, **values}
        self._checked = data
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
        data = {**self.fixed, **values}
        self._checked = data
        self._check_own(key, data)
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
            except ValueError as error:
                if not self.own and not found:  # a rule's plain refusal, on a record otherwise right: as saving
                    found[""] = str(error)      # says it (for the record as a whole)
            except (AttributeError, TypeError):
                continue  # the rule reads a field that is wrong: it speaks once that field is right
        return found


_SYSTEM = set(SharedRecord.model_fields)
_ABSENT = object()


def _first_message(entity, key: str, exc: ValidationError) -> str:
    err = exc.errors()[0]
    error = (err.get("ctx") or {}).get("error")
    if err["type"] == "value_error" and isinstance(error, ProblemError):
        return next((text for _name, text in error.problems), str(error))
    return _message(entity, key, err)


@cache
def _by_field(model: type) -> bool:
    return not any(d.info.mode == "before" for d in model.__pydantic_decorators__.model_validators.values())


@cache
def _adapter(model: type, name: str) -> TypeAdapter:
    info = model.model_fields[name]
    return TypeAdapter(Annotated[(info.annotation, *info.metadata)] if info.metadata else info.annotation)


@cache
def _draft_class(model: type) -> type:
    return type(f"{model.__name__}Typed", (), {"model_fields": model.model_fields})
