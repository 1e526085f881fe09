"""Attachment files are named by a keyed hash (issue 18). Before: ``attachments/ab/<sha256 of the content>``, so a
border guard holding a known document could prove it was on the laptop from the folder's listing alone, without
the passphrase. A profile made before is renamed when it opens, and a migration killed midway is finished by the
next opening."""

from __future__ import annotations

import hashlib

from app.services import FieldDesk
from tests.crashing import kill_at

PASSPHRASE = "lake kettle orange window"
DOCUMENTS = {"report.pdf": b"%PDF-1.4 the detention visit report", "list.txt": b"names of the trainees",
             "copy.pdf": b"%PDF-1.4 the detention visit report"}  # the same content twice: one file


def _files(profile):
    return sorted(p for p in (profile / "attachments").rglob("*") if p.is_file())


def test_attachments_are_stored_under_a_keyed_name_and_old_profiles_are_renamed_even_after_a_crash(tmp_path):
    from app.services.profile.attachment_names import NAME_KEY_FILE, legacy_path
    from app.services.profile.attachments import attach_file, read_attachment, stored_path

    profile = tmp_path / "p"
    known = {hashlib.sha256(data).hexdigest() for data in DOCUMENTS.values()}
    with FieldDesk.create(profile, office_code="GT-01", office_name="Guatemala office", passphrase=PASSPHRASE) as fd:
        person = fd.participants.create({"full_name": "Ana"})
        ids = {}
        for name, data in DOCUMENTS.items():
            (tmp_path / name).write_bytes(data)
            ids[name] = attach_file(fd, "participant", person, tmp_path / name)
        files = _files(profile)
        assert len(files) == 2  # de-duplicated still
        assert not any(sha[:12] in str(path) for path in files for sha in known)  # the attack: no name tells
        assert (profile / "keys" / NAME_KEY_FILE).read_bytes().startswith(b"FDENC1")  # the key is encrypted too
        # Make it a profile of the earlier version: files under the content's SHA-256, no name key yet.
        for sha in known:
            stored_path(fd, sha).replace(_mkdir(legacy_path(fd, sha)))
        (profile / "keys" / NAME_KEY_FILE).unlink()
    assert sorted(p.name for p in _files(profile)) == sorted(known)

    secret = tmp_path / "secret"
    secret.write_text(PASSPHRASE)
    assert kill_at(profile, ["--passphrase-file", str(secret), "info"], ("attachment-renamed", 1), tmp_path / "marks")
    left = _files(profile)
    assert len(left) == 2 and len([p for p in left if p.name in known]) == 1  # killed after the first rename

    with FieldDesk.open(profile, secret=PASSPHRASE) as fd:  # the next opening finishes it
        assert not any(sha in str(path) for path in _files(profile) for sha in known)
        assert len(_files(profile)) == 2
        for name, attachment in ids.items():
            assert read_attachment(fd, attachment) == DOCUMENTS[name]
    assert sorted(p.parent.name for p in _files(profile)) == sorted(p.name[:2] for p in _files(profile))


def _mkdir(path):
    path.parent.mkdir(exist_ok=True)
    return path
