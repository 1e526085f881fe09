"""What a site may not write about a person: checked by the services before a record of one of the person's own
tables is written (``app/services/store/records.py``).

- **An erased person** gets no new file (on their record, an enrolment, a fellowship or its parts) and no new
  personal free text in their fellowships (``person_records.TEXTS``): every other site scrubs such a change as it
  arrives (``app/sync/erasures.Scrubber``), so the site that wrote it would keep alone what the erasure removed.
- **At headquarters, a person it may not know** (an office's participant held under the office's pseudonym, or
  without consent to share their name) gets no personal free text in their fellowships and no file: both stay in
  the office (``app/sync/consent.for_headquarters``) and headquarters removes what it holds of them with the
  office's next bundle (``person_records.scrub_texts``, ``app/sync/withheld_files.py``), so a note typed or a file
  attached there would vanish. The office writes and attaches them.

``texts_refused`` says why before anything is typed (the fellowship editor greys the fields with it)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from app.models.validation import FieldProblem, ValidationFailed
from app.services.errors import NotAllowed
from app.services.privacy.erasure import erasure_of
from app.services.privacy.person_records import OWN, TEXTS, owners
from app.services.privacy.pseudonyms import is_pseudonym
from app.services.store.entities import BY_NAME
from app.vocabulary.problems import ProblemText, problem

if TYPE_CHECKING:
    from sqlalchemy import Connection



def _owner(conn: Connection, table: str, row: dict[str, Any]) -> str | None:
    """The participant the record ``row`` of ``table`` belongs to (an attachment: the record it is attached to)."""
    if table == "attachment":
        table, record_id = row.get("record_table"), row.get("record_id")
        if table not in OWN:
            return None
    elif table == "fellowship":
        return row.get("participant_id")
    else:  # a fellowship's part
        table, record_id = "fellowship", row.get("fellowship_id")
    if table == "participant":
        return record_id
    return owners(conn, {table: {record_id}}).get((table, record_id))


def _erased_on(conn: Connection, person: str) -> str | None:
    found = erasure_of(conn, person)
    return found["erased_at"][:10] if found else None


def _withheld_office(conn: Connection, site, person: str) -> str | None:
    """At headquarters: the office that keeps ``person``'s name from it, or None."""
    if not site.is_hq:
        return None
    people = BY_NAME["participant"].table
    row = conn.execute(select(people.c.owner_office, people.c.full_name, people.c.consent_share_name).where(
        people.c.id == person)).first()
    if row is None or row.owner_office == site.office:
        return None
    return row.owner_office if (row.consent_share_name is False or is_pseudonym(row.full_name)) else None


def texts_refused(conn: Connection, site, person: str | None) -> ProblemText | None:
    """Why no personal free text about ``person`` may be written here, or None."""
    if not person:
        return None
    erased = _erased_on(conn, person)
    if erased:
        return problem("erasure.no_texts", date=erased)
    office = _withheld_office(conn, site, person)
    return problem("privacy.withheld_texts", office=office) if office else None


def check_write(conn: Connection, site, table: str, row: dict[str, Any], changed: dict[str, Any]) -> None:
    """Before ``changed`` (the fields written; a new record's every field) of ``row`` is written. Raises NotAllowed
    (a file) or ValidationFailed (the text's fields) with nothing written."""
    if table == "attachment":
        if changed.get("deleted") is True and set(changed) == {"deleted"}:
            return  # removing a file is always allowed
        person = _owner(conn, table, row)
        erased = _erased_on(conn, person) if person else None
        if erased:
            raise NotAllowed(problem("erasure.no_files", date=erased))
        office = _withheld_office(conn, site, person) if person else None
        if office:
            raise NotAllowed(problem("privacy.withheld_files", office=office))
        return
    typed = [key for key in TEXTS.get(table, {}) if key in changed and (changed[key] or "").strip()]
    if not typed:
        return
    reason = texts_refused(conn, site, _owner(conn, table, row))
    if reason is not None:
        raise ValidationFailed(BY_NAME[table].label, [FieldProblem(key, reason) for key in typed])


def texts_refused_for(fd, person: str | None) -> ProblemText | None:
    """``texts_refused`` in a read of its own (the fellowship editor asks it on the database worker)."""
    if not person:
        return None
    with fd.reading() as conn:
        return texts_refused(conn, fd.site, person)
