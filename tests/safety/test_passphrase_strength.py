"""The passphrase (issue 18): a strength estimate instead of a length rule, the same passphrase whatever its Unicode
form, and a key derivation whose cost is raised at the next unlock. Before: '12345678' and eight spaces were
accepted, a passphrase typed as NFC was refused as NFD, and scrypt ran at N=2^15 (4.3 guesses a second per core)."""

from __future__ import annotations

import json
import unicodedata

import pytest

from app.services.errors import ProfileError
from app.services.profile.vault import SCRYPT_N, TEST_COST_ENV, Keyring, WrongPassphrase


@pytest.mark.parametrize("weak", ["12345678", " " * 8, "Password1!", "qwertyuiop", "geneva2026", "password123"])
def test_easily_guessed_passphrases_are_refused_with_the_reason(tmp_path, weak):
    with pytest.raises(ProfileError) as refused:
        Keyring(tmp_path).create(weak)
    message = str(refused.value)
    assert ("too easy to guess" in message or "at least 8 characters" in message) and "Nothing was changed" in message
    assert not (tmp_path / "keyring.json").exists()


def test_the_same_passphrase_in_another_unicode_form_opens_the_profile(tmp_path):
    composed = unicodedata.normalize("NFC", "Señora Zoë à Genève, café crème")
    data_key, _ = Keyring(tmp_path).create(composed)
    assert Keyring(tmp_path).unlock(unicodedata.normalize("NFD", composed)) == data_key


def test_a_keyring_wrapped_at_the_old_cost_is_rewrapped_at_todays_on_the_next_unlock(tmp_path, monkeypatch):
    passphrase = unicodedata.normalize("NFD", "lake kettle orange window é")
    monkeypatch.setenv(TEST_COST_ENV, str(2**10))
    keyring = Keyring(tmp_path)
    data_key, recovery = keyring.create(passphrase)
    slot = json.loads(keyring.file.read_text())["slots"]["passphrase"]
    del slot["nfc"]  # as written before passphrases were normalised: derived from the bytes as typed (NFD)
    data = json.loads(keyring.file.read_text())
    data["slots"]["passphrase"] = {**slot, **_wrapped_as_typed(data_key, passphrase)}
    keyring.file.write_text(json.dumps(data))

    monkeypatch.delenv(TEST_COST_ENV)
    with pytest.raises(WrongPassphrase):
        keyring.unlock("not the passphrase at all")
    assert json.loads(keyring.file.read_text())["slots"]["passphrase"]["n"] == 2**10
    assert keyring.unlock(passphrase) == data_key
    upgraded = json.loads(keyring.file.read_text())["slots"]["passphrase"]
    assert upgraded["n"] == SCRYPT_N >= 2**17 and upgraded["nfc"] is True
    monkeypatch.setenv(TEST_COST_ENV, str(2**10))  # the upgraded slot opens with either form, and the recovery key
    assert keyring.unlock(unicodedata.normalize("NFC", passphrase)) == data_key == keyring.unlock(recovery)


def _wrapped_as_typed(data_key: bytes, passphrase: str) -> dict:
    import base64
    import os

    from app.services.profile.vault import _passphrase_kek, _wrap

    salt = os.urandom(16)
    return {"salt": base64.b64encode(salt).decode(), **_wrap(_passphrase_kek(passphrase, salt, 2**10), data_key,
                                                             "passphrase")}


def test_a_backup_copied_elsewhere_opens_with_the_recovery_key_only_unless_asked(tmp_path):
    """Before: every `backup --to` copied the whole key file, so an old USB copy and an old passphrase opened it."""
    import shutil

    from app.services import FieldDesk
    from app.services.profile.backup import create_backup

    passphrase = "lake kettle orange window"
    with FieldDesk.create(tmp_path / "p", office_code="GT-01", office_name="Guatemala office",
                          passphrase=passphrase) as fd:
        recovery = fd.recovery_key
        plain_copy = create_backup(fd, to=tmp_path / "usb")
        whole_copy = create_backup(fd, to=tmp_path / "usb2", with_keyring=True)

    def copied_keyring(folder, backup_id):
        opened = tmp_path / f"{folder}-opened"
        opened.mkdir()
        shutil.copy(tmp_path / folder / f"{backup_id}.keyring.json", opened / "keyring.json")
        return Keyring(opened)

    usb = copied_keyring("usb", plain_copy.id)
    with pytest.raises(WrongPassphrase, match="recovery key only"):
        usb.unlock(passphrase)
    assert usb.unlock(recovery) == Keyring(tmp_path / "p").unlock(passphrase)
    assert copied_keyring("usb2", whole_copy.id).unlock(passphrase) == usb.unlock(recovery)


def test_the_offices_own_name_counts_as_guessed_first(tmp_path):
    from app.services import FieldDesk

    with pytest.raises(ProfileError, match="too easy to guess"):
        FieldDesk.create(tmp_path / "p", office_code="GT-01", office_name="Guatemala office",
                         passphrase="Guatemala office")
    assert not (tmp_path / "p").exists()
