"""A record's own reports, from its editor: the catalogue's reports about the record's table (``kinds_about``) beside
its Save button: the mission report for a mission; the training report, attendance sheet and certificates for an
activity; the assessment for a request for assistance; the progress report for a project. Each opens the report
window (``record_dialog``), generated at once in the interface language. (QtPdf is imported only when a report is
first opened.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton

from app.reports.kinds import kinds_about
from app.ui.reports.runner import report_label

if TYPE_CHECKING:
    from app.ui.reports.record_dialog import RecordReportDialog
    from app.ui.widgets.editor import RecordEditor


class RecordReportsButton(QPushButton):
    """The button beside an editor's Save: one report, or a menu of a record's reports."""

    def __init__(self, editor: RecordEditor, kinds: list[str] | None = None):
        super().__init__()
        kinds = kinds or kinds_about(editor.table)
        self.editor, self.kinds = editor, kinds
        self.dialog: RecordReportDialog | None = None
        self.setObjectName("recordReports")
        if len(kinds) == 1:
            self.setText(self.tr("%1\u2026").replace("%1", report_label(kinds[0])))
            self.clicked.connect(lambda: self.open_report(kinds[0]))
        else:
            self.setText(self.tr("Reports"))
            menu = QMenu(self)
            for kind in kinds:
                action = QAction(self.tr("%1\u2026").replace("%1", report_label(kind)), menu)
                action.triggered.connect(lambda _checked=False, kind=kind: self.open_report(kind))
                menu.addAction(action)
            self.setMenu(menu)
        editor.button_row.insertWidget(1, self)
        editor.state_changed.connect(self._update)
        self._update()

    def _update(self) -> None:
        editor = self.editor
        ready = editor.mode == "existing" and not editor.is_dirty()
        self.setEnabled(ready)
        self.setToolTip("" if ready or editor.mode != "existing" else self.tr("Save the record first: reports show "
                                                                              "what is saved."))

    def open_report(self, kind: str) -> RecordReportDialog | None:
        editor = self.editor
        if editor.mode != "existing" or not editor.record_id or editor.is_dirty():
            return None
        # imported here: start-up: the first screen (participants) does not load ui.reports.record_dialog
        from app.ui.reports.record_dialog import RecordReportDialog

        if self.dialog is not None:
            self.dialog.close()
        dialog = RecordReportDialog(editor.ctx, self.kinds, kind, editor.record_id, editor.heading_label.text(),
                                    editor.window())
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.dialog = dialog
        dialog.open()
        dialog.generate()
        return dialog

    def _forget(self, dialog: RecordReportDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
