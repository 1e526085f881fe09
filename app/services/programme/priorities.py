"""Weighing requests for assistance against the priority criteria, openly: every score says where it comes from.

A criterion is scored from 0 (does not apply) to 3 (applies fully). Where it rests on recorded facts, the facts are
the evidence and suggest a score: a country fact that holds gives 3; open recommendations (or meetings) count one
point each, up to 3. Staff may assess any criterion themselves (a score and a note); their score then counts, and the
evidence is still shown beside it. A request's total is its weighted points as a share of the most it could have:
100 * sum(weight * score) / (3 * sum(weight)).

Ranking: the higher total first. Equal totals are parted, in this order, by the scores on the criteria taken from the
heaviest weight down (then by the criteria's order), by the earlier date received, and finally by the request's id
(which follows the order requests were recorded in); the ranking says which rule parted each tie.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from app.models.enums import CriterionEvaluation as E
from app.models.requests import MAX_SCORE
from app.services.errors import NotFound
from app.services.programme.coordination import overlaps_for
from app.services.store.entities import BY_NAME
from app.services.store.query import ListQuery
from app.services.store.transitions import OPEN_REQUEST_STATUSES
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk

# Which recommendations and which meetings of the needs assessment mission count as evidence for a criterion.
RECOMMENDATION_SOURCES: dict[str, tuple[str, ...]] = {
    E.TREATY_BODY_RECOMMENDATIONS.value: ("treaty_body",),
    E.SPECIAL_PROCEDURE_RECOMMENDATIONS.value: ("special_procedure", "upr"),
    E.BOARD_OF_TRUSTEES_RECOMMENDATIONS.value: ("board_of_trustees",),
    E.NATIONAL_VIEWS.value: ("national_institution", "ngo"),
}
MEETING_TYPES: dict[str, tuple[str, ...]] = {
    E.NATIONAL_VIEWS.value: ("nhri", "ngo"),
    E.COORDINATION.value: ("un_agency", "donor"),
}
COUNTRY_FACTS = {E.COUNTRY_IN_TRANSITION.value: "in_transition", E.LEAST_DEVELOPED.value: "least_developed"}
# A recommendation that has been implemented, or is no longer relevant, names no need any more.
SETTLED_FOLLOWUP = ("implemented", "no_longer_relevant")


@dataclass(frozen=True)
class Evidence:
    """One recorded fact behind a criterion's score."""

    kind: str  # fact_yes | fact_no | no_facts | recommendation | meeting | partner_activity
    source: str = ""  # the fact (least_developed, in_transition), a recommendation's source, a meeting's type code,
    # a partner activity's stage (existing, planned)
    text: str = ""  # a recommendation's text, the organisation met, the notes of a country's facts, "UNDP: <title>"
    day: date | None = None  # issued, met, or facts as of
    record_table: str | None = None
    record_id: str | None = None
    # A recommendation's mechanism, document and paragraph ("CAT", "CAT/C/MWI/CO/1", "12"): the treaty body's code,
    # the special procedure's mandate or the periodic review's cycle.
    mechanism: str = ""
    symbol: str = ""
    paragraph: str = ""

    @property
    def counts(self) -> bool:
        return self.kind in ("fact_yes", "recommendation", "meeting", "partner_activity")


@dataclass(frozen=True)
class CriterionScore:
    criterion_id: str
    code: str
    name: str
    weight: int
    evaluation: str
    evidence: tuple[Evidence, ...]
    suggested: int | None  # what the evidence suggests; None for a criterion assessed by staff only
    assessed: int | None  # staff's score, when they gave one
    note: str = ""

    @property
    def score(self) -> int:
        if self.assessed is not None:
            return self.assessed
        return self.suggested or 0

    @property
    def basis(self) -> str:
        """assessed (staff's score) | evidence (suggested by the facts) | none (not assessed yet)."""
        if self.assessed is not None:
            return "assessed"
        return "evidence" if self.suggested is not None else "none"

    @property
    def points(self) -> int:
        return self.weight * self.score


@dataclass(frozen=True)
class ScoreCard:
    request_id: str
    title: str
    requesting_authority: str
    country_id: str
    status: str
    received_date: date
    owner_office: str
    criteria: tuple[CriterionScore, ...]

    @property
    def points(self) -> int:
        return sum(c.points for c in self.criteria)

    @property
    def max_points(self) -> int:
        return sum(c.weight for c in self.criteria) * MAX_SCORE

    @property
    def total(self) -> float:
        """0 to 100."""
        return 100.0 * self.points / self.max_points if self.max_points else 0.0


@dataclass(frozen=True)
class TieBreak:
    """How a request was placed below the one just above it, which has the same total."""

    above_id: str
    above_title: str
    rule: str  # criterion | received | id
    criterion_name: str = ""
    above_value: Any = None
    own_value: Any = None

    def explain(self) -> str:
        if self.rule == "criterion":
            return (f"Same total as \u201c{self.above_title}\u201d, which scores higher on \u201c{self.criterion_name}"
                    f"\u201d ({self.above_value} against {self.own_value}).")
        if self.rule == "received":
            return (f"Same total and scores as \u201c{self.above_title}\u201d, which was received earlier "
                    f"({self.above_value} against {self.own_value}).")
        return (f"Same total, scores and date received as \u201c{self.above_title}\u201d, which was recorded "
                "first.")


@dataclass(frozen=True)
class Ranked:
    rank: int
    card: ScoreCard
    tie: TieBreak | None = None


@dataclass
class _Facts:
    """Everything the evidence of a set of requests is read from, fetched once."""

    criteria: list[dict[str, Any]]
    scores: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    profiles: dict[str, dict[str, Any]] = field(default_factory=dict)
    recommendations: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    meetings: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    stakeholder_codes: dict[str, str] = field(default_factory=dict)
    register: dict[str, list[Evidence]] = field(default_factory=dict)  # request id -> the register's overlaps
    mechanism_codes: dict[str, str] = field(default_factory=dict)  # treaty body or UPR cycle id -> its code


def live_criteria(fd: FieldDesk) -> list[dict[str, Any]]:
    """The criteria in force, in their order."""
    service = fd.priority_criteria
    return service.rows(service.ids())


def criterion_order(criteria: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The order in which criteria part equal totals: heaviest weight first, then their own order."""
    return sorted(criteria, key=lambda c: (-c["weight"], c["sort_order"], c["code"]))


def _read_facts(fd: FieldDesk, requests: list[dict[str, Any]], with_register: bool = True) -> _Facts:
    facts = _Facts(live_criteria(fd))
    ids = [r["id"] for r in requests]
    if not ids:
        return facts
    for row in _rows(fd, "request_score", {"request_id": ids}):
        facts.scores[(row["request_id"], row["criterion_id"])] = row
    countries = sorted({r["country_id"] for r in requests})
    for row in _rows(fd, "country_profile", {"country_id": countries}):
        facts.profiles[row["country_id"]] = row
    sources = sorted({s for group in RECOMMENDATION_SOURCES.values() for s in group})
    for row in _rows(fd, "recommendation", {"country_id": countries, "source": sources}):
        if row["status"] not in SETTLED_FOLLOWUP:
            facts.recommendations[row["country_id"]].append(row)
    if facts.recommendations:
        for table in ("treaty_body", "upr_cycle"):
            facts.mechanism_codes.update({r["id"]: r["code"] for r in fd.service(table).matching_rows(
                ListQuery(), ["code"])})
    missions = sorted({r["mission_id"] for r in requests if r.get("mission_id")})
    if missions:
        for row in _rows(fd, "stakeholder_meeting", {"mission_id": missions}):
            facts.meetings[row["mission_id"]].append(row)
        types = fd.stakeholder_types
        facts.stakeholder_codes = {r["id"]: r["code"] for r in types.rows(types.ids(), ["code"])}
    if with_register and any(c["evaluation"] == E.COORDINATION.value for c in facts.criteria):
        facts.register = _register_evidence(fd, requests)
    return facts


def _register_evidence(fd: FieldDesk, requests: list[dict[str, Any]]) -> dict[str, list[Evidence]]:
    """The coordination criterion cites the coordination register: each partner's activity in the request's country
    and areas, running when it was received or planned (``app.services.programme.coordination``)."""
    out = {}
    for request in requests:
        found = overlaps_for(fd, country_id=request["country_id"], theme_ids=request.get("theme_ids") or (),
                             start=request["received_date"])
        out[request["id"]] = [Evidence("partner_activity", o.stage, o.label, o.start, "partner_activity",
                                       o.activity_id) for o in found]
    return out


def _rows(fd: FieldDesk, table: str, filters: dict[str, Any]) -> list[dict[str, Any]]:
    service = fd.service(table)
    return service.rows(service.ids(ListQuery(filters=filters)))


def _evidence(request: dict[str, Any], criterion: dict[str, Any],
              facts: _Facts) -> tuple[tuple[Evidence, ...], int | None]:
    how = criterion["evaluation"]
    if how in COUNTRY_FACTS:
        fact = COUNTRY_FACTS[how]
        profile = facts.profiles.get(request["country_id"])
        if profile is None:
            if fact == "least_developed":  # the UN list is seeded: a country without facts is not on it
                return (Evidence("fact_no", fact),), 0
            return (Evidence("no_facts", fact),), 0
        holds = bool(profile[fact])
        found = Evidence("fact_yes" if holds else "fact_no", fact, profile["notes"], profile["as_of"],
                         "country_profile", profile["id"])
        return (found,), MAX_SCORE if holds else 0
    if how not in RECOMMENDATION_SOURCES and how not in MEETING_TYPES:
        return (), None  # assessed by staff
    found: list[Evidence] = []
    themes = set(request.get("theme_ids") or [])
    for rec in facts.recommendations.get(request["country_id"], []):
        if rec["source"] in RECOMMENDATION_SOURCES.get(how, ()) and (not themes or rec["thematic_area_id"] in themes):
            found.append(Evidence("recommendation", rec["source"], rec["text"], rec["issued_date"], "recommendation",
                                  rec["id"], _mechanism(rec, facts), rec["document_symbol"], rec["paragraph"]))
    for meeting in facts.meetings.get(request.get("mission_id") or "", []):
        code = facts.stakeholder_codes.get(meeting["stakeholder_type_id"], "")
        if code in MEETING_TYPES.get(how, ()):
            found.append(Evidence("meeting", code, meeting["organisation"], meeting["meeting_date"],
                                  "stakeholder_meeting", meeting["id"]))
    found.sort(key=lambda e: (e.day or date.min, e.text), reverse=True)
    if how == E.COORDINATION.value:  # the register's activities follow the meetings, most relevant first
        found += facts.register.get(request["id"], [])
    return tuple(found), min(MAX_SCORE, len(found))


def _mechanism(rec: dict[str, Any], facts: _Facts) -> str:
    if rec["source"] == "treaty_body":
        return facts.mechanism_codes.get(rec["treaty_body_id"] or "", "")
    if rec["source"] == "special_procedure":
        return rec["mandate"].strip()
    if rec["source"] == "upr":
        return facts.mechanism_codes.get(rec["upr_cycle_id"] or "", "")
    return ""


def _card(request: dict[str, Any], facts: _Facts) -> ScoreCard:
    scored = []
    for criterion in facts.criteria:
        evidence, suggested = _evidence(request, criterion, facts)
        own = facts.scores.get((request["id"], criterion["id"]))
        scored.append(CriterionScore(
            criterion["id"], criterion["code"], criterion["name"], criterion["weight"], criterion["evaluation"],
            evidence, suggested, own["score"] if own else None, own["note"] if own else ""))
    return ScoreCard(request["id"], request["title"], request["requesting_authority"], request["country_id"],
                     request["status"], request["received_date"], request["owner_office"], tuple(scored))


def score_requests(fd: FieldDesk, request_ids: list[str], *, with_register: bool = True) -> list[ScoreCard]:
    """Score cards of the requests; ``with_register=False`` leaves the coordination register's activities out of the
    evidence (the thread reads only which recommendations each request cites)."""
    requests = fd.requests.rows(request_ids)
    facts = _read_facts(fd, requests, with_register)
    return [_card(r, facts) for r in requests]


def score_request(fd: FieldDesk, request_id: str) -> ScoreCard:
    cards = score_requests(fd, [request_id])
    if not cards:
        raise NotFound(problem("no_parent", entity="request for assistance", id=request_id))
    return cards[0]


def _sort_key(card: ScoreCard, order: list[str]) -> tuple:
    by_id = {c.criterion_id: c for c in card.criteria}
    scores = tuple(-(by_id[cid].score if cid in by_id else 0) for cid in order)
    return (-_share(card), scores, card.received_date, card.request_id)


def _share(card: ScoreCard) -> Fraction:
    # exact, so equal totals are equal (no rounding decides a rank)
    return Fraction(card.points, card.max_points) if card.max_points else Fraction(0)


def rank(cards: list[ScoreCard]) -> list[Ranked]:
    """``cards`` in priority order, each tie explained."""
    if not cards:
        return []
    names = {c.criterion_id: c.name for card in cards for c in card.criteria}
    weights = {c.criterion_id: (c.weight, c.code) for card in cards for c in card.criteria}
    order = sorted(weights, key=lambda cid: (-weights[cid][0], _position(cards[0], cid), weights[cid][1]))
    ordered = sorted(cards, key=lambda card: _sort_key(card, order))
    out: list[Ranked] = []
    for n, card in enumerate(ordered):
        tie = None
        if n and _share(ordered[n - 1]) == _share(card):
            tie = _tie_break(ordered[n - 1], card, order, names)
        out.append(Ranked(n + 1, card, tie))
    return out


def _position(card: ScoreCard, criterion_id: str) -> int:
    for n, c in enumerate(card.criteria):
        if c.criterion_id == criterion_id:
            return n
    return len(card.criteria)


def _tie_break(above: ScoreCard, below: ScoreCard, order: list[str], names: dict[str, str]) -> TieBreak:
    a = {c.criterion_id: c.score for c in above.criteria}
    b = {c.criterion_id: c.score for c in below.criteria}
    for cid in order:
        if a.get(cid, 0) != b.get(cid, 0):
            return TieBreak(above.request_id, above.title, "criterion", names[cid], a.get(cid, 0), b.get(cid, 0))
    if above.received_date != below.received_date:
        return TieBreak(above.request_id, above.title, "received", "", above.received_date, below.received_date)
    return TieBreak(above.request_id, above.title, "id")


def rank_requests(fd: FieldDesk, *, office: str | None = None, country_id: str | None = None,
                  include_closed: bool = False) -> list[Ranked]:
    """Open requests (every request with ``include_closed``), highest priority first."""
    filters: dict[str, Any] = {}
    if not include_closed:
        filters["status"] = list(OPEN_REQUEST_STATUSES)
    if office:
        filters["owner_office"] = office
    if country_id:
        filters["country_id"] = country_id
    return rank(score_requests(fd, fd.requests.ids(ListQuery(filters=filters))))


def set_score(fd: FieldDesk, request_id: str, criterion_id: str, score: int | None, note: str = "") -> str:
    """Record staff's assessment of a request against a criterion (``score`` None: let the evidence decide)."""
    table = BY_NAME["request_score"]
    service = fd.service(table.name)
    with fd.writing():
        existing = service.ids(ListQuery(filters={"request_id": request_id, "criterion_id": criterion_id}))
        if existing:
            service.update(existing[0], {"score": score, "note": note})
            return existing[0]
        return service.create({"request_id": request_id, "criterion_id": criterion_id, "score": score, "note": note})
