"""The thread from a recommendation to what was done about it: the requests that cite it, the missions, the projects
that answer it, their results and indicators (latest value and the judgement of ``app/services/programme/results.py``),
the actions of national action plans that answer it and the follow-up notes.

The thread is a list of sections, each made by one small provider (``PROVIDERS``): a provider takes the
recommendation and the links read for it (``links.py``) and returns its section. Another kind of link is one more
provider in ``PROVIDERS``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from app.services.errors import NotFound
from app.services.programme.thread.links import REC_COLUMNS, Links, links_of, recommendations_answered_by
from app.services.store.query import ListQuery
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk

__all__ = ["PROVIDERS", "Links", "Section", "Thread", "ThreadRow", "links_of", "recommendations_answered_by",
           "thread_of"]


@dataclass(frozen=True)
class ThreadRow:
    """One linked record: ``table``/``record_id`` is the record a click opens (an indicator opens its project)."""

    table: str
    record_id: str
    title: str
    detail: str = ""  # a status code, a reference, the result an indicator measures
    day: date | None = None
    status: str = ""  # an enum value (the record's status; an indicator's ProgressStatus)
    value: float | None = None  # an indicator's latest value
    target: float | None = None
    unit: str = ""
    project: str = ""  # the project a result or indicator belongs to ("code – title")
    level: str = ""  # in the indicators section: "result" (its statement) or "indicator" (under its result)


@dataclass(frozen=True)
class Section:
    kind: str  # requests | missions | actions | projects | indicators | followup
    rows: tuple[ThreadRow, ...]


@dataclass
class ThreadInput:
    """What every provider reads: the recommendation's row, its links, and what earlier providers left."""

    rec: dict[str, Any]
    links: Links
    shared: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Thread:
    recommendation_id: str
    sections: tuple[Section, ...]

    def section(self, kind: str) -> Section:
        return next(s for s in self.sections if s.kind == kind)

    def ids(self, kind: str) -> list[str]:
        return [r.record_id for r in self.section(kind).rows]

    def indicators(self) -> list[ThreadRow]:
        return [r for r in self.section("indicators").rows if r.level == "indicator"]


def _requests(fd: FieldDesk, t: ThreadInput) -> Section:
    rows = fd.requests.rows(t.links.request_ids, ["title", "reference", "received_date", "status"])
    return Section("requests", tuple(ThreadRow("assistance_request", r["id"], r["title"], r["reference"],
                                               r["received_date"], r["status"]) for r in rows))


def _missions(fd: FieldDesk, t: ThreadInput) -> Section:
    rows = fd.missions.rows(t.links.mission_ids, ["title", "start_date", "status"])
    return Section("missions", tuple(ThreadRow("mission", r["id"], r["title"], "", r["start_date"], r["status"])
                                     for r in rows))


def _actions(fd: FieldDesk, t: ThreadInput) -> Section:
    """The actions of national action plans that answer it (``app/services/programme/action_plans.py``); a row opens its
    plan."""
    # imported here: start-up: the first screen (participants) does not load services.programme.action_plans
    from app.services.programme.action_plans import actions_answering

    actions = actions_answering(fd, t.rec["id"])
    titles = {p["id"]: p["title"] for p in fd.action_plans.rows(sorted({a.plan_id for a in actions}), ["title"])}
    return Section("actions", tuple(ThreadRow("action_plan", a.plan_id, a.text, titles.get(a.plan_id, ""),
                                              a.deadline, getattr(a.status, "value", a.status)) for a in actions))


def _project_label(row: dict[str, Any]) -> str:
    return f"{row['code']} \u2013 {row['title']}" if row.get("code") else row["title"]


def _projects(fd: FieldDesk, t: ThreadInput) -> Section:
    rows = fd.projects.rows(t.links.project_ids, ["code", "title", "start_date", "status"])
    t.shared["project_labels"] = {r["id"]: _project_label(r) for r in rows}
    return Section("projects", tuple(ThreadRow("project", r["id"], _project_label(r), "", r["start_date"],
                                               r["status"]) for r in rows))


def _indicators(fd: FieldDesk, t: ThreadInput) -> Section:
    """Each result's indicators with the latest value and where it stands (results.py's rule, not a second one)."""
    # imported here: start-up: the first screen (participants) does not load services.programme.results
    from app.services.programme.results import frameworks

    labels = t.shared.get("project_labels", {})
    found = frameworks(fd, t.links.project_ids)
    rows = []
    for project_id in t.links.project_ids:
        for result in found.get(project_id, []):
            rows.append(ThreadRow("project", project_id, result.statement, result.code, project=labels.get(
                project_id, ""), level="result"))
            for i in result.indicators:
                latest = i.progress.latest
                rows.append(ThreadRow("project", project_id, i.name, result.statement,
                                      latest.measured_on if latest else None, i.progress.status.value,
                                      latest.value if latest else None, i.target, i.unit, labels.get(project_id, ""),
                                      "indicator"))
    return Section("indicators", tuple(rows))


def _followup(fd: FieldDesk, t: ThreadInput) -> Section:
    notes = fd.service("followup_note").matching_rows(
        ListQuery(filters={"recommendation_id": t.rec["id"]}, sort=("note_date", "created_at")),
        ["note_date", "status", "note"])
    return Section("followup", tuple(ThreadRow("recommendation", t.rec["id"], n["note"], "", n["note_date"],
                                               n["status"]) for n in notes))


Provider = Callable[["FieldDesk", ThreadInput], Section]

# In the panel's order.
PROVIDERS: list[Provider] = [_requests, _missions, _actions, _projects, _indicators, _followup]


def thread_of(fd: FieldDesk, recommendation_id: str) -> Thread:
    try:
        rec = fd.recommendations.get_row(recommendation_id)
    except NotFound:
        raise NotFound(problem("no_parent", entity="recommendation", id=recommendation_id)) from None
    if rec["deleted"]:
        raise NotFound(problem("no_parent", entity="recommendation", id=recommendation_id))
    slim = {"id": rec["id"], **{c: rec[c] for c in REC_COLUMNS}}
    t = ThreadInput(rec, links_of(fd, [slim])[rec["id"]])
    return Thread(recommendation_id, tuple(provider(fd, t) for provider in PROVIDERS))
