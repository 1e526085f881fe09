"""The "Printed reports" part of Preferences: the office's letterhead (name and address in each report language,
logo, signatory, document symbol), its paper, its weekend, the certificates' organisation and signatory, and the
name printed for this profile's author. The values live in the profile (``app.services.profile.letterhead`` and
``site_settings``), so they are read and written on the database worker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.services.profile import letterhead as lh
from app.services.profile import site_settings
from app.services.profile.site_settings import SettingRefused
from app.ui.widgets.form import ERROR_STYLE

if TYPE_CHECKING:
    from app.ui.context import AppContext

# report languages, each in its own name (as the report language menus show them)
REPORT_LANGUAGES = [("en", "English"), ("fr", "Français"), ("es", "Español"), ("ru", "Русский"), ("ar", "العربية"),
                    ("zh", "中文")]


def _snapshot(fd) -> dict:
    head = lh.letterhead(fd)
    return {"head": head, "weekend": site_settings.weekend(fd),
            "organisation": site_settings.organisation_name(fd),
            "certificate_signatory": site_settings.certificate_signatory(fd),
            "author_name": site_settings.author_names(fd).get(fd.author, ""),
            "training_language": site_settings.training_language(fd)}


class ReportsSection(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Printed reports"))
        self.ctx = ctx
        self.loaded: dict | None = None
        self.names: dict[str, str] = {}
        self.addresses: dict[str, str] = {}
        self.language = self._combo(REPORT_LANGUAGES, self.tr("Language of the office's name and address"))
        self.language.currentIndexChanged.connect(self._show_language)
        self._shown_lang = "en"
        self.office_name = self._line(self.tr("Office name in this language"))
        self.address = QPlainTextEdit()
        self.address.setAccessibleName(self.tr("Address in this language"))
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.default_lang = self._combo(REPORT_LANGUAGES, self.tr("Default language of the letterhead"))
        self.logo_path = self._line(self.tr("Logo file (PNG or JPEG)"))
        browse = QPushButton(self.tr("Browse\u2026"))
        browse.clicked.connect(self._choose_logo)
        self.no_logo = QCheckBox(self.tr("No logo"))
        logo_row = QWidget()
        row = QHBoxLayout(logo_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.logo_path, 1)
        row.addWidget(browse)
        row.addWidget(self.no_logo)
        self.signatory_name = self._line(self.tr("Signatory's name"))
        self.signatory_title = self._line(self.tr("Signatory's title"))
        self.symbol = self._line(self.tr("Document symbol pattern"))
        self.symbol.setToolTip(
            self.tr("{office}, {year}, {kind} and {n} are replaced, e.g. {office}/{year}/{kind}/{n}"))
        self.paper = self._combo([("a4", "A4"), ("letter", "US Letter")], self.tr("Paper"))
        self.weekend = self._combo([("saturday-sunday", self.tr("Saturday and Sunday")),
                                    ("friday-saturday", self.tr("Friday and Saturday"))], self.tr("Weekend"))
        self.organisation = self._line(self.tr("Organisation named on certificates"))
        self.certificate_signatory = self._line(self.tr("Who signs certificates"))
        self.certificate_signatory.setPlaceholderText(self.tr("The letterhead's signatory"))
        self.author_name = self._line(self.tr("Your name on printed histories"))
        self.training_language = self._combo(REPORT_LANGUAGES, self.tr("The office's usual training language"))
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout(self)
        for label, widget in [(self.tr("Language of the te&xts below:"), self.language),
                              (self.tr("Office &name:"), self.office_name), (self.tr("A&ddress:"), self.address),
                              (self.tr("De&fault language:"), self.default_lang), (self.tr("Lo&go:"), logo_row),
                              (self.tr("&Signatory:"), self.signatory_name), (self.tr("Signatory's &title:"),
                                                                              self.signatory_title),
                              (self.tr("Document s&ymbol:"), self.symbol), (self.tr("&Paper:"), self.paper),
                              (self.tr("&Weekend:"), self.weekend),
                              (self.tr("&Organisation on certificates:"), self.organisation),
                              (self.tr("&Certificates signed by:"), self.certificate_signatory),
                              (self.tr("Your name on pr&inted histories:"), self.author_name),
                              (self.tr("Usual &language of trainings:"), self.training_language)]:
            text = QLabel(label)
            text.setBuddy(self.logo_path if widget is logo_row else widget)
            form.addRow(text, widget)
        form.addRow(self.error)
        self.setEnabled(False)  # until the profile's values are read
        ctx.read(_snapshot, self._loaded, owner=self)

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        return edit

    def _combo(self, items, name: str) -> QComboBox:
        combo = QComboBox()
        for data, text in items:
            combo.addItem(text, data)
        combo.setAccessibleName(name)
        return combo

    def _loaded(self, values: dict) -> None:
        self.loaded = values
        head: lh.Letterhead = values["head"]
        self.names, self.addresses = dict(head.names), dict(head.addresses)
        self._shown_lang = self.language.currentData()
        self.office_name.setText(self.names.get(self._shown_lang, ""))
        self.address.setPlainText(self.addresses.get(self._shown_lang, ""))
        self.default_lang.setCurrentIndex(max(self.default_lang.findData(head.default_lang), 0))
        self.signatory_name.setText(head.signatory_name)
        self.signatory_title.setText(head.signatory_title)
        self.symbol.setText(head.symbol_pattern)
        self.paper.setCurrentIndex(max(self.paper.findData(head.paper), 0))
        self.weekend.setCurrentIndex(max(self.weekend.findData(values["weekend"]), 0))
        self.organisation.setText(values["organisation"])
        self.certificate_signatory.setText(values["certificate_signatory"])
        self.author_name.setText(values["author_name"])
        self.training_language.setCurrentIndex(max(self.training_language.findData(values["training_language"]), 0))
        # whether a logo is printed now, said where the file would be named
        self.logo_path.setPlaceholderText(self.tr("Keep the current logo") if head.has_logo
                                          else self.tr("No logo yet: name a PNG or JPEG file"))
        self.no_logo.setEnabled(head.has_logo)
        self.setEnabled(True)

    def _keep_shown_language(self) -> None:
        self.names[self._shown_lang] = self.office_name.text()
        self.addresses[self._shown_lang] = self.address.toPlainText()

    def _show_language(self) -> None:
        if self.loaded is None:
            return
        self._keep_shown_language()
        self._shown_lang = self.language.currentData()
        self.office_name.setText(self.names.get(self._shown_lang, ""))
        self.address.setPlainText(self.addresses.get(self._shown_lang, ""))

    def _choose_logo(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Logo"), "", self.tr("Images (*.png *.jpg *.jpeg)"))
        if chosen:
            self.logo_path.setText(chosen)

    def _refuse(self, message: str) -> bool:
        self.error.setText(message)
        self.error.show()
        return False

    def save(self) -> bool:
        """Check what was typed and write it on the worker; False (and the reason shown) when something is refused,
        in which case nothing is written."""
        if self.loaded is None:
            return True  # never shown filled: nothing was changed
        self._keep_shown_language()
        changes: dict = {"names": self.names, "addresses": self.addresses,
                         "default_lang": self.default_lang.currentData(),
                         "signatory_name": self.signatory_name.text(), "signatory_title": self.signatory_title.text(),
                         "symbol_pattern": self.symbol.text(), "paper": self.paper.currentData()}
        try:
            lh.check_symbol(self.symbol.text())
            if self.no_logo.isChecked():
                changes["logo_bytes"] = None
            elif self.logo_path.text().strip():
                changes["logo_bytes"] = lh.read_logo(self.logo_path.text().strip())  # a small file, checked here
        except SettingRefused as exc:
            return self._refuse(str(exc))
        weekend, organisation = self.weekend.currentData(), self.organisation.text()
        signatory, author_name = self.certificate_signatory.text(), self.author_name.text()
        training_language = self.training_language.currentData()

        def write(fd) -> None:
            lh.update(fd, **changes)
            site_settings.set_weekend(fd, weekend)
            site_settings.set_organisation_name(fd, organisation)
            site_settings.set_signatory(fd, signatory)
            site_settings.set_author_name(fd, author_name)
            site_settings.set_training_language(fd, training_language)

        self.ctx.write(write, label=self.tr("Saving the report settings"))
        return True
