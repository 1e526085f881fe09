"""What the enrollment, attendance and scores tabs share: the training's enrollment sheet, read on the worker and
read again whenever enrollments change, and the write of one enrollment's changes."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget
from shiboken6 import Shiboken

from app.services.store.lookups import enrollment_sheet
from app.ui.widgets.form import ERROR_STYLE
from app.ui.widgets.messages import show_error

if TYPE_CHECKING:
    from app.ui.context import AppContext


def read_sheet(fd, training_id: str) -> dict[str, Any]:
    training = fd.trainings.get_row(training_id)
    return {"training": training, "rows": enrollment_sheet(fd, training_id)}


class SheetReads:
    """One read of a training's sheet for every tab that asks while it is on its way: the participants, attendance
    and scores tabs load together (a record opened, enrollments changed) and read the same sheet. A read still
    waiting was sent after whatever made a tab ask (the worker answers in order), so sharing it shows nothing stale."""

    def __init__(self, ctx: AppContext):
        self.ctx = ctx
        self.waiting: dict[str, list[tuple[QWidget, Callable[[dict[str, Any]], None]]]] = {}
        self.tables: set[str] = set()  # the tables the sheet's reads read: a write to one of them reads it again

    def read(self, training_id: str, owner: QWidget, shown: Callable[[dict[str, Any]], None]) -> None:
        if training_id in self.waiting:
            self.waiting[training_id].append((owner, shown))
            return
        self.waiting[training_id] = [(owner, shown)]

        def answered(sheet):
            for who, callback in self.waiting.pop(training_id, []):
                if Shiboken.isValid(who):
                    callback(sheet)

        def failed(error):
            self.waiting.pop(training_id, None)
            self.ctx.tasks.report(error)

        self.ctx.read(lambda fd: read_sheet(fd, training_id), answered, on_error=failed, reads=self.tables)


def activity_days(training: dict[str, Any]) -> list[date]:
    start, end = training.get("start_date"), training.get("end_date")
    if not start or not end or end < start:
        return []
    return [start + timedelta(days=n) for n in range((end - start).days + 1)]


def same_rows(shown: list[dict[str, Any]], read: list[dict[str, Any]]) -> bool:
    """Whether a sheet read again holds the same enrollments in the same order (its values may differ)."""
    return [r.get("id") for r in shown] == [r.get("id") for r in read]


def message_line(error: bool = False) -> QLabel:
    """A one-line label whose height is kept when it is empty, so the grid above it never moves."""
    label = QLabel()
    label.setWordWrap(False)
    if error:
        label.setStyleSheet(ERROR_STYLE)
    label.setMinimumHeight(label.fontMetrics().height() + 4)
    return label


class SheetTab(QWidget):
    """Base of the tabs over a training's enrollments."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.training_id: str | None = None
        self.writable = False
        self.training: dict[str, Any] = {}
        self._pending: dict[str, dict[str, Any]] = {}  # enrollment id -> changes typed but not yet sent
        # enrollment id -> its values as stored, as far as this sheet knows (read, then as its own writes left them):
        # a write says what it replaces (``base=``), so a value saved meanwhile by someone else is kept as a conflict
        self._stored: dict[str, dict[str, Any]] = {}
        self._bases: dict[str, dict[str, Any]] = {}  # enrollment id -> the stored values the pending changes replace
        self._in_flight = 0  # writes sent and not yet answered: a sheet read meanwhile would be stale
        self._batching = False
        self.reads = SheetReads(ctx)  # the training's editor gives its tabs one to share
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
            if self._in_flight or self._pending or self._typing():
                # the write still to be answered reads the sheet again; so does the cell being typed once it is
                # left (shown now, the read would put the stored value back over what is being typed)
                return
            if training_id == self.training_id:
                self.training = sheet["training"]
                self._stored = {row["id"]: copy.deepcopy(row) for row in sheet["rows"]}
                self.show_sheet(sheet["training"], sheet["rows"])
                self.loaded.emit()

        self.reads.read(training_id, self, shown)

    def show_sheet(self, training: dict[str, Any], rows: list[dict[str, Any]]) -> None:
        raise NotImplementedError

    def _typing(self) -> bool:
        """A cell of the grid is being typed in."""
        from PySide6.QtWidgets import QAbstractItemView

        view = getattr(self, "view", None)
        return isinstance(view, QAbstractItemView) and view.state() == QAbstractItemView.State.EditingState

    def _data_changed(self, tables) -> None:
        if self.training_id and not self.reads.tables.isdisjoint(tables):
            self.reload()

    def batch(self, started: bool) -> None:
        """Changes made while a batch is open (a paste) go to the database in one write when it closes."""
        self._batching = started
        if not started:
            self._flush()

    def update_enrollment(self, enrollment_id: str, changes: dict[str, Any]) -> None:
        """Write an enrollment's changes at once (a grid has no Save button): the changes of one turn of the event
        loop go together. A refusal is shown and the sheet is read again, so what is shown is what is stored."""
        self._pending.setdefault(enrollment_id, {}).update(changes)
        stored, bases = self._stored.get(enrollment_id, {}), self._bases.setdefault(enrollment_id, {})
        for key, value in changes.items():
            if key in stored:
                bases.setdefault(key, copy.deepcopy(stored[key]))
                stored[key] = copy.deepcopy(value)  # what the database holds once this write is done
        if not self._batching:
            QTimer.singleShot(0, self._flush)

    def _flush(self) -> None:
        if not self._pending or self._batching:
            return
        pending, self._pending = self._pending, {}
        bases, self._bases = self._bases, {}

        def write(fd):
            with fd.writing():
                for enrollment_id, changes in pending.items():
                    fd.enrollments.update(enrollment_id, changes, base=bases.get(enrollment_id))

        def answered(_result=None):
            self._in_flight -= 1

        def failed(error):
            answered()
            show_error(self, error)
            self.reload()

        self._in_flight += 1
        self.ctx.write(write, answered, owner=self, on_error=failed)
