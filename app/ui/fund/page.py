"""The Fund page: the Voluntary Fund's donors, contributions, allocations and rates (each a list beside its editor)
and its position, as tabs. Headquarters keeps the Fund; an office reads, searches and exports it (its projects'
allocations also show in each project's Budget tab), and its position's spent and regular budget are the office's
projects' only. The window's actions (New, Save, Delete, Next, Search, Export) go to the list of
the tab in front."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout

from app.ui.fund.lists import AllocationsList, ContributionsList, DonorsList, FundList, RatesList
from app.ui.fund.position import PositionTab
from app.ui.widgets.page import Page

if TYPE_CHECKING:
    from app.ui.context import AppContext


class FundPage(Page):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(False)
        self.lists: list[FundList] = []
        for make in (DonorsList, ContributionsList, AllocationsList, RatesList):
            page = make(ctx)
            page.actions_changed.connect(self.actions_changed)
            page.status_message.connect(self.status_message)
            self.lists.append(page)
            self.tabs.addTab(page, page.title())
        self.donors, self.contributions, self.allocations, self.rates = self.lists
        self.position = PositionTab(ctx)
        self.tabs.addTab(self.position, self.tr("Position"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if not ctx.is_hq:
            # an office has its own projects only: the position's spent and regular budget are its projects'
            note = QLabel(self.tr("Headquarters keeps the Voluntary Fund and sends it with its bundles: here you can "
                                  "read it, search it and export it to Excel, not change it. In Position, spent and "
                                  "the regular budget count this office's projects only."))
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(self.tabs)
        self.lists[0].data_shown.connect(self.data_shown)

    def title(self) -> str:
        return self.tr("Fund")

    def current_list(self) -> FundList | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, FundList) else None

    def _tab_changed(self, _index: int) -> None:
        current = self.current_list()
        if current is not None:
            current.on_shown()
        self.actions_changed.emit()

    def on_shown(self) -> None:
        current = self.current_list()
        if current is not None:
            current.on_shown()

    def can(self, action: str) -> bool:
        current = self.current_list()
        return current.can(action) if current is not None else False

    def has_unsaved_changes(self) -> bool:
        return any(page.has_unsaved_changes() for page in self.lists)

    def request_leave(self, proceed: Callable[[], None]) -> None:
        dirty = [page for page in self.lists if page.has_unsaved_changes()]
        if not dirty:
            proceed()
            return
        dirty[0].request_leave(lambda: self.request_leave(proceed))

    def _call(self, name: str) -> None:
        current = self.current_list()
        if current is not None and (name == "focus_search" or current.can(ACTION_OF[name])):
            getattr(current, name)()

    def new_record(self) -> None:
        self._call("new_record")

    def save(self) -> None:
        self._call("save")

    def delete(self) -> None:
        self._call("delete")

    def next_record(self) -> None:
        self._call("next_record")

    def previous_record(self) -> None:
        self._call("previous_record")

    def focus_search(self) -> None:
        self._call("focus_search")

    def export_list(self) -> None:
        self._call("export_list")


ACTION_OF = {"new_record": "new", "save": "save", "delete": "delete", "next_record": "next",
             "previous_record": "previous", "export_list": "export", "focus_search": "search"}
