"""Headquarters' new entry of a reference list: its code (kept for good: records, exports and the command line name
it) and its English name; the other languages are typed in the list's grid afterwards."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from app.services.store.reference_lists import add_entry
from app.ui.reference_lists.model import tr
from app.ui.reference_lists.page import refusal_text
from app.ui.widgets.enter_keys import enter_never_rejects
from app.ui.widgets.form import ERROR_STYLE
from app.ui.widgets.secondary import WrappedLabel

if TYPE_CHECKING:
    from app.ui.context import AppContext


class NewEntryDialog(QDialog):
    created = Signal(str)  # the new entry's id

    def __init__(self, ctx: AppContext, table: str, list_title: str, parent=None):
        super().__init__(parent)
        self.ctx, self.table = ctx, table
        self.setWindowTitle(tr("New entry: %1").replace("%1", list_title))
        self.code = QLineEdit()
        self.code.setMaxLength(40)
        self.code.setAccessibleName(tr("Code"))
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.name.setAccessibleName(tr("English name"))
        form = QFormLayout()
        form.addRow(tr("&Code"), self.code)
        form.addRow(tr("&English name"), self.name)
        hint = WrappedLabel(tr("The code is kept for good: records point to it, so renaming the entry later changes "
                               "no record and no report. Letters, digits and . _ - only."))
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setObjectName("problem")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        enter_never_rejects(buttons)  # Enter never cancels
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def save(self) -> None:
        code, name, table = self.code.text().strip(), self.name.text().strip(), self.table
        missing = [label for label, text in ((tr("Code"), code), (tr("English name"), name)) if not text]
        if missing:
            self.message.setText(tr("%1 is required.").replace("%1", missing[0]))
            return

        def add(fd):
            return add_entry(fd, table, code, name)

        self.ctx.write(add, self._done, owner=self, on_error=self._failed)

    def _done(self, entry_id: str) -> None:
        self.created.emit(entry_id)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.message.setText(refusal_text(error, {"code": tr("Code"), "name": tr("English name")}))
