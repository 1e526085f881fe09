"""Names of the attachment contents a shared PostgreSQL database keeps (``attachment_blob``, headquarters): the
keyed hash of each content's SHA-256 (app/services/profile/attachment_names.py), as a laptop's files are named. A row
named by the plain SHA-256 told whoever could read the table or a dump of it (a database administrator, a stolen backup)
that a known document was at headquarters, without any key.

The name key is headquarters' own, shared by its users as the database is: a random 256-bit key kept in the
database (``local_setting``) encrypted to headquarters' age key (the key that opens offices' bundles, which every
headquarters user holds, encrypted, in their profile folder), so reading the database alone does not give it.
``keys rotate`` encrypts it again to the new key. Rows named before (schema 0028) are renamed when a profile opens,
all in one transaction: the database holds the old names or the new ones, never a mixture.
"""

from __future__ import annotations

import base64
import os
from typing import TYPE_CHECKING

from sqlalchemy import delete, select, update

from app.models.local import AttachmentBlob
from app.models.local_setting import LocalSetting
from app.models.training import Attachment
from app.services.errors import ProfileError
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk

KEY_SETTING = "attachment_name_key"  # base64 of the key, age-encrypted to headquarters' current age key
RENAMED_SETTING = "attachment_blob_names_keyed"
BLOBS = AttachmentBlob.__table__
SETTINGS = LocalSetting.__table__


def database_name_key(fd: FieldDesk) -> bytes:
    """The key, made the first time it is needed (inside the write transaction that needs it, when there is one)."""
    import pyrage

    # imported here: it loads cryptography (with services.profile.keys)
    from app.services.profile.keys import load_identity

    identity = load_identity(fd)
    wrapped = fd.setting(KEY_SETTING)
    if wrapped is None:
        with fd.writing() as w:
            wrapped = _get(w.conn, KEY_SETTING)
            if wrapped is None:  # serialised writers: the first program to get here makes it
                wrapped = _wrap(os.urandom(32), identity.card.encryption_key)
                _put(w.conn, KEY_SETTING, wrapped)
    try:
        key = pyrage.decrypt(base64.b64decode(wrapped), identity.decryption_identities)
    except Exception:
        raise ProfileError(problem("attachments.names_key")) from None
    return key


def wrap_again(fd: FieldDesk, key: bytes) -> None:
    """After ``keys rotate``: the same key, encrypted to headquarters' new age key (a user who copies the new keys
    only can still open it)."""
    # imported here: it loads cryptography (with services.profile.keys)
    from app.services.profile.keys import load_identity

    recipient = load_identity(fd).card.encryption_key
    with fd.writing() as w:
        _put(w.conn, KEY_SETTING, _wrap(key, recipient))


def rename_rows(fd: FieldDesk) -> int:
    """Rename the rows named by a content's SHA-256 (the contents attachment records name) to their keyed names;
    returns how many. Once done, never looked for again (older programs cannot open the schema any more)."""
    if fd.setting(RENAMED_SETTING):
        return 0
    # imported here: a cycle (services.profile.blob_names -> services.profile.attachment_names -> ... -> services.pro...
    from app.services.profile.attachment_names import keyed_name

    attachments = Attachment.__table__
    named_by_sha = select(BLOBS.c.name).where(BLOBS.c.name.in_(select(attachments.c.sha256).distinct()))
    with fd.reading() as conn:
        first = conn.execute(named_by_sha.limit(1)).scalar()
    if first is not None:
        keyed_name(fd, first)  # the key read (or made) before the rename's transaction
    with fd.writing() as w:
        if _get(w.conn, RENAMED_SETTING):
            return 0
        legacy = w.conn.execute(named_by_sha).scalars().all()
        for sha in legacy:
            target = keyed_name(fd, sha)
            if w.conn.execute(select(BLOBS.c.name).where(BLOBS.c.name == target)).first() is not None:
                w.conn.execute(delete(BLOBS).where(BLOBS.c.name == sha))
            else:
                w.conn.execute(update(BLOBS).where(BLOBS.c.name == sha).values(name=target))
        _put(w.conn, RENAMED_SETTING, True)
    return len(legacy)


def _wrap(key: bytes, recipient: str) -> str:
    import pyrage
    from pyrage import x25519

    return base64.b64encode(pyrage.encrypt(key, [x25519.Recipient.from_str(recipient)])).decode()


def _get(conn, key: str):
    return conn.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == key)).scalar()


def _put(conn, key: str, value) -> None:
    if conn.execute(select(SETTINGS.c.key).where(SETTINGS.c.key == key)).first() is None:
        conn.execute(SETTINGS.insert().values(key=key, value=value))
    else:
        conn.execute(SETTINGS.update().where(SETTINGS.c.key == key).values(value=value))
