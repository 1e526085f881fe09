"""What the programme learned, searched together: mission findings, project evaluations (findings and lessons learnt),
follow-up notes on recommendations, the notes of sustainability checks after a project's exit and the findings of
reviews, with full-text search (accents and case ignored, in any script: the same index as every other search,
revision 0011) and filters by country, thematic area and year."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from app.services.store.query import ListQuery

if TYPE_CHECKING:
    from app.services.core import FieldDesk

KINDS = ("finding", "evaluation", "followup", "sustainability", "review")


@dataclass(frozen=True)
class Lesson:
    kind: str  # finding, evaluation, followup, sustainability or review
    table: str  # the record it is opened on: mission, project, recommendation or review
    record_id: str
    source: str  # the mission's title, the project's code and title, the recommendation's text
    text: str
    day: date | None
    country_id: str | None
    theme_ids: tuple[str, ...]
    also_countries: tuple[str, ...] = ()  # a review's other countries (``country_id`` is its first)

    def in_country(self, country_id: str) -> bool:
        return self.country_id == country_id or country_id in self.also_countries

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "table": self.table, "record_id": self.record_id, "source": self.source,
                "text": self.text, "date": self.day.isoformat() if self.day else None,
                "country_id": self.country_id, "theme_ids": list(self.theme_ids)}


def search_lessons(fd: FieldDesk, text: str = "", *, country_id: str | None = None, theme_id: str | None = None,
                   year: int | None = None) -> list[Lesson]:
    """Findings, evaluations and follow-up notes matching ``text`` (every word, as a prefix), newest first."""
    found = (_findings(fd, text) + _evaluations(fd, text) + _followups(fd, text) + _sustainability(fd, text)
             + _review_findings(fd, text))
    chosen = [lesson for lesson in found
              if (country_id is None or lesson.in_country(country_id))
              and (theme_id is None or theme_id in lesson.theme_ids)
              and (year is None or (lesson.day is not None and lesson.day.year == year))]
    return sorted(chosen, key=lambda lesson: (lesson.day or date.min, lesson.kind, lesson.record_id), reverse=True)


def _matching(fd: FieldDesk, table: str, text: str, columns: list[str]) -> list[dict[str, Any]]:
    return fd.service(table).matching_rows(ListQuery(search=text.strip()), columns)


def _parents(fd: FieldDesk, table: str, ids, columns: list[str]) -> dict[str, dict[str, Any]]:
    wanted = sorted({i for i in ids if i})
    return {r["id"]: r for r in fd.service(table).rows(wanted, columns)} if wanted else {}


def _findings(fd: FieldDesk, text: str) -> list[Lesson]:
    rows = _matching(fd, "mission_finding", text, ["mission_id", "thematic_area_id", "text"])
    missions = _parents(fd, "mission", (r["mission_id"] for r in rows),
                        ["title", "country_id", "start_date", "end_date", "deleted"])
    out = []
    for r in rows:
        m = missions.get(r["mission_id"])
        if m is None or m["deleted"]:
            continue
        out.append(Lesson("finding", "mission", m["id"], m["title"], r["text"], m["end_date"] or m["start_date"],
                          m["country_id"], (r["thematic_area_id"],) if r["thematic_area_id"] else ()))
    return out


def _evaluations(fd: FieldDesk, text: str) -> list[Lesson]:
    rows = _matching(fd, "project_evaluation", text, ["project_id", "evaluation_date", "findings", "lessons"])
    projects = _parents(fd, "project", (r["project_id"] for r in rows),
                        ["code", "title", "country_id", "theme_ids", "deleted"])
    out = []
    for r in rows:
        p = projects.get(r["project_id"])
        if p is None or p["deleted"]:
            continue
        body = "\n\n".join(t for t in (r["lessons"].strip(), r["findings"].strip()) if t)
        if body:
            out.append(Lesson("evaluation", "project", p["id"], f"{p['code']} {p['title']}", body,
                              r["evaluation_date"], p["country_id"], tuple(p["theme_ids"] or ())))
    return out


def _followups(fd: FieldDesk, text: str) -> list[Lesson]:
    rows = _matching(fd, "followup_note", text, ["recommendation_id", "note_date", "note"])
    recs = _parents(fd, "recommendation", (r["recommendation_id"] for r in rows),
                    ["text", "country_id", "thematic_area_id", "deleted"])
    out = []
    for r in rows:
        rec = recs.get(r["recommendation_id"])
        if rec is None or rec["deleted"] or not r["note"].strip():
            continue
        out.append(Lesson("followup", "recommendation", rec["id"], rec["text"], r["note"], r["note_date"],
                          rec["country_id"], (rec["thematic_area_id"],) if rec["thematic_area_id"] else ()))
    return out


def _sustainability(fd: FieldDesk, text: str) -> list[Lesson]:
    rows = _matching(fd, "sustainability_check", text, ["project_id", "check_date", "notes", "evidence"])
    projects = _parents(fd, "project", (r["project_id"] for r in rows),
                        ["code", "title", "country_id", "theme_ids", "deleted"])
    out = []
    for r in rows:
        p = projects.get(r["project_id"])
        if p is None or p["deleted"] or not r["notes"].strip():
            continue
        out.append(Lesson("sustainability", "project", p["id"], f"{p['code']} {p['title']}", r["notes"],
                          r["check_date"], p["country_id"], tuple(p["theme_ids"] or ())))
    return out


def _review_findings(fd: FieldDesk, text: str) -> list[Lesson]:
    """A review's findings, dated by the end of its period, in its countries and the finding's thematic area (else
    the review's)."""
    rows = _matching(fd, "review_finding", text, ["review_id", "thematic_area_id", "text"])
    reviews = _parents(fd, "review", (r["review_id"] for r in rows),
                       ["title", "country_ids", "theme_ids", "period_from", "period_to", "deleted"])
    out = []
    for r in rows:
        rv = reviews.get(r["review_id"])
        if rv is None or rv["deleted"]:
            continue
        countries = tuple(rv["country_ids"] or ())
        themes = (r["thematic_area_id"],) if r["thematic_area_id"] else tuple(rv["theme_ids"] or ())
        out.append(Lesson("review", "review", rv["id"], rv["title"], r["text"], rv["period_to"] or rv["period_from"],
                          countries[0] if countries else None, themes, countries[1:]))
    return out


def lessons_before(fd: FieldDesk, table: str, record_id: str) -> list[Lesson]:
    """What was learned before in the same country and thematic areas as a mission, request or project: the lessons
    recorded elsewhere (not from this record), newest first."""
    row = fd.service(table).get_row(record_id)
    themes = set(row.get("theme_ids") or ())
    found = search_lessons(fd, country_id=row["country_id"]) if row.get("country_id") else []
    return [lesson for lesson in found
            if not (lesson.table == table and lesson.record_id == record_id)
            and (not themes or themes & set(lesson.theme_ids))]
