"""A typed registry of the GUI's settings over ``QSettings`` (after Picard's ``options.py``).

Every setting is declared once, with its type and default (``options.py``). Values are stored as JSON text, so a
list of one string or an empty list comes back as what was stored on every platform (QSettings' own conversions
differ between its back ends). A value of the wrong type, or text that is not JSON, reads as the default: a damaged
settings file never stops the application.

There is no global configuration object: a ``Settings`` is made at start and passed to whoever needs it, so tests
give each window its own settings file.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QSettings

T = TypeVar("T")

SETTINGS_VERSION = 1


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T
    kind: type

    def accepts(self, value: Any) -> bool:
        if self.kind is float:
            return isinstance(value, (int, float)) and not isinstance(value, bool)
        return isinstance(value, self.kind) and not (self.kind is int and isinstance(value, bool))


def text_option(key: str, default: str = "") -> Option[str]:
    return Option(key, default, str)


def bool_option(key: str, default: bool = False) -> Option[bool]:
    return Option(key, default, bool)


def int_option(key: str, default: int = 0) -> Option[int]:
    return Option(key, default, int)


def list_option(key: str, default: list | None = None) -> Option[list]:
    return Option(key, list(default or []), list)


@dataclass(frozen=True)
class OptionFamily(Generic[T]):
    """Options that share a type and differ by a name (``lists/{}/hidden`` for each list)."""

    pattern: str
    default: T
    kind: type

    def __call__(self, name: str) -> Option[T]:
        return Option(self.pattern.format(name), _copy(self.default), self.kind)


class Settings:
    def __init__(self, store: QSettings):
        self.store = store
        self._upgrade()

    @classmethod
    def for_user(cls) -> Settings:
        return cls(QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "FieldDesk", "FieldDesk"))

    @classmethod
    def in_file(cls, path) -> Settings:
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def get(self, option: Option[T]) -> T:
        raw = self.store.value(option.key)
        if raw is None:
            return _copy(option.default)
        try:
            value = json.loads(str(raw))
        except ValueError:
            return _copy(option.default)
        return value if option.accepts(value) else _copy(option.default)

    def set(self, option: Option[T], value: T) -> None:
        if not option.accepts(value):
            raise TypeError(f"setting {option.key} takes {option.kind.__name__}, not {type(value).__name__}")
        self.store.setValue(option.key, json.dumps(value, ensure_ascii=False))

    def sync(self) -> None:
        self.store.sync()

    def _upgrade(self) -> None:
        """Settings written by an older FieldDesk are migrated here, one version step at a time."""
        version_key = "meta/version"
        stored = self.store.value(version_key)
        if stored is None or str(stored) != str(SETTINGS_VERSION):
            self.store.setValue(version_key, str(SETTINGS_VERSION))


def _copy(value):
    return copy.deepcopy(value) if isinstance(value, (list, dict)) else value
