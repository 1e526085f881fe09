"""First start: set up the office (with messages for a bad code), its passphrase and recovery key, or a plain
profile by explicit choice; or load the demo data (a plain profile)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWizard
from uihelpers import choose, click, tick, type_text

from app.ui.first_start.wizard import FirstStartWizard
from app.ui.tasks.taskman import TaskManager


def next_page(qtbot, wizard) -> None:
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))


def fill_office(qtbot, wizard):
    next_page(qtbot, wizard)
    office = wizard.office
    assert wizard.currentPage() is office and not office.isComplete()
    type_text(qtbot, office.code, "G T!")
    assert office.errors["code"].text() == "Use 2 to 32 letters, digits or hyphens, for example GT-01."
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    type_text(qtbot, office.code, "mw-01")
    type_text(qtbot, office.name, "Lilongwe office")
    choose(qtbot, office.role, "field")
    choose(qtbot, office.country, "MW")
    assert office.errors["code"].isHidden() and office.isComplete()
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.passphrase


def test_setting_up_an_office_encrypts_it_and_shows_the_recovery_key_once(qtbot, tmp_path, monkeypatch):
    from app.services import FieldDesk
    from app.services.profile.vault import Keyring, ProfileLocked

    tasks = TaskManager()
    wizard = FirstStartWizard(tmp_path / "new", tasks)
    qtbot.addWidget(wizard)
    wizard.show()
    assert str(tmp_path / "new") in wizard.choice.findChild(QLabel, "profileFolder").text()
    fill_office(qtbot, wizard)
    page = wizard.passphrase
    create = wizard.button(QWizard.WizardButton.CommitButton)
    assert not page.plain.isChecked() and not create.isEnabled(), "encrypted unless chosen otherwise"
    type_text(qtbot, page.form.first.edit, "short")
    assert page.form.status.text() == "Too short: at least 8 characters (5 so far)."
    type_text(qtbot, page.form.first.edit, "password123")
    type_text(qtbot, page.form.second.edit, "password123")
    assert page.form.status.text().startswith("Too easy to guess: common words") and not create.isEnabled()
    type_text(qtbot, page.form.first.edit, "lake kettle orange window")
    type_text(qtbot, page.form.second.edit, "lake kettle orange")
    assert page.form.status.text() == "The two passphrases differ." and not create.isEnabled()
    type_text(qtbot, page.form.second.edit, "lake kettle orange window")
    assert page.form.status.text() == "The passphrases match, and the length is good." and create.isEnabled()
    click(qtbot, create)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery, timeout=20000)
    panel = wizard.recovery.panel
    key = panel.key
    assert key.startswith("FDRK-") and panel.key_label.text().replace("\n", "  ").split("  ") == key.split("-")
    assert wizard.fd.recovery_key is None, "the key is kept by the page only"
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled() and not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()

    sheet = tmp_path / "usb" / "sheet"
    sheet.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(sheet), "")))
    click(qtbot, panel.save_button)
    qtbot.waitUntil(lambda: panel.status.isVisible(), timeout=10000)
    saved = sheet.with_suffix(".pdf")
    assert saved.read_bytes().startswith(b"%PDF") and str(saved) in panel.status.text()

    tick(qtbot, panel.confirmed)
    assert finish.isEnabled()
    with qtbot.waitSignal(wizard.accepted, timeout=5000):
        click(qtbot, finish)
    fd = wizard.fd
    assert (fd.site.office, fd.site.role) == ("MW-01", "field") and fd.vault is not None
    assert fd.offices.get(fd.offices.ids()[0]).name == "Lilongwe office"
    fd.close()
    tasks.shutdown()
    with pytest.raises(ProfileLocked):
        FieldDesk.open(tmp_path / "new")
    Keyring(tmp_path / "new").unlock(key)  # the key shown opens it
    FieldDesk.open(tmp_path / "new", secret="lake kettle orange window").close()


def test_a_plain_profile_only_by_explicit_choice_with_a_warning(qtbot, tmp_path):
    tasks = TaskManager()
    wizard = FirstStartWizard(tmp_path / "plain", tasks)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_office(qtbot, wizard)
    page = wizard.passphrase
    assert page.warning.isHidden()
    tick(qtbot, page.plain)
    assert page.warning.isVisible() and "anyone who has this computer" in page.warning.text()
    assert not page.form.first.isEnabled()
    with qtbot.waitSignal(wizard.accepted, timeout=20000):
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert wizard.fd.vault is None and not (tmp_path / "plain" / "keyring.json").exists()
    wizard.fd.close()
    tasks.shutdown()


def test_leaving_the_recovery_key_page_without_keeping_the_key_asks(qtbot, tmp_path, dialogs):
    tasks = TaskManager()
    wizard = FirstStartWizard(tmp_path / "new", tasks)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_office(qtbot, wizard)
    for field in (wizard.passphrase.form.first, wizard.passphrase.form.second):
        type_text(qtbot, field.edit, "lake kettle orange window")
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery, timeout=20000)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    [(_kind, _title, text)] = dialogs.of("question")
    assert "shown only now" in text and wizard.isVisible() and wizard.result() == 0
    dialogs.answers = [QMessageBox.StandardButton.Yes]
    with qtbot.waitSignal(wizard.accepted, timeout=5000):
        qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.fd.vault is not None, "the profile was made: it opens"
    wizard.fd.close()
    tasks.shutdown()


def test_loading_the_demo(qtbot, tmp_path):
    tasks = TaskManager()
    wizard = FirstStartWizard(tmp_path / "demo", tasks)
    qtbot.addWidget(wizard)
    wizard.show()
    tick(qtbot, wizard.choice.demo)
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.demo
    with qtbot.waitSignal(wizard.accepted, timeout=60000):
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert wizard.fd.missions.count() > 0 and wizard.fd.participants.count() > 0
    assert wizard.fd.vault is None, "the demo holds invented data and is plain, as its page says"
    assert "not encrypted" in wizard.demo.findChildren(QLabel)[0].text()
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
    tick(qtbot, wizard.choice.demo)
    next_page(qtbot, wizard)
    with qtbot.waitSignal(tasks.idle, timeout=20000):
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert "is not empty and is not a FieldDesk profile" in wizard.demo.status_area.label.text()
    assert wizard.fd is None and sorted(p.name for p in taken.iterdir()) == ["notes.txt"]
    assert wizard.isVisible()
    tasks.shutdown()
