"""The fellowship editor's Final report tab: when the report came and its summary (fields of the editor's one form,
moved here from the first tab, so they are saved and checked with the rest) and the report's file itself (the
fellowship's attachments, shown here rather than on a tab of their own)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.ui.widgets.form import RecordForm

REPORT_FIELDS = ("report_received", "report_summary")


class FinalReportTab(QScrollArea):
    def __init__(self, form: RecordForm, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        self.column = QVBoxLayout(inner)
        fields = QFormLayout()
        fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fields.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        source: QFormLayout = form.layout()
        for key in REPORT_FIELDS:
            label = form.labels[key]
            row, _role = source.getWidgetPosition(label)
            taken = source.takeRow(row)
            fields.addRow(label, taken.fieldItem.widget())
        summary = form.inputs["report_summary"].widget
        summary.setMaximumHeight(summary.fontMetrics().lineSpacing() * 6 + 12)  # room left for the files below
        self.column.addLayout(fields)
        self.files_heading = QLabel(self.tr("The report's file"))
        self.column.addWidget(self.files_heading)
        self.setWidget(inner)

    def add_files(self, attachments: QWidget) -> None:
        """The fellowship's attachments (made by the editor after its tabs)."""
        self.column.addWidget(attachments, 1)
        attachments.setMinimumHeight(attachments.fontMetrics().lineSpacing() * 7)
        attachments.show()  # hidden by the tab widget it was first put on

    def set_record(self, record_id: str | None, writable: bool = True) -> None:
        """The fields are the form's and the files the attachments': the editor shows both. A new fellowship's
        file waits for its first save."""
        self.files_heading.setText(self.tr("The report's file") if record_id else
                                   self.tr("The report's file, once the fellowship is saved"))
