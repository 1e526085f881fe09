"""The Coordination page: who does what where. Two tabs, each a list beside its editor: partners' activities and
the partners. The window's actions (new, save, delete, next, search, export, import) act on the tab shown; leaving a
tab with unsaved changes asks first, as leaving a page does."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from app.ui.coordination.lists import ActivitiesPage, PartnersPage
from app.ui.widgets.page import Page

if TYPE_CHECKING:
    from app.ui.context import AppContext
    from app.ui.widgets.record_page import RecordPage


class CoordinationPage(Page):
    key = "coordination"

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.activities = ActivitiesPage(ctx)
        self.partners = PartnersPage(ctx)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.activities, self.tr("&Activities"))
        self.tabs.addTab(self.partners, self.tr("&Partners"))
        self._shown_index = 0
        self.tabs.currentChanged.connect(self._tab_changed)
        for page in (self.activities, self.partners):
            page.actions_changed.connect(self.actions_changed)
            page.status_message.connect(self.status_message)
            page.data_shown.connect(self.data_shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    @property
    def current(self) -> RecordPage:
        return self.tabs.currentWidget()

    def title(self) -> str:
        return self.tr("Coordination")

    def _tab_changed(self, index: int) -> None:
        left = self.tabs.widget(self._shown_index)
        if index == self._shown_index:
            return
        if left is not None and left.has_unsaved_changes():
            target = index
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(self._shown_index)  # stay until the user has answered
            self.tabs.blockSignals(False)

            def go() -> None:
                self._shown_index = target
                self.tabs.blockSignals(True)
                self.tabs.setCurrentIndex(target)
                self.tabs.blockSignals(False)
                self.current.on_shown()
                self.actions_changed.emit()

            left.request_leave(go)
            return
        self._shown_index = index
        self.current.on_shown()
        self.actions_changed.emit()

    def open_record(self, record_id: str, table: str = "partner_activity") -> None:
        """Show a partner's activity (or a partner) in its tab."""
        page = self.activities if table == "partner_activity" else self.partners
        self.tabs.setCurrentWidget(page)
        if self.current is page:
            page.open_record(record_id)

    # the window's page interface, passed to the tab shown
    def on_shown(self) -> None:
        self.current.on_shown()

    def can(self, action: str) -> bool:
        return self.current.can(action)

    def request_leave(self, proceed: Callable[[], None]) -> None:
        self.current.request_leave(proceed)

    def has_unsaved_changes(self) -> bool:
        return self.current.has_unsaved_changes()

    def new_record(self) -> None:
        self.current.new_record()

    def save(self) -> None:
        self.current.save()

    def delete(self) -> None:
        self.current.delete()

    def next_record(self) -> None:
        self.current.next_record()

    def previous_record(self) -> None:
        self.current.previous_record()

    def focus_search(self) -> None:
        self.current.focus_search()

    def export_list(self) -> None:
        self.current.export_list()

    def import_file(self) -> None:
        self.current.import_file()
