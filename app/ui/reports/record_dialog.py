"""The window a record's report opens in: which of the record's reports, its language and marking, and the same
preview as the Reports page (print, save as). The report is made again whenever one of the choices changes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.reports.files import safe_file_name
from app.ui.reports.generate import GenerateStrip, default_report_language, report_languages
from app.ui.reports.preview import ReportPreview
from app.ui.reports.runner import ReportRequest, report_label
from app.ui.settings.options import REPORTS_FOLDER
from app.ui.widgets.form import ERROR_STYLE
from app.ui.widgets.messages import error_text

DOCX_KINDS = ("mission", "training")  # app.reports.build.DOCX_KINDS, without loading ReportLab with the window

if TYPE_CHECKING:
    from app.ui.context import AppContext


class RecordReportDialog(QDialog):
    """The reports of one record: choose which (when there are several), the language and the marking; the report
    is made again whenever one of them changes."""

    generated = Signal(object)

    def __init__(self, ctx: AppContext, kinds: list[str], kind: str, record_id: str, subject: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx, self.record_id, self.subject = ctx, record_id, subject
        self.setWindowTitle(subject)
        self.kind = QComboBox()
        for value in kinds:
            self.kind.addItem(report_label(value), value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.kind.setAccessibleName(self.tr("Report"))
        self.language = QComboBox()
        for code, name in report_languages():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(default_report_language(ctx))))
        self.language.setAccessibleName(self.tr("Language"))
        self.confidential = QCheckBox(self.tr("C&onfidential on every page"))
        kind_label = QLabel(self.tr("&Report:"))
        kind_label.setBuddy(self.kind)
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language)
        options = QHBoxLayout()
        options.addWidget(kind_label)
        options.addWidget(self.kind)
        options.addSpacing(12)
        options.addWidget(language_label)
        options.addWidget(self.language)
        options.addSpacing(12)
        options.addWidget(self.confidential)
        options.addStretch(1)
        kind_label.setVisible(len(kinds) > 1)
        self.kind.setVisible(len(kinds) > 1)
        self.preview = ReportPreview(ctx)
        self.strip = GenerateStrip(ctx, self.preview)
        self.strip.generated.connect(self.generated)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # an editable copy (mission and training reports): the same story written by python-docx
        self.save_docx = QPushButton(self.tr("Save as &Word\u2026"))
        self.save_docx.setToolTip(self.tr("Save an editable copy (.docx) with the same text and letterhead"))
        self.save_docx.clicked.connect(self._save_docx)
        buttons.addButton(self.save_docx, QDialogButtonBox.ButtonRole.ActionRole)
        self.docx_message = QLabel()
        self.docx_message.setObjectName("docxMessage")
        self.docx_message.setWordWrap(True)
        self.docx_message.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(self.strip)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.docx_message)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._offer_docx)
        self._offer_docx()
        self.kind.currentIndexChanged.connect(self.generate)
        self.language.currentIndexChanged.connect(self.generate)
        self.confidential.toggled.connect(self.generate)
        self.finished.connect(self._closed)
        self.resize(900, 760)

    def request(self) -> ReportRequest:
        return ReportRequest(self.kind.currentData(), record_id=self.record_id, lang=self.language.currentData(),
                             confidential=self.confidential.isChecked(), subject=self.subject)

    def generate(self) -> None:
        self.strip.run(self.request())

    def _offer_docx(self) -> None:
        self.save_docx.setVisible(self.kind.currentData() in DOCX_KINDS)

    def _save_docx(self) -> None:
        request = self.request()
        folder = Path(self.ctx.settings.get(REPORTS_FOLDER) or Path.home())
        suggested = folder if folder.is_dir() else Path.home()
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save an editable copy"),
                                                str(suggested / (safe_file_name(self.subject) + ".docx")),
                                                self.tr("Word documents (*.docx)"))
        if not target:
            return
        if not target.lower().endswith(".docx"):
            target += ".docx"

        def write(fd):  # on the database worker, like every report: it reads the records while it writes
            from app.reports import build_report

            return build_report(fd, request.kind, target, record_id=request.record_id, lang=request.lang,
                                confidential=request.confidential, fmt="docx").path

        self.save_docx.setEnabled(False)
        self.ctx.read(write, self._docx_saved, owner=self, on_error=self._docx_failed,
                      label=self.tr("Saving an editable copy"))

    def _docx_saved(self, path) -> None:
        self.save_docx.setEnabled(True)
        self.docx_message.setStyleSheet("")
        self.docx_message.setText(self.tr("Saved %1.").replace("%1", str(path)))
        self.docx_message.show()

    def _docx_failed(self, error: BaseException) -> None:
        self.save_docx.setEnabled(True)
        self.docx_message.setStyleSheet(ERROR_STYLE)
        self.docx_message.setText(error_text(error))
        self.docx_message.show()

    def _closed(self, _result: int) -> None:
        self.strip.cancel()
        self.preview.clear()  # the working copy goes now, not when Qt gets round to deleting the window
