"""The Backups dialog (File > Backups): the profile's backups, newest first; back up now, to this computer or also
to a folder such as a USB stick; restore one, after explicit confirmation, and again when headquarters has not
acknowledged every change. After a restore the profile is opened again and the window rebuilt (``restored``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import FieldDesk
from app.services.profile.backup import RestoreNeedsConfirmation, create_backup, list_backups, restore_backup
from app.ui.help.shortcut import guide_on_f1
from app.ui.i18n.formats import format_number, format_timestamp, isolated
from app.ui.safety.passphrase_fields import OK_STYLE
from app.ui.widgets.form import ERROR_STYLE
from app.ui.widgets.messages import confirm, error_text
from app.ui.widgets.table_model import TableModel

if TYPE_CHECKING:
    from app.services.profile.backup import BackupInfo
    from app.ui.context import AppContext

translate = QCoreApplication.translate


def reason_text(reason: str) -> str:
    if reason == "daily":
        return translate("BackupsModel", "Daily, on first use")
    if reason == "by hand":
        return translate("BackupsModel", "Made by hand")
    if reason == "before-restore":
        return translate("BackupsModel", "Before a restore")
    if reason == "before-encrypt":
        return translate("BackupsModel", "Before encrypting")
    if reason.startswith("before-upgrade-from-"):
        return translate("BackupsModel", "Before a database upgrade")
    if reason.startswith("before-import-"):
        office, _, number = reason.removeprefix("before-import-").rpartition("-")
        return translate("BackupsModel", "Before importing bundle #%1 from %2").replace("%1", number) \
            .replace("%2", office)
    return reason


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return translate("BackupsModel", "%1 MB").replace("%1", format_number(size / 1024 / 1024, 1))
    return translate("BackupsModel", "%1 KB").replace("%1", format_number(max(1, round(size / 1024))))


class BackupsModel(TableModel):
    COLUMNS = ("made", "kind", "reason", "size")

    def __init__(self, parent=None):
        super().__init__(parent=parent)
        self.headers = [self.tr("Made"), self.tr("Kind"), self.tr("Reason"), self.tr("Size")]

    def set_rows(self, rows: list[BackupInfo]) -> None:
        self.reset_rows(rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "made":
                return format_timestamp(info.created_at)
            if column == "kind":
                return self.tr("Automatic") if info.automatic else self.tr("By hand")
            if column == "reason":
                return reason_text(info.reason)
            return size_text(info.size)
        if role == Qt.ItemDataRole.UserRole:
            return info.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "size":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class BackupsDialog(QDialog):
    restored = Signal(object)  # the BackupInfo of the state before the restore

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 leave: Callable[[Callable[[], None]], None] | None = None):
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.ctx = ctx
        guide_on_f1(self, ctx, "backups")
        self.leave = leave or (lambda proceed: proceed())
        self.busy = False
        intro = QLabel(self.tr("FieldDesk backs up this profile once a day when it is first used, and before every "
                               "bundle import, database upgrade and restore. It keeps the last 10 automatic backups "
                               "and every backup made by hand. Backups are encrypted like the profile."))
        intro.setWordWrap(True)
        self.unsynced = QLabel()
        self.unsynced.setObjectName("backupsUnsynced")
        self.unsynced.setWordWrap(True)
        self.unsynced.hide()
        self.model = BackupsModel(self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the list for the next field
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Backups"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.view.doubleClicked.connect(lambda _index: self.restore_selected())

        self.back_up = QPushButton(self.tr("&Back up now"))
        self.back_up.clicked.connect(lambda: self.back_up_now())
        self.to_folder = QPushButton(self.tr("Back up to a &folder\u2026"))
        self.to_folder.setToolTip(self.tr("Back up now and copy the backup to a folder, for example on a USB stick, "
                                          "with a key file that opens it with the recovery key"))
        self.to_folder.clicked.connect(self.back_up_to_folder)
        self.restore = QPushButton(self.tr("&Restore\u2026"))
        self.restore.clicked.connect(self.restore_selected)
        self.status = QLabel()
        self.status.setObjectName("backupsStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        row = QHBoxLayout()
        for button in (self.back_up, self.to_folder):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.restore)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.unsynced)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(760, 480)
        self._update_buttons()
        self.reload()

    # ------------------------------------------------------------- list
    def reload(self) -> None:
        # imported here: it loads cryptography (with sync.status)
        from app.sync.status import unsynced_changes

        self.ctx.read(lambda fd: (list_backups(fd.folder), unsynced_changes(fd), fd.site.is_hq), self._loaded,
                      owner=self, on_error=self._failed)

    def _loaded(self, result) -> None:
        backups, (count, since), is_hq = result
        selected = self.selected_id()
        self.model.set_rows(backups)
        ids = [b.id for b in backups]
        if selected in ids:
            self.view.selectRow(ids.index(selected))
        if count and not is_hq:
            self.unsynced.setText(self.tr("Changes made here that headquarters has not yet acknowledged: %1 (the "
                                          "oldest from %2). Restoring a backup would replace them.").replace(
                "%1", format_number(count)).replace("%2", format_timestamp(since or "")))
            self.unsynced.setStyleSheet(ERROR_STYLE)
            self.unsynced.show()
        else:
            self.unsynced.hide()
        self._update_buttons()

    def selected_id(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()].id if rows else None

    def selected(self) -> BackupInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.back_up.setEnabled(not self.busy)
        self.to_folder.setEnabled(not self.busy)
        self.restore.setEnabled(not self.busy and self.selected() is not None)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        if busy:
            self._say(text)
        self._update_buttons()

    def _say(self, text: str, style: str = "") -> None:
        self.status.setStyleSheet(style)
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._say(error_text(error), ERROR_STYLE)

    # ---------------------------------------------------------- backing up
    def back_up_now(self, folder: Path | None = None) -> None:
        self._set_busy(True, self.tr("Backing up\u2026"))
        self.ctx.read(lambda fd: create_backup(fd, to=folder), lambda info: self._backed_up(info, folder),
                      owner=self, on_error=self._failed, label=self.tr("Backing up\u2026"))

    def back_up_to_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Copy the backup to a folder"), str(Path.home()))
        if chosen:
            self.back_up_now(Path(chosen))

    def _backed_up(self, info: BackupInfo, folder: Path | None) -> None:
        self._set_busy(False)
        if folder is None:
            self._say(self.tr("Backed up (%1).").replace("%1", size_text(info.size)), OK_STYLE)
        elif info.encrypted:
            self._say(self.tr("Backed up and copied to %1, with a key file that opens it with the recovery key only "
                              "(not with the passphrase: an old copy never opens with an old passphrase).")
                      .replace("%1", isolated(str(folder))), OK_STYLE)
        else:
            self._say(self.tr("Backed up and copied to %1. This profile is not encrypted: anyone who has the copy "
                              "can read it.").replace("%1", isolated(str(folder))), OK_STYLE)
        self.reload()

    # ------------------------------------------------------------ restoring
    def restore_selected(self) -> None:
        info = self.selected()
        if info is None or self.busy:
            return
        when = format_timestamp(info.created_at)
        if not confirm(self, self.tr("Restore a backup"),
                       self.tr("Replace the profile's data with the backup made %1? Everything recorded since then "
                               "is replaced. The current data is backed up first, so restoring that backup undoes "
                               "this.").replace("%1", when)):
            return
        self.leave(lambda: self._restore(info, confirmed=False))

    def _restore(self, info: BackupInfo, confirmed: bool) -> None:
        # imported here: it loads cryptography (with sync.status)
        from app.sync.status import unsynced_changes

        ctx = self.ctx

        def run():
            old = ctx.fd
            try:
                before = restore_backup(old, info.id, confirmed=confirmed)
            except RestoreNeedsConfirmation:
                return None, unsynced_changes(old)
            except BaseException:
                old.close()
                ctx.fd = FieldDesk.open(old.folder.path, vault=old.vault, author=old.author)
                raise
            ctx.fd = FieldDesk.open(old.folder.path, vault=old.vault, author=old.author)
            return before, None

        self._set_busy(True, self.tr("Restoring\u2026"))
        ctx.tasks.run(run, lambda result: self._restore_ran(info, result), self._failed, owner=self,
                      label=self.tr("Restoring\u2026"))

    def _restore_ran(self, info: BackupInfo, result) -> None:
        before, unsynced = result
        self._set_busy(False)
        if before is not None:
            self._say("")
            self.restored.emit(before)
            return
        count, since = unsynced
        if confirm(self, self.tr("Changes not yet at headquarters"),
                   self.tr("Changes made here that headquarters has not acknowledged: %1 (the oldest from %2). "
                           "Restoring replaces them; they stay in the backup made before the restore. Sending a "
                           "bundle to headquarters first is safer.\n\nRestore anyway?").replace(
                       "%1", format_number(count)).replace("%2", format_timestamp(since or ""))):
            self._restore(info, confirmed=True)
        else:
            self._say(self.tr("Nothing was restored."))
