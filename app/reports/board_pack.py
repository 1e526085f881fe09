"""The Board pack for a session of the Board of Trustees of the Voluntary Fund, ready to send: a cover page, the
contents with page numbers, then the session (agenda, members, what it adopted and decided), the Fund's position
(``board_fund``), the portfolio (projects by status and country, budget by funding source), the follow-up of the
recommendations the Board adopted at earlier sessions, and the requests for assistance ranked by priority.

The contents are numbered by laying the pack out twice: the first time each section's heading notes the page it
is drawn on; the second prints those numbers (the contents take one page either way, so nothing moves)."""

from __future__ import annotations

import io
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from reportlab.platypus import Flowable, PageBreak

from app.models.board import BoardDecisionKind, BoardRole
from app.models.coverage import covered_countries
from app.models.enums import FollowUpStatus, FundingSource, ProjectStatus, RequestStatus
from app.reports import board_fund
from app.reports.lookups import Lookups, ReportRefused
from app.reports.programme_text import total_text
from app.services.programme import board
from app.services.programme.fund import fund_position
from app.services.programme.portfolio import portfolio
from app.services.programme.priorities import rank_requests
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from app.reports.layout import Report
    from app.services.core import FieldDesk

TITLE_KEY = "board.title"
SECTIONS = ("session", "fund", "portfolio", "followup", "requests")
SECTION_KEYS = {"session": "board.the_session", "fund": "board.fund", "portfolio": "board.portfolio",
                "followup": "board.followup", "requests": "board.requests"}


def fund_rows(fd: FieldDesk) -> list:
    """The Fund's position by year (``app.services.programme.fund``; the section is drawn from these rows alone)."""
    return list(fund_position(fd))


def mark_page(heading: Flowable, key: str, pages: dict[str, int]) -> Flowable:
    """``heading``, noting in ``pages[key]`` the page it is drawn on. (A flowable of its own before the heading
    would join the heading's keep-with-next group and leave the heading alone at the foot of a page.)"""
    draw = heading.draw

    def drawn(*args, **kwargs):
        pages[key] = heading.canv.getPageNumber()
        return draw(*args, **kwargs)

    heading.draw = drawn
    return heading


@dataclass
class PackData:
    session: dict[str, Any]
    members: list[dict[str, Any]]
    adopted_now: list[dict[str, Any]]
    decisions: list[dict[str, Any]]
    earlier: list[dict[str, Any]]  # recommendations adopted at earlier sessions
    earlier_sessions: dict[str, dict[str, Any]]
    fund: list | None
    projects: list
    ranked: list


def gather(fd: FieldDesk, session_id: str) -> PackData:
    if not session_id or not fd.board_sessions.exists(session_id):
        raise ReportRefused(problem("no_parent", f"There is no Board session with the id {session_id}.",
                                    entity="Board session", id=session_id))
    session = fd.board_sessions.get_row(session_id)
    if session["deleted"]:
        raise ReportRefused(problem("report.record_deleted",
                                    f"The Board session {session['title']} was deleted; restore "
                                    "it to print its pack.", what="Board session", id=session["title"]))
    earlier = board.earlier_sessions(fd, session_id)
    return PackData(session, board.members(fd, session_id), board.adopted(fd, [session_id]),
                    board.decisions(fd, session_id=session_id), board.adopted(fd, [s["id"] for s in earlier]),
                    {s["id"]: s for s in earlier}, fund_rows(fd), portfolio(fd, None).projects,
                    rank_requests(fd))


def build_story(fd: FieldDesk, report: Report, record_id: str) -> tuple[list, int]:
    data = gather(fd, record_id)
    report.subject = data.session["title"]
    report.report_progress(0.1, report.title)
    look = Lookups(fd, report.tr)
    pages: dict[str, int] = {}
    rehearsal = replace(report, progress=None)
    rehearsal.render(_story(rehearsal, look, data, pages, None), io.BytesIO())
    report.report_progress(0.2, report.title)
    return _story(report, look, data, {}, pages), max(4, len(pages) + len(data.ranked) // 20)


def _story(report: Report, look: Lookups, data: PackData, marks: dict[str, int],
           numbers: dict[str, int] | None) -> list:
    story = _cover(report, look, data) + [PageBreak()] + _contents(report, numbers) + [PageBreak()]
    builders = {"session": _session,
                "fund": lambda r, lk, d: board_fund.section(r, d.fund, f"{SECTIONS.index('fund') + 1}."),
                "portfolio": _portfolio, "followup": _followup, "requests": _requests}
    for key in SECTIONS:
        heading, *rest = builders[key](report, look, data)
        story += [mark_page(heading, key, marks), *rest]
    return story


def _cover(report: Report, look: Lookups, data: PackData) -> list:
    tr, s = report.tr, data.session
    out = [report.spacer(30), report.para(tr.t("board.board_name"), "subtitle"),
           report.para(tr.t(TITLE_KEY), "title"), report.para(s["title"], "title"),
           report.para(tr.t("board.session_facts", number=s["number"], dates=tr.date_range(s["start_date"],
                                                                                           s["end_date"]),
                            place=s["place"] or "\u2014"), "subtitle")]
    chair = next((m for m in data.members if m["role"] == "chair"), None)
    if chair:
        out.append(report.para(tr.t("board.chaired_by", name=chair["full_name"],
                                    country=look.country(chair["country_id"]))))
    return out


def _contents(report: Report, numbers: dict[str, int] | None) -> list:
    tr = report.tr
    rows = [[f"{n}.", tr.t(SECTION_KEYS[key]), str(numbers.get(key, "")) if numbers else "00"]
            for n, key in enumerate(SECTIONS, start=1)]
    return [report.heading(tr.t("board.contents")),
            report.table(["", tr.t("board.section"), tr.t("board.page")], rows, [0.08, 0.77, 0.15], numeric=[2],
                         zebra=False)]


def _intro(report: Report, text: str, style: str = "body") -> Flowable:
    """A line that introduces a table: kept with the table's first rows (with the heading above it)."""
    para = report.para(text, style)
    para.keepWithNext = True
    return para


def _heading(report: Report, key: str) -> Any:
    n = SECTIONS.index(key) + 1
    return report.heading(f"{n}. {report.tr.t(SECTION_KEYS[key])}")


def _session(report: Report, look: Lookups, data: PackData) -> list:
    tr, s = report.tr, data.session
    out = [_heading(report, "session"),
           report.facts([(tr.t("board.number"), str(s["number"])),
                         (tr.t("board.dates"), tr.date_range(s["start_date"], s["end_date"])),
                         (tr.t("board.place"), s["place"] or "\u2014")])]
    if s["agenda"].strip():
        out += [report.heading(tr.t("board.agenda"), 2), report.para(s["agenda"])]
    out.append(report.heading(tr.t("board.members"), 2))
    if data.members:
        rows = [[m["full_name"], look.country(m["country_id"]), tr.enum(m["role"], _role())] for m in data.members]
        out.append(report.table([tr.t("board.member"), tr.t("board.proposed_by"), tr.t("board.role")], rows,
                                [0.45, 0.35, 0.2]))
    else:
        out.append(report.para(tr.t("none_recorded")))
    out.append(report.heading(tr.t("board.adopted_now"), 2))
    out += _recommendation_table(report, look, data.adopted_now, None) if data.adopted_now \
        else [report.para(tr.t("none_recorded"))]
    out.append(report.heading(tr.t("board.decisions"), 2))
    if data.decisions:
        rows = [[report.two_line_cell(f"{d['project_code']} {d['project_title']}".strip(),
                                      look.country(d["country_id"])),
                 tr.enum(d["decision"], BoardDecisionKind), tr.money(d["amount_usd"]) if d["amount_usd"] else "\u2014",
                 d["note"]] for d in data.decisions]
        endorsed = sum(d["amount_usd"] for d in data.decisions if d["decision"] == "endorsed")
        rows.append([tr.t("board.total_endorsed"), "", tr.money(endorsed), ""])
        out.append(report.table([tr.t("portfolio.project"), tr.t("board.decision"), tr.t("board.amount"),
                                 tr.t("board.note")], rows, [0.34, 0.13, 0.17, 0.36], numeric=[2],
                                total_row=True))
    else:
        out.append(report.para(tr.t("none_recorded")))
    return out


def _role():
    return BoardRole


def _portfolio(report: Report, look: Lookups, data: PackData) -> list:
    tr = report.tr
    out = [_heading(report, "portfolio")]
    projects = data.projects
    if not projects:
        return out + [report.para(tr.t("none_recorded"))]
    where = {p.id: {"scope": p.scope, "country_id": p.country_id, "country_ids": list(p.country_ids)}
             for p in projects}
    # the countries the projects cover, each once (a global project covers none, a regional one several)
    countries = {c for p in projects for c in covered_countries(where[p.id])}
    out.append(_intro(report, tr.t("board.portfolio_text", n=len(projects), countries=len(countries))))
    sources = FundingSource.values()
    groups: dict[tuple[str, str], list] = defaultdict(list)
    for p in projects:  # a row per status and place: a country, or "Regional (7)", "Global"
        groups[(p.status, look.coverage(where[p.id]))].append(p)
    status_order = {s: i for i, s in enumerate(ProjectStatus.values())}
    rows, totals = [], defaultdict(float)
    for (status, place) in sorted(groups, key=lambda k: (status_order.get(k[0], 99), k[1])):
        money = defaultdict(float)
        for p in groups[(status, place)]:
            for line in p.budget.lines:
                money[line.funding_source] += line.budget
        for source in sources:
            totals[source] += money[source]
        rows.append([tr.enum(status, ProjectStatus), place or "\u2014", len(groups[(status, place)]),
                     *(tr.number(money[s]) for s in sources), tr.number(sum(money.values()))])
    rows.append([tr.t("total"), "", len(projects), *(tr.number(totals[s]) for s in sources),
                 tr.number(sum(totals.values()))])
    header = [tr.t("summary.status"), tr.t("board.country"), tr.t("board.projects_n"),
              *(tr.enum(s, FundingSource) for s in sources), tr.t("total")]
    out.append(_intro(report, tr.t("board.budget_note"), "small"))
    out.append(report.table(header, rows, [0.14, 0.2, 0.09, 0.15, 0.16, 0.12, 0.14], numeric=[2, 3, 4, 5, 6],
                            total_row=True))
    return out


def _recommendation_table(report: Report, look: Lookups, recs: list[dict[str, Any]],
                          sessions: dict[str, dict[str, Any]] | None) -> list:
    tr = report.tr
    rows = []
    for r in recs:
        latest = r["latest"]
        note = (f"{tr.date(latest['note_date'])}: {latest['note']}".strip(": ") if latest
                else tr.t("board.no_note"))
        first = [report.two_line_cell(r["text"], look.country(r["country_id"]))]
        if sessions is not None:
            first.append(sessions.get(r["session_id"], {}).get("title", ""))
        rows.append([*first, tr.enum(r["status"], FollowUpStatus), note])
    if sessions is None:
        return [report.table([tr.t("board.recommendation"), tr.t("board.status"), tr.t("board.latest")], rows,
                             [0.5, 0.14, 0.36])]
    return [report.table([tr.t("board.recommendation"), tr.t("board.adopted_at"), tr.t("board.status"),
                          tr.t("board.latest")], rows, [0.4, 0.14, 0.14, 0.32])]


def _followup(report: Report, look: Lookups, data: PackData) -> list:
    tr = report.tr
    out = [_heading(report, "followup")]
    if not data.earlier:
        return out + [report.para(tr.t("board.followup_none"))]
    done = sum(1 for r in data.earlier if r["status"] == "implemented")
    out.append(_intro(report, tr.t("board.followup_text", n=len(data.earlier), done=done)))
    return out + _recommendation_table(report, look, data.earlier, data.earlier_sessions)


def _requests(report: Report, look: Lookups, data: PackData) -> list:
    tr = report.tr
    out = [_heading(report, "requests")]
    if not data.ranked:
        return out + [report.para(tr.t("ranking.none"))]
    out.append(_intro(report, tr.t("board.requests_text", n=len(data.ranked))))
    rows = [[item.rank, report.two_line_cell(item.card.title, item.card.requesting_authority),
             look.country(item.card.country_id), tr.enum(item.card.status, RequestStatus),
             total_text(tr, item.card.total)] for item in data.ranked]
    out.append(report.table([tr.t("ranking.rank"), tr.t("ranking.request"), tr.t("ranking.country"),
                             tr.t("ranking.status"), tr.t("ranking.total")], rows, [0.07, 0.47, 0.18, 0.16, 0.12],
                            numeric=[0, 4]))
    return out
