"""Erasing a person's personal data (the right to be forgotten), the same way at every site.

The name, contacts, organisation and position are replaced by a pseudonym made from the record's id ("Participant
7F3K-Q2MA-9XDE": the same at every site, so nothing needs to travel for it), keeping sex, stakeholder type, country
and enrolments so statistics stay true. Every old and new value of those fields is rewritten in the change log (so a
replay of the log still gives the table: ``fielddesk check`` agrees), in the sync bookkeeping that keeps changes
(conflicts, lost, held and refused changes), and in the full-text index, which is rebuilt. The person's attachments
are deleted (record scrubbed, content removed). Then ``compact`` rewrites the database files so that freed pages
hold nothing (SQLite: secure_delete and VACUUM, the write-ahead log truncated; PostgreSQL: VACUUM FULL).

The erasure itself is recorded (who, when, why: never the values) in ``erasure``; it travels in bundles as its own
kind of change (``app/sync/erasures.py``) and changes arriving later for the record are scrubbed as they are merged.
"""

from __future__ import annotations

import base64
import hashlib
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, insert, select, update

from app.models.validation import describe_character, forbidden_character
from app.services.errors import FieldDeskError, NotAllowed, NotFound
from app.services.privacy.pseudonyms import is_pseudonym
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from app.services.core import FieldDesk

ERASABLE = "participant"
SCRUBBED_FIELDS = ("full_name", "organisation", "position", "email", "phone")
ATTACHMENT_VALUES = {"filename": "erased", "description": "", "deleted": True}
# Tables whose storage is rewritten after an erasure (their old rows held the values).
COMPACTED = ("participant", "attachment", "attachment_blob", "change_log", "sync_conflict", "sync_lost_change",
             "held_change", "sync_refusal", "fellowship", "fellowship_objective", "fellowship_contact")


def pseudonym(record_id: str) -> str:
    digest = hashlib.sha256(b"fielddesk-erasure\0" + record_id.encode()).digest()
    code = base64.b32encode(digest).decode()[:12]
    return f"Participant {code[:4]}-{code[4:8]}-{code[8:]}"


def erased_values(record_id: str) -> dict[str, Any]:
    return {"full_name": pseudonym(record_id), "organisation": "", "position": "", "email": "", "phone": ""}


def scrubbed(values: dict[str, Any], replacements: dict[str, Any]) -> dict[str, Any]:
    """``values`` with every key that ``replacements`` names replaced (keys absent stay absent)."""
    if not values or not any(k in values for k in replacements):
        return values
    return {k: replacements.get(k, v) for k, v in values.items()}


@dataclass
class ErasureResult:
    record_id: str
    pseudonym: str
    log_entries: int = 0  # change-log rows rewritten
    attachments: int = 0
    erasure_id: str = ""
    files: list[Path] = field(default_factory=list)  # attachment contents to remove once committed


def _tables():
    # imported here: start-up: the first screen (participants) does not load models.local
    from app.models import Attachment, ChangeLog, Erasure, Participant

    return Participant.__table__, Attachment.__table__, ChangeLog.__table__, Erasure.__table__


def erasure_of(conn: Connection, record_id: str) -> dict | None:
    erasures = _tables()[3]
    row = conn.execute(select(erasures).where(erasures.c.record_id == record_id)).mappings().first()
    return dict(row) if row else None


def erased_ids(conn: Connection) -> set[str]:
    erasures = _tables()[3]
    return set(conn.execute(select(erasures.c.record_id)).scalars())


def check_not_erased(conn: Connection, record_id: str, changed: dict[str, Any]) -> None:
    """A local edit may not put personal data back into an erased record."""
    touched = [k for k in SCRUBBED_FIELDS if k in changed]
    if not touched:
        return
    found = erasure_of(conn, record_id)
    if found is None:
        return
    wanted = erased_values(record_id)
    if any(changed[k] != wanted[k] for k in touched):
        raise NotAllowed(problem("erasure.cannot_refill", date=found["erased_at"][:10]))


def erase_participant(fd: FieldDesk, record_id: str, reason: str = "") -> ErasureResult:
    """Erase here, record it for the bundles, then rewrite the database files. Raises NotFound, NotAllowed or
    FieldDeskError (already erased, a reason naming the person) with nothing changed."""
    # imported here: start-up: the first screen (participants) does not load services.privacy.access_log
    from app.services.privacy import access_log

    reason = (reason or "").strip()
    if len(reason) > 500:
        raise FieldDeskError(problem("erasure.reason_too_long", max=500))
    char = forbidden_character(reason)
    if char is not None:
        raise FieldDeskError(problem("forbidden_character", title=problem("erasure.the_reason"),
                                     char=describe_character(char)))
    with fd.writing() as w:
        participants, _attachments, _log, erasures = _tables()
        row = w.conn.execute(select(participants).where(participants.c.id == record_id)).mappings().first()
        if row is None:
            raise NotFound(problem("no_parent", entity="participant", id=record_id))
        if not fd.site.is_hq and row["owner_office"] != fd.site.office:
            raise NotAllowed(problem("erasure.other_office", office=row["owner_office"]))
        found = erasure_of(w.conn, record_id)
        if found is not None:
            raise FieldDeskError(problem("erasure.already", date=found["erased_at"][:10],
                                         pseudonym=pseudonym(record_id)))
        if fd.site.is_hq and row["owner_office"] != fd.site.office and is_pseudonym(row["full_name"]):
            raise NotAllowed(problem("erasure.pseudonymised_at_hq", office=row["owner_office"]))
        if reason and _names_the_person(reason, row):
            raise FieldDeskError(problem("erasure.reason_names"))
        erasure_id = str(uuid.uuid4())
        w.conn.execute(insert(erasures).values(
            id=erasure_id, table_name=ERASABLE, record_id=record_id, owner_office=row["owner_office"],
            erased_at=w.now_iso(), erased_by=w.author, erased_office=fd.site.office, erased_site=fd.site.site_id,
            reason=reason, received_from=None, received_at=None))
        result = scrub_record(fd, w.conn, record_id)
        result.erasure_id = erasure_id
        access_log.record(fd, "erasure", "Erasure of a participant's personal data", people=1, target=record_id)
    finish(fd, result.files)
    return result


def _names_the_person(reason: str, row) -> bool:
    """A word of the name, or the e-mail or phone, in the reason (which outlives the erasure)."""
    import re

    words = set(re.findall(r"\w+", reason.casefold()))
    name = {w for w in re.findall(r"\w+", str(row["full_name"]).casefold()) if len(w) >= 3}
    contacts = [str(row[k]).strip().casefold() for k in ("email", "phone") if len(str(row[k]).strip()) >= 5]
    return bool(words & name) or any(c in reason.casefold() for c in contacts)


def scrub_record(fd: FieldDesk, conn: Connection, record_id: str) -> ErasureResult:
    """Inside the caller's write transaction: the record, its change log, its attachments, the sync bookkeeping and
    the search index. Files to remove come back in the result (remove them after the commit: ``finish``)."""
    participants, attachments, log, _erasures = _tables()
    values = erased_values(record_id)
    result = ErasureResult(record_id, values["full_name"])
    if conn.dialect.name == "sqlite":  # what this transaction frees is zeroed (VACUUM then rewrites the rest)
        conn.exec_driver_sql("PRAGMA secure_delete = ON")
    conn.execute(update(participants).where(participants.c.id == record_id).values(**values))
    result.log_entries += _rewrite_log(conn, log, ERASABLE, [record_id], values)
    # imported here: start-up: the first screen (participants) does not load services.privacy.erasure_parts
    from app.services.privacy import erasure_parts  # their fellowships' personal text, and the files attached to them

    parts, rewritten = erasure_parts.scrub(conn, record_id, _rewrite_log)
    result.log_entries += rewritten
    # imported here: start-up: the first screen (participants) does not load services.privacy.person_records
    from app.services.privacy.person_records import (
        attachments_of,  # on their own record, enrolments, fellowships and parts
    )

    linked = attachments_of(conn, {record_id})
    ids = [a.id for a in linked]
    if ids:
        conn.execute(update(attachments).where(attachments.c.id.in_(ids)).values(**ATTACHMENT_VALUES))
        result.log_entries += _rewrite_log(conn, log, "attachment", ids, ATTACHMENT_VALUES)
        result.attachments = len(ids)
        result.files = _remove_contents(fd, conn, attachments, {a.sha256 for a in linked}, ids)
    _scrub_bookkeeping(conn, {ERASABLE: ([record_id], values), "attachment": (ids, ATTACHMENT_VALUES), **parts})
    # imported here: start-up: the first screen (participants) does not load services.store.import_decisions
    from app.services.store.import_decisions import forget_person

    forget_person(conn, record_id)
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("INSERT INTO participant_fts(participant_fts) VALUES ('rebuild')")
        conn.exec_driver_sql("INSERT INTO participant_fts(participant_fts) VALUES ('optimize')")
    return result


def _rewrite_log(conn: Connection, log, table_name: str, record_ids: list[str], values: dict[str, Any]) -> int:
    rows = conn.execute(select(log.c.seq, log.c.new, log.c.old).where(
        log.c.table_name == table_name, log.c.record_id.in_(record_ids))).all()
    for seq, new, old in rows:
        conn.execute(update(log).where(log.c.seq == seq).values(new=scrubbed(new or {}, values),
                                                                  old=scrubbed(old or {}, values)))
    return len(rows)


def _remove_contents(fd: FieldDesk, conn: Connection, attachments, shas: set[str], erased: list[str]) -> list[Path]:
    """Contents no other live attachment uses: the blob row on a server (in this transaction), else the files."""
    still_used = set(conn.execute(select(attachments.c.sha256).where(
        attachments.c.sha256.in_(shas), attachments.c.id.not_in(erased), attachments.c.deleted == False,  # noqa: E712
    )).scalars())
    unused = shas - still_used
    if not fd.db.is_sqlite:
        # imported here: start-up: the first screen (participants) does not load models.local
        from app.models.local import AttachmentBlob

        # imported here: start-up: the first screen (participants) does not load services.profile.attachment_names
        from app.services.profile.attachment_names import keyed_name

        blobs = AttachmentBlob.__table__
        if unused:  # under their keyed names (and any old name not renamed yet)
            names = {keyed_name(fd, sha) for sha in unused} | unused
            conn.execute(delete(blobs).where(blobs.c.name.in_(names)))
        return []
    # imported here: start-up: the first screen (participants) does not load services.profile.attachment_names
    from app.services.profile.attachment_names import legacy_path

    # imported here: start-up: the first screen (participants) does not load services.profile.attachments
    from app.services.profile.attachments import stored_path

    return [path for sha in sorted(unused) for path in (stored_path(fd, sha), legacy_path(fd, sha))]


def _scrub_bookkeeping(conn: Connection, records: dict[str, tuple[list[str], dict[str, Any]]]) -> None:
    """Conflicts about the records are dropped (they compare values that no longer exist); lost, held and refused
    changes keep their place with the values replaced."""
    import msgspec

    # imported here: start-up: the first screen (participants) does not load models.sync
    from app.models.sync import HeldChange, SyncConflict, SyncLostChange, SyncRefusal

    # imported here: start-up: the first screen (participants) does not load services.store.wire
    from app.services.store.wire import Change

    conflicts, lost = SyncConflict.__table__, SyncLostChange.__table__
    for table_name, (ids, values) in records.items():
        if not ids:
            continue
        conn.execute(delete(conflicts).where(conflicts.c.table_name == table_name, conflicts.c.record_id.in_(ids)))
        for row in conn.execute(select(lost.c.id, lost.c.new).where(
                lost.c.table_name == table_name, lost.c.record_id.in_(ids))).all():
            conn.execute(update(lost).where(lost.c.id == row.id).values(new=scrubbed(row.new or {}, values)))
        for kept in (HeldChange.__table__, SyncRefusal.__table__):
            for row in conn.execute(select(kept.c.id, kept.c.entry).where(
                    kept.c.table_name == table_name, kept.c.record_id.in_(ids))).all():
                try:
                    change = msgspec.msgpack.decode(row.entry, type=Change)
                except msgspec.DecodeError:  # a refused change may be malformed: nothing of it is kept then
                    conn.execute(update(kept).where(kept.c.id == row.id).values(entry=b""))
                    continue
                change = msgspec.structs.replace(change, new=scrubbed(change.new, values),
                                                 old=scrubbed(change.old, values))
                conn.execute(update(kept).where(kept.c.id == row.id).values(entry=msgspec.msgpack.encode(change)))


def finish(fd: FieldDesk, files: list[Path]) -> None:
    """After the commit: remove the attachment contents, then rewrite the database files."""
    for path in files:
        path.unlink(missing_ok=True)
    compact(fd)


def compact(fd: FieldDesk) -> None:
    """Rewrite the storage so that no freed page or dead row still holds an erased value."""
    raw = fd.db.engine.raw_connection()
    try:
        driver = raw.driver_connection
        if fd.db.is_sqlite:
            before = driver.isolation_level
            driver.isolation_level = None  # VACUUM runs outside any transaction
            try:
                driver.execute("PRAGMA secure_delete = ON")
                driver.execute("VACUUM")
                driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                driver.isolation_level = before
        else:
            driver.autocommit = True
            try:
                with driver.cursor() as cursor:
                    cursor.execute(f"VACUUM FULL {', '.join(COMPACTED)}")
            finally:
                driver.autocommit = False
    finally:
        raw.close()
