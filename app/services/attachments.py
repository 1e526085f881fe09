"""Files attached to records, kept in the profile under their SHA-256 (one copy however often attached)."""

from __future__ import annotations

import hashlib
import mimetypes
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from app.services.errors import FieldDeskError, NotFound
from app.services.profile import fsync_dir

if TYPE_CHECKING:
    from app.services.core import FieldDesk

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def stored_path(fd: FieldDesk, sha256: str) -> Path:
    return fd.folder.attachments_dir / sha256[:2] / sha256


def store_blob(fd: FieldDesk, source: Path) -> tuple[str, int]:
    """Copy ``source`` into the profile's attachment store; returns (sha256, size)."""
    size = source.stat().st_size
    if size > MAX_ATTACHMENT_BYTES:
        raise FieldDeskError(f"{source.name} is {size // (1024 * 1024)} MB; attachments can be at most "
                             f"{MAX_ATTACHMENT_BYTES // (1024 * 1024)} MB.")
    sha = sha256_of(source)
    target = stored_path(fd, sha)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        shutil.copyfile(source, partial)
        with open(partial, "rb") as fh:
            os.fsync(fh.fileno())
        if sha256_of(partial) != sha:
            partial.unlink(missing_ok=True)
            raise FieldDeskError(f"{source.name} changed while it was being copied; attach it again.")
        partial.replace(target)
        fsync_dir(target.parent)
    return sha, size


def store_bytes(fd: FieldDesk, data: bytes, expected_sha256: str) -> None:
    """Keep bytes received in a bundle, after checking they are what their name says."""
    if hashlib.sha256(data).hexdigest() != expected_sha256:
        raise FieldDeskError(f"Attachment {expected_sha256[:12]}… does not match its SHA-256.")
    target = stored_path(fd, expected_sha256)
    if target.exists():
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    with open(partial, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    partial.replace(target)


def attach_file(fd: FieldDesk, record_table: str, record_id: str, source: str | os.PathLike[str],
                description: str = "") -> str:
    source = Path(source)
    if not source.is_file():
        raise FieldDeskError(f"{source} is not a file that can be attached.")
    sha, size = store_blob(fd, source)
    mime = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
    return fd.attachments.create({"record_table": record_table, "record_id": record_id, "sha256": sha,
                                  "filename": source.name, "size": size, "mime_type": mime,
                                  "description": description})


def attachment_file(fd: FieldDesk, attachment_id: str) -> Path:
    """Where the attachment's bytes are, to open or copy them."""
    row = fd.attachments.get_row(attachment_id)
    path = stored_path(fd, row["sha256"])
    if not path.exists():
        raise NotFound(f"The file of attachment '{row['filename']}' has not arrived yet (it comes with the next "
                       "bundle from the office that attached it).")
    return path


def attachments_of(fd: FieldDesk, record_table: str, record_id: str) -> list[dict]:
    from app.services.query import ListQuery

    ids = fd.attachments.ids(ListQuery(filters={"record_table": record_table, "record_id": record_id},
                                       sort=("filename",)))
    return fd.attachments.rows(ids)
