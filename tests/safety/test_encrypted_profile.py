"""Encrypted profiles: nothing readable on disk, wrong and missing passphrases, the recovery key, passphrase change,
encrypting a plain profile, and the command line's answers."""

from __future__ import annotations

import os
import stat

import pytest

from app.cli import main
from app.services import FieldDesk
from app.services.demo import load_demo
from app.services.profile.throttle import UnlockThrottle
from app.services.profile.vault import ProfileLocked, WrongPassphrase
from app.services.store.export import export_json_text

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(scope="session")
def encrypted_demo_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("templates") / "encrypted"
    with FieldDesk.create(path, office_code="GT-01", office_name="Guatemala office", country_code="GT",
                          passphrase=PASSPHRASE) as fd:
        recovery = fd.recovery_key
        load_demo(fd, "small", seed=1998)
    return path, recovery


@pytest.fixture
def encrypted(tmp_path, encrypted_demo_template):
    import shutil

    source, recovery = encrypted_demo_template
    path = tmp_path / "encrypted"
    shutil.copytree(source, path)
    return path, recovery


def secrets_of(fd) -> list[bytes]:
    """Names and titles from the demo that must never appear in the clear on disk."""
    people = [p.full_name for p in fd.participants.list().rows[:30]]
    missions = [m.title for m in fd.missions.list().rows[:5]]
    organisations = ["Procuraduría de los Derechos Humanos", "Верховный Суд Российской Федерации",
                     "Malawi Human Rights Commission"]
    return [text.encode("utf-8") for text in people + missions + organisations]


def every_file(folder):
    return [p for p in folder.rglob("*") if p.is_file()]


def test_nothing_readable_lies_on_disk(encrypted, tmp_path):
    from app.services.profile.attachments import attach_file
    from app.services.profile.backup import create_backup
    from app.services.profile.keys import create_identity

    path, _ = encrypted
    with FieldDesk.open(path, secret=PASSPHRASE) as fd:
        needles = secrets_of(fd)
        person = fd.participants.ids()[0]
        name = fd.participants.get(person).full_name
        scan = tmp_path / "consent.txt"
        scan.write_text(f"Consent form signed by {name}", encoding="utf-8")
        attach_file(fd, "participant", person, scan)
        create_identity(fd)
        create_backup(fd, to=tmp_path / "usb")
        with fd.writing():  # an open write transaction leaves a WAL file
            fd.participants.update(person, {"position": "Jueza de paz"})
        scan.unlink()
    assert len(needles) > 20
    files = every_file(path) + every_file(tmp_path / "usb")
    assert any(p.suffix == ".db" for p in files) and any("attachments" in p.parts for p in files)
    for file in files:
        content = file.read_bytes()
        for needle in needles + [b"Consent form signed", b"PRIVATE KEY", b"AGE-SECRET-KEY"]:
            assert needle not in content, f"{needle!r} is readable in {file}"


def test_a_plain_profile_is_readable_which_is_why_encryption_matters(demo_profile):
    with FieldDesk.open(demo_profile) as fd:
        needle = secrets_of(fd)[0]
    assert any(needle in f.read_bytes() for f in every_file(demo_profile))


def test_missing_and_wrong_passphrase_change_nothing(encrypted):
    path, _ = encrypted
    before = {p: p.read_bytes() for p in every_file(path)}
    with pytest.raises(ProfileLocked, match="is encrypted"):
        FieldDesk.open(path)
    with pytest.raises(WrongPassphrase, match="not right"):
        FieldDesk.open(path, secret="correct horse battery stapler")
    assert {p: p.read_bytes() for p in every_file(path)} == before


def test_the_recovery_key_opens_and_the_passphrase_can_be_reset(encrypted):
    from app.services.profile.encryption import change_passphrase

    path, recovery = encrypted
    with FieldDesk.open(path, secret=recovery.lower().replace("-", " ")) as fd:  # read from paper, loosely typed
        dump = export_json_text(fd)
    change_passphrase(path, recovery, "a brand new passphrase")
    with pytest.raises(WrongPassphrase):
        FieldDesk.open(path, secret=PASSPHRASE)
    with FieldDesk.open(path, secret="a brand new passphrase") as fd:
        assert export_json_text(fd) == dump
    with FieldDesk.open(path, secret=recovery) as fd:
        assert export_json_text(fd) == dump


def test_a_profile_opens_again_with_its_unlocked_key_after_a_restore(encrypted):
    """The GUI reopens the profile after a restore without asking for the passphrase again."""
    from app.services.profile.backup import create_backup, restore_backup

    path, _ = encrypted
    fd = FieldDesk.open(path, secret=PASSPHRASE)
    info = create_backup(fd)
    restore_backup(fd, info.id, confirmed=True)  # closes fd
    with FieldDesk.open(path, vault=fd.vault) as again:
        assert again.vault is fd.vault and again.participants.count() > 0


def test_key_files_are_owner_only(encrypted):
    path, _ = encrypted
    assert stat.S_IMODE(os.stat(path / "keyring.json").st_mode) == 0o600


def test_encrypting_a_plain_profile_keeps_its_data_and_encrypts_its_backups(demo_profile):
    from app.services.profile import ProfileFolder
    from app.services.profile.backup import list_backups
    from app.services.profile.encryption import encrypt_profile

    with FieldDesk.open(demo_profile) as fd:
        dump = export_json_text(fd)
        needles = secrets_of(fd)
    recovery = encrypt_profile(demo_profile, PASSPHRASE)
    assert recovery.startswith("FDRK-")
    with FieldDesk.open(demo_profile, secret=PASSPHRASE) as fd:
        assert export_json_text(fd) == dump
    assert any(b.reason == "before-encrypt" for b in list_backups(ProfileFolder(demo_profile)))
    for file in every_file(demo_profile):
        assert not any(n in file.read_bytes() for n in needles), file


def test_an_interrupted_encryption_is_finished_by_running_it_again(demo_profile, monkeypatch):
    from app.services.profile import ProfileError, encryption

    with FieldDesk.open(demo_profile) as fd:
        dump = export_json_text(fd)
    monkeypatch.setattr(encryption, "_encrypt_database_file", lambda *a: (_ for _ in ()).throw(OSError("power cut")))
    with pytest.raises(OSError):
        encryption.encrypt_profile(demo_profile, PASSPHRASE)
    monkeypatch.undo()
    with pytest.raises(ProfileError, match="interrupted"):
        FieldDesk.open(demo_profile, secret=PASSPHRASE)
    recovery = encryption.encrypt_profile(demo_profile, PASSPHRASE)
    assert recovery.startswith("FDRK-")
    with FieldDesk.open(demo_profile, secret=recovery) as fd:
        assert export_json_text(fd) == dump


def test_wrong_tries_make_the_next_one_wait_longer():
    now = [100.0]
    throttle = UnlockThrottle(clock=lambda: now[0])
    for _ in range(3):
        assert throttle.wait_seconds() == 0
        throttle.failed()
    assert throttle.wait_seconds() == 1
    now[0] += 1
    throttle.failed()
    assert throttle.wait_seconds() == 2
    throttle.succeeded()
    assert throttle.wait_seconds() == 0


def test_command_line(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("FIELDDESK_PASSPHRASE_FILE", raising=False)
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    profile = tmp_path / "P"
    sheet = tmp_path / "recovery.pdf"
    assert main(["--profile", str(profile), "init", "--office", "GT-01", "--name", "Guatemala office",
                 "--passphrase-file", str(secret), "--recovery-sheet", str(sheet)]) == 0
    out = capsys.readouterr().out
    recovery = next(w for w in out.split() if w.startswith("FDRK-"))
    assert "encrypted" in out and sheet.read_bytes().startswith(b"%PDF")
    code = main(["--profile", str(profile), "info"])
    err = capsys.readouterr().err
    assert code == 1 and "is encrypted" in err and "Traceback" not in err and err.count("\n") == 1
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase")
    assert main(["--profile", str(profile), "--passphrase-file", str(wrong), "info"]) == 1
    assert "not right" in capsys.readouterr().err
    monkeypatch.setenv("FIELDDESK_PASSPHRASE_FILE", str(secret))
    assert main(["--profile", str(profile), "info", "--json"]) == 0
    capsys.readouterr()
    new = tmp_path / "new.txt"
    new.write_text("another long passphrase")
    assert main(["--profile", str(profile), "passphrase", "change", "--new-passphrase-file", str(new)]) == 0
    assert main(["--profile", str(profile), "info"]) == 1  # the environment still names the old one
    capsys.readouterr()
    monkeypatch.delenv("FIELDDESK_PASSPHRASE_FILE")
    assert main(["--profile", str(profile), "unlock", "--recovery-key", recovery, "--new-passphrase-file",
                 str(secret)]) == 2  # a secret on the command line is seen by other programs
    assert "must not be written on the command line" in capsys.readouterr().err
    sheet = tmp_path / "recovery.txt"
    sheet.write_text(recovery)
    assert main(["--profile", str(profile), "--passphrase-file", str(sheet), "unlock", "--recovery-key",
                 "--new-passphrase-file", str(secret)]) == 0
    assert main(["--profile", str(profile), "--passphrase-file", str(secret), "check"]) == 0
    plain = tmp_path / "plain"
    assert main(["--profile", str(plain), "init", "--office", "MW-01", "--name", "Lilongwe office"]) == 0
    assert "NOT encrypted" in capsys.readouterr().out
    assert main(["--profile", str(plain), "encrypt", "--new-passphrase-file", str(secret)]) == 0
    assert "FDRK-" in capsys.readouterr().out
    assert main(["--profile", str(plain), "info"]) == 1
    short = tmp_path / "short.txt"
    short.write_text("abc")
    other = tmp_path / "other"
    assert main(["--profile", str(other), "init", "--office", "MN-01", "--name", "x", "--passphrase-file",
                 str(short)]) == 1
    assert "at least 8 characters" in capsys.readouterr().err and not other.exists()
