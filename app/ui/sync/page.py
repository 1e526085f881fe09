"""The Sync page: send and receive bundles, their history, the conflict queue, keys, and at headquarters the offices."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout

from app.ui.sync.bundle_history import BundleHistoryTab
from app.ui.sync.conflicts import ConflictsTab
from app.ui.sync.exchange import ExchangeTab
from app.ui.sync.keys import KeysTab
from app.ui.sync.offices import OfficesTab
from app.ui.widgets.page import Page

if TYPE_CHECKING:
    from app.ui.context import AppContext


class SyncPage(Page):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.exchange = ExchangeTab(ctx)
        self.history = BundleHistoryTab(ctx)
        self.conflicts = ConflictsTab(ctx)
        self.keys = KeysTab(ctx)
        self.offices = OfficesTab(ctx) if ctx.is_hq else None
        self.tabs = QTabWidget()
        self.tabs.addTab(self.exchange, self.tr("Send and receive"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.conflicts_index = self.tabs.addTab(self.conflicts, self.tr("Conflicts"))
        if self.offices is not None:
            self.tabs.addTab(self.offices, self.tr("Offices"))
        self.tabs.addTab(self.keys, self.tr("Keys"))
        heading = QLabel(self.tr("Bundles carry changes between this office and %1 on a USB stick or by e-mail. "
                                 "They are signed and encrypted; a bundle is checked completely before anything is "
                                 "applied.").replace("%1", self.tr("the field offices") if ctx.is_hq
                                                     else self.tr("headquarters")))
        heading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs)
        self.conflicts.count_changed.connect(self._conflict_count)
        self.conflicts.open_record.connect(self._open_record)
        self.keys.peers_changed.connect(self.reload)
        self.exchange.imported.connect(lambda _r: self.reload())
        self.exchange.exported.connect(lambda _p: self.reload())
        ctx.changed.connect(self._data_changed)
        self._loaded = False

    def title(self) -> str:
        return self.tr("Sync")

    def on_shown(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.reload()

    def reload(self) -> None:
        # imported here: it loads cryptography (with sync.status)
        from app.sync.status import peer_status

        self.ctx.read(peer_status, self.exchange.set_peers, owner=self)
        self.history.reload()
        self.conflicts.reload()
        self.keys.reload()
        if self.offices is not None:
            self.offices.reload()
        self.data_shown.emit()

    def _data_changed(self, tables) -> None:
        if self._loaded and set(tables) & {"sync_conflict", "bundle_log", "sync_peer"}:
            self.reload()

    def _conflict_count(self, count: int) -> None:
        title = self.tr("Conflicts") + (f" ({count})" if count else "")
        self.tabs.setTabText(self.conflicts_index, title)

    def _open_record(self, page_key: str, record_id: str) -> None:
        window = self.window()
        if hasattr(window, "show_page") and hasattr(window, "page"):
            window.show_page(page_key)
            window.page(page_key).open_record(record_id)
