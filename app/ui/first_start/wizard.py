"""First start, when there is no profile yet: set up this office (code, name, role, country) and its passphrase,
then keep the recovery key; or explore FieldDesk with demo data (a plain profile: the demo is invented, and says so).
The profile is made on the database worker; a failure leaves nothing behind (the services build it aside and move it
into place only when complete)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.models.enums import OfficeRole
from app.services import FieldDesk
from app.services.demo import load_demo
from app.ui.first_start.safety_pages import PassphrasePage, RecoveryPage
from app.ui.i18n.countries import all_countries
from app.ui.i18n.vocabulary import enum_choices
from app.ui.tasks.taskman import TaskManager
from app.ui.widgets.form import ERROR_STYLE
from app.ui.widgets.messages import confirm, error_text

OFFICE_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{1,31}$")
DEMO_OFFICE = ("GT-01", "Guatemala office (demo)", "field", "GT")
CHOICE_PAGE, OFFICE_PAGE, DEMO_PAGE, PASSPHRASE_PAGE, RECOVERY_PAGE = 0, 1, 2, 3, 4


class StatusArea(QWidget):
    """What the wizard is doing, or what went wrong."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setObjectName("wizardStatus")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Working"))
        self.progress.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.progress)

    def show_busy(self, text: str) -> None:
        self.label.setStyleSheet("")
        self.label.setText(text)
        self.progress.show()

    def show_error(self, text: str) -> None:
        self.label.setStyleSheet(ERROR_STYLE)
        self.label.setText(text)
        self.progress.hide()

    def clear(self) -> None:
        self.label.clear()
        self.progress.hide()


class ChoicePage(QWizardPage):
    def __init__(self, folder: Path, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to FieldDesk"))
        self.setSubTitle(self.tr("FieldDesk keeps your office's missions, trainings and participants on this "
                                 "computer."))
        self.setup = QRadioButton(self.tr("&Set up my office"))
        self.demo = QRadioButton(self.tr("&Explore FieldDesk with demo data"))
        self.setup.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.setup)
        group.addButton(self.demo)
        where = QLabel(self.tr("Your data will be kept in %1.").replace("%1", str(folder)))
        where.setObjectName("profileFolder")
        where.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.setup)
        layout.addWidget(self.demo)
        layout.addStretch(1)
        layout.addWidget(where)

    def nextId(self) -> int:
        return DEMO_PAGE if self.demo.isChecked() else OFFICE_PAGE


class DemoPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Demo data"))
        self.setSubTitle(self.tr("Finish loads the demo data; it takes a few seconds."))
        note = QLabel(self.tr("The demo holds invented missions, trainings and participants in five countries, "
                              "recorded by a Guatemala office. Use it to try FieldDesk, not for real work: for real "
                              "work, start again with a new profile folder. As it holds nothing real, the demo "
                              "profile is not encrypted."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addStretch(1)
        self.status_area = StatusArea()
        layout.addWidget(self.status_area)

    def nextId(self) -> int:
        return -1


class OfficePage(QWizardPage):
    def __init__(self, language: str, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Your office"))
        self.setSubTitle(self.tr("Every record you make carries this office's code, so headquarters knows where it "
                                 "comes from."))
        self.code = QLineEdit()
        self.code.setMaxLength(32)
        self.code.setPlaceholderText(self.tr("for example GT-01"))
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.name.setPlaceholderText(self.tr("for example Guatemala office"))
        self.role = QComboBox()
        for value, label in enum_choices(OfficeRole):
            self.role.addItem(label, value)
        self.country = QComboBox()
        self.country.addItem("\u2014", None)
        for code, name in sorted(all_countries(language), key=lambda c: c[1]):
            self.country.addItem(name, code)
        self.errors: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        self.status_area = StatusArea()
        outer.addWidget(self.status_area)
        for key, text, widget in (("code", self.tr("Office &code:"), self.code),
                                  ("name", self.tr("Office &name:"), self.name),
                                  ("role", self.tr("&Role:"), self.role),
                                  ("country", self.tr("C&ountry:"), self.country)):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(widget)
            error = QLabel()
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            column.addWidget(error)
            self.errors[key] = error
            form.addRow(label, box)
        self.code.textEdited.connect(self._edited)
        self.name.textEdited.connect(self._edited)

    def problems(self) -> dict[str, str]:
        found = {}
        code = self.code.text().strip()
        if not code:
            found["code"] = self.tr("The office code is required.")
        elif not OFFICE_CODE.match(code):
            found["code"] = self.tr("Use 2 to 32 letters, digits or hyphens, for example GT-01.")
        if not self.name.text().strip():
            found["name"] = self.tr("The office name is required.")
        return found

    def _edited(self) -> None:
        problems = self.problems()
        for key, label in self.errors.items():
            touched = {"code": self.code, "name": self.name}.get(key)
            message = problems.get(key, "") if touched is not None and touched.isModified() else ""
            label.setText(message)
            label.setVisible(bool(message))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.problems()

    def nextId(self) -> int:
        return PASSPHRASE_PAGE

    def values(self) -> tuple[str, str, str, str | None]:
        return (self.code.text().strip().upper(), self.name.text().strip(), self.role.currentData(),
                self.country.currentData())


class FirstStartWizard(QWizard):
    def __init__(self, folder: Path, tasks: TaskManager, language: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.folder, self.tasks = Path(folder), tasks
        self.fd = None
        self.creating = False
        self.setWindowTitle(self.tr("FieldDesk \u2013 first start"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.choice = ChoicePage(self.folder)
        self.office = OfficePage(language)
        self.demo = DemoPage()
        self.passphrase = PassphrasePage(RECOVERY_PAGE, StatusArea)
        self.recovery = RecoveryPage(tasks)
        self.setPage(CHOICE_PAGE, self.choice)
        self.setPage(OFFICE_PAGE, self.office)
        self.setPage(DEMO_PAGE, self.demo)
        self.setPage(PASSPHRASE_PAGE, self.passphrase)
        self.setPage(RECOVERY_PAGE, self.recovery)
        self.setStartId(CHOICE_PAGE)
        self.currentIdChanged.connect(self._page_changed)
        self.resize(640, 520)

    def _page_changed(self, page_id: int) -> None:
        # The recovery key is shown once: the page is left by ticking its box, not by Cancel.
        self.setOption(QWizard.WizardOption.NoCancelButton, page_id == RECOVERY_PAGE)

    def validateCurrentPage(self) -> bool:
        """Finish starts making the profile; the wizard closes when it is ready (or says what went wrong)."""
        if self.fd is not None:
            return True  # made: QWizard asks again when the wizard is accepted
        if self.creating:
            return False
        if self.currentPage() is self.choice:
            return True
        if self.currentPage() is self.office:
            return self.office.isComplete()
        if self.currentPage() is self.passphrase and not self.passphrase.isComplete():
            return False
        self.start_creating()
        return False

    def start_creating(self) -> None:
        demo = self.currentPage() is self.demo
        code, name, role, country = DEMO_OFFICE if demo else self.office.values()
        passphrase = None if demo else self.passphrase.passphrase()
        folder = self.folder

        def create():
            fd = FieldDesk.create(folder, office_code=code, office_name=name, role=role, country_code=country,
                                  passphrase=passphrase)
            if demo:
                try:
                    load_demo(fd)
                except BaseException:
                    fd.close()
                    raise
            return fd

        self.creating = True
        self._set_busy(True, self.tr("Loading the demo data\u2026") if demo else self.tr("Creating the profile\u2026"))
        self.tasks.run(create, self._created, self._failed)

    def _set_busy(self, busy: bool, text: str) -> None:
        area = self.currentPage().status_area
        if busy:
            area.show_busy(text)
        else:
            area.clear()
        for button in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton,
                       QWizard.WizardButton.NextButton, QWizard.WizardButton.CancelButton):
            widget = self.button(button)
            if widget is not None:
                widget.setEnabled(not busy)

    def _created(self, fd) -> None:
        self.creating = False
        self.fd = fd
        self._set_busy(False, "")
        if fd.recovery_key:
            self.recovery.panel.set_key(fd.recovery_key, fd.site.office, self.office.values()[1])
            fd.recovery_key = None  # shown on the next page, kept nowhere else
            self.next()
        else:
            self.accept()

    def reject(self) -> None:
        if self.currentPage() is self.recovery and not self.recovery.isComplete():
            if confirm(self, self.tr("Recovery key"),
                       self.tr("The recovery key is shown only now. Without it, a forgotten passphrase means the "
                               "data cannot be opened. Go on without keeping it?")):
                self.done(QWizard.DialogCode.Accepted)  # the profile is made: open it
            return
        super().reject()

    def _failed(self, error: BaseException) -> None:
        self.creating = False
        self._set_busy(False, "")
        self.currentPage().status_area.show_error(error_text(error))
