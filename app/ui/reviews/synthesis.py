"""A review's synthesis: the text that concludes it, written on its own tab and saved with its own button (Alt+Y),
so the terms and scope need not be saved again. A review is final once its synthesis is
written: "Mark final" saves the text and the status together."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from app.ui.widgets.messages import show_error


class SynthesisTab(QWidget):
    saved = Signal()

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.record_id: str | None = None
        self.writable = False
        self._saved_text = ""
        self._status = ""
        note = QLabel(self.tr("The synthesis of the review: its main findings, conclusions and recommendations, as "
                              "adopted."))
        note.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Synthesis"))
        self.text.textChanged.connect(self._update)
        self.save_button = QPushButton(self.tr("Save s&ynthesis"))
        self.save_button.clicked.connect(lambda: self.save())
        self.final_button = QPushButton(self.tr("Save and mark &final"))
        self.final_button.clicked.connect(lambda: self.save(final=True))
        self.state = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.final_button)
        buttons.addWidget(self.state, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self._update()

    def set_record(self, record_id: str | None, writable: bool) -> None:
        self.record_id, self.writable = record_id, writable
        self.text.setReadOnly(not writable)
        if not record_id:
            self._shown("", "")
            return

        def read(fd):
            row = fd.reviews.get_row(record_id)
            return row["synthesis"], row["status"]

        self.ctx.read(read, lambda found: self._shown(*found) if record_id == self.record_id else None, owner=self)

    def _shown(self, text: str | None, status: str) -> None:
        self._stored = {"synthesis": text, "status": status}  # as read: what a save replaces (``base=``)
        self._saved_text, self._status = text or "", status
        self.text.setPlainText(self._saved_text)
        self._update()

    def is_dirty(self) -> bool:
        return self.text.toPlainText().strip() != self._saved_text

    def _update(self) -> None:
        ready = bool(self.record_id) and self.writable
        self.save_button.setEnabled(ready and self.is_dirty())
        self.final_button.setEnabled(ready and self._status != "final" and bool(self.text.toPlainText().strip()))
        self.state.setText(self.tr("Not saved yet.") if ready and self.is_dirty() else "")

    def save(self, final: bool = False) -> None:
        if not (self.record_id and self.writable) or not (self.is_dirty() or final):
            return
        record_id, text = self.record_id, self.text.toPlainText().strip()
        changes = {"synthesis": text, **({"status": "final"} if final else {})}
        # the values the person started from: a synthesis saved meanwhile by someone else is kept as a conflict
        base = {key: self._stored.get(key) for key in changes}

        def done(_result) -> None:
            self._stored.update(changes)
            self._saved_text = text
            if final:
                self._status = "final"
            self._update()
            self.saved.emit()

        self.ctx.write(lambda fd: fd.reviews.update(record_id, changes, base=base), done, owner=self,
                       on_error=lambda e: show_error(self, e))
