"""The recommendations list's "follow-through" filter, at an office and at headquarters alike: recommendations no
project answers, those a project answers whose indicators are off track, and those no national action plan's
action answers (``app/services/programme/action_plans.py``). Projects are linked as ``links.py`` says; "off track" is
``app/services/programme/results.py``'s judgement of an indicator's latest value."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.models.enums import ProgressStatus
from app.services.programme.thread.links import all_recommendations, links_of

if TYPE_CHECKING:
    from app.services.core import FieldDesk

NO_PROJECT, OFF_TRACK, NO_ACTION = "no_project", "off_track", "no_action"


def kinds() -> tuple[str, ...]:
    return (NO_PROJECT, OFF_TRACK, NO_ACTION)


def off_track_projects(fd: FieldDesk, project_ids: set[str]) -> set[str]:
    # imported here: start-up: the first screen (participants) does not load services.programme.results
    from app.services.programme.results import frameworks

    out = set()
    for project_id, results in frameworks(fd, sorted(project_ids)).items():
        if any(i.progress.status == ProgressStatus.OFF_TRACK for r in results for i in r.indicators):
            out.add(project_id)
    return out


def follow_through_ids(fd: FieldDesk, kind: str, filters: dict[str, Any] | None = None) -> list[str]:
    """Ids of the live recommendations (among ``filters``) that ``kind`` finds; refuses an unknown kind."""
    if kind not in kinds():
        raise ValueError(f"'{kind}' is not a follow-through filter; use one of {', '.join(kinds())}.")
    recs = all_recommendations(fd, filters)
    if kind == NO_ACTION:
        # imported here: start-up: the first screen (participants) does not load services.programme.action_plans
        from app.services.programme.action_plans import recommendation_ids_with_actions

        answered = recommendation_ids_with_actions(fd)
        return [r["id"] for r in recs if r["id"] not in answered]
    links = links_of(fd, recs)
    if kind == NO_PROJECT:
        return [r["id"] for r in recs if not links[r["id"]].project_ids]
    off = off_track_projects(fd, {p for lk in links.values() for p in lk.project_ids})
    return [r["id"] for r in recs if off.intersection(links[r["id"]].project_ids)]


def resolve(fd: FieldDesk, table: str, query):
    """A list query with its "follow_through" filter turned into the ids it finds (the other filters still apply
    in SQL); any other query as it is."""
    if table != "recommendation" or "follow_through" not in query.filters:
        return query
    filters = dict(query.filters)
    kind = filters.pop("follow_through")
    if kind is None:
        return query.with_(filters=filters)
    filters["id"] = follow_through_ids(fd, kind, filters)  # the other filters narrow what is read
    return query.with_(filters=filters)
