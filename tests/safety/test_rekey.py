"""`fielddesk rekey` (issue 18): a new data key for the database, backups, attachments and keys. Before: changing the
passphrase only re-wrapped the same data key, so a key file copied to a USB stick with a backup, and the old
passphrase, still opened today's database."""

from __future__ import annotations

import shutil

import pytest

from app.cli import main
from app.services import FieldDesk
from app.services.errors import FieldDeskError, ProfileError
from app.services.profile.rekey import _opens
from app.services.profile.vault import Keyring, Vault, WrongPassphrase

PASSPHRASE = "lake kettle orange window"


def test_rekey_leaves_old_key_files_useless_and_finishes_when_interrupted(tmp_path, capsys, monkeypatch):
    from app.services.profile import rekey
    from app.services.profile.attachments import attach_file
    from app.services.profile.backup import create_backup
    from app.services.profile.keys import create_identity, load_identity

    profile = tmp_path / "p"
    with FieldDesk.create(profile, office_code="GT-01", office_name="Guatemala office", passphrase=PASSPHRASE) as fd:
        old_recovery = fd.recovery_key
        person = fd.participants.create({"full_name": "Ana Lucía Xocop Tzul"})
        scan = tmp_path / "consent.txt"
        scan.write_text("Consent form")
        attach_file(fd, "participant", person, scan)
        create_identity(fd)
        card = load_identity(fd).card
        backup = create_backup(fd)
    usb = tmp_path / "usb"
    usb.mkdir()
    shutil.copy(profile / "keyring.json", usb / "keyring.json")  # an old copy of the whole key file
    old_key = Keyring(usb).unlock(PASSPHRASE)
    secret = tmp_path / "secret"
    secret.write_text(PASSPHRASE)

    monkeypatch.setattr(rekey, "_database_again", lambda *a: (_ for _ in ()).throw(OSError("power cut")))
    assert main(["--profile", str(profile), "--passphrase-file", str(secret), "rekey"]) == 1
    monkeypatch.undo()
    capsys.readouterr()
    with pytest.raises(ProfileError, match="rekey' again"):
        FieldDesk.open(profile, secret=PASSPHRASE)
    assert main(["--profile", str(profile), "--passphrase-file", str(secret), "rekey"]) == 0
    out = capsys.readouterr().out
    assert "new data key" in out and "FDRK-" in out

    new_key = Keyring(profile).unlock(PASSPHRASE)
    assert new_key != old_key and "previous" not in Keyring(profile).read()
    old = Vault(old_key)
    for database in (profile / "fielddesk.db", backup.path):
        assert not _opens(database, old.sqlcipher_key) and _opens(database, Vault(new_key).sqlcipher_key)
    files = [p for p in (profile / "attachments").rglob("*") if p.is_file()] + list((profile / "keys").glob("*.key"))
    for file in files:
        with pytest.raises(FieldDeskError):
            old.decrypt(file.read_bytes(), "attachment" if "attachments" in file.parts else f"private key {file.name}")
    with pytest.raises(WrongPassphrase):
        Keyring(profile).unlock(old_recovery)
    with FieldDesk.open(profile, secret=PASSPHRASE) as fd:
        assert fd.participants.get(person).full_name == "Ana Lucía Xocop Tzul"
        assert load_identity(fd).card == card
        from app.services.profile.attachments import read_attachment

        [attachment] = fd.attachments.ids()
        assert read_attachment(fd, attachment) == b"Consent form"
