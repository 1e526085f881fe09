"""Who does what where in one country: a matrix of thematic areas by actors (the partners in the coordination
register and the programme's own projects, missions and trainings), existing and planned work apart, then each
partner's activity with its period, amount, contact, the cooperation framework outcome it serves and where the
information came from."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.models.enums import PartnerKind, PlanStage
from app.models.ids import reference_id
from app.reports.lookups import Lookups, ReportRefused
from app.services.programme.coordination import PROGRAMME_ACTOR, country_register
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from app.reports.layout import Report
    from app.services.core import FieldDesk

TITLE_KEY = "coord.title"
ACTORS_PER_TABLE = 8  # more actors than this continue in a second matrix below, the themes repeated


def _country(fd: FieldDesk, country: str | None) -> str:
    if not country:
        raise ReportRefused(problem("coordination.country_needed"))
    cid = reference_id("country", country.strip().upper())
    if not fd.countries.exists(cid):
        raise ReportRefused(problem("not_country_code", country=country))
    return cid


def _money(tr, amount: float | None, currency: str) -> str:
    return tr.currency(amount, currency) if amount is not None else "\u2014"


def build_story(fd: FieldDesk, report: Report, *, country: str | None) -> tuple[list, int]:
    tr = report.tr
    register = country_register(fd, _country(fd, country))
    look = Lookups(fd, tr)
    report.subject = tr.t("coord.scope", country=look.country(register.country_id))
    story = [report.para(tr.t(TITLE_KEY), "title"), report.para(report.subject, "subtitle"),
             report.para(tr.t("coord.method"))]
    if not register.actors:
        return [*story, report.para(tr.t("coord.none"))], 1
    report.report_progress(0.2, report.title)

    def actor_name(actor) -> str:
        return tr.t("coord.programme") if actor.key == PROGRAMME_ACTOR else actor.name

    def cell(theme_id: str, actor_key: str) -> str:
        stages = register.cells.get((theme_id, actor_key), {})
        parts = []
        for stage in ("existing", "planned"):
            titles = stages.get(stage)
            if titles:
                label = tr.enum(stage, PlanStage)
                parts.append(label if len(titles) == 1 else f"{label} ({len(titles)})")
        return "\n".join(parts) or "\u2014"

    story.append(report.heading(tr.t("coord.matrix")))
    for start in range(0, len(register.actors), ACTORS_PER_TABLE):
        actors = register.actors[start:start + ACTORS_PER_TABLE]
        rows = [[look.theme(t["id"]), *[cell(t["id"], a.key) for a in actors]] for t in register.themes]
        share = 0.78 / len(actors)
        story.append(report.table([tr.t("coord.theme"), *[actor_name(a) for a in actors]], rows,
                                  [0.22, *[share] * len(actors)]))
        story.append(report.spacer(3))
    partners = [a for a in register.actors if a.key != PROGRAMME_ACTOR]  # the programme comes first
    names = {a["partner"]: a["partner_name"] for a in register.activities}
    story += [report.heading(tr.t("coord.actors")),
              report.table([tr.t("coord.actor"), tr.t("coord.name"), tr.t("coord.kind")],
                           [[a.name, names.get(a.name, ""), tr.enum(a.kind, PartnerKind)] for a in partners],
                           [0.18, 0.52, 0.30])]
    report.report_progress(0.5, report.title)
    story.append(report.heading(tr.t("coord.activities")))
    for theme in register.themes:
        rows = []
        for a in register.activities:
            if theme["id"] not in (a["theme_ids"] or ()):
                continue
            source = ", ".join(x for x in (a["info_source"], tr.date(a["info_date"]) if a["info_date"] else "") if x)
            rows.append([a["partner"], report.para(a["title"], "cell"), tr.enum(a["stage"], PlanStage),
                         tr.date_range(a["start_date"], a["end_date"], open_end=True),
                         _money(tr, a["amount"], a["currency"]),
                         report.para(a["framework_outcome"] or "\u2014", "cell"),
                         report.para(" \u2013 ".join(x for x in (a["contact_person"], source) if x) or "\u2014",
                                     "cell")])
        if rows:
            story.append(report.heading(look.theme(theme["id"]), 2))
            story.append(report.table(
                [tr.t("coord.actor"), tr.t("coord.activity"), tr.t("coord.stage"), tr.t("coord.period"),
                 tr.t("coord.amount"), tr.t("coord.outcome"), tr.t("coord.source")], rows,
                [0.09, 0.24, 0.08, 0.14, 0.11, 0.18, 0.16], numeric=[4],
                extra_style=[("VALIGN", (0, 1), (-1, -1), "TOP")]))
    return story, 2 + len(register.activities) // 8
