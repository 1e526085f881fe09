"""What the enrollment, attendance and scores tabs share: the training's enrollment sheet, read on the worker and
read again whenever enrollments change, and the write of one enrollment's changes."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.ui.widgets.messages import show_error

if TYPE_CHECKING:
    from app.ui.context import AppContext


def read_sheet(fd, training_id: str) -> dict[str, Any]:
    from app.services.lookups import enrollment_sheet

    training = fd.trainings.get_row(training_id)
    return {"training": training, "rows": enrollment_sheet(fd, training_id)}


def activity_days(training: dict[str, Any]) -> list[date]:
    start, end = training.get("start_date"), training.get("end_date")
    if not start or not end or end < start:
        return []
    return [start + timedelta(days=n) for n in range((end - start).days + 1)]


class SheetTab(QWidget):
    """Base of the tabs over a training's enrollments."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.training_id: str | None = None
        self.writable = False
        self.training: dict[str, Any] = {}
        ctx.changed.connect(self._data_changed)

    def set_record(self, training_id: str | None, writable: bool) -> None:
        self.training_id, self.writable = training_id, writable
        self.reload()

    def reload(self) -> None:
        if not self.training_id:
            self.show_sheet({}, [])
            return
        training_id = self.training_id

        def shown(sheet):
            if training_id == self.training_id:
                self.training = sheet["training"]
                self.show_sheet(sheet["training"], sheet["rows"])
                self.loaded.emit()

        self.ctx.read(lambda fd: read_sheet(fd, training_id), shown, owner=self)

    def show_sheet(self, training: dict[str, Any], rows: list[dict[str, Any]]) -> None:
        raise NotImplementedError

    def _data_changed(self, tables) -> None:
        if self.training_id and ({"enrollment", "participant"} & set(tables)):
            self.reload()

    def update_enrollment(self, enrollment_id: str, changes: dict[str, Any]) -> None:
        """Write one enrollment's changes at once (a grid has no Save button); a refusal is shown and the sheet is
        read again, so what is shown is what is stored."""

        def failed(error):
            show_error(self, error)
            self.reload()

        self.ctx.write(lambda fd: fd.enrollments.update(enrollment_id, changes), None, tables={"enrollment"},
                       owner=self, on_error=failed)
