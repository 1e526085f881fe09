"""Nothing readable left behind by `fielddesk encrypt` (issue 18). Before: a plain safety backup was written first,
each plain file was replaced by a rename (on a raw ext4 image all 546 names of the demo were still readable), a path
with an apostrophe left the profile stuck and plain, backups still said "not encrypted", and the profile's files were
0644 in a 0755 folder. Hard links to the plain files stand here for the disk blocks they occupied."""

from __future__ import annotations

import os
import shutil
import stat

from app.cli import main
from app.services import FieldDesk
from tests.safety.test_encrypted_profile import PASSPHRASE, every_file

NAMES = ["Ana Lucía Xocop Tzul", "Вера Николаевна Соколова", "Chikondi Banda"]


def test_encrypting_overwrites_every_plain_file_and_leaves_no_plain_copy(field_profile, tmp_path, capsys):
    from app.services.profile import ProfileFolder
    from app.services.profile.attachments import attach_file
    from app.services.profile.backup import create_backup, list_backups
    from app.services.profile.keys import create_identity

    path = tmp_path / "Ana's laptop" / "profile"
    path.parent.mkdir()
    shutil.move(field_profile, path)
    scan = tmp_path / "consent.txt"
    with FieldDesk.open(path) as fd:
        person, *_ = fd.participants.create_many([{"full_name": n, "organisation": "Procuraduría"} for n in NAMES])
        needles = [n.encode() for n in NAMES]
        scan.write_text(f"Consent form signed by {NAMES[0]}", encoding="utf-8")
        attach_file(fd, "participant", person, scan)
        create_identity(fd)
        plain_backup = create_backup(fd)
    scan.unlink()
    plain = [path / "fielddesk.db", plain_backup.path, path / "keys" / "signing.key",
             *(p for p in (path / "attachments").rglob("*") if p.is_file())]
    blocks = tmp_path / "blocks"
    blocks.mkdir()
    for n, file in enumerate(plain):
        os.link(file, blocks / str(n))
    needles += [b"Consent form signed", b"PRIVATE KEY"]
    assert any(n in (blocks / "0").read_bytes() for n in needles)

    secret = tmp_path / "secret"
    secret.write_text(PASSPHRASE)
    code = main(["--profile", str(path), "encrypt", "--new-passphrase-file", str(secret)])
    out = capsys.readouterr().out
    assert code == 0 and "overwritten before they were removed" in out and "not a guarantee" in out
    assert "backup create --to" in out and "full-disk encryption" in out
    for file in every_file(path) + every_file(blocks):
        content = file.read_bytes()
        assert not any(n in content for n in needles), file
    assert not list(path.rglob("*.plain-to-erase"))
    backups = list_backups(ProfileFolder(path))
    assert {b.reason for b in backups} >= {"before-encrypt", "by hand"} and all(b.encrypted for b in backups)
    assert stat.S_IMODE(path.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in path.iterdir() if f.is_file())
    with FieldDesk.open(path, secret=PASSPHRASE) as fd:
        assert fd.participants.get(person).full_name == NAMES[0]
