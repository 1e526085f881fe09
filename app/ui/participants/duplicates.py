"""A hint that a person is probably recorded already (the same or a similar name in the same organisation)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:
    from app.services.matching import Match
    from app.ui.context import AppContext

CHECK_DELAY_MS = 300
HINT_STYLE = "background: #fff4ce; color: #4d3800; padding: 6px; border: 1px solid #e0c36c; border-radius: 4px;"


class DuplicateHint(QLabel):
    checked = Signal(list)  # the matches found (tests wait for it)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWordWrap(True)
        self.setStyleSheet(HINT_STYLE)
        self.setObjectName("duplicateHint")
        self.hide()
        self.matches: list[Match] = []
        self._wanted: tuple[str, str, str | None] = ("", "", None)
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)

    def check(self, full_name: str, organisation: str, exclude_id: str | None = None) -> None:
        """Check after a short pause in typing."""
        self._wanted = (full_name, organisation, exclude_id)
        self._timer.start()

    def check_now(self) -> None:
        self._timer.stop()
        from app.services.matching import similar_participants

        name, organisation, exclude = self._wanted
        self._generation += 1
        generation = self._generation
        if len(name.strip()) < 3:
            self._show(generation, [])
            return
        self.ctx.read(lambda fd: similar_participants(fd, name, organisation, exclude_id=exclude),
                      lambda found: self._show(generation, found), owner=self)

    def clear_hint(self) -> None:
        self._generation += 1
        self._timer.stop()
        self._show(self._generation, [])

    def _show(self, generation: int, matches: list[Match]) -> None:
        if generation != self._generation:
            return
        self.matches = matches
        if matches:
            people = "; ".join(f"{m.full_name} ({m.organisation})" if m.organisation else m.full_name
                               for m in matches)
            self.setText(self.tr("Possible duplicate: %1. Check whether this is the same person before adding a new "
                                 "record.").replace("%1", people))
            self.setAccessibleName(self.text())
        self.setVisible(bool(matches))
        self.checked.emit(matches)
