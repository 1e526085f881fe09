"""Reload a view when data it shows changed, and only when someone can see it: at once while it is on screen, else
the next time it is shown. One helper for the pages and tabs that read a summary (the Fund's position, Grants, Due,
Lessons, the dashboard) instead of each writing the same flag and checks.

Which changes concern the view is learnt from its own reads: each one made through ``read`` notes the tables it took
rows from (``ctx.read(..., reads=)``), and a write announcing one of them makes the view stale. No view lists
tables."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from app.services.core import FieldDesk
    from app.ui.context import AppContext


class ReloadWhenShown(QObject):
    """``reload`` runs when ``view`` is shown with stale data, or at once when a change to a table its reads read
    arrives while it is visible. A child of ``view``: it goes with it, and so does its connection."""

    def __init__(self, view: QWidget, ctx: AppContext, reload: Callable[[], None]):
        super().__init__(view)
        self.view = view
        self.ctx = ctx
        self.reads: set[str] = set()  # the tables the view's reads took rows from, as the database layer saw them
        self._reload = reload
        self.stale = True
        ctx.changed.connect(self._changed)

    def read(self, fn: Callable[[FieldDesk], Any], on_done: Callable[[Any], None], **options) -> None:
        """``ctx.read`` for the view (its owner unless told), noting the tables read."""
        options.setdefault("owner", self.view)
        self.ctx.read(fn, on_done, reads=self.reads, **options)

    def _changed(self, tables) -> None:
        if not self.reads.isdisjoint(tables):
            self.stale = True
            if self.view.isVisible():
                self.reload()

    def reload(self) -> None:
        self.stale = False
        self._reload()

    def reload_if_stale(self) -> None:
        if self.stale:
            self.reload()
