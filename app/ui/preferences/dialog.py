"""Preferences: the interface language, the default folders for sync bundles and reports, and (with an open
profile) data safety (the idle lock, encryption, passphrase and recovery key) and the settings of printed reports
(the letterhead, paper, weekend, certificates)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.help.shortcut import guide_on_f1
from app.ui.i18n.formats import format_date, format_number
from app.ui.i18n.translations import LANGUAGES
from app.ui.preferences.reports_section import ReportsSection
from app.ui.preferences.retention_section import RetentionSection
from app.ui.settings.options import BUNDLES_FOLDER, LANGUAGE, REPORTS_FOLDER, TEXT_SIZE
from app.ui.settings.registry import Settings
from app.ui.settings.text_size import SIZES, text_size
from app.ui.widgets.dialog_fit import keep_fitting
from app.ui.widgets.enter_keys import enter_never_rejects

if TYPE_CHECKING:
    from app.services.profile.throttle import UnlockThrottle
    from app.ui.context import AppContext


class FolderField(QWidget):
    def __init__(self, text: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.edit = QLineEdit(text)
        self.edit.setAccessibleName(title)
        self.browse = QPushButton(self.tr("Browse\u2026"))
        self.browse.setAccessibleName(self.tr("Browse for: %1").replace("%1", title))
        self.browse.clicked.connect(self._choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.browse)

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.title, self.edit.text())
        if chosen:
            self.edit.setText(chosen)

    def value(self) -> str:
        return self.edit.text().strip()


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None, ctx: AppContext | None = None,
                 throttle: UnlockThrottle | None = None):
        super().__init__(parent)
        self.settings = settings
        self.safety = None
        self.reports_section = None
        self.retention = None
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.addItem(self.tr("As the system"), "")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.get(LANGUAGE)), 0))
        self.language.setAccessibleName(self.tr("Language"))
        self.text_size = QComboBox()
        for percent in SIZES:
            self.text_size.addItem(self.tr("%1 %").replace("%1", format_number(percent)), percent)
        self.text_size.setCurrentIndex(max(self.text_size.findData(text_size(settings)), 0))
        self.text_size.setAccessibleName(self.tr("Text size"))
        self.bundles = FolderField(settings.get(BUNDLES_FOLDER), self.tr("Folder for sync bundles"))
        self.reports = FolderField(settings.get(REPORTS_FOLDER), self.tr("Folder for reports"))
        form = QFormLayout()
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        size_label = QLabel(self.tr("Te&xt size:"))
        size_label.setBuddy(self.text_size)
        form.addRow(size_label, self.text_size)
        bundles_label = QLabel(self.tr("Folder for sync &bundles:"))
        bundles_label.setBuddy(self.bundles.edit)
        form.addRow(bundles_label, self.bundles)
        reports_label = QLabel(self.tr("Folder for &reports:"))
        reports_label.setBuddy(self.reports.edit)
        form.addRow(reports_label, self.reports)
        sample = self.tr("Dates and numbers follow the conventions of the language: today is %1; one thousand "
                         "two hundred and fifty-five is %2.").replace("%1", format_date(date.today())).replace(
            "%2", format_number(1255))
        note = QLabel(sample)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        enter_never_rejects(buttons)  # Enter never cancels
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        if ctx is not None:
            # imported here: it loads cryptography (with ui.safety.preferences_section)
            from app.ui.safety.preferences_section import SafetySection

            self.safety = SafetySection(ctx, throttle)
            self.reports_section = ReportsSection(ctx)
            self.retention = RetentionSection(ctx)
            # one tab a section: together they are taller than a 768-pixel screen
            self.sections = QTabWidget()
            for section in (self.safety, self.reports_section, self.retention):
                page = QWidget()
                column = QVBoxLayout(page)
                column.addWidget(section)
                column.addStretch(1)
                self.sections.addTab(page, section.title())
                section.setTitle("")
                section.setFlat(True)
            layout.addWidget(self.sections)
            # F1: the guide's part about the tab shown
            tab_sections = ("recovery-key", "reports", "privacy")
            guide_on_f1(self, ctx, lambda: tab_sections[max(self.sections.currentIndex(), 0)])
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())
        keep_fitting(self)

    def chosen_language(self) -> str:
        return self.language.currentData() or ""

    def accept(self) -> None:
        if self.reports_section is not None and not self.reports_section.save():
            return  # the section says what it refused; nothing is saved and the dialog stays open
        self.settings.set(BUNDLES_FOLDER, self.bundles.value())
        self.settings.set(REPORTS_FOLDER, self.reports.value())
        self.settings.set(LANGUAGE, self.chosen_language())
        self.settings.set(TEXT_SIZE, self.text_size.currentData())
        if self.safety is not None:
            self.safety.save()
        if self.retention is not None:
            self.retention.save()
        super().accept()
