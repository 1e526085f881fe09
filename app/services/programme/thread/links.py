"""Which records link to a recommendation, read for many recommendations at once: the requests that cite it, the
missions, and the projects that answer it. The thread panel, the project's "Recommendations" tab, the list's
follow-through filter and ``fielddesk recommendations list`` all read these links, so they agree.

- Requests: those of the mission that made it (``assistance_request.mission_id``) and those whose priority evidence
  cites it (``app/services/programme/priorities.py``: a recommendation of the same country, source and thematic area).
- Missions: the one that made it and those of its requests.
- Projects: its own ``project_ids``, those of its missions and those of its requests (live projects only).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.services.store.query import ListQuery

if TYPE_CHECKING:
    from app.services.core import FieldDesk

REC_COLUMNS = ["country_id", "mission_id", "project_ids"]


@dataclass
class Links:
    request_ids: list[str] = field(default_factory=list)
    mission_ids: list[str] = field(default_factory=list)
    project_ids: list[str] = field(default_factory=list)


def _add(target: list[str], values) -> None:
    for v in values or ():
        if v and v not in target:
            target.append(v)


def _live(fd: FieldDesk, table: str, ids: set[str], columns: list[str]) -> dict[str, dict[str, Any]]:
    if not ids:
        return {}
    return {r["id"]: r for r in fd.service(table).rows(sorted(ids), [*columns, "deleted"]) if not r["deleted"]}


def _citing(fd: FieldDesk, countries: set[str], wanted: set[str]) -> dict[str, list[str]]:
    """recommendation id -> the requests (of any status) whose priority evidence cites it."""
    # imported here: start-up: the first screen (participants) does not load services.programme.priorities
    from app.services.programme.priorities import score_requests

    if not countries:
        return {}
    request_ids = fd.requests.ids(ListQuery(filters={"country_id": sorted(countries)}, sort=("received_date", "id")))
    out: dict[str, list[str]] = {}
    for card in score_requests(fd, request_ids, with_register=False):
        for criterion in card.criteria:
            for e in criterion.evidence:
                if e.record_table == "recommendation" and e.record_id in wanted:
                    _add(out.setdefault(e.record_id, []), [card.request_id])
    return out


def links_of(fd: FieldDesk, recs: list[dict[str, Any]]) -> dict[str, Links]:
    """recommendation id -> its links, for recommendation rows holding at least ``REC_COLUMNS`` and the id."""
    if not recs:
        return {}
    own_missions = {r["mission_id"] for r in recs if r.get("mission_id")}
    requests_by_mission: dict[str, list[str]] = {}
    if own_missions:
        for row in fd.requests.matching_rows(ListQuery(filters={"mission_id": sorted(own_missions)},
                                                       sort=("received_date", "id")), ["mission_id"]):
            requests_by_mission.setdefault(row["mission_id"], []).append(row["id"])
    citing = _citing(fd, {r["country_id"] for r in recs}, {r["id"] for r in recs})
    out: dict[str, Links] = {}
    for r in recs:
        links = Links()
        _add(links.request_ids, requests_by_mission.get(r.get("mission_id") or "", []))
        _add(links.request_ids, citing.get(r["id"], []))
        out[r["id"]] = links
    requests = _live(fd, "assistance_request", {q for lk in out.values() for q in lk.request_ids},
                     ["mission_id", "project_ids"])
    for r in recs:
        links = out[r["id"]]
        links.request_ids = [q for q in links.request_ids if q in requests]
        _add(links.mission_ids, [r.get("mission_id")])
        _add(links.mission_ids, [requests[q]["mission_id"] for q in links.request_ids])
    missions = _live(fd, "mission", {m for lk in out.values() for m in lk.mission_ids}, ["project_ids"])
    for r in recs:
        links = out[r["id"]]
        links.mission_ids = [m for m in links.mission_ids if m in missions]
        _add(links.project_ids, r.get("project_ids"))
        for m in links.mission_ids:
            _add(links.project_ids, missions[m]["project_ids"])
        for q in links.request_ids:
            _add(links.project_ids, requests[q]["project_ids"])
    projects = _live(fd, "project", {p for lk in out.values() for p in lk.project_ids}, [])
    for links in out.values():
        links.project_ids = [p for p in links.project_ids if p in projects]
    return out


def all_recommendations(fd: FieldDesk, filters: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    return fd.recommendations.matching_rows(ListQuery(filters=filters or {}), REC_COLUMNS)


def recommendations_answered_by(fd: FieldDesk, project_id: str) -> list[dict[str, Any]]:
    """The live recommendations a project answers (by the rule above), newest first, with their list columns."""
    candidates: set[str] = set(fd.recommendations.ids(ListQuery(filters={"project_ids": project_id})))
    missions = fd.missions.ids(ListQuery(filters={"project_ids": project_id}))
    requests = fd.requests.matching_rows(ListQuery(filters={"project_ids": project_id}), ["mission_id", "country_id"])
    mission_ids = set(missions) | {q["mission_id"] for q in requests if q["mission_id"]}
    if mission_ids:
        candidates |= set(fd.recommendations.ids(ListQuery(filters={"mission_id": sorted(mission_ids)})))
    countries = {q["country_id"] for q in requests}
    if countries:  # a request's evidence may cite recommendations that its mission did not make
        candidates |= set(fd.recommendations.ids(ListQuery(filters={"country_id": sorted(countries)})))
    recs = [r for r in fd.recommendations.rows(sorted(candidates), ["id", *REC_COLUMNS, "deleted"])
            if not r["deleted"]]
    links = links_of(fd, recs)
    answered = [r["id"] for r in recs if project_id in links[r["id"]].project_ids]
    columns = ["text", "source", "document_symbol", "paragraph", "status", "issued_date", "country_id"]
    rows = fd.recommendations.rows(answered, columns)
    rows.sort(key=lambda r: (str(r["issued_date"] or ""), r["id"]), reverse=True)
    return rows
