"""Sending and receiving bundles: make a bundle for a peer (remembering the folder, e.g. a USB stick), and import by
file dialog or drag and drop, with a preview of what the bundle will change before anything is applied."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.i18n.formats import format_timestamp
from app.ui.i18n.problems import problem_text
from app.ui.settings.options import BUNDLES_FOLDER
from app.ui.sync.import_summary import import_summary
from app.ui.sync.preview import BundlePreview
from app.ui.widgets.messages import inform, show_error

if TYPE_CHECKING:
    from app.sync.importer import ImportResult
    from app.ui.context import AppContext

class DropArea(QFrame):
    """Accepts files dropped from a file manager (a USB stick, an e-mail attachment)."""

    dropped = Signal(list)

    def __init__(self, text: str, parent=None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumHeight(70)
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        QVBoxLayout(self).addWidget(label)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.dropped.emit(paths)


class ExchangeTab(QWidget):
    exported = Signal(str)  # the path written
    imported = Signal(object)  # the ImportResult applied

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._queue: list[str] = []

        send = QGroupBox(self.tr("Send"))
        form = QFormLayout(send)
        self.peer = QComboBox()
        self.peer.setAccessibleName(self.tr("Recipient"))
        self.peer.currentIndexChanged.connect(lambda _i: self._describe_peer())
        peer_label = QLabel(self.tr("&Recipient:"))
        peer_label.setBuddy(self.peer)
        form.addRow(peer_label, self.peer)
        self.full = QCheckBox(self.tr("Send &everything, not only what the recipient has not confirmed"))
        form.addRow("", self.full)
        self.export_button = QPushButton(self.tr("&Make bundle\u2026"))
        self.export_button.clicked.connect(self.choose_export_file)
        form.addRow("", left_aligned(self.export_button))
        self.send_note = QLabel()
        self.send_note.setWordWrap(True)
        form.addRow("", self.send_note)

        receive = QGroupBox(self.tr("Receive"))
        column = QVBoxLayout(receive)
        self.drop = DropArea(self.tr("Drop bundle files here, or"))
        self.drop.dropped.connect(self.import_files)
        column.addWidget(self.drop)
        row = QHBoxLayout()
        self.import_button = QPushButton(self.tr("&Import bundles\u2026"))
        self.import_button.clicked.connect(self.choose_import_files)
        row.addWidget(self.import_button)
        row.addStretch(1)
        column.addLayout(row)

        layout = QVBoxLayout(self)
        layout.addWidget(send)
        layout.addWidget(receive)
        layout.addStretch(1)

    # ---------------------------------------------------------------- peers
    def set_peers(self, statuses) -> None:
        """``statuses``: app.sync.status.PeerStatus of each trusted peer."""
        current = self.peer.currentData()
        self._statuses = {s.office: s for s in statuses}
        self.peer.blockSignals(True)
        self.peer.clear()
        for s in statuses:
            self.peer.addItem(f"{s.office} \u2013 {s.name}" if s.name else s.office, s.office)
        if current:
            self.peer.setCurrentIndex(max(self.peer.findData(current), 0))
        self.peer.blockSignals(False)
        self.export_button.setEnabled(bool(statuses))
        self._describe_peer()

    def _describe_peer(self) -> None:
        status = getattr(self, "_statuses", {}).get(self.peer.currentData())
        if status is None:
            self.send_note.setText(self.tr("No office is trusted yet. Exchange identity cards on the Keys tab "
                                           "first."))
        elif status.unacknowledged:
            self.send_note.setText(self.tr("%Ln change(s) that %1 has not confirmed yet, the oldest from %2.", "",
                                           status.unacknowledged).replace("%1", status.office)
                                   .replace("%2", format_timestamp(status.unacknowledged_since or "")))
        else:
            self.send_note.setText(self.tr("%1 has confirmed every change; a bundle now only carries the "
                                           "confirmation of what you received.").replace("%1", status.office))

    # --------------------------------------------------------------- export
    def choose_export_file(self) -> None:
        code = self.peer.currentData()
        if not code:
            return
        folder = self.ctx.settings.get(BUNDLES_FOLDER) or str(Path.home())
        suggested = Path(folder) / f"{self.ctx.office}-to-{code}-{date.today().isoformat()}.fdb"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save bundle"), str(suggested),
                                              self.tr("FieldDesk bundles (*.fdb);;All files (*)"))
        if path:
            self.export_to(code, path)

    def export_to(self, code: str, path: str) -> None:
        self.ctx.settings.set(BUNDLES_FOLDER, str(Path(path).parent))
        full = self.full.isChecked()

        def export(fd):
            # imported here: it loads cryptography (with sync.export)
            from app.sync.export import export_bundle

            return export_bundle(fd, code, Path(path), full=full)

        def done(result) -> None:
            changes = self.tr("%Ln change(s)", "", result.changes)
            attachments = self.tr("%Ln attachment(s)", "", result.attachments)
            inform(self, self.tr("Bundle saved"), self.tr(
                "Bundle #%1 for %2 was saved to %3 with %4 and %5. Carry it to %2 and import it there.")
                   .replace("%1", str(result.sequence)).replace("%2", result.recipient)
                   .replace("%3", str(result.path)).replace("%4", changes).replace("%5", attachments)
                   + "".join(f"\n\u2022 {w}" for w in result.warnings))
            self.exported.emit(str(result.path))

        self.ctx.write(export, done, owner=self, on_error=lambda e: show_error(self, e),
                       label=self.tr("Making the bundle\u2026"))

    # --------------------------------------------------------------- import
    def choose_import_files(self) -> None:
        folder = self.ctx.settings.get(BUNDLES_FOLDER) or str(Path.home())
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Import bundles"), folder,
                                                self.tr("FieldDesk bundles (*.fdb);;All files (*)"))
        if paths:
            self.ctx.settings.set(BUNDLES_FOLDER, str(Path(paths[0]).parent))
            self.import_files(paths)

    def import_files(self, paths: list[str]) -> None:
        """Preview and apply each file in turn (one dialog at a time)."""
        self._queue.extend(paths)
        if len(self._queue) == len(paths):
            self._next()

    def _next(self) -> None:
        if not self._queue:
            return
        path = self._queue[0]

        def preview(fd):
            # imported here: it loads cryptography (with sync.importer)
            from app.sync.importer import import_bundle

            return import_bundle(fd, Path(path), dry_run=True)

        self.ctx.read(preview, lambda result: self._previewed(path, result), owner=self,
                      on_error=lambda e: self._failed(e), label=self.tr("Checking the bundle\u2026"))

    def _previewed(self, path: str, result: ImportResult) -> None:
        if result.status != "would_apply":
            title = self.tr("Bundle not imported") if result.exit_code else self.tr("Nothing to import")
            if result.exit_code:
                show_error_text(self, result.message, title)
            else:  # imported before, or brought by a later bundle: said in the interface's language
                inform_text(self, import_summary(result), title)
            self._done_with(path)
            return
        dialog = BundlePreview(result, self)
        if dialog.exec():
            self._apply(path)
        else:
            self._done_with(path)

    def _apply(self, path: str) -> None:
        def apply(fd):
            # imported here: it loads cryptography (with sync.importer)
            from app.sync.importer import import_bundle

            return import_bundle(fd, Path(path))

        def done(result: ImportResult) -> None:
            if result.exit_code:
                show_error_text(self, result.message, self.tr("Bundle not imported"))
            else:
                inform(self, self.tr("Bundle imported"), import_summary(result) + "".join(
                    f"\n\u2022 {problem_text(w, None)}" for w in result.warnings))
                self.imported.emit(result)
            self._done_with(path)

        self.ctx.write(apply, done, owner=self,
                       on_error=self._failed, label=self.tr("Importing the bundle\u2026"))

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)
        if self._queue:
            self._done_with(self._queue[0])

    def _done_with(self, path: str) -> None:
        if self._queue and self._queue[0] == path:
            self._queue.pop(0)
        self._next()


def left_aligned(widget: QWidget) -> QWidget:
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(widget)
    row.addStretch(1)
    return holder


def inform_text(parent, text: str, title: str) -> None:
    inform(parent, title, text)


def show_error_text(parent, text: str, title: str) -> None:
    """Why a bundle was not imported, in the interface's language (the services' problems are codes)."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title, problem_text(text, None))
