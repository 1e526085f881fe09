"""The dashboard's synchronisation box: changes not yet confirmed by headquarters (and since when), the last
exchange with each peer, and at headquarters the offices that have been silent."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.sync.skew import clock_health
from app.ui.i18n.formats import format_timestamp
from app.ui.i18n.problems import problem_text

if TYPE_CHECKING:
    from app.ui.context import AppContext


class SyncStatusPanel(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.peers = QLabel()
        self.peers.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.peers)
        ctx.changed.connect(lambda _tables: self.reload())
        self.reload()

    def reload(self) -> None:
        def load(fd):
            # imported here: it loads cryptography (with sync.status)
            from app.sync.status import peer_status, unsynced_changes

            return unsynced_changes(fd), peer_status(fd), clock_health(fd)

        self.ctx.read(load, self._arrived, owner=self)

    def _arrived(self, loaded) -> None:
        (count, since), statuses, clock_problems = loaded
        if self.ctx.is_hq:
            silent = [s.office for s in statuses if s.silent]
            self.summary.setText(self.tr("Offices silent for more than 30 days: %1").replace("%1", ", ".join(silent))
                                 if silent else self.tr("Every office has sent a bundle in the last 30 days."))
        elif count:
            self.summary.setText(self.tr("%Ln change(s) not yet confirmed by headquarters, the oldest from %1.", "",
                                         count).replace("%1", format_timestamp(since or "")))
        else:
            self.summary.setText(self.tr("Headquarters has confirmed every change made here."))
        lines = []
        for s in statuses:
            sent = format_timestamp(s.last_sent_at) if s.last_sent_at else self.tr("never")
            received = format_timestamp(s.last_received_at) if s.last_received_at else self.tr("never")
            lines.append(self.tr("%1: last bundle sent %2, last received %3").replace("%1", s.office)
                         .replace("%2", sent).replace("%3", received))
        if not statuses:
            lines.append(self.tr("No office is trusted yet: exchange identity cards on the Sync page."))
        # A clock that seems far off is said first, at start: stamps made meanwhile are wrong (app/sync/skew.py).
        self.peers.setText("\n".join([f"\u26a0 {problem_text(p, None)}" for p in clock_problems] + lines))
