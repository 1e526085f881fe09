"""What is due: deadlines derived from the records, never stored.

A mission report is due some days after the mission ends, until the report is final; each open recommendation's next
follow-up review some days after the last (or after it was issued); an indicator's value after each reporting period
of a running project; a project's final report and its evaluations (mid-term, end of project); the decision on a
request for assistance some days after it was received; the checks after a closed project's exit (6, 12 and 24
months after it, ``app/services/programme/sustainability.py``); a grant's tranches not paid and reports not received
(``app/services/programme/grants.py``). How many days, and how long a reporting period is, are
headquarters' rules (``due_rule``, sent to every office), so every office is held to the same deadlines.

"Today" is the profile's wall clock (``fd.wall``), which tests move. A field office sees what is due on its own
records; headquarters sees every office's, and counts what is overdue per office (updated as bundles arrive, since
nothing is stored).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from app.models.due import DUE_MONTHS, DUE_RULES, parse_months
from app.services.programme import grants
from app.services.programme.sustainability import checks_due
from app.services.store.query import ListQuery

if TYPE_CHECKING:
    from app.services.core import FieldDesk

HORIZON_DAYS = 30  # what is shown beyond the overdue: the next month
WEEK_DAYS = 7

OVERDUE, THIS_WEEK, THIS_MONTH, LATER = "overdue", "this_week", "this_month", "later"
WHEN_ORDER = (OVERDUE, THIS_WEEK, THIS_MONTH, LATER)

# Where a due item's record is opened: kind -> table of the record.
KIND_TABLE = {
    "mission_report": "mission",
    "recommendation_review": "recommendation",
    "indicator_value": "project",
    "project_report": "project",
    "mid_term_evaluation": "project",
    "final_evaluation": "project",
    "request_decision": "assistance_request",
    "sustainability_check": "project",
    "grant_tranche": "project",
    "grant_report": "project",
    "review_synthesis": "review",
    "plan_action": "action_plan",  # an action of a national action plan (schema 0025)
}

# English names of the kinds (the command line, calendars); the GUI translates its own.
KIND_LABEL = {
    "mission_report": "Mission report",
    "recommendation_review": "Follow-up review",
    "indicator_value": "Indicator value",
    "project_report": "Final project report",
    "mid_term_evaluation": "Mid-term evaluation",
    "final_evaluation": "End-of-project evaluation",
    "request_decision": "Decision on a request",
    "sustainability_check": "Sustainability check",
    "grant_tranche": "Grant tranche",
    "grant_report": "Grant report",
    "review_synthesis": "Synthesis of a review",
    "plan_action": "Plan action",
}

MISSION_REPORT_PENDING = ("requested", "planned", "in_the_field", "report_drafted")
RECOMMENDATION_OPEN = ("not_started", "in_progress", "partially_implemented")
PROJECT_RUNNING = ("ongoing", "completed")
REQUEST_UNDECIDED = ("received", "under_assessment", "needs_assessment_planned", "assessed", "project_proposed")


@dataclass(frozen=True)
class Rule:
    code: str
    days: int
    period_months: int = 0
    enabled: bool = True
    months: tuple[int, ...] = ()  # when its items fall, in months after the event (the checks after the exit)


@dataclass(frozen=True)
class DueItem:
    kind: str
    table: str  # the record to open
    record_id: str
    title: str  # the record's (or the indicator's) name
    detail: str  # the reporting period of an indicator value, else ""
    due: date
    office: str  # the office that owns the record
    country_id: str | None
    part_id: str = ""  # the part of the record the item is about, when it is one (a grant: several on a project)

    def when(self, today: date) -> str:
        if self.due < today:
            return OVERDUE
        if self.due < today + timedelta(days=WEEK_DAYS):
            return THIS_WEEK
        if self.due <= today + timedelta(days=HORIZON_DAYS):
            return THIS_MONTH
        return LATER

    def days_late(self, today: date) -> int:
        return max(0, (today - self.due).days)

    @property
    def detail_text(self) -> str:
        """The detail in English words (the command line, calendars): '2026 H2', '12 months after the exit'."""
        if self.kind == "sustainability_check" and self.detail:
            return f"{self.detail} months after the exit"
        if self.kind == "grant_tranche":
            return f"tranche {self.detail}"
        if self.kind == "grant_report":
            return f"{self.detail} report"
        if self.kind == "recommendation_review" and self.detail:
            return f"{self.detail} recommendations"
        return self.detail

    def as_dict(self, today: date) -> dict[str, Any]:
        out = asdict(self)
        out["due"] = self.due.isoformat()
        out["when"] = self.when(today)
        out["days_late"] = self.days_late(today)
        return out


def today_of(fd: FieldDesk) -> date:
    """The date at this site by its wall clock (local time, as people read their calendar)."""
    return datetime.fromtimestamp(fd.wall.now_ms() / 1000).date()


def rules(fd: FieldDesk) -> dict[str, Rule]:
    """Headquarters' rules as this site has them; a rule missing (deleted) falls back to the seeded default."""
    out = {code: Rule(code, days, months, True, parse_months(DUE_MONTHS.get(code, "")) or ())
           for code, _name, days, months in DUE_RULES}
    for row in fd.due_rules.matching_rows(ListQuery(), ["code", "days", "period_months", "check_months", "enabled"]):
        default = out.get(row["code"])
        months = row["period_months"] or (default.period_months if default else 0)
        after = parse_months(row["check_months"]) or (default.months if default else ())
        out[row["code"]] = Rule(row["code"], row["days"], months, bool(row["enabled"]), after)
    return out


def due_items(fd: FieldDesk, *, today: date | None = None, horizon_days: int = HORIZON_DAYS,
              office: str | None = "") -> list[DueItem]:
    """Everything due by ``today`` + ``horizon_days`` (overdue items first, then by date). ``office``: whose records
    (the default: this office's at a field office, every office's at headquarters; None: every office's)."""
    today = today or today_of(fd)
    if office == "":
        office = None if fd.site.is_hq else fd.site.office
    until = today + timedelta(days=horizon_days)
    active = {code: rule for code, rule in rules(fd).items() if rule.enabled}
    items: list[DueItem] = []
    if "mission_report" in active:
        items += _mission_reports(fd, active["mission_report"])
    if "recommendation_review" in active:
        items += _recommendation_reviews(fd, active["recommendation_review"])
    items += _project_items(fd, active, until)
    if "request_decision" in active:
        items += _request_decisions(fd, active["request_decision"])
    if "sustainability_check" in active:
        items += checks_due(fd, active["sustainability_check"])
    if "grant_tranche" in active or "grant_report" in active:
        items += grants.due_items(fd, active)
    if "review_synthesis" in active:
        items += _review_syntheses(fd, active["review_synthesis"])
    if "plan_action" in active:
        # imported here: a cycle (services.programme.due -> services.programme.action_plans -> services.programme.due)
        from app.services.programme.action_plans import actions_due

        items += actions_due(fd, active["plan_action"].days)
    chosen = [i for i in items if i.due <= until and (office is None or i.office == office)]
    return sorted(chosen, key=lambda i: (i.due, i.kind, i.title, i.detail))


def overdue_by_office(items: list[DueItem], today: date) -> dict[str, int]:
    """Headquarters' view: how many items each office has overdue."""
    return dict(sorted(Counter(i.office for i in items if i.due < today).items()))


def grouped(items: list[DueItem], today: date) -> dict[str, list[DueItem]]:
    out: dict[str, list[DueItem]] = {when: [] for when in WHEN_ORDER}
    for item in items:
        out[item.when(today)].append(item)
    return out


def due_summary(fd: FieldDesk, horizon_days: int = HORIZON_DAYS) -> dict[str, Any]:
    """What the GUI shows (read on the database worker): today, the items, and at headquarters the overdue per
    office."""
    today = today_of(fd)
    items = due_items(fd, today=today, horizon_days=horizon_days)
    return {"today": today, "items": items, "is_hq": fd.site.is_hq,
            "overdue_by_office": overdue_by_office(items, today) if fd.site.is_hq else {}}


def overdue_count(fd: FieldDesk) -> int:
    today = today_of(fd)
    return sum(1 for i in due_items(fd, today=today, horizon_days=0) if i.due < today)


# ------------------------------------------------------------------ the kinds
def _rows(fd: FieldDesk, table: str, filters: dict[str, Any], columns: list[str]) -> list[dict[str, Any]]:
    return fd.service(table).matching_rows(ListQuery(filters=filters), ["owner_office", *columns])


def _mission_reports(fd: FieldDesk, rule: Rule) -> list[DueItem]:
    rows = _rows(fd, "mission", {"status": list(MISSION_REPORT_PENDING)}, ["title", "end_date", "country_id"])
    return [DueItem("mission_report", "mission", r["id"], r["title"], "", r["end_date"] + timedelta(days=rule.days),
                    r["owner_office"], r["country_id"]) for r in rows if r["end_date"]]


def _recommendation_reviews(fd: FieldDesk, rule: Rule) -> list[DueItem]:
    """Each open recommendation's next review; a mission's recommendations reviewed on the same day are one item
    ("4 recommendations", opening the mission on its Recommendations tab), as they are reviewed together."""
    rows = _rows(fd, "recommendation", {"status": list(RECOMMENDATION_OPEN)},
                 ["text", "issued_date", "created_at", "country_id", "mission_id"])
    last: dict[str, date] = {}
    if rows:
        for note in fd.followup_notes.matching_rows(ListQuery(), ["recommendation_id", "note_date"]):
            rid = note["recommendation_id"]
            if rid not in last or note["note_date"] > last[rid]:
                last[rid] = note["note_date"]
    together: dict[tuple, list[dict]] = {}
    for r in rows:
        since = last.get(r["id"]) or r["issued_date"] or date.fromisoformat(r["created_at"][:10])
        r["due"] = since + timedelta(days=rule.days)
        together.setdefault((r["mission_id"] or r["id"], r["due"], r["owner_office"]), []).append(r)
    items = []
    missions = fd.missions.rows([k[0] for k, group in together.items() if len(group) > 1], ["title"])
    title_of = {m["id"]: m["title"] for m in missions}
    for (key, due, office), group in together.items():
        first = group[0]
        if len(group) > 1 and key in title_of:
            items.append(DueItem("recommendation_review", "mission", key, _short(title_of[key]), str(len(group)),
                                 due, office, first["country_id"]))
        else:
            items += [DueItem("recommendation_review", "recommendation", r["id"], _short(r["text"]), "", due, office,
                              r["country_id"]) for r in group]
    return items


def _review_syntheses(fd: FieldDesk, rule: Rule) -> list[DueItem]:
    """A review in progress whose period has ended is due to be final, with its synthesis, some days after."""
    rows = _rows(fd, "review", {"status": "in_progress"}, ["title", "period_to", "country_ids"])
    return [DueItem("review_synthesis", "review", r["id"], r["title"], "", r["period_to"] + timedelta(days=rule.days),
                    r["owner_office"], (r["country_ids"] or [None])[0]) for r in rows if r["period_to"]]


def _request_decisions(fd: FieldDesk, rule: Rule) -> list[DueItem]:
    rows = _rows(fd, "assistance_request", {"status": list(REQUEST_UNDECIDED)},
                 ["title", "received_date", "country_id"])
    return [DueItem("request_decision", "assistance_request", r["id"], r["title"], "",
                    r["received_date"] + timedelta(days=rule.days), r["owner_office"], r["country_id"])
            for r in rows]


def _project_items(fd: FieldDesk, active: dict[str, Rule], until: date) -> list[DueItem]:
    wanted = {"indicator_value", "project_report", "mid_term_evaluation", "final_evaluation"} & set(active)
    if not wanted:
        return []
    projects = _rows(fd, "project", {"status": list(PROJECT_RUNNING)},
                     ["title", "code", "status", "start_date", "end_date", "country_id"])
    if not projects:
        return []
    evaluated: dict[str, set[str]] = defaultdict(set)
    for e in fd.project_evaluations.matching_rows(ListQuery(filters={"project_id": [p["id"] for p in projects]}),
                                                  ["project_id", "kind"]):
        evaluated[e["project_id"]].add(e["kind"])
    items: list[DueItem] = []
    for p in projects:
        start, end = p["start_date"], p["end_date"]
        name = f"{p['code']} {p['title']}".strip()

        def item(kind: str, due: date, p=p, name=name) -> DueItem:
            return DueItem(kind, "project", p["id"], name, "", due, p["owner_office"], p["country_id"])

        if end and "project_report" in active:
            items.append(item("project_report", end + timedelta(days=active["project_report"].days)))
        if end and "final_evaluation" in active and "end_of_project" not in evaluated[p["id"]]:
            items.append(item("final_evaluation", end + timedelta(days=active["final_evaluation"].days)))
        if (start and end and "mid_term_evaluation" in active and p["status"] == "ongoing"
                and not evaluated[p["id"]]):
            midpoint = start + timedelta(days=(end - start).days // 2)
            items.append(item("mid_term_evaluation", midpoint + timedelta(days=active["mid_term_evaluation"].days)))
    if "indicator_value" in active:
        items += _indicator_values(fd, projects, active["indicator_value"], until)
    return items


def _indicator_values(fd: FieldDesk, projects: list[dict], rule: Rule, until: date) -> list[DueItem]:
    by_id = {p["id"]: p for p in projects}
    results = fd.project_results.matching_rows(ListQuery(filters={"project_id": list(by_id)}), ["project_id"])
    result_project = {r["id"]: r["project_id"] for r in results}
    if not result_project:
        return []
    indicators = fd.indicators.matching_rows(ListQuery(filters={"result_id": list(result_project)}),
                                             ["result_id", "name", "baseline_date", "target_date"])
    values: dict[str, list[dict]] = defaultdict(list)
    if indicators:
        for v in fd.indicator_values.matching_rows(
                ListQuery(filters={"indicator_id": [i["id"] for i in indicators]}),
                ["indicator_id", "period", "measured_on"]):
            values[v["indicator_id"]].append(v)
    months = rule.period_months or 12
    items = []
    for ind in indicators:
        p = by_id[result_project[ind["result_id"]]]
        start, end = ind["baseline_date"] or p["start_date"], ind["target_date"] or p["end_date"]
        if not start:
            continue
        for label, first, last in periods_between(start, end, months):
            due = last + timedelta(days=rule.days)
            if due > until:
                break
            if not _covered(values[ind["id"]], first, last, due):
                items.append(DueItem("indicator_value", "project", p["id"], ind["name"], label, due,
                                     p["owner_office"], p["country_id"]))
    return items


# ------------------------------------------------------------------ reporting periods
_PERIOD = re.compile(r"^\s*(\d{4})(?:\s*[-/ ]?\s*([HQhqSsTt])\s*([1-4]))?\s*$")


def period_label(year: int, months: int, index: int) -> str:
    """'2026' for a year, '2026 H2' for a half-year, '2026 Q3' for a quarter (as people type them)."""
    if months == 12:
        return str(year)
    return f"{year} {'H' if months == 6 else 'Q'}{index}"


def period_span(text: str) -> tuple[date, date] | None:
    """The first and last day of a period written '2026', '2026 H1', '2026-Q3' (None when it is not one)."""
    m = _PERIOD.match(text or "")
    if not m:
        return None
    year = int(m.group(1))
    if not m.group(2):
        return date(year, 1, 1), date(year, 12, 31)
    letter, n = m.group(2).upper(), int(m.group(3))
    months = 6 if letter in ("H", "S") else 3  # S: semestre, semestre; T: trimestre
    if n > 12 // months:
        return None
    return _span(year, months, n)


def _span(year: int, months: int, index: int) -> tuple[date, date]:
    first_month = (index - 1) * months + 1
    first = date(year, first_month, 1)
    next_first = date(year + 1, 1, 1) if first_month + months > 12 else date(year, first_month + months, 1)
    return first, next_first - timedelta(days=1)


def periods_between(start: date, end: date | None, months: int):
    """(label, first day, last day) of each reporting period from the one holding ``start`` to the one holding
    ``end`` (without an end, on and on: the caller stops)."""
    year, index = start.year, (start.month - 1) // months + 1
    while True:
        first, last = _span(year, months, index)
        if end and first > end:
            return
        yield period_label(year, months, index), first, last
        index += 1
        if index > 12 // months:
            year, index = year + 1, 1


def _covered(values: list[dict], first: date, last: date, due: date) -> bool:
    """A value covers a period when its own period holds this one (a year's value covers its halves), or, when its
    period is not written in a known way, when it was measured during the period or before the value was due."""
    for v in values:
        span = period_span(v["period"])
        if span is not None:
            if span[0] <= first and last <= span[1]:
                return True
        elif first <= v["measured_on"] <= due:
            return True
    return False


def _short(text: str, limit: int = 90) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"
