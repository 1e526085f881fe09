"""Screenshots of data safety: the passphrase dialog, the wizard's passphrase and recovery-key pages, the lock
screen, the backups dialog, and Preferences for an encrypted profile."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPainter

PASSPHRASE = "lake kettle orange window"


def make_encrypted(folder: Path, demo_profile: Path) -> Path:
    """An encrypted copy of the demo profile, with the backups a few weeks of use leave."""
    from app.services import FieldDesk
    from app.services.profile.backup import create_backup, make_backup
    from app.services.profile.encryption import encrypt_profile

    path = folder / "encrypted"
    shutil.copytree(demo_profile, path)
    shutil.rmtree(path / "backups", ignore_errors=True)
    encrypt_profile(path, PASSPHRASE)
    with FieldDesk.open(path, secret=PASSPHRASE) as fd:
        for reason in ("daily", "before-import-HQ-3", "daily"):
            make_backup(fd.folder, fd.db.key, reason, automatic=True)
        create_backup(fd, reason="by hand")
        make_backup(fd.folder, fd.db.key, "daily", automatic=True)
    # spread over the last weeks, as they would be
    sidecars = sorted((path / "backups").glob("*.json"), reverse=True)
    for n, sidecar in enumerate(sidecars):
        info = json.loads(sidecar.read_text())
        made = datetime.now(UTC).replace(hour=8, minute=40) - timedelta(days=[0, 1, 3, 4, 8, 9][n % 6] + n // 6 * 10,
                                                                        minutes=n * 37)
        info["created_at"] = made.strftime("%Y-%m-%dT%H:%M:%S.000Z")
        sidecar.write_text(json.dumps(info))
    return path


def save_pixmap(shoot, pixmap, name: str) -> None:
    path = shoot.out / f"{name}.png"
    pixmap.save(str(path))
    shoot.made.append(path)
    print(path)


def composite(window, dialog):
    """The window with the dialog drawn in its middle, as the screen shows them (offscreen windows are apart)."""
    picture = window.grab()
    painter = QPainter(picture)
    inner = dialog.grab()
    at = QPoint((picture.width() - inner.width()) // 2, (picture.height() - inner.height()) // 2)
    painter.fillRect(at.x() - 1, at.y() - 1, inner.width() + 2, inner.height() + 2, QColor("#0b0f14"))
    painter.drawPixmap(at, inner)
    painter.end()
    return picture


def safety_screens(app, translations, scratch: Path, demo_profile: Path, shoot, wait_idle, pump, size,
                   language: str = "en") -> None:
    from app.services import FieldDesk
    from app.services.store.lookups import reference_choices
    from app.ui.context import AppContext
    from app.ui.safety.unlock_dialog import UnlockDialog
    from app.ui.settings.registry import Settings
    from app.ui.shell.app_shell import Shell
    from app.ui.tasks.taskman import TaskManager

    path = scratch / "safety" / "encrypted"  # made once per run
    if not path.is_dir():
        path = make_encrypted(scratch / "safety", demo_profile)
    translations.apply(language)

    # the passphrase dialog at start, after a wrong try
    tasks = TaskManager()
    dialog = UnlockDialog(tasks, lambda secret: FieldDesk.open(path, secret=secret).close(), folder=path)
    dialog.show()
    dialog.secret.set_text("lake kettle")
    dialog.try_unlock()
    while dialog.busy:
        pump(50)
    dialog.adjustSize()
    pump()
    shoot.save(dialog, "unlock")
    dialog.reject()
    tasks.shutdown()

    # the lock screen over a window with a record open, and the backups dialog
    fd = FieldDesk.open(path, secret=PASSPHRASE)
    ctx = AppContext(fd, TaskManager(), Settings.in_file(scratch / f"settings-safety-{language}.ini"), translations)
    ctx.refs.set_choices(reference_choices(fd))
    shell = Shell(ctx, translations)
    window = shell.open_window("participants")
    window.resize(*size)
    wait_idle(ctx)
    page = window.current_page
    page.panel.view.setCurrentIndex(page.panel.proxy.index(2, 0))
    wait_idle(ctx)
    backups = shell.open_backups()
    wait_idle(ctx)
    backups.view.selectRow(1)
    pump()
    shoot.save(backups, "backups")
    backups.reject()
    preferences = shell.open_preferences()
    pump()
    shoot.save(preferences, "preferences-safety")
    preferences.reject()
    shell.lock.lock()
    pump(100)
    shell.lock.dialog.adjustSize()
    pump()
    save_pixmap(shoot, composite(window, shell.lock.dialog), "lock")
    shell.lock.dialog.secret.set_text(PASSPHRASE)
    shell.lock.dialog.try_unlock()
    while shell.lock.locked:
        pump(50)
    window.close()
    shell.close()
    ctx.tasks.shutdown()
    ctx.fd.close()

    # the first start: the passphrase page, then the recovery key
    from PySide6.QtWidgets import QWizard

    from app.ui.first_start.wizard import FirstStartWizard

    tasks = TaskManager()
    wizard = FirstStartWizard(scratch / f"new-encrypted-{language}", tasks)
    wizard.resize(640, 520)
    wizard.show()
    wizard.next()
    wizard.office.code.setText("MW-01")
    wizard.office.name.setText("Lilongwe office")
    wizard.office.country.setCurrentIndex(wizard.office.country.findData("MW"))
    wizard.next()
    wizard.passphrase.form.first.set_text(PASSPHRASE)
    wizard.passphrase.form.second.set_text(PASSPHRASE)
    pump()
    shoot.save(wizard, "first-start-passphrase")
    wizard.button(QWizard.WizardButton.CommitButton).click()
    while wizard.currentPage() is not wizard.recovery:
        pump(50)
    pump()
    shoot.save(wizard, "first-start-recovery-key")
    wizard.recovery.panel.confirmed.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wizard.fd.close()
    tasks.shutdown()
