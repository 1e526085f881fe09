"""Reload a view when data it shows changed, and only when someone can see it: at once while it is on screen, else
the next time it is shown. One helper for the pages and tabs that read a summary (the Fund's position, Grants, Due,
Lessons, the dashboard) instead of each writing the same flag and checks."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from app.ui.context import AppContext


@cache
def record_tables() -> frozenset[str]:
    """The tables of the records (the entity registry's), not the site's own bookkeeping (settings, bundles sent)."""
    from app.services.store.entities import BY_NAME

    return frozenset(BY_NAME)


class ReloadWhenShown(QObject):
    """``read`` runs when ``view`` is shown with stale data, or at once when a change to one of ``watched`` tables
    (None: to any record, for a summary of nearly everything) arrives while it is visible. A child of ``view``: it
    goes with it, and so does its connection."""

    def __init__(self, view: QWidget, ctx: AppContext, watched: Iterable[str] | None, read: Callable[[], None]):
        super().__init__(view)
        self.view = view
        self.watched = frozenset(watched) if watched is not None else None
        self._read = read
        self.stale = True
        ctx.changed.connect(self._changed)

    def _changed(self, tables) -> None:
        if not (self.watched if self.watched is not None else record_tables()).isdisjoint(tables):
            self.stale = True
            if self.view.isVisible():
                self.reload()

    def reload(self) -> None:
        self.stale = False
        self._read()

    def reload_if_stale(self) -> None:
        if self.stale:
            self.reload()
