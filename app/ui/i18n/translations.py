"""The interface language: FieldDesk's own catalogue and Qt's ``qtbase_`` catalogue (so stock dialogs and buttons
are translated too), the layout direction (Arabic is right to left) and the locale for dates and numbers."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from app.resources import resource
from app.ui.i18n.vocabulary import set_language

# The six UN languages, each named in itself (a user who cannot read the current language still finds their own).
LANGUAGES: list[tuple[str, str]] = [
    ("ar", "العربية"),
    ("zh", "中文"),
    ("en", "English"),
    ("fr", "Français"),
    ("ru", "Русский"),
    ("es", "Español"),
]
CODES = [code for code, _ in LANGUAGES]
RIGHT_TO_LEFT = {"ar"}
QT_CATALOGUE = {"zh": "qtbase_zh_CN"}
# Labels of Qt's own file dialog that Qt's catalogues lack (Qt 6 added their mnemonics): FieldDesk's catalogue has
# them (Qt asks every installed translator).
QT_GAPS = [QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"), QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:")]


def catalogue_path(code: str):
    return resource("i18n", f"fielddesk_{code}.qm")


def resolve(setting: str, system: QLocale | None = None) -> str:
    """The language to use: the one chosen in the preferences, else the system's when FieldDesk has it, else English."""
    if setting in CODES:
        return setting
    system = system or QLocale.system()
    code = QLocale.languageToCode(system.language())
    return code if code in CODES else "en"


# CLDR's own locale of a language where Qt's bare code names one country's: Qt's "ar" is Egypt's Arabic, with
# Arabic-Indic digits; CLDR's "ar" (Qt's ar_001) writes the Latin digits, its default numbering system, as the
# reports and spreadsheets do (app.vocabulary.numerals)
CLDR_LOCALES = {"ar": "ar_001"}


def locale_for(code: str, system: QLocale | None = None) -> QLocale:
    """Dates and numbers follow the system's locale when it speaks the interface language and writes its digits
    (fr_CA stays fr_CA), else that language's main locale (ar_EG's Arabic-Indic digits would differ from the paper)."""
    system = system or QLocale.system()
    main = QLocale(CLDR_LOCALES.get(code, code))
    if QLocale.languageToCode(system.language()) != code:
        return main
    if _formats_of_c(system):
        # LANGUAGE=es with LANG=C: Qt names the system locale es_ES but formats its dates from the C locale
        # ("7 12 2026"); the named locale's own CLDR formats are what a Spanish reader expects.
        system = QLocale(system.name())
    return system if system.zeroDigit() == main.zeroDigit() else main


def _formats_of_c(locale: QLocale) -> bool:
    c = QLocale.c()
    return all(locale.dateFormat(f) == c.dateFormat(f) for f in (QLocale.FormatType.ShortFormat,
                                                                  QLocale.FormatType.LongFormat))


class Translations:
    """Installs and replaces the translators of one application."""

    def __init__(self, app: QCoreApplication):
        self.app = app
        self.language = "en"
        self.missing = ""  # the language chosen whose catalogue is not installed ("" when none is missing)
        self._installed: list[QTranslator] = []

    def apply(self, setting: str) -> str:
        code = resolve(setting)
        self.missing = ""
        if code != "en" and not catalogue_path(code).is_file():
            self.missing, code = code, "en"  # said to the user by the shell (missing_catalogue_text)
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed = []
        own = QTranslator(self.app)
        if own.load(str(catalogue_path(code))):  # English too: its catalogue holds the plural forms
            self._installed.append(own)
        if code != "en":
            qt = QTranslator(self.app)
            if qt.load(QT_CATALOGUE.get(code, f"qtbase_{code}"),
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._installed.append(qt)
        for translator in self._installed:
            self.app.installTranslator(translator)
        QLocale.setDefault(locale_for(code))
        _relocate_windows(self.app)
        set_language(code)
        direction = Qt.LayoutDirection.RightToLeft if code in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
        if hasattr(self.app, "setLayoutDirection"):
            self.app.setLayoutDirection(direction)
        self.language = code
        return code


def _relocate_windows(app: QCoreApplication) -> None:
    """Windows made before the language was applied (the main window shows first, to be quick) took the system's
    locale then, and every widget in them inherits it: with LANG=C a Spanish window's spin boxes wrote
    "1,000,000.00". Each such window takes the interface's locale now, and passes it down to its widgets."""
    from PySide6.QtWidgets import QApplication

    if not isinstance(app, QApplication):
        return
    for window in app.topLevelWidgets():
        if not window.testAttribute(Qt.WidgetAttribute.WA_SetLocale):
            window.unsetLocale()  # resolved again: a window's locale is the default one


def language_name(code: str) -> str:
    return dict(LANGUAGES).get(code, code)


def missing_catalogue_text(code: str) -> str:
    """What to say when the chosen language's catalogue is not installed (a broken or partial install)."""
    return (QCoreApplication.translate(
        "Translations", "The translation into %1 is not installed with this FieldDesk (%2 is missing), so the "
        "interface stays in English. Reinstall FieldDesk, or run `make translations` in a source checkout.")
        .replace("%1", language_name(code)).replace("%2", str(catalogue_path(code))))
