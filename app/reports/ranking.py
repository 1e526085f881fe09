"""Requests for assistance ranked by the priority criteria: how the ranking is made (criteria, weights, the rule for
ties), the ranked list with each criterion's score, and for every request the reason for each score (landscape)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.models.enums import CriterionEvaluation, RequestStatus
from app.reports.layout import Report
from app.reports.lookups import Lookups
from app.reports.programme_text import criterion_name, score_reason, tie_text, total_text
from app.services.programme.priorities import criterion_order, live_criteria, rank_requests

if TYPE_CHECKING:
    from app.services.core import FieldDesk

TITLE_KEY = "ranking.title"


def build_story(fd: FieldDesk, report: Report, *, office: str | None) -> tuple[list, int]:
    tr = report.tr
    look = Lookups(fd, tr)
    ranked = rank_requests(fd, office=office)
    criteria = criterion_order(live_criteria(fd))
    names = {c["name"]: criterion_name(tr, c["code"], c["name"]) for c in criteria}
    report.subject = look.office(office)
    report.report_progress(0.15, tr.t(TITLE_KEY))

    story = [report.para(tr.t(TITLE_KEY), "title"),
             report.para(tr.t("ranking.scope", office=look.office(office), n=len(ranked)), "subtitle"),
             report.para(tr.t("ranking.method")), report.para(tr.t("ranking.ties"))]
    story.append(report.heading(tr.t("ranking.criteria")))
    rows = [[criterion_name(tr, c["code"], c["name"]), c["weight"], tr.enum(c["evaluation"], CriterionEvaluation)]
            for c in criteria]
    story.append(report.table([tr.t("ranking.criterion"), tr.t("ranking.weight"), tr.t("ranking.evaluated")], rows,
                              [0.45, 0.1, 0.45], numeric=[1]))

    story.append(report.heading(tr.t("ranking.list")))
    if not ranked:
        return story + [report.para(tr.t("ranking.none"))], 1
    by_table_order = [c["id"] for c in criteria]
    short = [tr.t("ranking.c_n", n=n) for n in range(1, len(criteria) + 1)]
    header = [tr.t("ranking.rank"), tr.t("ranking.request"), tr.t("ranking.country"), tr.t("ranking.status"),
              *short, tr.t("ranking.total")]
    narrow = [0.045] * len(criteria)  # a score is one digit; the request's title takes what is left
    widths = [0.04, max(0.2, 1 - 0.04 - 0.12 - 0.13 - sum(narrow) - 0.06), 0.12, 0.13, *narrow, 0.06]
    widths = [w / sum(widths) for w in widths]
    table_rows = []
    for item in ranked:
        card = item.card
        scores = {c.criterion_id: c.score for c in card.criteria}
        table_rows.append([item.rank, report.two_line_cell(card.title, card.requesting_authority),
                           look.country(card.country_id), tr.enum(card.status, RequestStatus),
                           *(scores.get(cid, 0) for cid in by_table_order), total_text(tr, card.total)])
    story.append(report.table(header, table_rows, widths, numeric=list(range(4, 5 + len(criteria)))))
    key = "; ".join(f"{s} = {criterion_name(tr, c['code'], c['name'])} (\u00d7{c['weight']})"
                    for s, c in zip(short, criteria, strict=True))
    story.append(report.para(key, "small"))

    story.append(report.heading(tr.t("ranking.explained")))
    for n, item in enumerate(ranked):
        story += _explained(report, look, item, names)
        if n % 10 == 9:
            report.report_progress(0.15 + 0.05 * n / len(ranked), tr.t(TITLE_KEY))
    return story, 2 + len(ranked) // 3


def _explained(report: Report, look: Lookups, item, names: dict[str, str]) -> list:
    tr = report.tr
    card = item.card
    head = report.heading(tr.t("ranking.item", rank=item.rank, title=card.title, total=total_text(tr, card.total)), 2)
    facts = report.para(tr.t("ranking.item_facts", authority=card.requesting_authority,
                             country=look.country(card.country_id), date=tr.date(card.received_date),
                             status=tr.enum(card.status, RequestStatus)), "small")
    rows = [[criterion_name(tr, c.code, c.name), c.weight, c.score, c.points, score_reason(tr, look, c)]
            for c in sorted(card.criteria, key=lambda c: (-c.weight, c.code))]
    rows.append([tr.t("total"), "", "", f"{card.points} / {card.max_points}", total_text(tr, card.total)])
    table = report.table([tr.t("ranking.criterion"), tr.t("ranking.weight"), tr.t("ranking.score"),
                          tr.t("ranking.points"), tr.t("ranking.why")], rows, [0.24, 0.07, 0.07, 0.08, 0.54],
                         numeric=[1, 2, 3], total_row=True)
    # the heading, its facts and how a tie was settled stay with the table's first rows (layout.KeepWithStart): a
    # long explanation splits rather than leave half a page blank before it, and the tie is never left behind
    parts = [head, facts]
    tie = tie_text(tr, item.tie, names)
    if tie:
        parts.append(report.para(tie, "small"))
    for part in parts[1:]:
        part.keepWithNext = True
    return [*parts, table, report.spacer(2)]
