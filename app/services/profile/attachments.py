"""Files attached to records, kept in the profile once per content (however often attached), under a keyed hash
of their SHA-256 (app/services/profile/attachment_names.py)."""

from __future__ import annotations

import hashlib
import mimetypes
import os
from pathlib import Path
from typing import TYPE_CHECKING

from app.models.local import AttachmentBlob
from app.models.validation import describe_character, forbidden_character
from app.services.errors import FieldDeskError, NotFound
from app.services.profile import fsync_dir
from app.services.profile.filenames import visible_name
from app.services.store.query import ListQuery
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024


def stored_path(fd: FieldDesk, sha256: str) -> Path:
    """The file that holds the content whose SHA-256 is ``sha256``: its name is keyed, so it does not tell the
    hash."""
    # imported here: start-up: the first screen (dashboard) does not load services.profile.attachment_names
    from app.services.profile.attachment_names import stored_path as keyed_path

    return keyed_path(fd, sha256)


def _write_blob(fd: FieldDesk, sha: str, data: bytes) -> Path | None:
    """Keep ``data`` once: in the profile folder under its keyed name, encrypted when the profile is (written to a
    temporary name, then renamed); in the database itself when it is a shared server, so every headquarters user sees it
    (inside the caller's write transaction, when there is one). Returns the file when it is new here."""
    if not fd.db.is_sqlite:
        _write_blob_row(fd, sha, data)
        return None
    target = stored_path(fd, sha)
    if target.exists():
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    stored = fd.vault.encrypt(data, "attachment") if fd.vault is not None else data
    partial = target.with_name(target.name + ".partial")
    with open(partial, "wb") as fh:
        fh.write(stored)
        fh.flush()
        os.fsync(fh.fileno())
    partial.replace(target)
    fsync_dir(target.parent)
    return target


def store_blob(fd: FieldDesk, source: Path) -> tuple[str, int]:
    """Copy ``source`` into the profile's attachment store; returns (sha256, size)."""
    size = source.stat().st_size
    if size > MAX_ATTACHMENT_BYTES:
        raise FieldDeskError(problem("attachments.too_large", file=source.name, size_mb=size // (1024 * 1024),
                                     max_mb=MAX_ATTACHMENT_BYTES // (1024 * 1024)))
    data = source.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    _write_blob(fd, sha, data)
    return sha, len(data)


def store_bytes(fd: FieldDesk, data: bytes, expected_sha256: str) -> Path | None:
    """Keep bytes received in a bundle, after checking they are what their name says. Called inside the bundle's
    write transaction: on a server the blob row is part of it; on a laptop the file is returned when it is new, for
    the caller to remove if the transaction does not commit."""
    if hashlib.sha256(data).hexdigest() != expected_sha256:
        raise FieldDeskError(problem("attachments.bundle_hash", sha=expected_sha256[:12]))
    return _write_blob(fd, expected_sha256, data)


def _write_blob_row(fd: FieldDesk, sha: str, data: bytes) -> None:
    from sqlalchemy import select

    # imported here: start-up: the first screen (dashboard) does not load services.profile.attachment_names
    from app.services.profile.attachment_names import keyed_name

    table = AttachmentBlob.__table__
    name = keyed_name(fd, sha)
    with fd.writing() as w:
        if w.conn.execute(select(table.c.name).where(table.c.name == name)).first() is None:
            w.conn.execute(table.insert().values(name=name, data=data))


def read_blob(fd: FieldDesk, sha256: str) -> bytes | None:
    """The content stored under ``sha256`` (decrypted), or None when it has not arrived."""
    if not fd.db.is_sqlite:
        from sqlalchemy import select

        # imported here: start-up: the first screen (dashboard) does not load services.profile.attachment_names
        from app.services.profile.attachment_names import keyed_name

        table = AttachmentBlob.__table__
        with fd.reading() as conn:  # a row not renamed yet (a profile that could not open the key) keeps its old name
            data = conn.execute(select(table.c.data).where(table.c.name.in_([keyed_name(fd, sha256), sha256]))
                                .limit(1)).scalar()
        if data is not None and hashlib.sha256(data).hexdigest() != sha256:
            raise FieldDeskError(problem("attachments.stored_altered", sha=sha256[:12]))
        return data
    path = stored_path(fd, sha256)
    if not path.exists():
        # imported here: start-up: the first screen (dashboard) does not load services.profile.attachment_names
        from app.services.profile.attachment_names import legacy_path

        path = legacy_path(fd, sha256)  # a profile whose files could not be renamed yet (a read-only copy)
        if not path.exists():
            return None
    data = path.read_bytes()
    if fd.vault is not None:
        # imported here: start-up: the first screen (dashboard) does not load services.profile.vault
        from app.services.profile.vault import is_encrypted_blob

        if not is_encrypted_blob(data):
            raise FieldDeskError(problem("attachments.not_encrypted", sha=sha256[:12]))
        data = fd.vault.decrypt(data, "attachment")
    if hashlib.sha256(data).hexdigest() != sha256:  # a stored file swapped for another, even one encrypted here
        raise FieldDeskError(problem("attachments.stored_altered", sha=sha256[:12]))
    return data


def attach_file(fd: FieldDesk, record_table: str, record_id: str, source: str | os.PathLike[str],
                description: str = "") -> str:
    source = Path(source)
    if not source.is_file():
        raise FieldDeskError(problem("attachments.not_a_file", path=str(source)))
    _check_name(source.name)
    # refused before the content is stored (an erased person's file)
    fd.attachments.check_may_create({"record_table": record_table, "record_id": record_id})
    sha, size = store_blob(fd, source)
    mime = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
    return fd.attachments.create({"record_table": record_table, "record_id": record_id, "sha256": sha,
                                  "filename": source.name, "size": size, "mime_type": mime,
                                  "description": description})


def _check_name(filename: str) -> None:
    """Refused before anything is copied (the model refuses it too, but the file would already be in the store)."""
    char = forbidden_character(filename)
    if char is not None:
        reason = problem("forbidden_character", title=problem("attachments.file_name"), char=describe_character(char))
        raise FieldDeskError(problem("attachments.name_refused", name=visible_name(filename), reason=reason))


def read_attachment(fd: FieldDesk, attachment_id: str) -> bytes:
    """The attachment's content, to open or copy it."""
    row = fd.attachments.get_row(attachment_id)
    data = read_blob(fd, row["sha256"])
    if data is None:
        raise NotFound(problem("attachments.not_arrived", name=row["filename"]))
    return data


def attachments_of(fd: FieldDesk, record_table: str, record_id: str) -> list[dict]:
    ids = fd.attachments.ids(ListQuery(filters={"record_table": record_table, "record_id": record_id},
                                       sort=("filename",)))
    return fd.attachments.rows(ids)
