"""Preferences shows headquarters' retention settings with what each does next; headquarters changes them there, an
office cannot."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from uihelpers import settle

from app.models.ids import reference_id
from app.services import FieldDesk
from app.services.store.seed import country_id
from app.ui.help.window import HelpWindow


def _ok(qtbot, dialog) -> None:
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton, pos=ok.rect().center())


def _retention_tab(qtbot, preferences) -> None:
    bar = preferences.sections.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    assert preferences.retention.isVisible()


def test_an_office_sees_each_setting_with_its_effect_and_cannot_change_it(open_shell, field_profile, qtbot):
    with FieldDesk.open(field_profile) as fd:
        fd.wall.shift(days=-700)  # contact details kept 24 months: removed in about a month
        fd.participants.create({"full_name": "Ana Quiet", "country_id": country_id("GT"),
                                "email": "ana@example.org", "consent_contact": True})
    shell, _window, ctx = open_shell(field_profile)
    preferences = shell.open_preferences()
    settle(qtbot, ctx)
    _retention_tab(qtbot, preferences)
    section = preferences.retention
    box = section.months["contact_details"]
    assert box.value() == 24 and box.isReadOnly()
    text = section.effects["contact_details"].text()
    assert text.startswith("Participants whose contact details will be removed on ") and text.endswith(": 1")
    assert section.effects["erasure_records"].text() == "Nothing in the next 90 days."
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Up)
    assert box.value() == 24, "read-only at an office"
    _ok(qtbot, preferences)
    settle(qtbot, ctx)
    assert ctx.fd.retention_rules.get(reference_id("retention_rule", "contact_details")).months == 24


def test_headquarters_changes_a_setting_in_preferences(open_shell, hq_profile, qtbot):
    shell, _window, ctx = open_shell(hq_profile)
    preferences = shell.open_preferences()
    settle(qtbot, ctx)
    _retention_tab(qtbot, preferences)
    preferences.activateWindow()  # as the window manager does with a new window
    qtbot.waitUntil(preferences.isActiveWindow)
    QTest.keyClick(preferences, Qt.Key.Key_F1)  # the guide at its part on retention, beside Preferences
    guide = preferences.findChild(HelpWindow)
    assert guide.isVisible() and guide.current_key == "privacy" and "Retention" in guide.browser.toPlainText()
    guide.close()
    box = preferences.retention.months["manual_backups"]
    assert not box.isReadOnly() and box.value() == 12
    box.setFocus()
    box.lineEdit().selectAll()
    QTest.keyClicks(box, "18")
    _ok(qtbot, preferences)
    settle(qtbot, ctx)
    assert ctx.fd.retention_rules.get(reference_id("retention_rule", "manual_backups")).months == 18


def test_headquarters_keeps_names_in_the_offices_and_an_office_sees_it(open_shell, hq_profile, field_profile, qtbot):
    from app.services.privacy.name_policy import in_use
    from app.services.privacy.office_pseudonyms import in_use as office_in_use

    shell, _window, ctx = open_shell(hq_profile)
    preferences = shell.open_preferences()
    settle(qtbot, ctx)
    _retention_tab(qtbot, preferences)
    policy = preferences.retention.policy
    assert policy.isEnabled() and not policy.isChecked()
    qtbot.mouseClick(policy, Qt.MouseButton.LeftButton, pos=policy.rect().center())
    assert policy.isChecked()
    assert "names of the offices' participants held here are replaced" in preferences.retention.policy_effect.text()
    _ok(qtbot, preferences)
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: in_use(ctx.fd))

    shell, _window, ctx = open_shell(field_profile)
    preferences = shell.open_preferences()
    settle(qtbot, ctx)
    _retention_tab(qtbot, preferences)
    policy = preferences.retention.policy
    assert not policy.isEnabled() and not policy.isChecked()
    assert preferences.retention.policy_effect.text() == (
        "Set by headquarters. A participant's name is sent to headquarters unless they did not consent to share it.")
    qtbot.mouseClick(policy, Qt.MouseButton.LeftButton, pos=policy.rect().center())
    assert not policy.isChecked(), "read-only at an office"
    own = preferences.retention.office_wide  # the office's own choice
    assert own.isVisible() and own.isEnabled() and not own.isChecked()
    qtbot.mouseClick(own, Qt.MouseButton.LeftButton, pos=own.rect().center())
    assert "every participant of this office is sent again" in preferences.retention.office_wide_effect.text()
    _ok(qtbot, preferences)
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: office_in_use(ctx.fd))


def test_an_office_sees_erasure_records_kept_until_headquarters_has_them(open_shell, field_profile, hq_profile,
                                                                          qtbot):
    from app.services.privacy.erasure import erase_participant
    from app.services.profile.keys import create_identity, load_identity, trust_card

    with FieldDesk.open(hq_profile) as hq:
        create_identity(hq)
        card = load_identity(hq).card
    with FieldDesk.open(field_profile) as fd:
        create_identity(fd)
        trust_card(fd, card)
        fd.wall.shift(days=-73 * 31)  # erased more than the 72 months ago; headquarters has not heard of it
        erase_participant(fd, fd.participants.create({"full_name": "Ana Gone", "country_id": country_id("GT")}))
    shell, _window, ctx = open_shell(field_profile)
    preferences = shell.open_preferences()
    settle(qtbot, ctx)
    _retention_tab(qtbot, preferences)
    assert preferences.retention.effects["erasure_records"].text() == (
        "Erasure records past this period, kept until every office that must apply them has acknowledged them: 1")
