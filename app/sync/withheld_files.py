"""At headquarters: the files attached to a participant (or to their enrolments and fellowships) whose name may not
reach headquarters are removed from it.

Offices keep such files since the files of a person without consent to share stay in the office
(``app/sync/consent.for_headquarters``), but headquarters may hold some it received before that, or before the
person withdrew their consent, or before the office turned its own setting on or headquarters its policy. A scanned
identity card or a signed form names the person in its content and its file name, so headquarters removes them
when it learns the person may not be named there (a withdrawal, a pseudonym arriving) and, for what it received
before, with the next bundle from the office that owns the person: the attachment's record, its change log and sync
bookkeeping, and its content (the server's blob, or the file once the import has committed) when nothing else uses
it. Nothing of this travels back: the office keeps its files, and sends them again if the person may be named again
(consent given, its setting turned off). The storage is rewritten afterwards, as after an erasure."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import delete, or_, select

from app.models import Attachment, ChangeLog, Participant
from app.models.sync import HeldChange, SyncConflict, SyncLostChange, SyncRefusal
from app.services.privacy.erasure import _remove_contents, erased_ids
from app.services.privacy.person_records import TEXTS, attachments_of
from app.services.privacy.pseudonyms import is_pseudonym
from app.services.store.entities import BY_NAME

if TYPE_CHECKING:
    from app.services.core import FieldDesk

# A pseudonym's shape as an SQL pattern, to read few rows (``is_pseudonym`` decides).
_PSEUDONYM_LIKE = "Participant ____-____-____"


def withheld_with_files(conn, office: str) -> set[str]:
    """The participants of ``office`` held here under a pseudonym or without consent to share who have files
    here, attached to their own record or to one of theirs (an enrolment, a fellowship, its objectives and
    follow-up contacts: ``app/services/privacy/person_records.py``)."""
    people, files = Participant.__table__, Attachment.__table__
    withheld = (people.c.owner_office == office) & or_(people.c.consent_share_name == False,  # noqa: E712
                                                       people.c.full_name.like(_PSEUDONYM_LIKE))
    columns = (people.c.id, people.c.full_name, people.c.consent_share_name)
    rows = set(conn.execute(select(*columns).distinct().select_from(people.join(
        files, (files.c.record_id == people.c.id) & (files.c.record_table == "participant"))).where(withheld)))
    fellowships = BY_NAME["fellowship"].table
    for name in ("enrollment", "fellowship"):
        table = BY_NAME[name].table
        rows |= set(conn.execute(select(*columns).distinct().select_from(people.join(
            table, table.c.participant_id == people.c.id).join(
            files, (files.c.record_id == table.c.id) & (files.c.record_table == name))).where(withheld)))
    for name in ("fellowship_objective", "fellowship_contact"):
        table = BY_NAME[name].table
        rows |= set(conn.execute(select(*columns).distinct().select_from(people.join(
            fellowships, fellowships.c.participant_id == people.c.id).join(
            table, table.c.fellowship_id == fellowships.c.id).join(
            files, (files.c.record_id == table.c.id) & (files.c.record_table == name))).where(withheld)))
    return {r.id for r in rows if not r.consent_share_name or is_pseudonym(r.full_name)}


def withheld_with_texts(conn, office: str) -> set[str]:
    """The participants of ``office`` held here under a pseudonym or without consent to share whose fellowships
    (or their objectives and contacts) hold personal free text here (received before it stayed in the office)."""
    people, fellowships = Participant.__table__, BY_NAME["fellowship"].table
    withheld = (people.c.owner_office == office) & or_(people.c.consent_share_name == False,  # noqa: E712
                                                       people.c.full_name.like(_PSEUDONYM_LIKE))
    columns = (people.c.id, people.c.full_name, people.c.consent_share_name)
    joined = people.join(fellowships, fellowships.c.participant_id == people.c.id)
    rows = set(conn.execute(select(*columns).distinct().select_from(joined).where(
        withheld, or_(*(fellowships.c[k] != "" for k in TEXTS["fellowship"])))))
    for name in ("fellowship_objective", "fellowship_contact"):
        table = BY_NAME[name].table
        rows |= set(conn.execute(select(*columns).distinct().select_from(joined.join(
            table, table.c.fellowship_id == fellowships.c.id)).where(
            withheld, or_(*(table.c[k] != "" for k in TEXTS[name])))))
    return {r.id for r in rows if not r.consent_share_name or is_pseudonym(r.full_name)}


def remove_at_headquarters(fd: FieldDesk, conn, people: set[str]) -> tuple[int, list[Path]]:
    """Inside the import's (or the policy's) transaction: every file attached to ``people`` or their records goes.
    Returns how many and the files to remove once committed (SQLite; on a server the blobs go in this transaction). An
    erased person's files are left to the erasure: their scrubbed records tell which later changes to scrub."""
    people = set(people) - erased_ids(conn) if people else set()  # an erasure keeps its own (scrubbed) records
    if not people:
        return 0, []
    files, log = Attachment.__table__, ChangeLog.__table__
    found = attachments_of(conn, people)
    if not found:
        return 0, []
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA secure_delete = ON")
    ids = [f.id for f in found]
    paths = _remove_contents(fd, conn, files, {f.sha256 for f in found}, ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        conn.execute(delete(files).where(files.c.id.in_(chunk)))
        conn.execute(delete(log).where(log.c.table_name == "attachment", log.c.record_id.in_(chunk)))
        for kept in (SyncConflict.__table__, SyncLostChange.__table__, HeldChange.__table__, SyncRefusal.__table__):
            conn.execute(delete(kept).where(kept.c.table_name == "attachment", kept.c.record_id.in_(chunk)))
    return len(ids), paths
