"""A participant's fellowships, on their editor (read here; recorded on the Fellowships page, where Enter or a double
click on one opens it)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.models.enums import FellowshipStatus
from app.ui.widgets.children import ColumnRowsModel
from app.ui.widgets.columns import Column
from app.ui.widgets.fit_columns import fit_columns


class FellowshipsOfPerson(QWidget):
    kept_by_own_save = True  # a save of the person's own fields changes no fellowship (its reads say what does)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.record_id: str | None = None
        columns = [Column("cohort", self.tr("Cohort")), Column("host", self.tr("Host")),
                   Column("placement_start", self.tr("Start"), "date"),
                   Column("placement_end", self.tr("End"), "date"),
                   Column("weeks", self.tr("Weeks"), "score"),
                   Column("status", self.tr("Status"), "enum", enum=FellowshipStatus)]
        self.model = ColumnRowsModel(columns, ctx.refs, self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the list for the next field
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Fellowships of this participant"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        self.view.activated.connect(self._open)  # Enter or a double click
        note = QLabel(self.tr("Fellowships are recorded on the Fellowships page: Enter or a double click opens one "
                              "there."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.view)
        self.reads: set[str] = set()  # the tables its read read: a write to one of them reads again
        ctx.changed.connect(lambda tables: not self.reads.isdisjoint(tables) and self.set_record(self.record_id, False))

    def set_record(self, record_id: str | None, _writable: bool) -> None:
        self.record_id = record_id
        if not record_id:
            self.model.set_rows([])
            return
        # imported here: start-up: the first screen (participants) does not load services.programme.fellowships
        from app.services.programme.fellowships import fellowships_of

        def shown(rows):
            if record_id == self.record_id:
                self.model.set_rows(rows)
                fit_columns(self.view)

        self.ctx.read(lambda fd: fellowships_of(fd, record_id), shown, owner=self, reads=self.reads)

    def _open(self, index) -> None:
        """The fellowship on the Fellowships page (unless the page left keeps unsaved changes)."""
        window = self.window()
        if not index.isValid() or not (hasattr(window, "show_page") and hasattr(window, "page")):
            return
        record_id = self.model.rows[index.row()]["id"]
        window.show_page("fellowships")
        if window.current_key == "fellowships":
            window.page("fellowships").open_record(record_id)
