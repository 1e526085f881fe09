"""Save as Word: an editable copy (.docx) of the report asked for, with the same text and letterhead, written on the
database worker to a file the user names. Offered wherever a report's kind takes the ``docx`` option (the
catalogue's, as ``fielddesk report ... --format docx``)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton

from app.reports.kinds import REPORT_KINDS
from app.ui.reports.files import safe_file_name
from app.ui.settings.options import REPORTS_FOLDER
from app.ui.widgets.form import ERROR_STYLE
from app.ui.widgets.messages import error_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.ui.context import AppContext
    from app.ui.reports.runner import ReportRequest


def offers_word(kind: str | None) -> bool:
    return kind in REPORT_KINDS and "docx" in REPORT_KINDS[kind].options


class WordCopy(QObject):
    """The "Save as Word…" button and the line that says where the copy went (or why it was not made)."""

    def __init__(self, ctx: AppContext, request: Callable[[], ReportRequest | None], parent: QObject | None = None):
        super().__init__(parent)
        self.ctx, self.request = ctx, request
        self.button = QPushButton(self.tr("Save as &Word\u2026"))
        self.button.setToolTip(self.tr("Save an editable copy (.docx) with the same text and letterhead"))
        self.button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setObjectName("docxMessage")
        self.message.setWordWrap(True)
        self.message.hide()

    def offer(self, kind: str | None) -> None:
        self.button.setVisible(offers_word(kind))
        self.message.hide()

    def save(self) -> None:
        request = self.request()
        if request is None:
            return
        folder = Path(self.ctx.settings.get(REPORTS_FOLDER) or Path.home())
        suggested = folder if folder.is_dir() else Path.home()
        name = safe_file_name(request.subject or request.title)
        target, _ = QFileDialog.getSaveFileName(self.button.window(), self.tr("Save an editable copy"),
                                                str(suggested / (name + ".docx")), self.tr("Word documents (*.docx)"))
        if not target:
            return
        if not target.lower().endswith(".docx"):
            target += ".docx"
        request = replace(request)

        def write(fd):  # on the database worker, like every report: it reads the records while it writes
            # imported here: it loads reportlab (with reports.build)
            from app.reports import build_report

            return build_report(fd, request.kind, target, record_id=request.record_id, lang=request.lang,
                                confidential=request.confidential, paper=request.paper, fmt="docx").path

        self.button.setEnabled(False)
        self.ctx.read(write, self._saved, owner=self, on_error=self._failed,
                      label=self.tr("Saving an editable copy"))

    def _saved(self, path) -> None:
        self.button.setEnabled(True)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved %1.").replace("%1", str(path)))
        self.message.show()

    def _failed(self, error: BaseException) -> None:
        self.button.setEnabled(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(error_text(error))
        self.message.show()
