"""Sorting names the way a reader of the interface language expects: Qt's collator for the interface's locale
(ICU's where Qt has it), so "Égypte" comes between "Allemagne" and "Espagne" in French and "Германия" before "Египет"
in Russian, rather than in the order of the English names or of the characters' codes."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCollator, QLocale


def collated(items: Iterable[tuple[Any, str]]) -> list[tuple[Any, str]]:
    """``(value, name)`` pairs in the order of their names in the interface language."""
    collator = QCollator(QLocale())
    return sorted(items, key=lambda item: collator.sortKey(item[1]))


def name_order(items: Iterable[tuple[Any, str]]) -> tuple[Any, ...]:
    """The values, in the order of their names (what a list sorted by a translated column asks of the database)."""
    return tuple(value for value, _name in collated(items))
