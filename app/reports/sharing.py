"""Who a printed report is for, and so whether it names the people who did not consent to their name leaving the
office.

A report **for sharing** (``ReportKind.audience == "shared"``: the summary and every programme report, anything that
may be printed or sent beyond the office, headquarters included) shows a participant who did not consent to share
their name, or every participant while headquarters' policy keeps names in the offices
(``app/services/privacy/name_policy.py``) or the office's own setting sends everyone under a pseudonym
(``app/services/privacy/office_pseudonyms.py``), under this office's keyed pseudonym
(``app/services/privacy/pseudonyms.py``), without organisation or position: the same rule as the bundles to headquarters
and the exported spreadsheets. A report **for the person** (``"person"``: attendance sheets, certificates, the subject
access report) names them: it is handed to them or signed by them. Headquarters applies the consent to its own
participants (those of the offices reach it already pseudonymised); its policy binds the offices, not its own
records."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.models import Participant
from app.services.privacy.office_pseudonyms import pseudonymise_all
from app.services.privacy.person_records import TEXTS, owners
from app.services.privacy.pseudonyms import Pseudonyms
from app.sync.consent import withheld_ids

if TYPE_CHECKING:
    from app.services.core import FieldDesk

SHARED, PERSON = "shared", "person"


def withheld(fd: FieldDesk, participant_ids: list[str] | set[str]) -> set[str]:
    """Those of ``participant_ids`` whose name a shared report, or a spreadsheet, may not show."""
    if not participant_ids:
        return set()
    with fd.reading() as conn:
        if not fd.site.is_hq and pseudonymise_all(conn):  # the office's own setting, like headquarters' policy
            return set(participant_ids)
        return withheld_ids(conn, set(participant_ids), policy=not fd.site.is_hq)


def shown(fd: FieldDesk, rows: list[dict[str, Any]], id_key: str = "id") -> list[dict[str, Any]]:
    """``rows`` (with ``id_key`` naming the participant) with the personal fields of those withheld replaced by the
    pseudonym's values (only the fields the rows hold)."""
    hidden = withheld(fd, {r[id_key] for r in rows if r.get(id_key)})
    if not hidden:
        return rows
    values = pseudonym_values(fd, hidden)
    return [{**r, **{k: v for k, v in values[r[id_key]].items() if k in r}} if r.get(id_key) in hidden else r
            for r in rows]


def pseudonym_values(fd: FieldDesk, participant_ids: set[str]) -> dict[str, dict[str, Any]]:
    """Each participant's pseudonym and blank personal fields: this site's keyed pseudonym
    (``app/services/privacy/pseudonyms.py``), or the one the record already holds (an office's, held at headquarters; an
    erasure's)."""
    from sqlalchemy import select

    table, ids = Participant.__table__, sorted(participant_ids)
    with fd.reading() as conn:
        names = Pseudonyms(conn)
        held = {i: n for start in range(0, len(ids), 500) for i, n in conn.execute(
            select(table.c.id, table.c.full_name).where(table.c.id.in_(ids[start:start + 500])))}
    return {i: names.shown(i, held.get(i)) for i in ids}


def participant_display(fd: FieldDesk, names: dict[str, str]) -> dict[str, str]:
    """``names`` (participant id -> the name a sheet shows for a reference to them: an enrolment's or a fellowship's
    participant) with the pseudonym for those withheld."""
    hidden = withheld(fd, set(names))
    if not hidden:
        return names
    values = pseudonym_values(fd, hidden)
    return {i: values[i]["full_name"] if i in hidden else n for i, n in names.items()}


def without_texts(fd: FieldDesk, table: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows of a fellowship (or its objectives and contacts) with their personal free text blank where the fellow is
    withheld: what they wrote, or what was written about them, may name them
    (``app/services/privacy/person_records.py``)."""
    texts = TEXTS.get(table)
    if not texts or not rows:
        return rows
    with fd.reading() as conn:
        whose = owners(conn, {table: {r["id"] for r in rows}})
    hidden = withheld(fd, set(whose.values()))
    if not hidden:
        return rows
    return [{**r, **{k: v for k, v in texts.items() if k in r}} if whose.get((table, r["id"])) in hidden else r
            for r in rows]
