"""Showing a recovery key, once: in large characters, with a printable PDF sheet and a box to tick once it is
written down or printed. The wizard shows it as a page, Preferences (encrypting, a new recovery key) as a dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.reports.recovery_sheet import write_recovery_sheet
from app.ui.i18n.formats import isolated
from app.ui.safety.passphrase_fields import OK_STYLE
from app.ui.tasks.taskman import TaskManager
from app.ui.widgets.form import ERROR_STYLE
from app.ui.widgets.messages import confirm, error_text


def key_lines(key: str) -> str:
    """The key in lines of three groups, as on the printed sheet."""
    groups = key.split("-")
    return "\n".join("  ".join(groups[n : n + 3]) for n in range(0, len(groups), 3))


class RecoveryKeyPanel(QWidget):
    confirmed_changed = Signal(bool)

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None):
        super().__init__(parent)
        self.tasks = tasks
        self.key = ""
        self.office = self.office_name = ""
        intro = QLabel(self.tr("If the passphrase is forgotten, this recovery key is the only way to open the "
                               "profile. It is shown only now. Write it down or print it, and keep it locked away, "
                               "apart from this computer: anyone who has both can read the profile."))
        intro.setWordWrap(True)
        self.key_label = QLabel()
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                               | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10) * 1.6)
        font.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.key_label.setMargin(12)
        self.key_label.setAutoFillBackground(True)
        self.key_label.setBackgroundRole(QPalette.ColorRole.Base)
        self.save_button = QPushButton(self.tr("&Save printable sheet (PDF)\u2026"))
        self.save_button.clicked.connect(self.save_sheet)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()
        self.confirmed = QCheckBox(self.tr("I have &written down or printed the recovery key"))
        self.confirmed.toggled.connect(self.confirmed_changed)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.key_label)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.confirmed)

    def set_key(self, key: str, office: str, office_name: str) -> None:
        self.key, self.office, self.office_name = key, office, office_name
        self.key_label.setText(key_lines(key))
        self.confirmed.setChecked(False)
        self.status.hide()

    def is_confirmed(self) -> bool:
        return self.confirmed.isChecked()

    def save_sheet(self) -> None:
        suggested = str(Path.home() / f"FieldDesk recovery key {self.office}.pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the recovery sheet"), suggested,
                                              self.tr("PDF files (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        key, office, name = self.key, self.office, self.office_name
        self.save_button.setEnabled(False)
        self.tasks.run(lambda: write_recovery_sheet(Path(path), office=office, office_name=name, recovery_key=key),
                       self._saved, self._failed, owner=self)

    def _saved(self, path: Path) -> None:
        self.save_button.setEnabled(True)
        self.status.setStyleSheet(OK_STYLE)
        self.status.setText(self.tr("The sheet was saved as %1. Print it, then delete the file: a copy left on this "
                                    "computer defeats its purpose.").replace("%1", isolated(str(path))))
        self.status.show()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(error_text(error))
        self.status.show()


class RecoveryKeyDialog(QDialog):
    """The recovery key after encrypting a profile or replacing the key; closes once the box is ticked (or the user
    says twice that they do not want to keep it)."""

    def __init__(self, tasks: TaskManager, key: str, office: str, office_name: str, heading: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recoveryKeyDialog")
        self.setWindowTitle(self.tr("Recovery key"))
        title = QLabel(heading)
        title.setWordWrap(True)
        bold = title.font()
        bold.setBold(True)
        title.setFont(bold)
        self.panel = RecoveryKeyPanel(tasks)
        self.panel.set_key(key, office, office_name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setEnabled(False)
        self.close_button.clicked.connect(self.accept)
        self.panel.confirmed_changed.connect(self.close_button.setEnabled)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def reject(self) -> None:
        if self.panel.is_confirmed() or confirm(
                self, self.tr("Recovery key"),
                self.tr("The recovery key is shown only now. Without it, a forgotten passphrase means the data "
                        "cannot be opened. Close without keeping it?")):
            super().reject()
