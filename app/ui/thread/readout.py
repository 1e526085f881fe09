"""What the thread's two tabs share: a note above a read-only table of rows read on the worker for one record, read
again when a table it shows changes, and a read that arrives for a record no longer shown is dropped."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from app.services.core import FieldDesk
    from app.ui.context import AppContext
    from app.ui.widgets.rows_model import RowsModel


class RecordReadout(QWidget):

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.record_id: str | None = None
        self.reads: set[str] = set()  # the tables its reads read: a write to one of them reads again
        self.note = QLabel("")
        self.note.setWordWrap(True)
        ctx.changed.connect(self._data_changed)

    def lay_out(self, model: RowsModel, view) -> None:
        self.model, self.view = model, view
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(view, 1)

    # what each tab says: its read (on the worker), its rows shown, and what it shows before a record is saved
    def read(self, fd: FieldDesk, record_id: str) -> Any:
        raise NotImplementedError

    def show_read(self, found: Any) -> None:
        raise NotImplementedError

    def show_none(self) -> None:
        self.model.set_items([])

    def set_record(self, record_id: str | None, _writable: bool = True) -> None:
        self.record_id = record_id
        if record_id is None:
            self.show_none()
            return
        self.ctx.read(lambda fd: self.read(fd, record_id), lambda found: self._arrived(record_id, found), owner=self,
                      reads=self.reads)

    def _arrived(self, record_id: str, found: Any) -> None:
        if record_id == self.record_id:
            self.show_read(found)

    def _data_changed(self, tables) -> None:
        if self.record_id and not self.reads.isdisjoint(tables):
            self.set_record(self.record_id)
