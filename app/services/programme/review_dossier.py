"""A review dossier in the manner of the 2003 global review, assembled from the day-to-day records of one country and
one thematic area (optionally a period): the requests for assistance and what was decided; the missions; the training
activities with the people reached by target group and sex, the learning gain (pre- and post-test) and the cost per
participant where the cost is known; the projects with their indicators and budget by funding source; the
evaluations, the lessons (``services/programme/lessons.py``) and the checks after a project's exit; and the follow-up of
the recommendations. Every figure is computed here from the records (the report only lays it out), so a test can count
the same records by hand."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from app.models.ids import reference_id
from app.services.errors import FieldDeskError
from app.services.programme.lessons import search_lessons
from app.services.programme.results import budgets, frameworks
from app.services.programme.sustainability import after_exit_rows
from app.services.store.query import ListQuery
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk
    from app.services.programme.lessons import Lesson
    from app.services.programme.results import BudgetLine, ResultView

HELD = "completed"  # the activities whose people count as reached (as everywhere: stats.HELD_ACTIVITY_STATUSES)


class DossierRefused(FieldDeskError):
    """The dossier cannot be made as asked (a country or theme missing or unknown, a period the wrong way round)."""


@dataclass(frozen=True)
class DossierScope:
    country_id: str
    theme_id: str
    date_from: date | None = None
    date_to: date | None = None

    def covers(self, start: date | None, end: date | None = None) -> bool:
        """Whether something that ran from ``start`` to ``end`` (either unknown) overlaps the period."""
        end = end or start
        if self.date_from and end and end < self.date_from:
            return False
        return not (self.date_to and start and start > self.date_to)


@dataclass
class TrainingLine:
    id: str
    title: str
    form: str
    start_date: date
    status: str
    enrolled: int
    cost: float  # 0: not recorded
    tested: int  # enrolments with both a pre- and a post-test score
    pre: float | None
    post: float | None

    @property
    def cost_per_participant(self) -> float | None:
        return self.cost / self.enrolled if self.cost and self.enrolled else None


@dataclass
class Reached:
    """Distinct people enrolled in the held activities, by target group (stakeholder type id or None) and sex."""
    by_group: dict[str | None, Counter] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(sum(c.values()) for c in self.by_group.values())

    def by_sex(self) -> Counter:
        out: Counter = Counter()
        for c in self.by_group.values():
            out.update(c)
        return out


@dataclass
class DossierProject:
    id: str
    code: str
    title: str
    status: str
    start_date: date | None
    end_date: date | None
    results: list[ResultView]
    by_source: list[BudgetLine]


@dataclass
class Dossier:
    scope: DossierScope
    requests: list[dict[str, Any]]
    missions: list[dict[str, Any]]
    trainings: list[TrainingLine]
    reached: Reached
    projects: list[DossierProject]
    evaluations: list[dict[str, Any]]
    lessons: list[Lesson]
    checks: list[dict[str, Any]]
    recommendations: list[dict[str, Any]]
    reviews: list[dict[str, Any]]

    # ---- figures the report prints (and the tests count by hand)
    @property
    def held(self) -> list[TrainingLine]:
        return [t for t in self.trainings if t.status == HELD]

    def learning(self) -> tuple[int, float | None, float | None]:
        """(people tested, average pre-test, average post-test) over the held activities' enrolments with both."""
        tested = sum(t.tested for t in self.held)
        if not tested:
            return 0, None, None
        pre = sum(t.pre * t.tested for t in self.held if t.tested) / tested
        post = sum(t.post * t.tested for t in self.held if t.tested) / tested
        return tested, pre, post

    def cost(self) -> tuple[float, int, int]:
        """(cost of the held activities whose cost is known, their enrolments, held activities without a cost)."""
        known = [t for t in self.held if t.cost]
        return sum(t.cost for t in known), sum(t.enrolled for t in known), len(self.held) - len(known)

    def budget_by_source(self) -> dict[str, tuple[float, float]]:
        out: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
        for p in self.projects:
            for line in p.by_source:
                out[line.funding_source][0] += line.budget
                out[line.funding_source][1] += line.spent
        return {s: (b, e) for s, (b, e) in sorted(out.items())}

    def recommendations_by_status(self) -> dict[str, int]:
        return dict(Counter(r["status"] for r in self.recommendations))


def scope_of(fd: FieldDesk, country: str | None, theme: str | None, date_from: date | None = None,
             date_to: date | None = None) -> DossierScope:
    """The scope named by an ISO country code and a thematic area's code; refused in words when either is missing or
    unknown, or when the period ends before it starts."""
    if not country or not theme:
        raise DossierRefused(problem("dossier.scope_needed"))
    cid = reference_id("country", country.strip().upper())
    if not fd.countries.exists(cid):
        raise DossierRefused(problem("not_country_code", country=country))
    tid = reference_id("thematic_area", theme.strip())
    if not fd.service("thematic_area").exists(tid):
        codes = [r["code"] for r in fd.service("thematic_area").matching_rows(ListQuery(), ["code"])]
        raise DossierRefused(problem("dossier.not_theme", theme=theme, codes=", ".join(sorted(codes))))
    if date_from and date_to and date_to < date_from:
        raise DossierRefused(problem("dossier.period_backwards", end=date_to.isoformat(), start=date_from.isoformat()))
    return DossierScope(cid, tid, date_from, date_to)


def dossier(fd: FieldDesk, scope: DossierScope) -> Dossier:
    where = {"country_id": scope.country_id, "theme_ids": scope.theme_id}
    requests = [r for r in fd.requests.matching_rows(ListQuery(filters=where, sort=("received_date", "title")), [
        "title", "requesting_authority", "received_date", "status", "decision_date", "decision_reasons"])
        if scope.covers(r["received_date"])]
    missions = [m for m in fd.missions.matching_rows(ListQuery(filters=where, sort=("start_date", "title")), [
        "title", "start_date", "end_date", "status", "summary"]) if scope.covers(m["start_date"], m["end_date"])]
    _count_parts(fd, missions, "stakeholder_meeting", "meetings")
    _count_parts(fd, missions, "mission_finding", "findings")
    trainings, reached = _trainings(fd, scope, where)
    projects = _projects(fd, scope, where, frameworks, budgets)
    pids = [p.id for p in projects]
    evaluations = (fd.project_evaluations.matching_rows(
        ListQuery(filters={"project_id": pids}, sort=("evaluation_date",)),
        ["project_id", "kind", "evaluation_date", "findings", "lessons"]) if pids else [])
    evaluations = [e for e in evaluations if scope.covers(e["evaluation_date"])]
    lessons = [lesson for lesson in search_lessons(fd, country_id=scope.country_id, theme_id=scope.theme_id)
               if scope.covers(lesson.day)]
    checks = [c for c in after_exit_rows(fd, pids)] if pids else []
    recommendations = _recommendations(fd, scope)
    reviews = [r for r in fd.reviews.matching_rows(
        ListQuery(filters={"country_ids": scope.country_id, "theme_ids": scope.theme_id}, sort=("period_from",)),
        ["title", "kind", "status", "period_from", "period_to"])]
    return Dossier(scope, requests, missions, trainings, reached, projects, evaluations, lessons, checks,
                   recommendations, reviews)


def _count_parts(fd: FieldDesk, missions: list[dict[str, Any]], table: str, key: str) -> None:
    ids = [m["id"] for m in missions]
    rows = fd.service(table).matching_rows(ListQuery(filters={"mission_id": ids}), ["mission_id"]) if ids else []
    counts = Counter(r["mission_id"] for r in rows)
    for m in missions:
        m[key] = counts[m["id"]]


def _trainings(fd: FieldDesk, scope: DossierScope, where: dict) -> tuple[list[TrainingLine], Reached]:
    rows = [t for t in fd.trainings.matching_rows(ListQuery(filters=where, sort=("start_date", "title")), [
        "title", "form", "start_date", "end_date", "status", "cost_usd"])
        if t["status"] != "cancelled" and scope.covers(t["start_date"], t["end_date"])]
    ids = [t["id"] for t in rows]
    enrolments = fd.enrollments.matching_rows(ListQuery(filters={"training_id": ids}), [
        "training_id", "participant_id", "pre_score", "post_score"]) if ids else []
    by_training: dict[str, list[dict]] = defaultdict(list)
    for e in enrolments:
        by_training[e["training_id"]].append(e)
    lines = []
    for t in rows:
        mine = by_training[t["id"]]
        scored = [e for e in mine if e["pre_score"] is not None and e["post_score"] is not None]
        lines.append(TrainingLine(
            t["id"], t["title"], t["form"], t["start_date"], t["status"], len(mine), t["cost_usd"] or 0.0,
            len(scored), sum(e["pre_score"] for e in scored) / len(scored) if scored else None,
            sum(e["post_score"] for e in scored) / len(scored) if scored else None))
    held = {t["id"] for t in rows if t["status"] == HELD}
    people = sorted({e["participant_id"] for e in enrolments if e["training_id"] in held})
    reached = Reached()
    for p in fd.participants.rows(people, ["sex", "stakeholder_type_id"]) if people else []:
        reached.by_group.setdefault(p["stakeholder_type_id"], Counter())[p["sex"]] += 1
    return lines, reached


def _projects(fd: FieldDesk, scope: DossierScope, where: dict, frameworks, budgets) -> list[DossierProject]:
    rows = [p for p in fd.projects.matching_rows(ListQuery(filters=where, sort=("code",)), [
        "code", "title", "status", "start_date", "end_date"])
        if p["status"] not in ("pipeline", "cancelled") and scope.covers(p["start_date"], p["end_date"])]
    ids = [p["id"] for p in rows]
    views = frameworks(fd, ids) if ids else {}
    money = budgets(fd, ids) if ids else {}
    return [DossierProject(p["id"], p["code"], p["title"], p["status"], p["start_date"], p["end_date"],
                        views.get(p["id"], []), money[p["id"]].by_source() if p["id"] in money else [])
            for p in rows]


def _recommendations(fd: FieldDesk, scope: DossierScope) -> list[dict[str, Any]]:
    recs = fd.recommendations.matching_rows(
        ListQuery(filters={"country_id": scope.country_id, "thematic_area_id": scope.theme_id},
                  sort=("issued_date", "id")), ["text", "source", "status", "issued_date"])
    recs = [r for r in recs if scope.covers(r["issued_date"]) or r["issued_date"] is None]
    ids = [r["id"] for r in recs]
    notes = fd.followup_notes.matching_rows(ListQuery(filters={"recommendation_id": ids}),
                                            ["recommendation_id", "note_date", "note"]) if ids else []
    latest: dict[str, dict] = {}
    for n in notes:
        prev = latest.get(n["recommendation_id"])
        if prev is None or n["note_date"] >= prev["note_date"]:
            latest[n["recommendation_id"]] = n
    for r in recs:
        r["latest_note"] = latest.get(r["id"])
    return recs
