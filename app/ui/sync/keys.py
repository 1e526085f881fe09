"""Identity and trust: this office's fingerprint and card, and trusting a peer's card after comparing fingerprints."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.i18n.formats import format_timestamp
from app.ui.settings.options import BUNDLES_FOLDER
from app.ui.sync.exchange import left_aligned
from app.ui.sync.user_signatures import UserSignaturesBox
from app.ui.widgets.form import ERROR_STYLE
from app.ui.widgets.messages import inform, show_error
from app.ui.widgets.rows_model import RowsModel

if TYPE_CHECKING:
    from app.services.profile.keys import IdentityCard
    from app.ui.context import AppContext


class KeysTab(QWidget):
    peers_changed = Signal()

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        own = QGroupBox(self.tr("This office"))
        form = QFormLayout(own)
        self.office = QLabel()
        self.fingerprint = QLabel()
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.fingerprint.setFont(font)
        self.fingerprint.setAccessibleName(self.tr("Fingerprint"))
        form.addRow(self.tr("Office:"), self.office)
        form.addRow(self.tr("Fingerprint:"), self.fingerprint)
        self.replaced = QLabel()
        self.replaced.setWordWrap(True)
        form.addRow(self.tr("Earlier keys:"), self.replaced)
        self.signer = QLabel()  # headquarters: whose key signs the bundles made here (app/sync/hq_users.py)
        self.signer.setWordWrap(True)
        form.addRow(self.tr("Bundles signed by:"), self.signer)
        self._form = form
        self.plain_keys = QLabel(self.tr(
            "This headquarters profile's private keys lie unencrypted in its folder: whoever copies them can read "
            "every office's bundles and sign as headquarters. Encrypt them with 'fielddesk encrypt' (the window "
            "then asks for the passphrase when it starts)."))
        self.plain_keys.setWordWrap(True)
        self.plain_keys.setStyleSheet(ERROR_STYLE)
        self.plain_keys.hide()
        form.addRow(self.plain_keys)
        self.save_card = QPushButton(self.tr("&Save my identity card\u2026"))
        self.save_card.clicked.connect(self.choose_card_file)
        form.addRow("", left_aligned(self.save_card))

        trusted = QGroupBox(self.tr("Trusted offices"))
        column = QVBoxLayout(trusted)
        headers = [self.tr("Office"), self.tr("Name"), self.tr("Role"), self.tr("Fingerprint"),
                   self.tr("Trusted since"),
                   self.tr("Earlier keys")]
        self.model = RowsModel(headers, self._cell, self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the list for the next field
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.setAccessibleName(self.tr("Trusted offices"))
        column.addWidget(self.view)
        row = QHBoxLayout()
        self.trust_button = QPushButton(self.tr("&Trust an identity card\u2026"))
        self.trust_button.clicked.connect(self.choose_card_to_trust)
        row.addWidget(self.trust_button)
        row.addStretch(1)
        column.addLayout(row)

        self.user_signatures = UserSignaturesBox(ctx)  # headquarters' setting "require user-signed bundles"
        layout = QVBoxLayout(self)
        layout.addWidget(own)
        layout.addWidget(self.user_signatures)
        layout.addWidget(trusted, 1)

    def reload(self) -> None:
        def load(fd):
            # imported here: it loads cryptography (with services.profile.keys)
            from app.services.profile.keys import load_identity, peers

            # imported here: it loads cryptography (with sync.rotation)
            from app.sync.rotation import own_changes, retired_peer_keys

            trusted = peers(fd)
            mine = [(c.made_at, c.revoked) for c in own_changes(fd)]
            plain = False
            if fd.vault is None and not fd.db.is_sqlite:  # on a server, the keys are all the folder holds
                # imported here: it loads cryptography (with services.profile.encryption)
                from app.services.profile.encryption import plain_key_files

                plain = bool(plain_key_files(fd.folder))
            # imported here: it loads cryptography (with sync.hq_root)
            from app.sync.hq_root import holds_root

            # imported here: it loads cryptography (with sync.hq_users)
            from app.sync.hq_users import own_user

            return load_identity(fd).card, mine, [(p, [(r["replaced_at"], r["revoked"])
                                                       for r in retired_peer_keys(fd, p.site_id)]) for p in trusted], \
                plain, own_user(fd), holds_root(fd)

        self.ctx.read(load, self._arrived, owner=self, on_error=lambda e: show_error(self, e))
        self.user_signatures.reload()

    def _arrived(self, loaded) -> None:
        card, mine, peers, plain, user, root_here = loaded
        self.plain_keys.setVisible(plain)
        self._form.setRowVisible(self.signer, card.role == "hq")
        if user:
            self.signer.setText(self.tr("%1's own key, certified by headquarters' key").replace("%1", user))
        elif root_here:
            self.signer.setText(self.tr("headquarters' key (no key of your own: 'fielddesk keys user add NAME')"))
        else:  # a user's folder, the root key kept offline (app/sync/hq_root.py)
            self.signer.setText(self.tr("nobody: no key of your own here, and headquarters' root key is kept offline "
                                        "(ask its holder: 'fielddesk keys user add NAME --root FILE')"))
        role = self.tr("headquarters") if card.role == "hq" else self.tr("field office")
        self.office.setText(f"{card.office} \u2013 {card.name} ({role})")
        self.fingerprint.setText(card.fingerprint)
        self.replaced.setText(self._replacements(mine) or self.tr("none (these are the first keys)"))
        self.model.set_items(peers)

    def _replacements(self, entries: list[tuple[str, bool]]) -> str:
        """When earlier keys were replaced (keys rotate) or revoked (keys revoke), oldest first."""
        return ", ".join((self.tr("revoked %1") if revoked else self.tr("replaced %1"))
                         .replace("%1", format_timestamp(at)) for at, revoked in entries)

    def _cell(self, item, column: int) -> str:
        peer, replaced = item
        role = self.tr("headquarters") if peer.role == "hq" else self.tr("field office")
        return [peer.office_code, peer.name, role, peer.fingerprint, format_timestamp(peer.trusted_at),
                self._replacements(replaced)][column]

    def choose_card_file(self) -> None:
        folder = self.ctx.settings.get(BUNDLES_FOLDER) or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save identity card"),
                                              str(Path(folder) / f"{self.ctx.office}.fdcard"),
                                              self.tr("Identity cards (*.fdcard);;All files (*)"))
        if path:
            self.save_card_to(path)

    def save_card_to(self, path: str) -> None:
        def save(fd):
            # imported here: it loads cryptography (with services.profile.keys)
            from app.services.profile.keys import export_card

            return export_card(fd, Path(path))

        self.ctx.read(save, lambda card: inform(self, self.tr("Identity card saved"), self.tr(
            "The card of %1 was saved to %2. Give it to the other office; when they trust it, read them this "
            "fingerprint by phone: %3").replace("%1", card.office).replace("%2", path).replace("%3", card.fingerprint)),
                      owner=self, on_error=lambda e: show_error(self, e))

    def choose_card_to_trust(self) -> None:
        folder = self.ctx.settings.get(BUNDLES_FOLDER) or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Trust an identity card"), folder,
                                              self.tr("Identity cards (*.fdcard *.card *.json);;All files (*)"))
        if path:
            self.trust_card_file(path)

    def trust_card_file(self, path: str) -> None:
        # imported here: it loads cryptography (with services.profile.keys)
        from app.services.profile.keys import read_card

        self.ctx.read(lambda _fd: read_card(Path(path)), self._confirm_trust, owner=self,
                      on_error=lambda e: show_error(self, e))

    def _confirm_trust(self, card: IdentityCard) -> None:
        role = self.tr("headquarters") if card.role == "hq" else self.tr("field office")
        answer = QMessageBox.question(
            self, self.tr("Trust this office?"),
            self.tr("%1 \u2013 %2 (%3)\n\nFingerprint: %4\n\nCall the office and have them read their fingerprint to "
                    "you. Trust the card only if every character matches.").replace("%1", card.office)
            .replace("%2", card.name).replace("%3", role).replace("%4", card.fingerprint),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return

        def trust(fd):
            # imported here: it loads cryptography (with services.profile.keys)
            from app.services.profile.keys import trust_card

            return trust_card(fd, card)

        def done(result) -> None:
            peer, new = result
            if not new:
                inform(self, self.tr("Already trusted"), self.tr("%1 was already trusted with these keys.")
                       .replace("%1", peer.office_code))
            self.reload()
            self.peers_changed.emit()

        self.ctx.write(trust, done, owner=self, on_error=lambda e: show_error(self, e))
