"""First start: set up the office (with messages for a bad code), or load the demo data."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWizard
from uihelpers import type_text

from app.ui.first_start.wizard import FirstStartWizard
from app.ui.tasks.taskman import TaskManager


def test_setting_up_an_office(qtbot, tmp_path):
    tasks = TaskManager()
    wizard = FirstStartWizard(tmp_path / "new", tasks)
    qtbot.addWidget(wizard)
    wizard.show()
    assert str(tmp_path / "new") in wizard.choice.findChild(QLabel, "profileFolder").text()
    wizard.next()
    office = wizard.office
    assert wizard.currentPage() is office and not office.isComplete()
    type_text(qtbot, office.code, "G T!")
    assert office.errors["code"].text() == "Use 2 to 32 letters, digits or hyphens, for example GT-01."
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    type_text(qtbot, office.code, "mw-01")
    type_text(qtbot, office.name, "Lilongwe office")
    office.role.setCurrentIndex(office.role.findData("field"))
    office.country.setCurrentIndex(office.country.findData("MW"))
    assert office.errors["code"].isHidden() and office.isComplete()
    with qtbot.waitSignal(wizard.accepted, timeout=20000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    fd = wizard.fd
    assert (fd.site.office, fd.site.role) == ("MW-01", "field")
    assert fd.offices.get(fd.offices.ids()[0]).name == "Lilongwe office"
    fd.close()
    tasks.shutdown()


def test_loading_the_demo(qtbot, tmp_path):
    tasks = TaskManager()
    wizard = FirstStartWizard(tmp_path / "demo", tasks)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choice.demo.setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.demo
    with qtbot.waitSignal(wizard.accepted, timeout=60000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.fd.missions.count() > 0 and wizard.fd.participants.count() > 0
    wizard.fd.close()
    tasks.shutdown()


def test_a_folder_that_cannot_hold_a_profile_is_reported_and_nothing_is_made(qtbot, tmp_path):
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "notes.txt").write_text("someone's files")
    tasks = TaskManager()
    wizard = FirstStartWizard(taken, tasks)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choice.demo.setChecked(True)
    wizard.next()
    with qtbot.waitSignal(tasks.idle, timeout=20000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert "is not empty and is not a FieldDesk profile" in wizard.demo.status_area.label.text()
    assert wizard.fd is None and sorted(p.name for p in taken.iterdir()) == ["notes.txt"]
    assert wizard.isVisible()
    tasks.shutdown()
