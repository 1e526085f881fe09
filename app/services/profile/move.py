"""``fielddesk hq move-to-postgres``: copy a headquarters profile's SQLite database into an empty PostgreSQL database,
check that the canonical export is identical before and after, then point the profile at PostgreSQL.

Everything is copied (shared records, the change log, sync bookkeeping, conflicts, held changes, settings), so sync
continues where it was; attachment files go into the database so every headquarters user sees them. The SQLite file
stays in the profile folder, renamed, until someone deletes it. The private keys are never decrypted: an encrypted
profile keeps its keyring, whose data key goes on protecting the keys (and the kept SQLite file); the passphrase
still opens the profile.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import insert, select, text
from sqlmodel import SQLModel

from app.models import load_all
from app.models.local import AttachmentBlob
from app.models.training import Attachment
from app.services.core import FieldDesk
from app.services.errors import FieldDeskError
from app.services.profile import blob_names
from app.services.profile.attachment_names import keyed_name, name_key
from app.services.profile.attachments import read_blob
from app.services.profile.pg_access import refuse_password
from app.services.store import schema
from app.services.store.db import Database, normalise_url
from app.services.store.export import export_json_text
from app.vocabulary.problems import problem

CHUNK = 2000


def move_to_postgres(fd: FieldDesk, url: str) -> Path:
    """Returns where the SQLite file was kept. ``fd`` is closed afterwards."""
    if not fd.db.is_sqlite:
        raise FieldDeskError(problem("move.not_sqlite"))
    if not fd.site.is_hq:
        raise FieldDeskError(problem("move.not_hq"))
    if fd.lock is not None:
        fd.lock.exclusive("move it")
    url = normalise_url(url)
    if not url.startswith("postgresql"):
        raise FieldDeskError(problem("move.not_postgres", url=url))
    refuse_password(url)
    target = Database(url)
    try:
        with target.read() as conn:
            tables = conn.execute(text("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                                       "current_schema()")).scalar()
        if tables:
            raise FieldDeskError(problem("move.not_empty"))
        schema.upgrade(target)
        _copy_tables(fd, target)
        _copy_attachments(fd, target)
    except BaseException:
        target.dispose()
        raise
    before = export_json_text(fd)
    moved = FieldDesk(fd.folder, target, fd.site, fd.author)
    after = export_json_text(moved)
    if before != after:
        moved.close()
        raise FieldDeskError(problem("move.copy_differs"))
    moved.close()
    fd.close()
    meta = fd.folder.read_meta()
    meta["database"] = {"url": url}
    fd.folder.write_meta(meta)
    kept = fd.folder.db_file.with_name(fd.folder.db_file.name + ".moved-to-postgres")
    os.replace(fd.folder.db_file, kept)
    return kept


def _copy_tables(fd: FieldDesk, target: Database) -> None:
    load_all()
    with fd.reading() as source, target.write() as dest:
        for table in SQLModel.metadata.sorted_tables:
            if table.name in ("alembic_version", "attachment_blob"):
                continue
            if table.name == "local_setting":
                dest.execute(table.delete())  # the schema upgrade noted its writer; the source's settings win
            result = source.execution_options(yield_per=CHUNK).execute(select(table))
            for rows in result.mappings().partitions(CHUNK):
                dest.execute(insert(table), [dict(r) for r in rows])
        for table, column in (("change_log", "seq"), ("held_change", "id"), ("sync_lost_change", "id"),
                              ("access_record", "id")):
            top = dest.execute(text(f"SELECT max({column}) FROM {table}")).scalar()
            if top:
                dest.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), :top)"),
                             {"top": top})


def _copy_attachments(fd: FieldDesk, target: Database) -> None:
    # imported here: it loads cryptography (with services.profile.keys)
    from app.services.profile.keys import load_identity

    blobs = AttachmentBlob.__table__
    with target.write() as dest:  # no row to rename, ever
        blob_names._put(dest, blob_names.RENAMED_SETTING, True)
    if not fd.folder.attachments_dir.exists():
        return
    with fd.reading() as conn:  # files are named by a keyed hash: the records say which contents there are
        shas = sorted(set(conn.execute(select(Attachment.__table__.c.sha256)).scalars()))
    with target.write() as dest:  # the rows keep the files' keyed names: the key goes into the database, encrypted
        wrapped = blob_names._wrap(name_key(fd), load_identity(fd).card.encryption_key)
        blob_names._put(dest, blob_names.KEY_SETTING, wrapped)
        for sha in shas:
            data = read_blob(fd, sha)
            if data is not None:
                dest.execute(insert(blobs).values(name=keyed_name(fd, sha), data=data))
