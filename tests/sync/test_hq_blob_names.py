"""Attachment contents are named by a keyed hash on both engines (issue 18). Before: a headquarters on PostgreSQL
named each row of ``attachment_blob`` by the SHA-256 of its content, so whoever read the table or a dump of it
could tell a known document was there, without any key."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select, update

from app.models.local import AttachmentBlob
from app.services.errors import FieldDeskError
from app.services.profile.attachment_names import keyed_name, legacy_path, stored_path
from app.services.profile.attachments import attach_file, read_attachment
from app.services.profile.blob_names import KEY_SETTING, RENAMED_SETTING

BLOBS = AttachmentBlob.__table__


def _reopen(net):
    net.open.pop("HQ").close()
    return net["HQ"]


def test_a_known_documents_hash_names_nothing_and_old_names_are_renamed_when_the_profile_opens(net, tmp_path):
    hq = net["HQ"]
    document = tmp_path / "known.pdf"
    document.write_bytes(b"%PDF-1.4 a document the border guard also holds")
    sha = hashlib.sha256(document.read_bytes()).hexdigest()
    attachment = attach_file(hq, "participant", hq.participants.create({"full_name": "Ana Lopez"}), document)
    keyed = keyed_name(hq, sha)
    assert keyed != sha
    if hq.db.is_sqlite:
        assert stored_path(hq, sha).exists() and not legacy_path(hq, sha).exists()
        legacy_path(hq, sha).parent.mkdir(exist_ok=True)
        stored_path(hq, sha).rename(legacy_path(hq, sha))  # as a FieldDesk before keyed names left it
    else:
        with hq.reading() as conn:
            assert conn.execute(select(BLOBS.c.name)).scalars().all() == [keyed]
        wrapped = hq.setting(KEY_SETTING)
        assert bytes.fromhex(keyed) and len(wrapped) > 100  # the key is in the database encrypted, never plain
        with hq.writing() as w:  # as schema 0028 leaves a database made before
            w.conn.execute(update(BLOBS).values(name=sha))
            w.conn.execute(AttachmentBlob.metadata.tables["local_setting"].delete().where(
                AttachmentBlob.metadata.tables["local_setting"].c.key == RENAMED_SETTING))
    hq = _reopen(net)
    assert read_attachment(hq, attachment) == document.read_bytes()
    if hq.db.is_sqlite:
        assert stored_path(hq, sha).exists() and not legacy_path(hq, sha).exists()
        return
    with hq.reading() as conn:
        assert conn.execute(select(BLOBS.c.name)).scalars().all() == [keyed]
    import base64

    import pyrage

    from app.services.profile.keys import load_identity
    from app.sync.rotation import rotate

    rotate(hq, revoked=False)  # a user who copies only the new keys still opens the name key
    new_key_only = [load_identity(hq).encryption_identity]
    assert keyed_name(hq, sha) == keyed
    assert pyrage.decrypt(base64.b64decode(hq.setting(KEY_SETTING)), new_key_only) == hq._attachment_name_key
    with hq.writing() as w:  # a row swapped for another content is refused, as a swapped file is
        w.conn.execute(update(BLOBS).values(data=b"another document"))
    with pytest.raises(FieldDeskError, match="does not match its SHA-256"):
        read_attachment(hq, attachment)
