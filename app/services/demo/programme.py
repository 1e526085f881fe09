"""Demo data for programme management: each project's dated cycle, results framework with two years of measured
values, risks, partner and exit plan; requests for assistance in every status, with their dated transitions and
scores; and, at headquarters, the countries' facts. Its own random stream, so the rest of the demo is unchanged."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TYPE_CHECKING

from app.models.ids import new_id
from app.services.demo import data as D
from app.services.programme.priorities import set_score
from app.services.programme.sustainability import add_months
from app.services.store.query import ListQuery
from app.services.store.seed import country_id, country_profile_id, criterion_id, theme_id
from app.services.store.transitions import transition

if TYPE_CHECKING:
    from app.services.core import FieldDesk

# theme -> (objective, [(expected result, [(indicator, unit, baseline, target)])])
FRAMEWORKS = {
    "nhri": ("The national human rights institution protects rights independently, in line with the Paris "
             "Principles.", [
        ("The institution handles complaints in every region.", [
            ("Regional offices handling complaints", "offices", 1, 6),
            ("Complaints closed within 90 days", "%", 35, 75)]),
        ("The institution visits places of detention regularly.", [
            ("Places of detention visited in the year", "visits", 4, 40)]),
    ]),
    "action_plans": ("A national human rights action plan is adopted, funded and followed up.", [
        ("Ministries take part in drafting and monitoring the plan.", [
            ("Ministries with a named focal point", "ministries", 3, 18)]),
        ("The plan has indicators, baselines and a budget.", [
            ("Plan activities with an indicator and a budget", "%", 0, 80)]),
    ]),
    "education": ("Human rights are taught in schools and in the training of officials.", [
        ("Teachers are trained to teach human rights.", [
            ("Teachers trained", "teachers", 0, 600)]),
        ("Police cadets learn the rights of detainees.", [
            ("Police academies using the new curriculum", "academies", 0, 5)]),
    ]),
    "justice": ("Courts try cases fairly and without undue delay.", [
        ("Judges and prosecutors apply fair trial standards.", [
            ("Judges and prosecutors trained", "people", 0, 300)]),
        ("Pre-trial detention is used as a last resort.", [
            ("People held on remand beyond the legal limit", "people", 900, 300)]),
    ]),
    "victims_compensation": ("Victims of past violations receive reparation.", [
        ("The reparation programme registers and compensates victims.", [
            ("Victims registered by the programme", "people", 2000, 12000)]),
    ]),
}

RISKS = [
    ("Elections delay the adoption of laws the project supports.", "medium", "high",
     "Brief the new parliament's committees early; keep the draft laws with the ministry."),
    ("Staff trained by the project leave the institution.", "high", "medium",
     "Train trainers inside the institution so the courses go on without the project."),
    ("The Voluntary Fund's contribution arrives late.", "low", "high", "Phase activities; seek a second donor."),
]

EXIT_PLANS = {
    "nhri": "The institution takes over the regional offices in its own budget from the project's last year.",
    "action_plans": "The inter-ministerial committee monitors the plan; the office withdraws once the first "
                    "progress report is adopted.",
    "education": "The ministry of education includes the curriculum and teacher training in its regular budget.",
    "justice": "The judicial training centre runs the courses with its own trainers.",
    "victims_compensation": "The reparation programme continues under national law and budget.",
}

REQUEST_TITLES = {
    "nhri": "Support to strengthen the national human rights institution",
    "action_plans": "Assistance in drafting a national human rights action plan",
    "education": "Human rights education in schools and police academies",
    "justice": "Training of judges and prosecutors in fair trial standards",
    "victims_compensation": "Advice on a national programme of reparation for victims",
}

# the steps taken to reach each status (the first status, received, is set when the request is recorded)
PATHS = {
    "received": [],
    "under_assessment": ["under_assessment"],
    "needs_assessment_planned": ["under_assessment", "needs_assessment_planned"],
    "assessed": ["under_assessment", "needs_assessment_planned", "assessed"],
    "project_proposed": ["under_assessment", "needs_assessment_planned", "assessed", "project_proposed"],
    "approved": ["under_assessment", "needs_assessment_planned", "assessed", "project_proposed", "approved"],
    "declined": ["under_assessment", "declined"],
    "withdrawn": ["under_assessment", "needs_assessment_planned", "withdrawn"],
}
STATUS_CYCLE = list(PATHS)
REQUESTS_PER_COUNTRY = 5
IN_TRANSITION = {"BA": "Post-war constitutional order under reform.", "GT": "Peace accords still being implemented.",
                 "MN": "Democratic constitution of 1992; institutions still being built.",
                 "RU": "Institutions of the 1993 constitution still being built."}


class ProgrammeDemo:
    def __init__(self, fd: FieldDesk, seed: int, today: date, add):
        self.fd, self.today, self.add = fd, today, add
        self.rng = random.Random(seed + 10_003)
        self.request_count = 0

    # -------------------------------------------------------------- projects
    def project_ids(self, n: int) -> list[str]:
        """Ids for projects about to be created, their first status dated (they enter the pipeline then)."""
        return [new_id() for _ in range(n)]

    def date_first_status(self, w, project_id: str, start: date) -> None:
        w.hints[("project", project_id)] = (start - timedelta(days=150), "Project document drafted.")

    def project_cycle(self, project_id: str, start: date, status: str, end: date | None = None) -> None:
        steps = [("approved", start - timedelta(days=40), "Approved by the project review committee."),
                 ("ongoing", start + timedelta(days=10), "Agreement signed with the Government.")]
        if end:
            steps += [("completed", end, "Last activities delivered."),
                      ("closed", end + timedelta(days=120), "Accounts closed after the final evaluation.")]
        for to, day, note in steps:
            if day > self.today:
                break
            transition(self.fd, "project", project_id, to, on=day, note=note)
            if to == status:
                break

    def framework(self, cc: str, project_id: str, theme: str, start: date, end: date,
                  until: date | None = None) -> None:
        rng = self.rng
        objective, results = FRAMEWORKS.get(theme, FRAMEWORKS["justice"])
        fd = self.fd
        trainings = fd.trainings.ids(ListQuery(filters={"project_id": project_id}, sort=("start_date",)))
        missions = fd.missions.ids(ListQuery(filters={"project_ids": project_id}))
        rows = [{"project_id": project_id, "level": "objective", "statement": objective, "sort_order": 0,
                 "mission_ids": missions[:1]}]
        for n, (statement, _) in enumerate(results, start=1):
            rows.append({"project_id": project_id, "code": str(n), "statement": statement, "sort_order": n,
                         "training_ids": trainings[n - 1::len(results)][:6]})
        result_ids = self.add("project_result", rows)
        indicators, plans = [], []
        for result_id, (_, specs) in zip(result_ids[1:], results, strict=True):
            for k, (name, unit, baseline, target) in enumerate(specs):
                indicators.append({"result_id": result_id, "name": name, "unit": unit, "baseline": baseline,
                                   "target": target, "sort_order": k})
                plans.append((baseline, target))
        ids = self.add("result_indicator", indicators)
        values = []
        for iid, (baseline, target) in zip(ids, plans, strict=True):
            pace = rng.uniform(0.55, 1.35)  # some ahead, some behind
            for period, day in _periods(start, until or self.today):
                expected = min(1.0, (day - start).days / max(1, (end - start).days))
                share = max(0.0, min(1.1, expected * pace + rng.uniform(-0.05, 0.05)))
                value = baseline + (target - baseline) * share
                values.append({"indicator_id": iid, "period": period, "measured_on": day,
                               "value": float(round(value))})
        self.add("indicator_value", values)
        risks = rng.sample(RISKS, 2)
        self.add("project_risk", [{"project_id": project_id, "description": d, "likelihood": lk, "impact": im,
                                   "mitigation": m, "closed": rng.random() < 0.2} for d, lk, im, m in risks])

    def sustainability(self, cc: str, project_id: str, theme: str, end: date, complete: bool) -> None:
        kind = "nhri" if theme == "nhri" else "government"
        partner = next((o for o, t in D.ORGANISATIONS[cc] if t == kind), D.ORGANISATIONS[cc][0][0])
        changes = {"national_partner": partner}
        if complete:  # one country has not yet planned its exit: the portfolio report shows it
            changes.update(exit_plan=EXIT_PLANS.get(theme, EXIT_PLANS["justice"]), exit_date=end)
        self.fd.projects.update(project_id, changes)

    def earlier_and_later_projects(self, cc: str, owner: str, name: str) -> None:
        """A project finished before the others (evaluated, its exit done) and one still being prepared."""
        fd = self.fd
        theme = D.COUNTRY_THEMES[cc][-1]
        if cc in ("BA", "GT", "MN"):
            start, end = date(2021, 1, 1), date(2023, 12, 31)
            with fd.writing() as w:
                pid = new_id()
                self.date_first_status(w, pid, start)
                fd.projects.create({
                    "id": pid, "code": f"{cc}-2021-00", "title": f"Support to {D.THEME_TITLES[theme]} in {name}",
                    "country_id": country_id(cc), "theme_ids": [theme_id(theme)], "funding_source": "voluntary_fund",
                    "start_date": start, "end_date": end, "national_partner": D.ORGANISATIONS[cc][0][0],
                    "exit_plan": EXIT_PLANS.get(theme, EXIT_PLANS["justice"]), "exit_date": end,
                    "description": "Completed project; its results are now carried by the national partner."},
                    owner_office=owner)
            self.project_cycle(pid, start, "completed" if cc == "GT" else "closed", end)
            self.framework(cc, pid, theme, start, end, until=end)
            self.add("project_budget", [{"project_id": pid, "year": y, "funding_source": "voluntary_fund",
                                         "budget_usd": b, "expenditure_usd": e}
                                        for y, b, e in ((2022, 150000.0, 141200.0), (2023, 120000.0, 118400.0))])
            self.add("project_evaluation", [{
                "project_id": pid, "kind": "end_of_project", "evaluation_date": end + timedelta(days=60),
                "evaluators": "Independent evaluator and national partner",
                "findings": "Most results were reached; the national partner now runs the activities with its own "
                            "staff, although its budget covers only part of the regional work.",
                "lessons": "Plan the hand-over from the first year; train trainers inside the partner institution "
                           "rather than delivering courses directly."}])
            if cc != "GT":
                self.checks_after_exit(cc, pid, end + timedelta(days=120))
        if cc in ("GT", "MW", "RU"):
            with fd.writing() as w:
                pid = new_id()
                w.hints[("project", pid)] = (date(2026, 5, 4), "Concept note following a request for assistance.")
                fd.projects.create({
                    "id": pid, "code": f"{cc}-2027-03", "title": f"Follow-up support to {D.THEME_TITLES[theme]}",
                    "country_id": country_id(cc), "theme_ids": [theme_id(theme)], "funding_source": "other_donor",
                    "start_date": date(2027, 1, 1), "end_date": date(2028, 12, 31)}, owner_office=owner)
            if cc == "GT":
                transition(fd, "project", pid, "approved", on=date(2026, 9, 1), note="Donor agreement signed.")

    def checks_after_exit(self, cc: str, project_id: str, closed: date) -> None:
        """The checks of a closed project 6, 12 and 24 months after its exit (Mongolia's last one not yet made:
        it is due)."""
        exit_day = self.fd.projects.get_row(project_id)["exit_date"]
        rows = []
        for months, level, budget, staff, note in CHECKS[cc]:
            day = add_months(exit_day, months) + timedelta(days=12)
            if day <= self.today and day >= closed:
                rows.append({"project_id": project_id, "months_after": months, "check_date": day,
                             "partner_running": level, "budget_line": budget, "staff_in_post": staff,
                             "evidence": "Visit to the partner; its budget and staff lists.", "notes": note})
        if rows:
            self.add("sustainability_check", rows)

    # -------------------------------------------------------------- requests
    def requests(self, cc: str, missions: list[dict], projects: list[str]) -> None:
        fd, rng = self.fd, self.rng
        themes = D.COUNTRY_THEMES[cc]
        authority = next((o for o, t in D.ORGANISATIONS[cc] if t == "government"), D.ORGANISATIONS[cc][0][0])
        for n in range(REQUESTS_PER_COUNTRY):
            status = STATUS_CYCLE[self.request_count % len(STATUS_CYCLE)]
            self.request_count += 1
            theme = themes[n % len(themes)]
            received = date(2024, 3, 1) + timedelta(days=rng.randrange(700))
            mission = next((m for m in missions if theme_id(theme) in m["theme_ids"]), None)
            steps = PATHS[status]
            data = {"title": REQUEST_TITLES[theme], "requesting_authority": authority, "country_id": country_id(cc),
                    "received_date": received, "theme_ids": [theme_id(theme)],
                    "channel": rng.choice(["letter", "note_verbale", "field_office", "un_country_team"]),
                    "reference": f"{cc}/{received.year}/{rng.randrange(100, 999)}",
                    "summary": f"The Government asks for technical cooperation on {D.THEME_TITLES[theme]}: expert "
                               "advice, training of the officials concerned and support to the institutions "
                               "responsible."}
            if mission and "needs_assessment_planned" in steps:
                data["mission_id"] = mission["id"]
            if status in ("project_proposed", "approved"):
                data["project_ids"] = [projects[n % len(projects)]]
            rid = fd.requests.create(data)
            day = received
            for step in steps:
                day = min(self.today, day + timedelta(days=rng.randrange(15, 75)))
                reasons = None
                if step == "approved":
                    reasons = "Meets the programme's priorities; the Government commits a national counterpart."
                elif step == "declined":
                    reasons = "The same assistance is already given by the UNDP rule of law programme."
                note = {"withdrawn": "The Government withdrew the request after the elections.",
                        "needs_assessment_planned": "Mission scheduled with the ministry."}.get(step, "")
                transition(fd, "assistance_request", rid, step, on=day, note=note, reasons=reasons)
            self._score(cc, rid, status)

    def _score(self, cc: str, request_id: str, status: str) -> None:
        rng = self.rng
        if cc in IN_TRANSITION and not self.fd.site.is_hq:  # headquarters records it as a country fact instead
            set_score(self.fd, request_id, criterion_id("transition"), rng.choice([2, 3]), IN_TRANSITION[cc])
        if status != "received":
            views = rng.choice([1, 2, 3])
            set_score(self.fd, request_id, criterion_id("coordination"), rng.choice([1, 2]),
                      "UN country team and donors consulted; no overlap found.")
            if rng.random() < 0.5:
                set_score(self.fd, request_id, criterion_id("national_views"), views,
                          "Supported by the national institution and NGOs met by the office.")

    def country_facts(self) -> None:
        """Headquarters' own assessment of the countries in transition (a field office cannot change these)."""
        if not self.fd.site.is_hq:
            return
        for cc, note in IN_TRANSITION.items():
            pid = country_profile_id(cc)
            if self.fd.country_profiles.exists(pid):
                self.fd.country_profiles.update(pid, {"in_transition": True, "notes": note, "as_of": self.today})
            else:
                self.fd.country_profiles.create({"id": pid, "country_id": country_id(cc), "in_transition": True,
                                                 "notes": note, "as_of": self.today})

    def recommendations(self, cc: str, owner: str) -> None:
        """Recommendations of special procedures and of the Board of Trustees, which the criteria count."""
        theme = D.COUNTRY_THEMES[cc][0]
        mandate, report = SPECIAL_PROCEDURE_REPORTS[theme]  # the ranking's evidence names mandate, symbol, paragraph
        items = [{"text": f"Strengthen {D.THEME_TITLES[theme]}, with the technical assistance of OHCHR.",
                  "source": "special_procedure", "country_id": country_id(cc), "thematic_area_id": theme_id(theme),
                  "target_institution": "Government", "priority": "high", "issued_date": date(2025, 6, 20),
                  "mandate": mandate, "document_symbol": f"A/HRC/59/{report + sorted(D.COUNTRY_THEMES).index(cc)}"
                                                         "/Add.1", "paragraph": "84"}]
        if cc in ("GT", "MW"):
            items.append({"text": "Give priority to support for the national human rights institution.",
                          "source": "board_of_trustees", "country_id": country_id(cc),
                          "thematic_area_id": theme_id("nhri"), "target_institution": "OHCHR", "priority": "medium",
                          "issued_date": date(2025, 2, 12)})
        self.add("recommendation", items, owner)


# A special procedure's country visit report behind the demo's recommendation, by thematic area: (mandate, the
# first report number of that session's series).
SPECIAL_PROCEDURE_REPORTS = {
    "nhri": ("Special Rapporteur on the situation of human rights defenders", 50),
    "education": ("Special Rapporteur on the right to education", 30),
    "justice": ("Special Rapporteur on the independence of judges and lawyers", 40),
    "action_plans": ("Independent Expert on human rights and international solidarity", 60),
}

CHECKS = {
    "BA": [(6, "sustained", True, True, "The Ombudsman runs the trainings with its own trainers; the hand-over "
            "went as planned."),
           (12, "sustained", True, True, "A budget line for the regional work was adopted in the State budget."),
           (24, "partly", True, False, "The courses go on, but two of the three trained investigators have left.")],
    "MN": [(6, "partly", False, True, "The commission continues the monitoring visits, paid from a donor grant."),
           (12, "not_sustained", False, False, "No national budget line: the visits stopped when the grant ended.")],
}


def _periods(start: date, today: date) -> list[tuple[str, date]]:
    """Year-end values for each full year since the start, then the first half of this year."""
    out = [(str(y), date(y, 12, 31)) for y in range(start.year, today.year + 1) if start <= date(y, 12, 31) <= today]
    mid = date(today.year, 6, 30)
    if date(today.year, 12, 31) > today and start < mid <= today:
        out.append((f"{today.year} H1", mid))
    return out
