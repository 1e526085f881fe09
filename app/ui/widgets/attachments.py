"""The files attached to a record: add (copied into the profile), open (a copy, under its own name), remove."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.profile import opened_copies
from app.services.profile.filenames import is_executable, real_extension, safe_copy_name, visible_name
from app.ui.i18n.formats import format_number, format_timestamp
from app.ui.settings.options import ATTACHMENTS_FOLDER
from app.ui.widgets.fit_columns import fit_columns
from app.ui.widgets.messages import confirm, show_error
from app.ui.widgets.table_model import TableModel

if TYPE_CHECKING:
    from app.ui.context import AppContext

translate = QCoreApplication.translate


def _open_dir() -> Path:
    """This session's private folder (mode 0700) for the copies handed to other programs (app/services/
    opened_copies.py: removed on quitting, and by the next start after a crash)."""
    return opened_copies.session_dir()


def copy_for_opening(fd, attachment_id: str) -> Path:
    """A copy another program can open (decrypted for an encrypted profile), in a private folder removed when
    FieldDesk closes."""
    # imported here: start-up: the first screen (participants) does not load services.profile.attachments
    from app.services.profile.attachments import read_attachment

    row = fd.attachments.get_row(attachment_id)
    # one folder per attachment, named after its id (never the content's hash, which would tell which document)
    folder = hashlib.sha256(attachment_id.encode("utf-8")).hexdigest()[:12]
    target = _open_dir() / folder / safe_copy_name(row["filename"])
    target.parent.mkdir(mode=0o700, exist_ok=True)
    if not target.exists():
        target.write_bytes(read_attachment(fd, attachment_id))
        target.chmod(0o600)
    return target


def size_text(size: int) -> str:
    if size < 1024:
        return translate("AttachmentsTab", "%1 bytes").replace("%1", format_number(size))
    if size < 1024 * 1024:
        return translate("AttachmentsTab", "%1 KB").replace("%1", format_number(round(size / 1024)))
    return translate("AttachmentsTab", "%1 MB").replace("%1", format_number(size / (1024 * 1024), 1))


class AttachmentsModel(TableModel):
    def __init__(self, parent=None):
        super().__init__(parent=parent)
        self.headers = [self.tr("File"), self.tr("Size"), self.tr("Added"), self.tr("By"), self.tr("Description")]

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.reset_rows(rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return file_kind_text(row["filename"])
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        # a name from another office (or from before names were checked) may hold bidi overrides: shown as codes
        return [visible_name(row["filename"]), size_text(row["size"]), format_timestamp(row["created_at"]),
                row["created_by"], row.get("description", "")][index.column()]


def file_kind_text(filename: str) -> str:
    """What the desktop will take the file for: its real extension, and whether it runs."""
    extension = real_extension(filename) or translate("AttachmentsTab", "none")
    if is_executable(filename):
        return translate("AttachmentsTab", "Type: .%1, a program or script (FieldDesk asks before opening it)").replace(
            "%1", extension)
    return translate("AttachmentsTab", "Type: .%1").replace("%1", extension)


class AttachmentsTab(QWidget):
    loaded = Signal()
    opened = Signal(str)  # the path handed to the desktop

    def __init__(self, ctx: AppContext, table: str, parent=None):
        super().__init__(parent)
        self.ctx, self.table = ctx, table
        self.record_id: str | None = None
        self.writable = True
        self.model = AttachmentsModel(self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the list for the next field
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Attached files"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.doubleClicked.connect(lambda _index: self.open_selected())
        self.add_button = QPushButton(self.tr("&Add files\u2026"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.add_button.clicked.connect(self.add)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        note = QLabel(self.tr("Files are copied into the profile and travel with the next sync bundle."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_record(self, record_id: str | None, writable: bool = True) -> None:
        self.record_id, self.writable = record_id, writable
        self.reload()

    def reload(self) -> None:
        self._update_buttons()
        if not self.record_id:
            self.model.set_rows([])
            return
        # imported here: start-up: the first screen (participants) does not load services.profile.attachments
        from app.services.profile.attachments import attachments_of

        table, record_id = self.table, self.record_id

        def shown(rows):
            if record_id == self.record_id:
                self.model.set_rows(rows)
                fit_columns(self.view)
                self._update_buttons()
                self.loaded.emit()

        self.ctx.read(lambda fd: attachments_of(fd, table, record_id), shown, owner=self)

    def selected(self) -> dict[str, Any] | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.add_button.setEnabled(bool(self.record_id) and self.writable)
        self.open_button.setEnabled(has)
        self.remove_button.setEnabled(has and self.writable)

    def add(self) -> None:
        folder = self.ctx.settings.get(ATTACHMENTS_FOLDER)
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"), folder)
        if not paths or not self.record_id:
            return
        self.ctx.settings.set(ATTACHMENTS_FOLDER, str(Path(paths[0]).parent))
        # imported here: start-up: the first screen (participants) does not load services.profile.attachments
        from app.services.profile.attachments import attach_file

        table, record_id = self.table, self.record_id

        def attach(fd):
            with fd.writing():
                return [attach_file(fd, table, record_id, p) for p in paths]

        self.ctx.write(attach, lambda _ids: self.reload(), owner=self,
                       on_error=lambda e: show_error(self, e), label=self.tr("Copying files into the profile\u2026"))

    def open_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        attachment_id = row["id"]
        if is_executable(row["filename"]) and not confirm(
                self, self.tr("Open a program?"),
                self.tr("\u201c%1\u201d is a .%2 file: a program or script that runs on this computer with your "
                        "rights when opened. Open it only if you know where it comes from. Open it?")
                .replace("%1", visible_name(row["filename"])).replace("%2", real_extension(row["filename"]))):
            return

        def opened(path: Path):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
            self.opened.emit(str(path))

        self.ctx.read(lambda fd: copy_for_opening(fd, attachment_id), opened, owner=self,
                      on_error=lambda e: show_error(self, e))

    def remove_selected(self) -> None:
        row = self.selected()
        if row is None or not confirm(self, self.tr("Remove attachment"),
                                      self.tr("Remove \u201c%1\u201d from this record?").replace(
                                          "%1", visible_name(row["filename"]))):
            return
        attachment_id = row["id"]
        self.ctx.write(lambda fd: fd.attachments.delete(attachment_id), lambda _r: self.reload(),
                       owner=self, on_error=lambda e: show_error(self, e))
