"""The implementation matrix: the recommendations addressed to one country, grouped by thematic area and by the
mechanism that made them (each treaty body, a special procedure's mandate, the periodic review's cycle, the Board of
Trustees...), each with its document and paragraph, the state's response, its follow-up status, the actions of
national action plans that answer it and the projects that answer it (those linked to it, and those of its missions
and requests: the thread's links). Optionally one thematic area or SDG target."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from app.models import ActionStatus, FollowUpStatus, RecommendationSource, StateResponse
from app.models.ids import reference_id
from app.reports.lookups import Lookups, ReportRefused
from app.services import ListQuery
from app.services.programme.action_plans import actions_by_recommendation
from app.services.programme.thread import links_of
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from app.reports.layout import Report
    from app.services.core import FieldDesk

TITLE_KEY = "matrix.title"
COLUMNS = ["text", "source", "treaty_body_id", "mandate", "upr_cycle_id", "recommending_state_id", "document_symbol",
           "paragraph", "response", "status", "thematic_area_id", "project_ids", "mission_id", "issued_date"]
SOURCE_ORDER = {s: n for n, s in enumerate(RecommendationSource.values())}


def matrix_rows(fd: FieldDesk, *, country: str | None, theme: str | None = None,
                sdg: str | None = None) -> tuple[str, list[dict]]:
    """(country id, the recommendations the matrix holds, each with ``projects``: the ids of the projects that answer
    it, and ``actions``: the plan actions that answer it, each with its ``plan_title``). Refuses a missing or unknown
    country, theme or target with a message naming it."""
    if not country:
        raise ReportRefused(problem("matrix.country_needed"))
    cid = reference_id("country", country.strip().upper())
    if not fd.countries.exists(cid):
        raise ReportRefused(problem("not_country_code", country=country))
    filters: dict = {"country_id": cid}
    if theme:
        tid = reference_id("thematic_area", theme.strip())
        if not fd.service("thematic_area").exists(tid):
            codes = [r["code"] for r in fd.service("thematic_area").matching_rows(ListQuery(), ["code"])]
            raise ReportRefused(problem("dossier.not_theme", theme=theme, codes=", ".join(codes)))
        filters["thematic_area_id"] = tid
    if sdg:
        target = reference_id("sdg_target", sdg.strip().lower())
        if not fd.service("sdg_target").exists(target):
            raise ReportRefused(problem("matrix.not_sdg_target", sdg=sdg))
        filters["sdg_target_ids"] = target
    ids = fd.recommendations.ids(ListQuery(filters=filters, sort=("document_symbol", "paragraph")))
    recs = fd.recommendations.rows(ids, COLUMNS)
    # the thread's rule (services/programme/thread/links.py)
    links = links_of(fd, [{**r, "country_id": cid} for r in recs])
    actions = actions_by_recommendation(fd, cid)
    for r in recs:
        r["projects"] = links[r["id"]].project_ids
        r["actions"] = actions.get(r["id"], [])
    return cid, recs


class _Names:
    def __init__(self, fd: FieldDesk, report: Report):
        self.tr, self.look = report.tr, Lookups(fd, report.tr)
        self.bodies = {r["id"]: r["code"] for r in fd.service("treaty_body").matching_rows(ListQuery(), ["code"])}
        self.cycles = {r["id"]: r["code"] for r in fd.service("upr_cycle").matching_rows(ListQuery(), ["code"])}
        self.fd = fd
        self._projects: dict[str, str] = {}

    def mechanism(self, r: dict) -> tuple[tuple, str]:
        """(sort key, label) of the mechanism that made a recommendation."""
        tr, source = self.tr, r["source"]
        if source == "treaty_body" and r["treaty_body_id"]:
            code = self.bodies.get(r["treaty_body_id"], "")
            return (SOURCE_ORDER[source], code), code
        if source == "upr" and r["upr_cycle_id"]:
            cycle = self.cycles.get(r["upr_cycle_id"], "")
            return (SOURCE_ORDER[source], cycle), tr.t("matrix.upr", cycle=cycle)
        if source == "special_procedure" and r["mandate"]:
            return (SOURCE_ORDER[source], r["mandate"].casefold()), tr.t("matrix.special_procedure",
                                                                         mandate=r["mandate"])
        return (SOURCE_ORDER.get(source, 99), ""), tr.enum(source, RecommendationSource)

    def document(self, r: dict) -> str:
        text = r["document_symbol"] + (f", \u00b6\u00a0{r['paragraph']}" if r["paragraph"] else "")
        if r["recommending_state_id"]:
            text += f" ({self.look.country(r['recommending_state_id'])})"
        return text or "\u2014"

    def projects(self, ids: list[str]) -> str:
        return ", ".join(self.look.project(p) for p in ids) or "\u2014"

    def actions(self, actions: list[dict]) -> str:
        """Each plan action that answers it, its status after it: "Reform the prison law (In progress)"."""
        return self.tr.join([f"{a['text']} ({self.tr.enum(a['status'], ActionStatus)})" for a in actions],
                            strong=True) or "\u2014"


def build_story(fd: FieldDesk, report: Report, *, country: str | None, theme: str | None = None,
                sdg: str | None = None) -> tuple[list, int]:
    tr = report.tr
    cid, recs = matrix_rows(fd, country=country, theme=theme, sdg=sdg)
    names = _Names(fd, report)
    report.subject = tr.t("matrix.scope", country=names.look.country(cid))
    story = [report.para(tr.t(TITLE_KEY), "title"), report.para(report.subject, "subtitle")]
    if theme:
        theme_id = reference_id("thematic_area", theme.strip())
        story.append(report.para(tr.t("matrix.theme_filter", theme=names.look.theme(theme_id))))
    if sdg:
        code = sdg.strip().lower()  # "16.a" starts with a digit: embedded left to right, or Arabic shows "a.16"
        story.append(report.para(tr.t("matrix.sdg_filter", target=f"\u202a{code}\u202c" if tr.rtl else code)))
    if not recs:
        return [*story, report.para(tr.t("matrix.none"))], 1
    report.report_progress(0.2, report.title)
    order = names.look.theme_order
    groups: dict[str | None, dict[tuple, list]] = defaultdict(lambda: defaultdict(list))
    labels: dict[tuple, str] = {}
    for r in recs:
        key, label = names.mechanism(r)
        labels[key] = label
        groups[r["thematic_area_id"]][key].append(r)
    themes = sorted(groups, key=lambda t: (t is None, order.get(t or "", 999)))

    def theme_name(t):
        return names.look.theme(t) if t else tr.t("matrix.no_theme")

    overview = []
    for t in themes:
        for key in sorted(groups[t]):
            rows = groups[t][key]
            overview.append([theme_name(t), labels[key], len(rows), sum(1 for r in rows if r["actions"]),
                             sum(1 for r in rows if r["projects"]),
                             sum(1 for r in rows if r["status"] == FollowUpStatus.IMPLEMENTED.value)])
    totals = [tr.t("matrix.total"), "", len(recs), sum(1 for r in recs if r["actions"]),
              sum(1 for r in recs if r["projects"]),
              sum(1 for r in recs if r["status"] == FollowUpStatus.IMPLEMENTED.value)]
    story += [report.heading(tr.t("matrix.overview")),
              report.table([tr.t("matrix.theme"), tr.t("matrix.mechanism"), tr.t("matrix.count"),
                            tr.t("matrix.with_action"), tr.t("matrix.with_project"), tr.t("matrix.implemented")],
                           [*overview, totals], [0.28, 0.3, 0.1, 0.1, 0.11, 0.11], numeric=[2, 3, 4, 5],
                           total_row=True)]
    number = 0
    for t in themes:
        story.append(report.heading(theme_name(t)))
        for key in sorted(groups[t]):
            story.append(report.heading(labels[key], 2))
            rows = []
            for r in groups[t][key]:
                number += 1
                rows.append([number, report.para(r["text"], "cell"), names.document(r),
                             tr.enum(r["response"], StateResponse), tr.enum(r["status"], FollowUpStatus),
                             report.para(names.actions(r["actions"]), "cell"), names.projects(r["projects"])])
            story.append(report.table([tr.t("no"), tr.t("matrix.recommendation"), tr.t("matrix.document"),
                                       tr.t("matrix.response"), tr.t("matrix.status"), tr.t("matrix.plan_actions"),
                                       tr.t("matrix.projects")],
                                      rows, [0.04, 0.33, 0.14, 0.1, 0.1, 0.17, 0.12], numeric=[0],
                                      extra_style=[("VALIGN", (0, 1), (-1, -1), "TOP")]))
    return story, 2 + len(recs) // 10
