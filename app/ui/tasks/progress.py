"""The busy indicator in the status bar: shown only when work has taken half a second, so quick steps never flash."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from app.ui.tasks.taskman import TaskManager


class BusyIndicator(QWidget):
    def __init__(self, tasks: TaskManager, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # the length of the work is unknown: a moving bar
        self.bar.setMaximumWidth(140)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Working"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.hide()
        tasks.busy_changed.connect(self.set_busy)

    def set_busy(self, busy: bool, label: str) -> None:
        self.label.setText(label or self.tr("Working\u2026"))
        self.setVisible(busy)
