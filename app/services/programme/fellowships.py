"""Fellowships (the Human Rights Fellowship Programme): the cohorts recorded, a person's fellowships, the rows of
the fellowships report, the figures of the programme summary, and copying an old "fellowship" training activity
into fellowship records (the activity is kept as it is: nothing is moved or deleted).

The record and its rules (status, placement dates, what a completed fellowship needs) are in
``app/models/fellowship.py``; objectives and follow-up contacts are its parts."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import distinct, func, select

from app.models.fellowship import placement_weeks
from app.services.errors import FieldDeskError, NotAllowed
from app.services.store.entities import BY_NAME
from app.services.store.query import ListQuery
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk
    from app.services.programme.stats import Period

# A fellow "reached" (the summary's people reached by sex) is one whose fellowship was completed; the rest are
# counted apart, by status.
REACHED = ("completed",)
FELLOWSHIP_COLUMNS = ["owner_office", "participant_id", "cohort", "host", "country_id", "placement_start",
                      "placement_end", "status", "report_received", "report_summary", "notes"]
CONTACT_COLUMNS = ["fellowship_id", "contact_date", "channel", "current_role", "applies", "note"]
OBJECTIVE_COLUMNS = ["fellowship_id", "objective", "met", "note", "sort_order"]


def cohorts(fd: FieldDesk) -> list[str]:
    """Every cohort named on a live fellowship, for the suggestions of the cohort field and the list's filter."""
    table = BY_NAME["fellowship"].table
    with fd.reading() as conn:
        found = conn.execute(select(table.c.cohort).distinct().where(table.c.deleted == False)).scalars()  # noqa: E712
        return sorted((c for c in found if c), key=str.casefold)


def with_weeks(row: dict[str, Any]) -> dict[str, Any]:
    return {**row, "weeks": placement_weeks(row.get("placement_start"), row.get("placement_end"))}


def fellowships_of(fd: FieldDesk, participant_id: str) -> list[dict[str, Any]]:
    """One person's live fellowships, latest placement first, with their weeks."""
    rows = fd.fellowships.matching_rows(ListQuery(filters={"participant_id": participant_id}), FELLOWSHIP_COLUMNS)
    return [with_weeks(r) for r in rows]


def parts_of(fd: FieldDesk, fellowship_ids: list[str]) -> tuple[dict[str, list], dict[str, list]]:
    """(objectives, contacts) of the fellowships, each by fellowship id in the parts' own order."""
    objectives: dict[str, list] = {}
    contacts: dict[str, list] = {}
    for start in range(0, len(fellowship_ids), 500):
        chunk = fellowship_ids[start:start + 500]
        for row in fd.fellowship_objectives.matching_rows(ListQuery(filters={"fellowship_id": chunk}),
                                                          OBJECTIVE_COLUMNS):
            objectives.setdefault(row["fellowship_id"], []).append(row)
        for row in fd.fellowship_contacts.matching_rows(ListQuery(filters={"fellowship_id": chunk}),
                                                        CONTACT_COLUMNS):
            contacts.setdefault(row["fellowship_id"], []).append(row)
    return objectives, contacts


def report_rows(fd: FieldDesk, cohort: str | None = None, office: str | None = None,
                country_id: str | None = None) -> list[dict[str, Any]]:
    """The fellowships report: each fellowship (of one cohort, when named: its exact name, any case) with its
    fellow, weeks, objectives and follow-up contacts, by cohort then fellow's name."""
    filters: dict[str, Any] = {}
    if office:
        filters["owner_office"] = office
    if country_id:
        filters["country_id"] = country_id
    rows = fd.fellowships.matching_rows(ListQuery(filters=filters), FELLOWSHIP_COLUMNS)
    if cohort and cohort.strip():
        wanted = cohort.strip().casefold()
        rows = [r for r in rows if r["cohort"].casefold() == wanted]
    people = {p["id"]: p for p in fd.participants.rows(sorted({r["participant_id"] for r in rows}),
                                                         ["full_name", "sex", "organisation", "position"])}
    objectives, contacts = parts_of(fd, [r["id"] for r in rows])
    out = []
    for row in rows:
        person = people.get(row["participant_id"], {})
        out.append({**with_weeks(row), "full_name": person.get("full_name", ""), "sex": person.get("sex"),
                    "organisation": person.get("organisation", ""), "position": person.get("position", ""),
                    "objectives": objectives.get(row["id"], []), "contacts": contacts.get(row["id"], [])})
    out.sort(key=lambda r: (_key(r["cohort"]), _key(r["full_name"])))
    return out


def _key(text: str) -> str:
    """Locale-independent order (marks dropped, case folded), as the reports sort names."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text or "") if not unicodedata.combining(c)).casefold()


def _conditions(period: Period) -> list:
    table = BY_NAME["fellowship"].table
    conds = [table.c.deleted == False]  # noqa: E712
    if period.date_from:
        conds.append(table.c.placement_start >= period.date_from)
    if period.date_to:
        conds.append(table.c.placement_start <= period.date_to)
    if period.office:
        conds.append(table.c.owner_office == period.office)
    if period.country_id:
        conds.append(table.c.country_id == period.country_id)
    return conds


def by_status(fd: FieldDesk, period: Period) -> dict[str, int]:
    """Fellowships by status, placements starting in the period (selected ones not yet placed have no start: they
    count only when the period is open at both ends)."""
    table = BY_NAME["fellowship"].table
    with fd.reading() as conn:
        return dict(conn.execute(select(table.c.status, func.count()).where(*_conditions(period))
                                 .group_by(table.c.status)).all())


def fellows_by_sex(fd: FieldDesk, period: Period) -> dict[str, int]:
    """People whose fellowship was completed (placements starting in the period), each once, by sex."""
    table = BY_NAME["fellowship"].table
    people = BY_NAME["participant"].table
    stmt = (select(people.c.sex, func.count(distinct(people.c.id)))
            .select_from(table.join(people, table.c.participant_id == people.c.id))
            .where(*_conditions(period), table.c.status.in_(REACHED), people.c.deleted == False)  # noqa: E712
            .group_by(people.c.sex))
    with fd.reading() as conn:
        return dict(conn.execute(stmt).all())


def applying_after(fd: FieldDesk, period: Period) -> Counter:
    """Completed fellowships by what their latest follow-up contact says (applies: yes, partly, no, unknown; none:
    no contact yet)."""
    table = BY_NAME["fellowship"].table
    with fd.reading() as conn:
        ids = list(conn.execute(select(table.c.id).where(*_conditions(period), table.c.status.in_(REACHED)))
                   .scalars())
    _objectives, contacts = parts_of(fd, ids)
    out: Counter = Counter()
    for fellowship_id in ids:
        found = contacts.get(fellowship_id)
        out[max(found, key=lambda c: c["contact_date"])["applies"] if found else "none"] += 1
    return out


# ------------------------------------------------------------------ fellowship activities recorded before 0022
STATUS_OF_ACTIVITY = {"planned": "selected", "ongoing": "in_placement", "completed": "in_placement",
                      "cancelled": "withdrawn"}


def copy_from_activity(fd: FieldDesk, training_id: str, cohort: str | None = None) -> list[str]:
    """Make a fellowship record for each person enrolled in a training activity of form "fellowship" (recorded
    before fellowships were records of their own), in one transaction; the activity, its attendance and scores stay
    as they are. The cohort is the activity's title unless given; the placement its dates; the host its venue; a
    completed activity gives fellowships "in placement" (completing one needs its final report, which the activity
    never had). People already fellows of that cohort are left out. Returns the new ids."""
    training = fd.trainings.get_row(training_id)
    if training["deleted"]:
        raise FieldDeskError(problem("fellowships.training_deleted"))
    if training["form"] != "fellowship":
        raise FieldDeskError(problem("fellowships.not_fellowship_form"))
    name = (cohort or training["title"]).strip()[:200]
    enrolled = fd.enrollments.matching_rows(ListQuery(filters={"training_id": training_id}), ["participant_id"])
    already = {r["participant_id"] for r in fd.fellowships.matching_rows(ListQuery(filters={"cohort": name}),
                                                                         ["participant_id"])}
    today = date.today()
    status = STATUS_OF_ACTIVITY.get(training["status"], "selected")
    items = [{"participant_id": e["participant_id"], "cohort": name, "host": training["venue"] or "",
              "country_id": training["country_id"], "placement_start": training["start_date"],
              "placement_end": training["end_date"], "status": status,
              "notes": f"Copied on {today.isoformat()} from the training activity “{training['title']}”."}
             for e in enrolled if e["participant_id"] not in already]
    return fd.fellowships.create_many(items, owner_office=training["owner_office"]) if items else []


# ------------------------------------------------------------------ merging two records of one person
def fellowships_to_move(conn, keep_id: str, other_id: str) -> list[str]:
    """The live fellowships of ``other_id``, which go to ``keep_id`` when the two records of one person are merged
    (``services/store/merging.py``). Refused when both records are fellows of one cohort: which of the two fellowships
    is right is for a person to say (delete the wrong one first)."""
    table = BY_NAME["fellowship"].table
    live = table.c.deleted == False  # noqa: E712
    kept = set(conn.execute(select(table.c.cohort).where(table.c.participant_id == keep_id, live)).scalars())
    rows = conn.execute(select(table.c.id, table.c.cohort).where(table.c.participant_id == other_id, live)
                        .order_by(table.c.cohort)).all()
    clash = [cohort for _id, cohort in rows if cohort in kept]
    if clash:
        raise NotAllowed(problem("fellowships.cohort_clash", cohort=clash[0]))
    return [fellowship_id for fellowship_id, _cohort in rows]
