"""Validation shared by the models, and the conversion of pydantic's errors into messages a user can act on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


class DateOrderError(ValueError):
    """End date before start date (raised inside model validators, reported on the end date field)."""


def check_date_order(start: date | None, end: date | None, *, end_field: str = "end_date") -> None:
    if start and end and end < start:
        raise DateOrderError(f"{end_field}|The end date {end.isoformat()} is before the start date {start.isoformat()}.")


@dataclass(frozen=True)
class FieldProblem:
    field: str  # column name, or "" for the record as a whole
    message: str

    def __str__(self) -> str:
        return self.message


class ValidationFailed(ValueError):
    """A record failed validation; ``problems`` name each field and what is wrong with it."""

    def __init__(self, entity_label: str, problems: list[FieldProblem]):
        self.entity_label = entity_label
        self.problems = problems
        detail = " ".join(p.message if p.message.endswith(".") else p.message + "." for p in problems)
        super().__init__(f"{entity_label} not saved: {detail}")

    def by_field(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for p in self.problems:
            out.setdefault(p.field, p.message)
        return out
