"""The window a record's report opens in: which of the record's reports, its language and marking, and the same
preview as the Reports page (print, save as). The report is made again whenever one of the choices changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.ui.reports.generate import GenerateStrip, default_report_language, report_languages
from app.ui.reports.preview import ReportPreview
from app.ui.reports.runner import ReportRequest, report_label

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
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(self.strip)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
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

    def _closed(self, _result: int) -> None:
        self.strip.cancel()
        self.preview.clear()  # the working copy goes now, not when Qt gets round to deleting the window
