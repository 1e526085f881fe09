"""File > Access record: who printed or exported whose data here (reports, spreadsheets, bundles, subject access
reports, erasures), newest first, filtered by kind and text, and exported to CSV for an audit. Read through
``app.services.privacy.access_log`` on the database worker; the record never holds the personal data itself."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from app.services.privacy.access_log import events, export_csv
from app.ui.help.shortcut import guide_on_f1
from app.ui.widgets.messages import inform, show_error
from app.ui.widgets.table_model import TableModel


class AccessModel(TableModel):
    def __init__(self, parent=None):
        super().__init__(parent=parent)
        self.headers = [self.tr("When (UTC)"), self.tr("Who"), self.tr("Kind"), self.tr("What"), self.tr("People"),
                        self.tr("File, office or record")]
        self.kinds = {"report": self.tr("Report"), "spreadsheet": self.tr("Spreadsheet"), "bundle": self.tr("Bundle"),
                      "subject_access": self.tr("Subject access report"), "erasure": self.tr("Erasure"),
                      "retention": self.tr("Retention sweep"), "data_export": self.tr("Data export (JSON)")}

    def set_events(self, events: list) -> None:
        self.reset_rows(events)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        e = self.rows[index.row()]
        return [e.at[:16].replace("T", " "), e.author, self.kinds.get(e.kind, e.kind), e.what, str(e.people),
                e.target][index.column()]


class AccessRecordDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Access record"))
        guide_on_f1(self, ctx, "privacy")
        self.resize(900, 480)
        self.model = AccessModel(self)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        self.kind.addItem(self.tr("Everything"), None)
        for key, label in self.model.kinds.items():
            self.kind.addItem(label, key)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Search what was made, its file, office or record"))
        self.text.setAccessibleName(self.tr("Search the access record"))
        self.count = QLabel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Access record"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.export_button = QPushButton(self.tr("Export for an audit\u2026"))
        self.export_button.clicked.connect(self.export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        filters = QHBoxLayout()
        kind_label = QLabel(self.tr("&Kind:"))
        kind_label.setBuddy(self.kind)
        filters.addWidget(kind_label)
        filters.addWidget(self.kind)
        filters.addWidget(self.text, 1)
        filters.addWidget(self.count)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Every report, spreadsheet, bundle, subject access report and erasure made "
                                        "here: who, when, what and for how many people. It never holds the "
                                        "personal data itself."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.reload)
        self.kind.currentIndexChanged.connect(self.reload)
        self.text.textChanged.connect(self._timer.start)
        self.reload()

    def _filters(self) -> dict:
        return {"kind": self.kind.currentData(), "text": self.text.text().strip() or None}

    def reload(self) -> None:
        wanted = self._filters()

        def shown(found) -> None:
            if wanted == self._filters():
                self.model.set_events(found)
                self.count.setText(self.tr("%n event(s)", "", len(found)))
                self.view.resizeColumnsToContents()

        self.ctx.read(lambda fd: events(fd, **wanted), shown, owner=self)

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the access record"), "access-record.csv",
                                              self.tr("CSV files (*.csv)"))
        if not path:
            return
        wanted = self._filters()

        def done(written) -> None:
            inform(self, self.tr("Access record"), self.tr("%n event(s) written to %1.", "", len(written[1]))
                   .replace("%1", str(written[0])))

        self.ctx.read(lambda fd: (lambda found: (export_csv(found, path), found))(events(fd, **wanted)), done,
                      owner=self, on_error=lambda error: show_error(self, error))
