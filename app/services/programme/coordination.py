"""The coordination register read for the work it informs: who else works on a request's, mission's or project's
country and themes ("Others working on this"), partners that look like one being recorded (so an office does not
record UNDP twice), and the register of one country as themes by actors (the coordination report).

A partner's activity overlaps a record when it is in the same country, shares a thematic area (any, when the record
names none) and its period meets the record's, or it is planned. The most relevant come first: more themes in
common, then target groups in common, then existing before planned, then the nearest in time."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from app.services.store.query import ListQuery

if TYPE_CHECKING:
    from app.services.core import FieldDesk

ACTIVITY_COLUMNS = ["partner_id", "title", "country_id", "theme_ids", "target_group_ids", "stage", "start_date",
                    "end_date", "amount", "currency", "contact_person", "framework_outcome", "info_source",
                    "info_date", "owner_office"]
PARTNER_COLUMNS = ["name", "acronym", "kind", "country_id", "website", "contact", "owner_office"]
# Where a record's period is: (start column, end column); a request has only the day it was received and looks ahead.
PERIOD_OF = {"mission": ("start_date", "end_date"), "project": ("start_date", "end_date"),
             "assistance_request": ("received_date", None), "training": ("start_date", "end_date")}


@dataclass(frozen=True)
class Overlap:
    """One partner's activity found in the register for a record."""

    activity_id: str
    partner_id: str
    partner: str  # its acronym, else its name
    partner_name: str
    partner_kind: str
    title: str
    stage: str
    start: date | None
    end: date | None
    shared_theme_ids: tuple[str, ...]
    shared_group_ids: tuple[str, ...]
    amount: float | None
    currency: str
    contact_person: str

    @property
    def label(self) -> str:
        return f"{self.partner}: {self.title}"


def partner_label(partner: dict[str, Any]) -> str:
    return partner.get("acronym") or partner.get("name") or ""


def _meets(start: date | None, end: date | None, other_start: date | None, other_end: date | None) -> bool:
    """Two periods meet (an open end runs on)."""
    return not ((end and other_start and end < other_start) or (other_end and start and other_end < start))


def overlaps_for(fd: FieldDesk, *, country_id: str | None, theme_ids: list[str] | tuple[str, ...],
                 start: date | None = None, end: date | None = None,
                 target_group_ids: list[str] | tuple[str, ...] = ()) -> list[Overlap]:
    """The register's activities that overlap a piece of work in ``country_id`` on ``theme_ids`` from ``start`` to
    ``end``, most relevant first."""
    if not country_id:
        return []
    themes, groups = set(theme_ids or ()), set(target_group_ids or ())
    rows = fd.partner_activities.matching_rows(ListQuery(filters={"country_id": country_id}), ACTIVITY_COLUMNS)
    partners = _partners(fd, {r["partner_id"] for r in rows})
    found = []
    for row in rows:
        shared = themes & set(row["theme_ids"] or ())
        if themes and not shared:
            continue
        if row["stage"] != "planned" and not _meets(start, end, row["start_date"], row["end_date"]):
            continue
        partner = partners.get(row["partner_id"], {})
        found.append(Overlap(row["id"], row["partner_id"], partner_label(partner), partner.get("name", ""),
                             partner.get("kind", ""), row["title"], row["stage"], row["start_date"],
                             row["end_date"], tuple(sorted(shared)),
                             tuple(sorted(groups & set(row["target_group_ids"] or ()))), row["amount"],
                             row["currency"], row["contact_person"]))
    anchor = start or date.today()
    found.sort(key=lambda o: (-len(o.shared_theme_ids), -len(o.shared_group_ids), o.stage != "existing",
                              abs(((o.start or anchor) - anchor).days), o.partner.casefold(), o.title))
    return found


def others_working_on(fd: FieldDesk, table: str, record_id: str) -> list[Overlap]:
    """"Others working on this" for a request, mission, project (or training): the register's overlapping
    activities in its country and themes."""
    row = fd.service(table).get_row(record_id)
    start_col, end_col = PERIOD_OF.get(table, ("start_date", "end_date"))
    return overlaps_for(fd, country_id=row.get("country_id"), theme_ids=row.get("theme_ids") or (),
                        start=row.get(start_col), end=row.get(end_col) if end_col else None,
                        target_group_ids=row.get("target_group_ids") or ())


def _partners(fd: FieldDesk, ids: set[str]) -> dict[str, dict[str, Any]]:
    if not ids:
        return {}
    return {r["id"]: r for r in fd.partners.rows(sorted(ids), ["id", *PARTNER_COLUMNS])}


# ------------------------------------------------------------------ duplicate hints
_WORD = re.compile(r"\w+", re.UNICODE)
_SMALL_WORDS = frozenset({"the", "of", "for", "and", "on", "de", "la", "le", "les", "des", "du", "el", "los", "y",
                          "et", "para", "pour", "in", "en"})


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(_plain(text)) if w not in _SMALL_WORDS}


def _compact(text: str) -> str:
    return "".join(_WORD.findall(_plain(text)))


def similar_partners(fd: FieldDesk, name: str, acronym: str = "", exclude_id: str | None = None
                     ) -> list[dict[str, Any]]:
    """Partners already recorded that look like ``name`` / ``acronym``: the same acronym, the same name (accents,
    case and punctuation aside), one's acronym written as the other's name, or most of the name's words in common.
    Shown before an office saves a new partner, so each agency and donor is recorded once."""
    name_key, acronym_key, words = _compact(name), _compact(acronym), _words(name)
    if not name_key and not acronym_key:
        return []
    out = []
    for row in fd.partners.matching_rows(ListQuery(sort=("name",)), PARTNER_COLUMNS):
        if row["id"] == exclude_id:
            continue
        other_name, other_acronym, other_words = _compact(row["name"]), _compact(row["acronym"]), _words(row["name"])
        same = bool(acronym_key and acronym_key in (other_acronym, other_name)) or bool(
            name_key and name_key in (other_name, other_acronym))
        if not same and words and other_words:
            common = len(words & other_words)
            same = common >= 2 and common / min(len(words), len(other_words)) >= 0.75
        if same:
            out.append(row)
    return out


# ------------------------------------------------------------------ the report's matrix
@dataclass(frozen=True)
class Actor:
    key: str  # partner:<id> or programme
    name: str
    kind: str  # a PartnerKind value, or "programme"


@dataclass
class CountryRegister:
    country_id: str
    actors: list[Actor]
    themes: list[dict[str, Any]]  # thematic areas that appear, in their order
    cells: dict[tuple[str, str], dict[str, list[str]]]  # (theme id, actor key) -> stage -> titles
    activities: list[dict[str, Any]]  # the register's activities with their partner's label


PROGRAMME_ACTOR = "programme"


def country_register(fd: FieldDesk, country_id: str) -> CountryRegister:
    """The coordination report's matrix for one country: each thematic area by actor (every partner with activities
    there, and the programme's own projects, missions and trainings), existing and planned apart."""
    rows = fd.partner_activities.matching_rows(ListQuery(filters={"country_id": country_id},
                                                         sort=("-start_date", "title")), ACTIVITY_COLUMNS)
    partners = _partners(fd, {r["partner_id"] for r in rows})
    cells: dict[tuple[str, str], dict[str, list[str]]] = {}
    actors: dict[str, Actor] = {}
    activities = []
    for row in rows:
        partner = partners.get(row["partner_id"], {})
        key = f"partner:{row['partner_id']}"
        actors.setdefault(key, Actor(key, partner_label(partner), partner.get("kind", "")))
        activities.append({**row, "partner": partner_label(partner), "partner_name": partner.get("name", "")})
        for theme in row["theme_ids"] or ():
            cells.setdefault((theme, key), {}).setdefault(row["stage"], []).append(row["title"])
    own = _programme_work(fd, country_id)
    if own:
        actors[PROGRAMME_ACTOR] = Actor(PROGRAMME_ACTOR, "", PROGRAMME_ACTOR)
    for stage, title, themes in own:
        for theme in themes:
            cells.setdefault((theme, PROGRAMME_ACTOR), {}).setdefault(stage, []).append(title)
    used = {theme for theme, _ in cells}
    areas = fd.thematic_areas
    themes = [t for t in areas.matching_rows(ListQuery(), ["code", "name", "sort_order"]) if t["id"] in used]
    ordered = sorted(actors.values(), key=lambda a: (a.kind != PROGRAMME_ACTOR, a.name.casefold()))
    return CountryRegister(country_id, ordered, themes, cells, activities)


_PLANNED = {"project": ("pipeline", "approved"), "mission": ("requested", "planned"), "training": ("planned",)}


def _programme_work(fd: FieldDesk, country_id: str) -> list[tuple[str, str, list[str]]]:
    """The programme's own projects, missions and trainings in the country: (existing | planned, title, themes);
    closed and cancelled work is left out."""
    out = []
    for table, label in (("project", "code"), ("mission", "title"), ("training", "title")):
        service = fd.service(table)
        for row in service.matching_rows(ListQuery(filters={"country_id": country_id}),
                                         [label, "title", "status", "theme_ids"]):
            if row["status"] in ("closed", "cancelled"):
                continue
            stage = "planned" if row["status"] in _PLANNED[table] else "existing"
            title = f"{row['code']} {row['title']}" if table == "project" else row["title"]
            out.append((stage, title, list(row["theme_ids"] or ())))
    return out
