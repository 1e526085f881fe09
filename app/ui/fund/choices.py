"""Choices read from the database on the worker (donors, contributions): few enough for a drop-down, kept in step
with their table."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.services.programme.fund import contribution_labels
from app.services.store.query import ListQuery
from app.ui.i18n.vocabulary import language
from app.ui.widgets.fields import ChoiceInput

if TYPE_CHECKING:
    from app.services.core import FieldDesk
    from app.ui.context import AppContext


class LoadedChoice(ChoiceInput):
    """A drop-down whose (value, label) items ``read(fd)`` gives, read again whenever ``table`` changes."""

    def __init__(self, ctx: AppContext, table: str, read: Callable[[FieldDesk], list[tuple[Any, str]]],
                 none_label: str | None = None):
        super().__init__([], none_label)
        self.ctx, self.table, self._read = ctx, table, read
        self._wanted: Any = None
        self.reload()
        ctx.changed.connect(self._data_changed)

    def _data_changed(self, tables) -> None:
        if self.table in tables:
            self.reload()

    def reload(self) -> None:
        self.ctx.read(self._read, self._arrived, owner=self.widget)

    def _arrived(self, items: list[tuple[Any, str]]) -> None:
        wanted = self._wanted if self._wanted is not None else self.value()
        self.set_items(items)
        if wanted is not None:
            super().set_value(wanted)

    def set_value(self, value) -> None:
        self._wanted = value
        super().set_value(value)


def donor_choices(fd: FieldDesk) -> list[tuple[str, str]]:
    return [(r["id"], r["name"]) for r in fd.donors.matching_rows(ListQuery(sort=("name",)), ["name"])]


def contribution_choices(fd: FieldDesk) -> list[tuple[str, str]]:
    """Each live contribution named by its donor, year, currency and amount ("Norway 2026 NOK 20,000,000"), the
    amount as the reports write it in the interface's language and digits."""
    return contribution_labels(fd, language())
