"""About FieldDesk: the version, FieldDesk's licence, where the data is kept, and every bundled library and font
with its version and licence (``app.licences.components()``, read on the worker by the caller); choosing one shows
its licence text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.licences import Component, licence_text
from app.ui.icons import app_icon
from app.ui.widgets.table_model import TableModel

Index = QModelIndex | QPersistentModelIndex


def kind_label(kind: str) -> str:
    return {
        "application": QCoreApplication.translate("AboutDialog", "Application"),
        "runtime": QCoreApplication.translate("AboutDialog", "Runtime"),
        "library": QCoreApplication.translate("AboutDialog", "Library"),
        "font": QCoreApplication.translate("AboutDialog", "Font"),
    }.get(kind, kind)


class ComponentsModel(TableModel):
    """The components, one per row: name, version, licence, kind."""

    def __init__(self, items: list[Component], parent: QWidget | None = None):
        super().__init__([QCoreApplication.translate("AboutDialog", "Component"),
                          QCoreApplication.translate("AboutDialog", "Version"),
                          QCoreApplication.translate("AboutDialog", "Licence"),
                          QCoreApplication.translate("AboutDialog", "Part")], parent)
        self.rows = items

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return [item.name, item.version, item.licence or QCoreApplication.translate("AboutDialog", "see the text"),
                    kind_label(item.kind)][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.url or None
        return None


class AboutDialog(QDialog):
    def __init__(self, items: list[Component], profile_folder: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About FieldDesk"))
        self.setWindowIcon(app_icon())

        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        name = QLabel("FieldDesk")
        title_font = QFont(name.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        name.setFont(title_font)
        self.version_label = QLabel(self.tr("Version %1").replace("%1", __version__))
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        summary = QLabel(self.tr("Missions, trainings, reports and sync for the field offices of a human rights "
                                 "technical cooperation programme."))
        summary.setWordWrap(True)
        self.licence_label = QLabel(self.tr("FieldDesk is free software under the MIT licence. It is built on the "
                                            "libraries and fonts below, each under its own licence: choose one to "
                                            "read it."))
        self.licence_label.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(name)
        heading.addWidget(self.version_label)
        heading.addWidget(summary)
        heading.addWidget(self.licence_label)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(heading, 1)

        self.data_label = QLabel()
        self.data_label.setWordWrap(True)
        self.data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if profile_folder is not None:
            self.data_label.setText(self.tr("Your data is kept in %1, not in the program's folder: installing a "
                                            "newer version or removing FieldDesk leaves it where it is.")
                                    .replace("%1", str(profile_folder)))
        self.data_label.setVisible(profile_folder is not None)

        self.model = ComponentsModel(items, self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for the next field
        self.table.setObjectName("aboutComponents")
        self.table.setAccessibleName(self.tr("Components and their licences"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.text = QPlainTextEdit()
        self.text.setObjectName("aboutLicenceText")
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.text)
        splitter.setSizes([260, 240])
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_licence(current.row()))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.data_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(760, 640)
        self.table.selectRow(0)

    def show_licence(self, row: int) -> None:
        if not 0 <= row < len(self.model.rows):
            self.text.clear()
            return
        item = self.model.rows[row]
        self.text.setAccessibleName(self.tr("Licence of %1").replace("%1", item.name))
        text = licence_text(item)
        if not text:
            text = (self.tr("The licence text of %1 is not included with this copy of FieldDesk; see %2.")
                    .replace("%1", item.name).replace("%2", item.url or item.licence))
        self.text.setPlainText(text)
