"""A review's "Dossier…" button: the review dossier (``app/reports/review_dossier.py``) of one of the review's
countries and thematic areas over its period, in the report window the other records' reports use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

from app.ui.reports.record_dialog import RecordReportDialog
from app.ui.reports.runner import ReportRequest

if TYPE_CHECKING:
    from app.ui.widgets.editor import RecordEditor


class DossierButton(QPushButton):
    def __init__(self, editor: RecordEditor):
        super().__init__(QCoreApplication.translate("DossierButton", "&Dossier\u2026"))
        self.editor = editor
        self.dialog = None
        self.setObjectName("reviewDossier")
        self.clicked.connect(self.open_dossier)
        editor.button_row.insertWidget(1, self)
        editor.state_changed.connect(self._update)
        self._update()

    def _update(self) -> None:
        editor = self.editor
        row = editor.row or {}
        ready = editor.mode == "existing" and not editor.is_dirty() and bool(row.get("country_ids")) \
            and bool(row.get("theme_ids"))
        self.setEnabled(ready)
        self.setToolTip("" if ready else self.tr("Save the review with a country and a thematic area first."))

    def open_dossier(self):
        editor = self.editor
        if not self.isEnabled():
            return None
        if self.dialog is not None:
            self.dialog.close()
        dialog = DossierDialog(editor.ctx, editor.row or {}, editor.record_id, editor.heading_label.text(),
                               editor.window())
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.dialog = dialog
        dialog.open()
        dialog.generate()
        return dialog

    def _forget(self, dialog) -> None:
        if self.dialog is dialog:
            self.dialog = None


class DossierDialog(RecordReportDialog):
    """The report window with the review's countries and thematic areas to choose from."""

    def __init__(self, ctx, row: dict[str, Any], record_id: str, subject: str, parent=None):
        super().__init__(ctx, ["review"], "review", record_id, subject, parent)
        self.row = row
        refs = ctx.refs
        self.country, self.theme = QComboBox(), QComboBox()
        for cid in row.get("country_ids") or []:
            self.country.addItem(refs.name("country", cid), refs.code("country", cid))
        for tid in row.get("theme_ids") or []:
            self.theme.addItem(refs.name("thematic_area", tid), refs.code("thematic_area", tid))
        self.country.setAccessibleName(self.tr("Country"))
        self.theme.setAccessibleName(self.tr("Thematic area"))
        country_label, theme_label = QLabel(self.tr("Co&untry:")), QLabel(self.tr("&Thematic area:"))
        country_label.setBuddy(self.country)
        theme_label.setBuddy(self.theme)
        options = self.layout().itemAt(0).layout()
        for n, widget in enumerate((country_label, self.country, theme_label, self.theme)):
            options.insertWidget(n, widget)
        self.country.currentIndexChanged.connect(self.generate)
        self.theme.currentIndexChanged.connect(self.generate)

    def request(self) -> ReportRequest:
        return ReportRequest("review", lang=self.language.currentData(), confidential=self.confidential.isChecked(),
                             subject=self.subject, paper=self.paper.currentData(),
                             date_from=self.row.get("period_from"), date_to=self.row.get("period_to"),
                             country=self.country.currentData(), theme=self.theme.currentData())
