"""What the GUI does with the profile's keys: open it (finishing an encryption a power cut interrupted), set a new
passphrase after the recovery key, change the passphrase, replace the recovery key, and encrypt a plain profile.
Each step that reads or writes files runs on a worker; dialogs are opened (not executed), and say when they end."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.models.ids import reference_id
from app.services import FieldDesk
from app.services.profile.encryption import change_passphrase as change
from app.services.profile.encryption import encrypt_profile as encrypt
from app.services.profile.throttle import UnlockThrottle
from app.services.profile.vault import Keyring
from app.ui.safety.passphrase_dialog import NewPassphraseDialog
from app.ui.safety.recovery import RecoveryKeyDialog
from app.ui.safety.unlock_dialog import UnlockDialog
from app.ui.tasks.taskman import TaskManager
from app.ui.widgets.messages import inform

if TYPE_CHECKING:
    from app.ui.context import AppContext

translate = QCoreApplication.translate


def office_name(fd: FieldDesk) -> str:
    rows = fd.offices.rows([reference_id("office", fd.site.office)], ["name"])
    return rows[0]["name"] if rows else fd.site.office


def show_recovery_key(tasks: TaskManager, key: str, office: str, name: str, heading: str,
                      parent: QWidget | None) -> RecoveryKeyDialog:
    dialog = RecoveryKeyDialog(tasks, key, office, name, heading, parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def new_passphrase_after_recovery(tasks: TaskManager, folder: Path, recovery: str, parent: QWidget | None,
                                  blocking: bool = False) -> NewPassphraseDialog:
    """Asks for a new passphrase after the recovery key opened the profile (cancelling keeps the old one)."""
    dialog = NewPassphraseDialog(
        tasks, lambda _current, new: Keyring(Path(folder)).change_passphrase(recovery, new),
        title=translate("SafetyFlows", "New passphrase"),
        intro=translate("SafetyFlows", "You opened the profile with the recovery key. Choose a new passphrase now; "
                                       "the recovery key keeps working."),
        ok_text=translate("SafetyFlows", "&Set the passphrase"), parent=parent)
    dialog.accepted.connect(lambda: inform(parent, translate("SafetyFlows", "New passphrase"),
                                           translate("SafetyFlows", "The new passphrase is set. The recovery key "
                                                                    "still works.")))
    if blocking:
        dialog.exec()
        return dialog
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def change_passphrase(ctx: AppContext, throttle: UnlockThrottle, parent: QWidget | None) -> NewPassphraseDialog:
    folder = ctx.fd.folder.path
    dialog = NewPassphraseDialog(
        ctx.tasks, lambda current, new: change(folder, current, new), ask_current=True, throttle=throttle,
        title=translate("SafetyFlows", "Change the passphrase"),
        intro=translate("SafetyFlows", "The data stays as it is; only the passphrase that opens it changes. "
                                       "Backups open with the new passphrase too. The recovery key is unchanged."),
        ok_text=translate("SafetyFlows", "&Change"), parent=parent)
    dialog.accepted.connect(lambda: inform(parent, translate("SafetyFlows", "Change the passphrase"),
                                           translate("SafetyFlows", "The passphrase was changed. The recovery key "
                                                                    "is unchanged.")))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def new_recovery_key(ctx: AppContext, throttle: UnlockThrottle, parent: QWidget | None) -> UnlockDialog:
    folder = ctx.fd.folder.path
    office = ctx.office

    def replace(secret: str) -> tuple[str, str]:
        return Keyring(folder).new_recovery(secret), office_name(ctx.fd)

    dialog = UnlockDialog(
        ctx.tasks, replace, throttle, allow_recovery=False, parent=parent,
        title=translate("SafetyFlows", "New recovery key"),
        intro=translate("SafetyFlows", "A new recovery key replaces the current one, which stops opening this "
                                       "profile (copies of backups made earlier keep the key file they were made "
                                       "with). Type the passphrase to go on."),
        ok_text=translate("SafetyFlows", "&Make a new key"), cancel_text=translate("SafetyFlows", "Cancel"))

    def made(result) -> None:
        key, name = result
        show_recovery_key(ctx.tasks, key, office, name,
                          translate("SafetyFlows", "The new recovery key. The old one no longer opens the profile."),
                          parent)

    dialog.unlocked.connect(made)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def encrypt_profile(ctx: AppContext, parent: QWidget | None,
                    on_done: Callable[[], None] | None = None) -> NewPassphraseDialog:
    """Encrypt the open plain profile: close it, encrypt it on the worker (a backup is made first), open it again
    with the new passphrase, and show the recovery key. Work asked for meanwhile waits on the worker, then uses the
    profile opened again."""
    folder = ctx.fd.folder.path
    office = ctx.office

    def apply(_current: str, passphrase: str) -> tuple[str | None, str]:
        old = ctx.fd
        old.close()
        try:
            recovery = encrypt(folder, passphrase)
        except BaseException:
            # If the step that failed left the plain database in place, the old profile object still reads it.
            with contextlib.suppress(Exception):
                ctx.fd = FieldDesk.open(folder, secret=passphrase, author=old.author)
            raise
        ctx.fd = FieldDesk.open(folder, secret=passphrase, author=old.author)
        return recovery, office_name(ctx.fd)

    dialog = NewPassphraseDialog(
        ctx.tasks, apply, parent=parent,
        title=translate("SafetyFlows", "Encrypt this profile"),
        intro=translate("SafetyFlows", "Once encrypted, the profile's database, backups, attachments and keys "
                                       "cannot be read without the passphrase or the recovery key. A backup is made "
                                       "first. It takes a moment (longer for a big profile)."),
        ok_text=translate("SafetyFlows", "&Encrypt"))

    def encrypted() -> None:
        recovery, name = dialog.result_value
        if on_done is not None:
            on_done()
        if recovery:
            show_recovery_key(ctx.tasks, recovery, office, name,
                              translate("SafetyFlows", "The profile is now encrypted. A backup was made first, and "
                                                       "is encrypted too."), parent)

    dialog.accepted.connect(encrypted)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
