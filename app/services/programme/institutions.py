"""National human rights institutions (schema 0026, ``app/models/institutions.py``): who owns a new one, the rules
that span records (a link to an institution is to one of the record's country; dates against the institution's
establishment; a concern's review is the institution's own), the current accreditation status (computed: the latest
review's) and the work linked to an institution (projects, missions, training activities, recommendations)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, or_, select

from app.models.validation import FieldProblem
from app.services.store.entities import BY_NAME
from app.services.store.lookups import children
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from app.services.core import FieldDesk

WORK = ("project", "mission", "training", "recommendation")  # the work that may concern an institution
LINKED = (*WORK, "partner")  # and the coordination register's partner that is the institution (its kind "nhri")
NOT_REVIEWED = "not_reviewed"


@dataclass(frozen=True)
class AccreditationStanding:
    """An institution's current accreditation: the latest review's status, its date and the next review."""

    status: str
    review_date: date | None
    next_review: date | None


def country_office(conn: Connection, country_id: str | None) -> str | None:
    """The field office of ``country_id`` (the first by code), which owns the country's institutions when
    headquarters records one; None when no office of that country is recorded (headquarters then owns it)."""
    if not country_id:
        return None
    offices = BY_NAME["office"].table
    return conn.execute(select(offices.c.code).where(
        offices.c.country_id == country_id, offices.c.role == "field", offices.c.deleted == False  # noqa: E712
    ).order_by(offices.c.code).limit(1)).scalar()


def owner_for_country(fd: FieldDesk, country_id: str) -> str:
    """The office an institution of ``country_id`` belongs to when this site records it."""
    if not fd.site.is_hq:
        return fd.site.office
    with fd.reading() as conn:
        return country_office(conn, country_id) or fd.site.office


def create_institution(fd: FieldDesk, data: dict[str, Any]) -> str:
    return fd.institutions.create(data)


# ------------------------------------------------------------------ rules (app/services/store/rules.py calls these)
def check_rows(conn: Connection, entity_name: str, rows: list[dict[str, Any]]) -> list[FieldProblem]:
    if entity_name in LINKED:
        return _links_in_country(conn, rows)
    if entity_name in ("institution_accreditation", "institution_office"):
        column = "review_date" if entity_name == "institution_accreditation" else "opened"
        return _not_before_established(conn, rows, column)
    if entity_name == "institution_concern":
        return _concern_sources(conn, rows)
    if entity_name == "institution":
        return _country_kept(conn, rows)
    return []


def _institutions(conn: Connection, ids) -> dict[str, Any]:
    table = BY_NAME["institution"].table
    ids = sorted({i for i in ids if i})
    if not ids:
        return {}
    return {r.id: r for r in conn.execute(select(table.c.id, table.c.country_id, table.c.established,
                                                 table.c.deleted).where(table.c.id.in_(ids)))}


def _links_in_country(conn: Connection, rows) -> list[FieldProblem]:
    found = _institutions(conn, (r.get("institution_id") for r in rows))
    problems = []
    for row in rows:
        wanted = row.get("institution_id")
        if not wanted:
            continue
        institution = found.get(wanted)
        if institution is None or institution.deleted:
            problems.append(FieldProblem("institution_id", problem("institution_unknown")))
        elif not row.get("country_id"):
            problems.append(FieldProblem("institution_id", problem("institution_needs_country")))
        elif institution.country_id != row["country_id"]:
            problems.append(FieldProblem("institution_id", problem("institution_other_country")))
    return problems


def _not_before_established(conn: Connection, rows, column: str) -> list[FieldProblem]:
    found = _institutions(conn, (r.get("institution_id") for r in rows))
    problems = []
    for row in rows:
        institution = found.get(row.get("institution_id"))
        when = row.get(column)
        if institution is not None and institution.established and when and when < institution.established:
            problems.append(FieldProblem(column, problem("before_established",
                                                         date=institution.established.isoformat())))
    return problems


def _concern_sources(conn: Connection, rows) -> list[FieldProblem]:
    reviews = BY_NAME["institution_accreditation"].table
    missions = BY_NAME["mission"].table
    review_ids = {r["accreditation_id"] for r in rows if r.get("accreditation_id")}
    review_of = dict(conn.execute(select(reviews.c.id, reviews.c.institution_id)
                                  .where(reviews.c.id.in_(review_ids))).all()) if review_ids else {}
    mission_ids = {r["mission_id"] for r in rows if r.get("mission_id")}
    mission_country = dict(conn.execute(select(missions.c.id, missions.c.country_id)
                                        .where(missions.c.id.in_(mission_ids))).all()) if mission_ids else {}
    found = _institutions(conn, (r.get("institution_id") for r in rows))
    problems = []
    for row in rows:
        review = row.get("accreditation_id")
        if review and review in review_of and review_of[review] != row.get("institution_id"):
            problems.append(FieldProblem("accreditation_id", problem("review_of_another_institution")))
        mission = row.get("mission_id")
        institution = found.get(row.get("institution_id"))
        if mission and institution is not None and mission_country.get(mission, institution.country_id) \
                != institution.country_id:
            problems.append(FieldProblem("mission_id", problem("mission_other_country")))
    return problems


def _country_kept(conn: Connection, rows) -> list[FieldProblem]:
    """An institution's country is not changed under the records linked to it (they are of that country)."""
    problems = []
    for row in rows:
        if not row.get("id"):
            continue
        for name in LINKED:
            table = BY_NAME[name].table
            other = conn.execute(select(table.c.id).where(
                table.c.institution_id == row["id"], table.c.country_id != row["country_id"],
                table.c.deleted == False).limit(1)).first()  # noqa: E712
            if other is not None:
                problems.append(FieldProblem("country_id", problem("institution_country_in_use")))
                return problems
    return problems


# ------------------------------------------------------------------ reads
def standings(fd: FieldDesk, institution_ids: list[str]) -> dict[str, AccreditationStanding]:
    """Each institution's current accreditation: the latest live review's (by review date), else "not reviewed"."""
    table = BY_NAME["institution_accreditation"].table
    out = {i: AccreditationStanding(NOT_REVIEWED, None, None) for i in institution_ids}
    if not institution_ids:
        return out
    with fd.reading() as conn:
        rows = conn.execute(select(table.c.institution_id, table.c.status, table.c.review_date, table.c.next_review)
                            .where(table.c.institution_id.in_(list(institution_ids)),
                                   table.c.deleted == False)  # noqa: E712
                            .order_by(table.c.review_date, table.c.created_at)).all()
    for row in rows:  # in date order: the last one wins
        out[row.institution_id] = AccreditationStanding(row.status, row.review_date, row.next_review)
    return out


def fill_accreditation(fd: FieldDesk, rows: list[dict[str, Any]]) -> None:
    """Each institution row's current status under "accreditation" (the Institutions list's column)."""
    found = standings(fd, [r["id"] for r in rows])
    for row in rows:
        row["accreditation"] = found[row["id"]].status


def standing(fd: FieldDesk, institution_id: str) -> AccreditationStanding:
    return standings(fd, [institution_id])[institution_id]


def status_condition(table, value):
    """SQL: institutions whose current status is ``value`` (a list filter, ``ListQuery.filters["accreditation"]``)."""
    reviews = BY_NAME["institution_accreditation"].table
    wanted = value if isinstance(value, (list, tuple, set)) else [value]
    latest = (select(reviews.c.status)
              .where(reviews.c.institution_id == table.c.id, reviews.c.deleted == False)  # noqa: E712
              .order_by(reviews.c.review_date.desc(), reviews.c.created_at.desc()).limit(1)
              .correlate(table).scalar_subquery())
    conditions = [latest.in_(list(wanted))]
    if NOT_REVIEWED in wanted:
        conditions.append(latest.is_(None))
    return or_(*conditions) if len(conditions) > 1 else and_(*conditions)


def of_country(fd: FieldDesk, country_id: str | None) -> list[tuple[str, str]]:
    """(id, name) of the live institutions of a country, for a record's picker."""
    if not country_id:
        return []
    table = BY_NAME["institution"].table
    with fd.reading() as conn:
        rows = conn.execute(select(table.c.id, table.c.name, table.c.acronym).where(
            table.c.country_id == country_id, table.c.deleted == False).order_by(table.c.name)).all()  # noqa: E712
    return [(r.id, f"{r.name} ({r.acronym})" if r.acronym else r.name) for r in rows]


WORK_COLUMNS = {"project": ("code", "title", "start_date", "status"),
                "mission": ("title", "title", "start_date", "status"),
                "training": ("title", "title", "start_date", "status"),
                "recommendation": ("document_symbol", "text", "issued_date", "status")}


@dataclass(frozen=True)
class WorkItem:
    table: str
    record_id: str
    reference: str
    title: str
    on: date | None
    status: str


def linked_work(fd: FieldDesk, institution_id: str) -> dict[str, list[WorkItem]]:
    """The live projects, missions, training activities and recommendations that name the institution, by date."""
    out: dict[str, list[WorkItem]] = {}
    with fd.reading() as conn:
        for name in WORK:
            table = BY_NAME[name].table
            reference, title, when, status = WORK_COLUMNS[name]
            rows = conn.execute(select(table.c.id, table.c[reference], table.c[title], table.c[when],
                                       table.c[status]).where(table.c.institution_id == institution_id,
                                                              table.c.deleted == False)  # noqa: E712
                                .order_by(table.c[when], table.c.id)).all()
            out[name] = [WorkItem(name, r[0], "" if reference == title else (r[1] or ""), r[2] or "", r[3],
                                  str(r[4] or "")) for r in rows]
    return out


def accreditation_rows(fd: FieldDesk, institution_id: str) -> list[dict[str, Any]]:
    """The institution's live reviews, latest first, each with the number of concerns that name it."""
    rows = children(fd, "institution_accreditation", "institution_id", institution_id)
    concerns = BY_NAME["institution_concern"].table
    with fd.reading() as conn:
        counted: dict[str, int] = {}
        for review in conn.execute(select(concerns.c.accreditation_id).where(
                concerns.c.institution_id == institution_id, concerns.c.deleted == False)).scalars():  # noqa: E712
            if review:
                counted[review] = counted.get(review, 0) + 1
    for row in rows:
        row["concerns"] = counted.get(row["id"], 0)
    return sorted(rows, key=lambda r: (r["review_date"], r["created_at"]), reverse=True)


def concern_rows(fd: FieldDesk, institution_id: str) -> tuple[list[dict[str, Any]], list[tuple[str, str]], str]:
    """The institution's live concerns, each with what raised it ("GANHRI 2023-03-20", a mission's title); the
    reviews a concern may name (id, "GANHRI <date>: <status>"); the institution's country."""
    reviews = accreditation_rows(fd, institution_id)
    review_names = {r["id"]: f"GANHRI {r['review_date'].isoformat()}" for r in reviews}
    rows = children(fd, "institution_concern", "institution_id", institution_id)
    mission_ids = sorted({r["mission_id"] for r in rows if r.get("mission_id")})
    missions = {m["id"]: m["title"] for m in fd.missions.rows(mission_ids, ["title"])} if mission_ids else {}
    review_dates = {r["id"]: r["review_date"] for r in reviews}
    for row in rows:
        row["review_date"] = review_dates.get(row.get("accreditation_id") or "")
        row["mission_title"] = missions.get(row.get("mission_id") or "", "")
        raised_by = [review_names.get(row.get("accreditation_id") or "", ""), row["mission_title"]]
        row["raised_by"] = "; ".join(x for x in raised_by if x)
    country = fd.institutions.get_row(institution_id)["country_id"]
    return rows, [(r["id"], review_names[r["id"]]) for r in reviews], country
