"""The window a record's report opens in: which of the record's reports, its language, paper and marking (and the
attendance sheet's rows and days), and the same preview as the Reports page (print, save as, save as Word where the
kind has an editable copy). The report is made again whenever one of the choices changes."""

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
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.reports.kinds import DEFAULT_BLANK_ROWS, MAX_BLANK_ROWS, REPORT_KINDS
from app.ui.reports.generate import GenerateStrip, default_report_language, paper_items, report_languages
from app.ui.reports.preview import ReportPreview
from app.ui.reports.runner import ReportRequest, report_label
from app.ui.reports.word_copy import WordCopy

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
        self.paper = QComboBox()
        for code, name in paper_items():
            self.paper.addItem(name, code)
        self.paper.setAccessibleName(self.tr("Paper"))
        self.confidential = QCheckBox(self.tr("C&onfidential on every page"))
        kind_label = QLabel(self.tr("&Report:"))
        kind_label.setBuddy(self.kind)
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language)
        paper_label = QLabel(self.tr("&Paper:"))
        paper_label.setBuddy(self.paper)
        options = _row(kind_label, self.kind, None, language_label, self.language, None, paper_label, self.paper, None,
                       self.confidential)
        kind_label.setVisible(len(kinds) > 1)
        self.kind.setVisible(len(kinds) > 1)
        # the attendance sheet's own options (fielddesk report attendance --blank-rows N --all-days)
        self.blank_rows = QSpinBox()
        self.blank_rows.setRange(0, MAX_BLANK_ROWS)
        self.blank_rows.setValue(DEFAULT_BLANK_ROWS)
        self.blank_rows.setAccessibleName(self.tr("Blank rows"))
        blank_label = QLabel(self.tr("&Blank rows for walk-ins:"))
        blank_label.setBuddy(self.blank_rows)
        self.all_days = QCheckBox(self.tr("A column for &every day, weekends too"))
        self.sheet_options = QWidget()
        sheet = _row(blank_label, self.blank_rows, None, self.all_days)
        sheet.setContentsMargins(0, 0, 0, 0)
        self.sheet_options.setLayout(sheet)
        self.preview = ReportPreview(ctx)
        self.strip = GenerateStrip(ctx, self.preview)
        self.strip.generated.connect(self.generated)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.word = WordCopy(ctx, self.request, self)  # an editable copy, where the kind has one
        self.save_docx = self.word.button
        buttons.addButton(self.save_docx, QDialogButtonBox.ButtonRole.ActionRole)
        self.docx_message = self.word.message
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(self.sheet_options)
        layout.addWidget(self.strip)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.docx_message)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.kind.currentIndexChanged.connect(self.generate)
        self.language.currentIndexChanged.connect(self.generate)
        self.paper.currentIndexChanged.connect(self.generate)
        self.confidential.toggled.connect(self.generate)
        self.blank_rows.editingFinished.connect(self.generate)
        self.all_days.toggled.connect(self.generate)
        self.finished.connect(self._closed)
        self.resize(900, 760)

    def request(self) -> ReportRequest:
        kind = self.kind.currentData()
        sheet = REPORT_KINDS[kind].takes("blank_rows")
        return ReportRequest(kind, record_id=self.record_id, lang=self.language.currentData(),
                             confidential=self.confidential.isChecked(), subject=self.subject,
                             paper=self.paper.currentData(), blank_rows=self.blank_rows.value() if sheet else None,
                             all_days=sheet and self.all_days.isChecked())

    def generate(self) -> None:
        self.strip.run(self.request())

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.word.offer(kind)
        self.sheet_options.setVisible(REPORT_KINDS[kind].takes("blank_rows"))

    def _closed(self, _result: int) -> None:
        self.strip.cancel()
        self.preview.clear()  # the working copy goes now, not when Qt gets round to deleting the window


def _row(*widgets: QWidget | None) -> QHBoxLayout:
    """Widgets side by side, a gap where None stands, and room left at the end."""
    row = QHBoxLayout()
    for widget in widgets:
        if widget is None:
            row.addSpacing(12)
        else:
            row.addWidget(widget)
    row.addStretch(1)
    return row
