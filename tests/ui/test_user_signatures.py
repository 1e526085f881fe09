"""The Keys tab's "require user-signed bundles": changed at headquarters with the root key kept offline (asked for
as 'keys root export' wrote it, used for the change only), shown read-only at an office once a bundle brings it."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from uihelpers import open_tab, settle, type_text

ROOT_PASSPHRASE = "violet tundra harbour 1987 caf\u00e9 quilt"  # typed decomposed below: the same passphrase


def keys_tab(qtbot, make_ctx, profile):
    from app.ui.sync.page import SyncPage

    ctx = make_ctx(profile)
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    page.on_shown()
    settle(qtbot, ctx)
    open_tab(qtbot, page.tabs, page.keys)
    return page.keys.user_signatures, ctx


def apply(qtbot, ctx, dialog) -> None:
    """Enter in the passphrase field: the dialog's default button."""
    dialog.passphrase.setFocus()
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    settle(qtbot, ctx)


def test_headquarters_requires_user_signed_bundles_with_its_offline_root_key_and_an_office_shows_it(
        qtbot, make_ctx, net, tmp_path):
    from app.sync import hq_policy
    from app.sync.hq_root import export_root, holds_root
    from app.sync.hq_users import add_user

    add_user(net["HQ"], "Alice Mensah")  # headquarters keeps sending once the setting is on
    root_file = tmp_path / "root.age"
    export_root(net["HQ"], root_file, ROOT_PASSPHRASE)  # the root key goes offline
    net.close()

    box, ctx = keys_tab(qtbot, make_ctx, net.root / "HQ")
    assert box.status.text().startswith("Not required: offices accept headquarters bundles signed by the root key")
    assert "Headquarters decides this with its root key" in box.who.text()
    assert box.change_button.text() == "Re&quire user-signed bundles\u2026"
    qtbot.waitUntil(lambda: box.change_button.height() > 0, timeout=5000)  # laid out once the tab is shown
    qtbot.mouseClick(box.change_button, Qt.MouseButton.LeftButton)
    dialog = box.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert dialog.root_file.isVisible()  # the root key is asked for: this folder does not hold it

    apply(qtbot, ctx, dialog)  # nothing typed: said plainly, nothing changed
    assert dialog.error.text().startswith("Give the root key file") and dialog.isVisible()
    type_text(qtbot, dialog.root_file, str(root_file))
    type_text(qtbot, dialog.passphrase, "not the passphrase")
    apply(qtbot, ctx, dialog)
    assert dialog.error.text() == f"The passphrase does not open the root key in {root_file}. Nothing was changed."
    assert dialog.isVisible() and not hq_policy.state(ctx.fd).required

    type_text(qtbot, dialog.passphrase, unicodedata.normalize("NFD", ROOT_PASSPHRASE))
    apply(qtbot, ctx, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    settle(qtbot, ctx)
    state = hq_policy.state(ctx.fd)
    assert state.required and state.decided_at
    assert not holds_root(ctx.fd) and getattr(ctx.fd, "_borrowed_root", None) is None  # lent for the change only
    assert box.status.text().startswith("Required: offices refuse a headquarters bundle signed by the root key")
    assert box.done.text().startswith("Saved. Offices refuse bundles signed by the root key alone")
    assert box.change_button.text() == "&Accept root-signed bundles again\u2026"

    assert net.sync("HQ", "GT-01").status == "applied"  # signed by Alice, carrying the setting
    net.close()
    office, office_ctx = keys_tab(qtbot, make_ctx, net.root / "GT-01")
    assert office.status.text().startswith("Required: this office refuses a headquarters bundle signed by the root")
    assert office.who.text().startswith("Headquarters decides this setting") and office.change_button.isHidden()
    assert hq_policy.state(office_ctx.fd).required


def test_a_change_headquarters_root_key_signed_alone_is_named_in_the_interface_language(make_ctx, field_profile):
    from app.services.store.history import FieldChange, HistoryEntry
    from app.sync.hq_users import ROOT_AUTHOR
    from app.ui.widgets.history import HistoryModel

    make_ctx(field_profile, "fr")
    model = HistoryModel(str, lambda _field, value: str(value))
    model.set_entries([HistoryEntry(1, "2026-05-04T10:00:00.000Z", ROOT_AUTHOR, "HQ", "update",
                                    [FieldChange("name", "Old", "New")], "bundle-1")])
    assert model.index(0, 1).data() == "siège (clé racine)"
