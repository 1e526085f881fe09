"""Participant > Erase personal data: a confirmation that says what will happen, a reason, then the erasure on the
database worker (app/services/privacy/erasure.py). The backups that still hold the person are listed by date with when
each goes, and the erasure can purge them too (app/services/privacy/backup_holding.py)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout

from app.services.privacy.backup_holding import holding, server_backups
from app.services.privacy.backup_holding import purge as purge_backups
from app.services.privacy.erasure import erase_participant
from app.ui.help.shortcut import guide_on_f1
from app.ui.i18n.formats import format_date, format_number
from app.ui.widgets.enter_keys import enter_never_rejects
from app.ui.widgets.messages import show_error


class EraseDialog(QDialog):
    """Opened window-modal (``open``), never ``exec``: the editor stays responsive while it is shown."""

    erased = Signal(str)  # the record id, once the erasure has committed

    def __init__(self, ctx, record_id: str, name: str, parent=None):
        super().__init__(parent)
        self.ctx, self.record_id = ctx, record_id
        self.setWindowTitle(self.tr("Erase personal data"))
        text = QLabel(self.tr(
            "Erase the personal data of \u201c%1\u201d?\n\n"
            "Their name, e-mail, phone, organisation and position are replaced by a pseudonym here, in the history "
            "of changes and in the search index, and their attachments are deleted. Sex, stakeholder type, country "
            "and their activities with attendance and scores are kept, so statistics do not change.\n\n"
            "The erasure goes with the next bundle to every site that holds this participant, and is applied there "
            "too. It cannot be undone. Backups made before the erasure keep the data until they are rotated out."
        ).replace("%1", name))
        text.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setMaxLength(500)
        self.reason.setPlaceholderText(self.tr("Why (kept here; do not name the person)"))
        self.reason.setAccessibleName(self.tr("Reason for the erasure"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        enter_never_rejects(self.buttons)  # Enter never cancels
        self.erase_button = self.buttons.addButton(self.tr("Erase personal data"),
                                                   QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.setAutoDefault(False)
        self.erase_button.clicked.connect(self._erase)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(QLabel(self.tr("Reason:")))
        layout.addWidget(self.reason)
        self.backups = QLabel()
        self.backups.setWordWrap(True)
        self.purge = QCheckBox(self.tr("Also &remove the person from these backups"))
        self.purge_note = QLabel(self.tr("Each is rewritten, encrypted as before; a backup made by an older version "
                                         "is deleted."))
        self.purge_note.setWordWrap(True)
        self.purge.hide()
        self.purge_note.hide()
        layout.addWidget(self.backups)
        layout.addWidget(self.purge)
        layout.addWidget(self.purge_note)
        layout.addWidget(self.buttons)
        guide_on_f1(self, ctx, "privacy")
        ctx.read(lambda fd: (server_backups(fd, record_id) is not None, holding(fd, record_id)), self._held,
                 owner=self)

    def _held(self, found: tuple[bool, list]) -> None:
        on_server, held = found
        lines = [self.tr("The data is kept on a PostgreSQL server. Its backups are made outside FieldDesk by the "
                         "server's administrator: each one made so far holds the person, and after the erasure "
                         "the administrator must delete them or remove the person from them.")] if on_server else []
        if not held:
            if not on_server:
                lines.append(self.tr("No backup of this profile holds the person."))
            self.backups.setText("\n".join(lines))
            self.adjustSize()
            return
        lines.append(self.tr("These backups still hold the person:"))
        for h in held:
            made = f"{format_date(date.fromisoformat(h.created_at[:10]))} {h.created_at[11:16]}"
            if h.state == "unreachable":
                line = self.tr("%1: copied to %2, out of reach now (a USB stick not plugged in?), so what it holds "
                               "cannot be told")
            elif h.state == "unreadable":
                line = self.tr("%1: cannot be opened with this profile's key (made under another passphrase or key), "
                               "so what it holds cannot be told")
            elif h.where == "moved":
                line = self.tr("%1: the SQLite file kept by the move to PostgreSQL, kept until deleted")
            elif h.where == "copy":
                line = self.tr("%1: copied to %2, kept there until deleted")
            elif h.automatic and not h.rotations_left:
                line = self.tr("%1: kept until deleted (made before the data moved to PostgreSQL)")
            elif h.automatic:
                line = self.tr("%1: rotated out after %2 more automatic backups (one each day FieldDesk is used)")
            elif h.goes_on:
                line = self.tr("%1: proposed for deletion on %2")
            else:
                line = self.tr("%1: kept until deleted (made by hand)")
            going = (h.folder if h.where == "copy" else format_number(h.rotations_left) if h.automatic else
                     format_date(date.fromisoformat(h.goes_on)) if h.goes_on else "")
            lines.append("\u2022 " + line.replace("%1", made).replace("%2", going))
        self.backups.setText("\n".join(lines))
        purgeable = any(h.state == "holds" for h in held)  # a copy out of reach is named by the purge, not rewritten
        self.purge.setVisible(purgeable)
        self.purge_note.setVisible(purgeable)
        self.adjustSize()  # the list arrives after the dialog is shown: room for it, the question not squeezed

    def _erase(self) -> None:
        record_id, reason, purge = self.record_id, self.reason.text(), self.purge.isVisible() and self.purge.isChecked()
        self.erase_button.setEnabled(False)

        def failed(error: BaseException) -> None:
            self.erase_button.setEnabled(True)
            show_error(self, error)

        def done(_result) -> None:
            self.erased.emit(record_id)
            self.accept()

        def erase(fd):
            result = erase_participant(fd, record_id, reason)
            if purge:
                purge_backups(fd, record_id, delete_older=True)
            return result

        self.ctx.write(erase, done, owner=self, on_error=failed,
                       label=self.tr("Erasing personal data"))
