"""A hint that a person is probably recorded already (the same or a similar name, in any script, in the same
organisation), with the two decisions it asks for: "Use this person" (the existing record) or "Not the same person"
(a new record, and the decision kept so the pair is not offered again)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from app.services.store.matching import Match
    from app.ui.context import AppContext

CHECK_DELAY_MS = 300
HINT_STYLE = ("#duplicateHint { background: #fff4ce; border: 1px solid #e0c36c; border-radius: 4px; } "
              "#duplicateHint QLabel { color: #4d3800; }")
MAX_SHOWN = 3


class DuplicateHint(QFrame):
    checked = Signal(list)  # the matches found (tests wait for it)
    use_person = Signal(str)  # "Use this person": the existing record's id
    not_same = Signal(list)  # "Not the same person": the ids of the records shown

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("duplicateHint")
        self.setStyleSheet(HINT_STYLE)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.rows = QVBoxLayout()
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.not_same_button = QPushButton(self.tr("&Not the same person"))
        self.not_same_button.setToolTip(self.tr("Record a new person and do not offer these records as duplicates "
                                                "again"))
        self.not_same_button.clicked.connect(lambda: self.not_same.emit([m.id for m in self.matches]))
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.not_same_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.message)
        layout.addLayout(self.rows)
        layout.addLayout(bottom)
        self.use_buttons: list[QPushButton] = []
        self.hide()
        self.matches: list[Match] = []
        self._wanted: tuple[str, str, str | None] = ("", "", None)
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)

    def text(self) -> str:
        """The message and the people it names (what a screen reader says)."""
        return self.accessibleName() if self.matches else ""

    def check(self, full_name: str, organisation: str, exclude_id: str | None = None) -> None:
        """Check after a short pause in typing."""
        self._wanted = (full_name, organisation, exclude_id)
        self._timer.start()

    def check_now(self) -> None:
        self._timer.stop()
        # imported here: start-up: the first screen (participants) does not load services.store.matching
        from app.services.store.matching import similar_participants

        name, organisation, exclude = self._wanted
        self._generation += 1
        generation = self._generation
        if len(name.strip()) < 2:
            self._show(generation, [])
            return
        self.ctx.read(lambda fd: similar_participants(fd, name, organisation, exclude_id=exclude),
                      lambda found: self._show(generation, found), owner=self)

    def clear_hint(self) -> None:
        self._generation += 1
        self._timer.stop()
        self._show(self._generation, [])

    def show_matches(self, matches: list[Match]) -> None:
        """Matches found elsewhere (a save that was stopped because of them)."""
        self._generation += 1
        self._timer.stop()
        self._show(self._generation, matches)

    def _show(self, generation: int, matches: list[Match]) -> None:
        if generation != self._generation:
            return
        self.matches = matches[:MAX_SHOWN]
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.use_buttons = []
        if self.matches:
            self.message.setText(self.tr("Possible duplicate: this person may be recorded already. Use the existing "
                                         "record, or say that this is not the same person."))
            for match in self.matches:
                self.rows.addWidget(self._row(match))
            people = "; ".join(_described(m) for m in self.matches)
            self.setAccessibleName(self.message.text() + " " + people)
        self.setVisible(bool(self.matches))
        self.checked.emit(matches)

    def _row(self, match: Match) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(_described(match))
        label.setWordWrap(True)
        button = QPushButton(self.tr("&Use this person") if not self.use_buttons else self.tr("Use this person"))
        button.setAccessibleName(self.tr("Use this person") + ": " + match.full_name)
        button.clicked.connect(lambda _checked=False, pid=match.id: self.use_person.emit(pid))
        self.use_buttons.append(button)
        layout.addWidget(label, 1)
        layout.addWidget(button)
        return row


def _described(match: Match) -> str:
    return f"{match.full_name} \u2014 {match.organisation}" if match.organisation else match.full_name
