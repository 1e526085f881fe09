"""The Sync page: exchanging identity cards, exporting a bundle, importing with a preview, conflict resolution,
history with gaps, and headquarters' view of its offices."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from uihelpers import settle


def sync_page(qtbot, make_ctx, profile):
    from app.ui.sync.page import SyncPage

    ctx = make_ctx(profile)
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.on_shown()
    settle(qtbot, ctx)
    return page, ctx


def test_keys_tab_shows_the_fingerprint_and_trusts_a_card_after_confirmation(qtbot, make_ctx, tmp_path, dialogs):
    from app.services import FieldDesk
    from app.services.profile.keys import create_identity, export_card, load_identity

    with FieldDesk.create(tmp_path / "hq", office_code="HQ", office_name="Headquarters", role="hq") as hq:
        create_identity(hq)
        card = export_card(hq, tmp_path / "hq.fdcard")
    with FieldDesk.create(tmp_path / "gt", office_code="GT-01", office_name="Guatemala office") as gt:
        create_identity(gt)
        own = load_identity(gt).card
    page, ctx = sync_page(qtbot, make_ctx, tmp_path / "gt")
    assert page.keys.fingerprint.text() == own.fingerprint
    assert not page.exchange.export_button.isEnabled()  # nobody to send to yet
    page.keys.trust_card_file(str(tmp_path / "hq.fdcard"))
    settle(qtbot, ctx)
    [(kind, _title, text)] = dialogs.of("question")
    assert card.fingerprint in text and "every character matches" in text
    assert page.keys.model.rowCount() == 0  # answered no
    dialogs.answers.append(QMessageBox.StandardButton.Yes)
    page.keys.trust_card_file(str(tmp_path / "hq.fdcard"))
    settle(qtbot, ctx)
    assert page.keys.model.rowCount() == 1 and page.exchange.export_button.isEnabled()
    assert page.exchange.peer.currentData() == "HQ"
    page.keys.save_card_to(str(tmp_path / "mine.fdcard"))
    settle(qtbot, ctx)
    assert own.fingerprint in (tmp_path / "mine.fdcard").read_text()



def test_a_card_the_keys_refuse_is_said_in_the_interface_language(qtbot, make_ctx, tmp_path, dialogs, monkeypatch):
    """The keys functions' refusals are coded problems: a French window says them in French (a file that is no card,
    then this profile's own card), chosen with the Trust button."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog
    from uihelpers import open_tab

    from app.services import FieldDesk
    from app.services.profile.keys import create_identity, export_card
    from app.ui.sync.page import SyncPage

    with FieldDesk.create(tmp_path / "gt", office_code="GT-01", office_name="Guatemala office") as gt:
        create_identity(gt)
        export_card(gt, tmp_path / "own.fdcard")
    (tmp_path / "note.fdcard").write_text("{}", encoding="utf-8")
    chosen = [str(tmp_path / "note.fdcard"), str(tmp_path / "own.fdcard")]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (chosen.pop(0), "")))
    ctx = make_ctx(tmp_path / "gt", language="fr")
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.on_shown()
    settle(qtbot, ctx)
    open_tab(qtbot, page.tabs, page.keys)
    button = page.keys.trust_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())
    qtbot.waitUntil(lambda: len(dialogs.of("warning")) == 1)
    assert dialogs.of("warning")[-1][2] == f"{tmp_path / 'note.fdcard'} n’est pas une carte d’identité FieldDesk."
    dialogs.answers.append(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())
    qtbot.waitUntil(lambda: len(dialogs.of("warning")) == 2)
    assert dialogs.of("warning")[-1][2] == ("C’est la carte d’identité de ce profil lui-même ; acceptez la carte "
                                            "de l’autre site.")
    assert page.keys.model.rowCount() == 0

def test_export_then_import_with_preview_and_apply(qtbot, make_ctx, net, dialogs, monkeypatch):
    from app.ui.sync import exchange

    pid = net["GT-01"].participants.create({"full_name": "Ana López"})
    net.close()
    office, ctx = sync_page(qtbot, make_ctx, net.root / "GT-01")
    target = net.root / "usb" / "gt.fdb"
    target.parent.mkdir()
    office.exchange.export_to("HQ", str(target))
    settle(qtbot, ctx)
    assert target.exists() and "Bundle #1 for HQ" in dialogs.of("information")[-1][2]
    assert office.history.model.rowCount() == 1

    hq_page, hq_ctx = sync_page(qtbot, make_ctx, net.root / "HQ")
    previews = []

    def fake_exec(dialog):
        previews.append(dialog.figures)
        return QDialog.DialogCode.Rejected if len(previews) == 1 else QDialog.DialogCode.Accepted

    monkeypatch.setattr(exchange.BundlePreview, "exec", fake_exec)
    hq_page.exchange.import_files([str(target)])  # previewed, then cancelled: nothing applied
    settle(qtbot, hq_ctx)
    assert previews[0]["created"] == 2 and not hq_ctx.fd.participants.exists(pid)
    hq_page.exchange.import_files([str(target)])  # previewed, then applied
    settle(qtbot, hq_ctx)
    assert hq_ctx.fd.participants.exists(pid)
    assert dialogs.of("information")[-1][2].startswith("Bundle no. 1 from GT-01 applied.\n\u2022 New records: 2\n")
    assert hq_page.history.model.rowCount() == 1
    hq_page.exchange.import_files([str(target)])  # again: said plainly, nothing to apply
    settle(qtbot, hq_ctx)
    assert "This bundle was imported before; nothing was changed." in dialogs.of("information")[-1][2]
    assert hq_page.offices is not None and hq_page.offices.model.rowCount() == 3
    statuses = {s.office: s for s in hq_page.offices.model.rows}
    assert statuses["GT-01"].received == 1 and statuses["MW-01"].silent


def test_a_rejected_bundle_is_explained_and_changes_nothing(qtbot, make_ctx, net, dialogs, tmp_path):
    from app.services.store.export import export_json_text

    net.close()
    page, ctx = sync_page(qtbot, make_ctx, net.root / "HQ")
    before = export_json_text(ctx.fd)
    junk = tmp_path / "junk.fdb"
    junk.write_bytes(b"definitely not a bundle")
    page.exchange.import_files([str(junk)])
    settle(qtbot, ctx)
    [(_kind, title, text)] = dialogs.of("warning")
    assert "not a FieldDesk bundle" in text and title == "Bundle not imported"
    assert export_json_text(ctx.fd) == before


def test_why_a_bundle_was_refused_is_said_in_the_interface_language(qtbot, make_ctx, net, dialogs):
    """A Spanish-speaking officer is told in Spanish that the bundle is for another office, with the office codes."""
    from app.ui.sync.page import SyncPage

    for_guatemala = net.bundle("HQ", "GT-01")
    net.close()
    ctx = make_ctx(net.root / "MW-01", "es")
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.on_shown()
    settle(qtbot, ctx)
    page.exchange.import_files([str(for_guatemala)])
    settle(qtbot, ctx)
    [(_kind, title, text)] = dialogs.of("warning")
    assert title == "Paquete no importado"
    assert text.startswith("Este paquete no está dirigido a esta oficina"), text


def test_conflicts_are_shown_side_by_side_and_resolved(qtbot, make_ctx, net):
    gt, hq = net["GT-01"], net["HQ"]
    pid = gt.participants.create({"full_name": "Ana López", "position": "Jueza"})
    net.sync("GT-01", "HQ")
    gt.participants.update(pid, {"position": "Magistrada"})
    hq.participants.update(pid, {"position": "Presidenta"})
    net.deliver(net.bundle("HQ", "GT-01"), "GT-01")
    net.close()
    page, ctx = sync_page(qtbot, make_ctx, net.root / "GT-01")
    assert page.conflicts.model.rowCount() == 1
    assert page.tabs.tabText(page.conflicts_index) == "Conflicts (1)"
    assert page.conflicts.mine.toPlainText() == "Magistrada" and page.conflicts.theirs.toPlainText() == "Presidenta"
    assert "Both sides changed" in page.conflicts.explanation.text()
    opened = []
    page.conflicts.open_record.connect(lambda key, rid: opened.append((key, rid)))
    qtbot.mouseClick(page.conflicts.edit, Qt.MouseButton.LeftButton)
    assert opened == [("participants", pid)]
    qtbot.mouseClick(page.conflicts.keep_mine, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert ctx.fd.participants.get(pid).position == "Magistrada"
    assert page.conflicts.model.rowCount() == 0 and page.tabs.tabText(page.conflicts_index) == "Conflicts"
    page.conflicts.show_resolved.setFocus()
    qtbot.keyClick(page.conflicts.show_resolved, Qt.Key.Key_Space)  # the box ticked from the keyboard
    settle(qtbot, ctx)
    assert page.conflicts.model.rowCount() == 1 and not page.conflicts.keep_mine.isEnabled()


def test_dashboard_panel_counts_unconfirmed_changes(qtbot, make_ctx, net):
    from app.ui.sync.dashboard_panel import SyncStatusPanel

    net["GT-01"].participants.create({"full_name": "Ana López"})
    net.close()
    ctx = make_ctx(net.root / "GT-01")
    panel = SyncStatusPanel(ctx)
    qtbot.addWidget(panel)
    settle(qtbot, ctx)
    # two changes made here, said in the plural (Qt's numerus forms in the English catalogue, not "(s)")
    assert panel.summary.text().startswith("2 changes not yet confirmed by headquarters, the oldest from ")
    assert "HQ: last bundle sent never" in panel.peers.text()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_dashboard_panel_names_a_sync_clock_that_ran_ahead(qtbot, make_ctx, net, tmp_path, lang):
    from app.ui.sync.dashboard_panel import SyncStatusPanel

    gt = net["GT-01"]
    gt.wall.shift(days=3)  # the laptop's date was wrong when this was saved, and has been set right since
    gt.participants.create({"full_name": "Ana López"})
    net.close()
    ctx = make_ctx(net.root / "GT-01", lang)
    panel = SyncStatusPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(700, 300)
    panel.show()
    settle(qtbot, ctx)
    text = panel.peers.text()
    if lang == "ar":  # Babel's duration in the interface's digits (CLDR's for Arabic: Latin), like every other number
        assert "3 \u0623\u064a\u0627\u0645" in text and "\u0663" not in text, text
        return
    assert "3 days ahead" in text and "fielddesk clock repair" in text
    assert text.index("3 days ahead") < text.index("HQ: last bundle sent")
    panel.grab().save(str(tmp_path / "clock-warning.png"))


def test_keys_tab_shows_keys_replaced_here_and_by_a_trusted_office(qtbot, make_ctx, net):
    from app.sync.hq_users import add_user
    from app.sync.rotation import rotate

    rotate(net["GT-01"], revoked=True)
    net.sync("GT-01", "HQ")
    add_user(net["HQ"], "Alice Mensah")
    net.close()
    office, _ = sync_page(qtbot, make_ctx, net.root / "GT-01")
    assert office.keys.replaced.text().startswith("revoked ")
    assert office.keys.signer.isHidden()  # an office signs with its own key
    hq, _ = sync_page(qtbot, make_ctx, net.root / "HQ")
    rows = {hq.keys.model.index(r, 0).data(): hq.keys.model.index(r, 5).data() for r in range(hq.keys.model.rowCount())}
    assert rows["GT-01"].startswith("revoked ") and rows["MW-01"] == ""
    assert hq.keys.replaced.text() == "none (these are the first keys)"
    assert hq.keys.signer.text() == "Alice Mensah's own key, certified by headquarters' key"
    assert hq.keys.plain_keys.isHidden()  # a laptop profile: 'encrypt' covers its keys with the rest

    from app.services import FieldDesk
    from app.sync.hq_root import remove_root
    from app.sync.hq_users import revoke_user

    with FieldDesk.open(net.root / "HQ") as fd:  # a user's folder without a key of its own, the root offline
        revoke_user(fd, "Alice Mensah")
        remove_root(fd)
    hq, _ = sync_page(qtbot, make_ctx, net.root / "HQ")
    assert hq.keys.signer.text().startswith("nobody: no key of your own here, and headquarters' root key is kept")


def test_headquarters_sees_per_office_the_erasures_not_yet_confirmed(qtbot, make_ctx, net):
    """An erasure made at headquarters waits for its office's confirmation: the Offices tab counts it on that
    office's row (issue 19)."""
    from app.services.privacy.erasure import erase_participant

    pid = net["GT-01"].participants.create({"full_name": "Ana López"})
    net.sync("GT-01", "HQ")
    erase_participant(net["HQ"], pid)
    net.close()
    page, ctx = sync_page(qtbot, make_ctx, net.root / "HQ")
    model = page.offices.model
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    assert model.headerData(6, Qt.Orientation.Horizontal) == "Erasures not yet confirmed"
    assert {model.index(r, 0).data(): model.index(r, 6).data() for r in range(3)} == {
        "GT-01": "1", "MW-01": "0", "MN-01": "0"}
