"""Conversion between Python values and their wire form (JSON-ready: ISO dates, enum values), used by the change
log, bundles and the JSON export alike so a value has one representation everywhere."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any

from app.services.store.entities import Entity


def to_wire(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [to_wire(v) for v in value]
    if isinstance(value, list):
        return [to_wire(v) for v in value]
    return value


def row_to_wire(row: dict[str, Any]) -> dict[str, Any]:
    return {k: to_wire(v) for k, v in row.items()}


def from_wire(entity: Entity, column: str, value: Any) -> Any:
    """The value to bind into SQL for ``column`` (dates back to ``date``; everything else as is)."""
    if value is not None and isinstance(value, str) and column in entity.date_columns:
        return date.fromisoformat(value)
    return value


def row_from_wire(entity: Entity, row: dict[str, Any]) -> dict[str, Any]:
    return {k: from_wire(entity, k, v) for k, v in row.items()}
