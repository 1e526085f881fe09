"""The fields a passphrase is typed into: one hidden line with a Show button, and the "new passphrase, twice" form
with its strength note (the wizard, Preferences and the recovery flow share it)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.profile.strength import estimate
from app.ui.i18n.formats import format_number
from app.ui.widgets.form import ERROR_STYLE

MIN_LENGTH = 8  # app.services.profile.strength refuses shorter ones, and easily guessed ones
GOOD_LENGTH = 12
OK_STYLE = "color: #1e6b32;"


class SecretField(QWidget):
    """A line edit that hides what is typed, with a Show/Hide button beside it."""

    edited = Signal()
    submitted = Signal()

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setMaxLength(1024)
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self.set_shown)
        self.set_name(name)
        self.set_shown(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.toggle)
        self.setFocusProxy(self.edit)
        # as tall as a line edit, whatever message appears below it
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.edit.textChanged.connect(self.edited)
        self.edit.returnPressed.connect(self.submitted)

    def set_name(self, name: str) -> None:
        """What a screen reader calls the field (and its Show button)."""
        self.edit.setAccessibleName(name)
        self.toggle.setAccessibleName(self.tr("Show what is typed in: %1").replace("%1", name))

    def set_shown(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.toggle.setText(self.tr("Hide") if shown else self.tr("Show"))
        if self.toggle.isChecked() != shown:
            self.toggle.setChecked(shown)

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    def clear(self) -> None:
        self.edit.clear()


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def show_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class NewPassphraseForm(QWidget):
    """The new passphrase twice (and, to change one, the current passphrase first). ``changed`` fires as it is typed;
    ``problem()`` says what still stops it, or "" when it can be used."""

    changed = Signal()
    submitted = Signal()

    def __init__(self, ask_current: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.current: SecretField | None = None
        self.current_error = error_label()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if ask_current:
            self.current = SecretField(self.tr("Current passphrase"))
            self._row(form, self.tr("C&urrent passphrase:"), self.current, self.current_error)
        self.first = SecretField(self.tr("New passphrase"))
        self.second = SecretField(self.tr("New passphrase again"))
        self.second.toggle.hide()  # one Show button shows both
        self.first.toggle.toggled.connect(self.second.set_shown)
        self._row(form, self.tr("&New passphrase:"), self.first)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._row(form, self.tr("&Again:"), self.second, self.status)
        note = QLabel(self.tr("At least 8 characters. A few unrelated words are easier to remember and harder to "
                              "guess than a short password with symbols. Without the passphrase, only the recovery "
                              "key opens the profile."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(note)
        for field in (self.current, self.first, self.second):
            if field is not None:
                field.edited.connect(self._edited)
                field.submitted.connect(self.submitted)
        self._edited()

    def _row(self, form: QFormLayout, text: str, field: SecretField, under: QLabel | None = None) -> None:
        label = QLabel(text)
        label.setBuddy(field.edit)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(field)
        if under is not None:
            column.addWidget(under)
        form.addRow(label, box)

    def passphrase(self) -> str:
        return self.first.text()

    def current_secret(self) -> str:
        return self.current.text() if self.current is not None else ""

    def problem(self) -> str:
        first, second = self.first.text(), self.second.text()
        if len(first) < MIN_LENGTH:
            return self.tr("Too short: at least 8 characters (%1 so far).").replace("%1", format_number(len(first)))
        if first.strip() != first:
            return self.tr("The passphrase starts or ends with a space; remove it, it is easily forgotten.")
        if not estimate(first).acceptable:
            return self.tr("Too easy to guess: common words, names, dates, keyboard patterns and repeats are tried "
                           "first. Use three or four unrelated words, or a sentence of your own.")
        if first != second:
            return self.tr("Type the same passphrase again below.") if not second else \
                self.tr("The two passphrases differ.")
        if self.current is not None and not self.current.text():
            return self.tr("Type the current passphrase too.")
        return ""

    def is_complete(self) -> bool:
        return not self.problem()

    def _edited(self) -> None:
        problem = self.problem()
        typed = bool(self.first.text() or self.second.text())
        if problem:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(problem if typed else "")
        elif len(self.first.text()) < GOOD_LENGTH:
            self.status.setStyleSheet(OK_STYLE)
            self.status.setText(self.tr("The passphrases match. Accepted, but a longer one (12 characters or "
                                        "more) is harder to guess."))
        else:
            self.status.setStyleSheet(OK_STYLE)
            self.status.setText(self.tr("The passphrases match, and the length is good."))
        self.status.setVisible(bool(self.status.text()))
        if self.current is not None:
            show_message(self.current_error, "")
        self.changed.emit()

    def show_current_error(self, text: str) -> None:
        show_message(self.current_error, text)
        if self.current is not None:
            self.current.edit.selectAll()
            self.current.edit.setFocus()

    def set_enabled(self, enabled: bool) -> None:
        for field in (self.current, self.first, self.second):
            if field is not None:
                field.setEnabled(enabled)
