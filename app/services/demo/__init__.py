"""Realistic, deterministic demo data: missions, trainings, participants, projects (with their cycle and results)
and requests for assistance in the five countries of the 2003 global review. The same seed gives the same content
(ids differ, as ids are made where records are created)."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from app.models.ids import reference_id
from app.services.demo import board as demo_board
from app.services.demo import data as D
from app.services.demo.coordination import CoordinationDemo
from app.services.demo.fellowships import add_fellowships
from app.services.demo.fund import add_fund
from app.services.demo.grants import demo_grants
from app.services.demo.institutions import add_institutions
from app.services.demo.plans import add_plans
from app.services.demo.programme import ProgrammeDemo
from app.services.demo.reviews import ReviewsDemo
from app.services.demo.several import add_several_countries
from app.services.errors import FieldDeskError
from app.services.store.query import ListQuery
from app.services.store.seed import (
    affected_group_id,
    country_id,
    sdg_target_id,
    stakeholder_type_id,
    theme_id,
    treaty_body_id,
    upr_cycle_id,
)
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk

COUNTRIES = ["BA", "GT", "MW", "MN", "RU"]
DEMO_TODAY = date(2026, 9, 30)  # fixed, so the same seed always gives the same statuses
FIRST_DAY = date(2024, 1, 8)
PERIOD_DAYS = (DEMO_TODAY + timedelta(days=60) - FIRST_DAY).days


@dataclass(frozen=True)
class Scale:
    missions_per_country: int
    participants_per_country: int
    trainings_per_country: int
    enrollments_per_training: tuple[int, int]
    batch: int = 5000


SCALES = {
    "small": Scale(missions_per_country=3, participants_per_country=60, trainings_per_country=8,
                   enrollments_per_training=(10, 22)),
    "large": Scale(missions_per_country=40, participants_per_country=10_000, trainings_per_country=1_000,
                   enrollments_per_training=(20, 20)),
}


class DemoRefused(FieldDeskError):
    pass


def load_demo(fd: FieldDesk, scale: str = "small", seed: int = 1998,
              progress: Callable[[str], None] | None = None) -> dict[str, int]:
    if scale not in SCALES:
        raise DemoRefused(problem("demo.unknown_scale", scale=scale))
    if fd.missions.count() or fd.trainings.count() or fd.participants.count():
        raise DemoRefused(problem("demo.not_empty"))
    return _DemoBuilder(fd, SCALES[scale], seed, progress or (lambda _msg: None)).build()


class _DemoBuilder:
    def __init__(self, fd: FieldDesk, scale: Scale, seed: int, progress: Callable[[str], None]):
        self.fd, self.scale, self.rng, self.progress = fd, scale, random.Random(seed), progress
        self.owner: dict[str, str] = {}
        self.programme = ProgrammeDemo(fd, seed, DEMO_TODAY, self._add)
        self.coordination = CoordinationDemo(fd, self._add)

    def build(self) -> dict[str, int]:
        before = self.fd.stats.record_counts()
        with self.fd.writing() as w:
            self.w = w
            self._offices()
            self.programme.country_facts()
            experts = self._experts()
            fund_projects: list[str] = []
            for cc in COUNTRIES:
                self.progress(f"Demo data for {cc}")
                projects = self._projects(cc)
                self._missions(cc, experts, projects)
                participants = self._participants(cc)
                self._trainings(cc, projects, participants)
                if cc == "GT":  # a cohort of the Human Rights Fellowship Programme
                    add_fellowships(self._add, participants, self.owner[cc])
                self._programme(cc, projects)
                fund_projects += projects
            add_fund(self.fd, self._add, fund_projects)  # the Voluntary Fund (headquarters only)
            demo_board.load(self.fd)
            ReviewsDemo(self.fd, DEMO_TODAY, self._add).build(self.owner)
            add_several_countries(self.fd, self._add, self.owner, self.rng.randrange(1 << 30))
            add_institutions(self.fd, self._add, self.owner)
            add_plans(self.fd, self._add, self.owner, DEMO_TODAY)  # national action plans (schema 0025)
            after = self.fd.stats.record_counts()
        # everything added, including what the services add on their own (status changes)
        return {table: after[table] - before[table] for table in after if after[table] > before[table]}

    def _programme(self, cc: str, projects: list[str]) -> None:
        """Results frameworks, exit plans and requests for assistance (after the activities they link to)."""
        demo, fd = self.programme, self.fd
        themes = D.COUNTRY_THEMES[cc]
        for n, pid in enumerate(projects):
            start = date(2024 + n, 1, 1)
            theme = themes[n % len(themes)]
            demo.framework(cc, pid, theme, start, date(start.year + 2, 12, 31))
            demo.sustainability(cc, pid, theme, date(start.year + 2, 12, 31), complete=cc != "RU" or n == 0)
        demo.recommendations(cc, self.owner[cc])
        demo.earlier_and_later_projects(cc, self.owner[cc], self._country_name(cc))
        missions = fd.missions.rows(fd.missions.ids(ListQuery(filters={"country_id": country_id(cc)})),
                                    ["theme_ids"])
        demo.requests(cc, missions, projects)
        self.coordination.activities(cc, self.owner[cc])  # who else works there (the coordination register)
        demo_grants(fd, cc, projects[0], DEMO_TODAY)

    def _add(self, table: str, items: list[dict], owner: str | None = None) -> list[str]:
        ids: list[str] = []
        service = self.fd.service(table)
        for start in range(0, len(items), self.scale.batch):
            ids += service.create_many(items[start : start + self.scale.batch], owner_office=owner)
        return ids

    def _offices(self) -> None:
        for cc in COUNTRIES:
            self.owner[cc] = self.fd.site.office
        if not self.fd.site.is_hq:
            return
        names = {"BA": "Sarajevo office", "GT": "Guatemala office", "MW": "Lilongwe office", "MN": "Ulaanbaatar office",
                 "RU": "Moscow office"}
        for cc in COUNTRIES:
            code = f"{cc}-01"
            self.owner[cc] = code
            office_id = reference_id("office", code)
            if not self.fd.offices.exists(office_id):
                self._add("office", [{"id": office_id, "code": code, "name": names[cc], "country_id": country_id(cc),
                                      "role": "field"}], owner=code)

    def _experts(self) -> list[str]:
        return self._add("expert", [
            {"full_name": name, "organisation": org, "expertise_ids": [theme_id(t) for t in themes],
             "languages": langs, "email": f"roster{i + 1:02d}@experts.example.org"}
            for i, (name, org, themes, langs) in enumerate(D.EXPERTS)
        ])

    def _projects(self, cc: str) -> list[str]:
        rng = self.rng
        themes = D.COUNTRY_THEMES[cc]
        items = []
        ids = self.programme.project_ids(2)
        for n, source in enumerate(["regular_budget", "voluntary_fund"]):
            start = date(2024 + n, 1, 1)
            items.append({
                "id": ids[n], "code": f"{cc}-{2024 + n}-{n + 1:02d}",
                "title": f"Strengthening {D.THEME_TITLES[themes[n % len(themes)]]} in {self._country_name(cc)}",
                "country_id": country_id(cc), "theme_ids": [theme_id(t) for t in themes[n:n + 2] or themes[:1]],
                "funding_source": source, "status": "pipeline",
                "start_date": start, "end_date": date(start.year + 2, 12, 31),
                "description": "Technical cooperation project agreed with the Government following a needs "
                               "assessment mission.",
            })
            self.programme.date_first_status(self.w, ids[n], start)
        ids = self._add("project", items, self.owner[cc])
        for pid, item in zip(ids, items, strict=True):
            self.programme.project_cycle(pid, item["start_date"], "ongoing")
        lines = []
        for pid, item in zip(ids, items, strict=True):
            for year in (2025, 2026):
                budget = rng.randrange(80, 400) * 1000
                lines.append({"project_id": pid, "year": year, "funding_source": item["funding_source"],
                              "budget_usd": float(budget),
                              "expenditure_usd": float(round(budget * rng.uniform(0.4, 0.95), -2))})
        self._add("project_budget", lines)
        return ids

    def _country_name(self, cc: str) -> str:
        return {"BA": "Bosnia and Herzegovina", "GT": "Guatemala", "MW": "Malawi", "MN": "Mongolia",
                "RU": "the Russian Federation"}[cc]

    def _missions(self, cc: str, experts: list[str], projects: list[str]) -> None:
        rng = self.rng
        themes = D.COUNTRY_THEMES[cc]
        orgs = D.ORGANISATIONS[cc]
        items, plans = [], []
        for n in range(self.scale.missions_per_country):
            theme = themes[n % len(themes)]
            requested = FIRST_DAY + timedelta(days=rng.randrange(PERIOD_DAYS - 90))
            start = requested + timedelta(days=rng.randrange(30, 90))
            end = start + timedelta(days=rng.randrange(4, 12))
            status = _mission_status(start, end, rng)
            authority = next((o for o, t in orgs if t == "government"), orgs[0][0])
            items.append({
                "title": f"Needs assessment mission on {D.THEME_TITLES[theme]}",
                "country_id": country_id(cc), "requesting_authority": authority, "request_date": requested,
                "start_date": start, "end_date": end, "status": status, "theme_ids": [theme_id(theme)],
                "project_ids": [projects[n % len(projects)]],
                "terms_of_reference": (
                    f"At the request of {authority}, assess the needs, priorities and capacities of national "
                    f"institutions regarding {D.THEME_TITLES[theme]}; meet government, parliament, the judiciary, the "
                    "national human rights institution, NGOs, UN agencies and donors; recommend a programme of "
                    "technical cooperation."),
            })
            plans.append((theme, start, end, status))
        ids = self._add("mission", items, self.owner[cc])
        members, findings, meetings, recs = [], [], [], []
        for mid, (theme, start, end, status) in zip(ids, plans, strict=True):
            members.append({"mission_id": mid, "staff_name": rng.choice(["Hélène Dubois", "Omar Khalil", "Sarah Okoye",
                                                                          "Kenji Watanabe", "Elena Petrova"]),
                            "role": "Human rights officer (mission lead)", "is_lead": True})
            for expert in rng.sample(experts, 2):
                members.append({"mission_id": mid, "expert_id": expert, "role": "Roster expert"})
            for text in D.FINDINGS.get(theme, D.FINDINGS["justice"])[: rng.randint(1, 3)]:
                findings.append({"mission_id": mid, "thematic_area_id": theme_id(theme), "text": text})
            for org, stype in rng.sample(orgs, rng.randint(4, 7)):
                meetings.append({
                    "mission_id": mid, "meeting_date": start + timedelta(days=rng.randrange((end - start).days + 1)),
                    "stakeholder_type_id": stakeholder_type_id(stype), "organisation": org,
                    "women_met": rng.randint(0, 6), "men_met": rng.randint(0, 6),
                    "others_met": rng.choice([0, 0, 0, 1]),
                    "summary": "Discussed priorities, capacities and expectations of technical cooperation.",
                })
            if status in ("report_drafted", "report_final", "closed"):
                for text, target in D.RECOMMENDATIONS.get(theme, D.RECOMMENDATIONS["justice"]):
                    recs.append({
                        "text": text, "source": "needs_assessment", "mission_id": mid, "country_id": country_id(cc),
                        "thematic_area_id": theme_id(theme), "target_institution": target,
                        "priority": rng.choice(["high", "high", "medium", "low"]), "issued_date": end,
                    })
        self._add("mission_member", members)
        self._add("mission_finding", findings)
        self._add("stakeholder_meeting", meetings)
        rec_ids = self._add("recommendation", recs, self.owner[cc])
        # Treaty body and UPR recommendations too: priorities come from them as much as from missions.
        import pycountry

        alpha3 = pycountry.countries.get(alpha_2=cc).alpha_3
        extra = [{
            "text": "Establish an independent mechanism to investigate complaints against the police.",
            "source": "treaty_body", "country_id": country_id(cc), "thematic_area_id": theme_id("justice"),
            "target_institution": "Government", "priority": "high", "issued_date": date(2025, 3, 14),
            "treaty_body_id": treaty_body_id("CCPR"), "document_symbol": f"CCPR/C/{alpha3}/CO/2", "paragraph": "17",
            "affected_group_ids": [affected_group_id("deprived_of_liberty")], "sdg_target_ids": [sdg_target_id("16.3")],
        }, {
            "text": "Adopt and fund a national human rights action plan.", "source": "upr",
            "country_id": country_id(cc), "thematic_area_id": theme_id("action_plans"),
            "target_institution": "Government", "priority": "medium", "issued_date": date(2024, 11, 8),
            "upr_cycle_id": upr_cycle_id("4"), "recommending_state_id": country_id("NO" if cc != "NO" else "SE"),
            "document_symbol": f"A/HRC/58/{alpha3}", "paragraph": "121.4", "response": "supported",
            "response_comment": "A drafting committee was set up.",
            "affected_group_ids": [affected_group_id("general")],
            "sdg_target_ids": [sdg_target_id("16.6"), sdg_target_id("16.7")],
        }]
        rec_ids += self._add("recommendation", extra, self.owner[cc])
        notes = []
        for rid, rec in zip(rec_ids, recs + extra, strict=True):
            issued = rec["issued_date"]
            steps = rng.choice([[], ["in_progress"], ["in_progress", "partially_implemented"],
                                ["in_progress", "implemented"]])
            day = issued
            for step in steps:
                day = day + timedelta(days=rng.randint(30, 200))
                if day > DEMO_TODAY:
                    break
                notes.append({"recommendation_id": rid, "note_date": day, "status": step,
                              "note": {"in_progress": "Working group set up with the ministry.",
                                       "partially_implemented": "Draft adopted at first reading.",
                                       "implemented": "Adopted and published in the official gazette."}[step]})
        self._add("followup_note", notes)

    def _participants(self, cc: str) -> list[str]:
        rng = self.rng
        female, male, family = D.NAMES[cc]
        orgs = D.ORGANISATIONS[cc]
        items = []
        seen: set[str] = set()
        for n in range(self.scale.participants_per_country):
            sex = rng.choices(["female", "male", "other", "not_stated"], weights=[48, 48, 1, 3])[0]
            given = rng.choice(female if sex == "female" else male if sex == "male" else female + male)
            surname = rng.choice(family)
            if cc in D.FEMININE_SURNAME and sex == "female":
                surname += "а"
            name = f"{surname} {given}" if cc in D.NAME_ORDER_FAMILY_FIRST else f"{given} {surname}"
            if name in seen:  # a second given name keeps people apart in large demos
                name = (f"{name} {rng.choice(female if sex == 'female' else male)}" if n % 2 else
                        f"{rng.choice(female if sex == 'female' else male)} {name}")
            seen.add(name)
            org, stype = rng.choice(orgs)
            consent = rng.random() < 0.6
            items.append({
                "full_name": name, "sex": sex, "organisation": org, "stakeholder_type_id": stakeholder_type_id(stype),
                "position": rng.choice(["Judge", "Prosecutor", "Officer", "Legal adviser", "Director", "Inspector",
                                        "Teacher", "Programme officer", "Member of parliament", "Researcher"]),
                "country_id": country_id(cc), "consent_contact": consent,
                "email": f"p{n:05d}.{cc.lower()}@example.org" if consent else "",
            })
        return self._add("participant", items, self.owner[cc])

    def _trainings(self, cc: str, projects: list[str], participants: list[str]) -> None:
        rng = self.rng
        themes = D.COUNTRY_THEMES[cc]
        groups = [t for _, t in D.ORGANISATIONS[cc]]
        items, days = [], []
        for n in range(self.scale.trainings_per_country):
            form = rng.choices(list(D.TRAINING_TITLES), weights=[40, 30, 12, 6, 6, 6])[0]
            theme = themes[n % len(themes)]
            group = rng.choice(groups)
            length = 1 if form in ("advisory_service", "expert_consultation") else rng.randint(1, 5)
            start = FIRST_DAY + timedelta(days=rng.randrange(PERIOD_DAYS))
            end = start + timedelta(days=length - 1)
            status = "completed" if end < DEMO_TODAY else ("ongoing" if start <= DEMO_TODAY else "planned")
            if status == "planned" and rng.random() < 0.05:
                status = "cancelled"
            items.append({
                "title": D.TRAINING_TITLES[form].format(topic=D.THEME_TITLES[theme],
                                                        group=D.GROUP_TITLES.get(group, "officials")),
                "form": form, "target_group_ids": [stakeholder_type_id(group)], "theme_ids": [theme_id(theme)],
                "project_id": rng.choice(projects), "country_id": country_id(cc),
                "venue": rng.choice(D.CITIES[cc]), "start_date": start, "end_date": end,
                "facilitators": rng.choice(["OHCHR field office", "OHCHR and national institution",
                                            "Roster expert and judicial training centre"]),
                "language": D.LANGUAGE[cc], "cost_usd": float(rng.randrange(20, 250) * 100), "status": status,
            })
            days.append((length, status))
        ids = self._add("training", items, self.owner[cc])
        low, high = self.scale.enrollments_per_training
        enrollments = []
        for tid, (length, status) in zip(ids, days, strict=True):
            done = status == "completed"
            for pid in rng.sample(participants, min(len(participants), rng.randint(low, high))):
                pre = rng.randint(30, 75) if done else None
                enrollments.append({
                    "training_id": tid, "participant_id": pid,
                    "attendance": [rng.random() < 0.92 for _ in range(length)] if done else [],
                    "pre_score": float(pre) if pre is not None else None,
                    "post_score": float(min(100, pre + rng.randint(-5, 30))) if pre is not None else None,
                    "evaluation_score": rng.choices([2, 3, 4, 5], weights=[5, 20, 45, 30])[0] if done else None,
                    "certificate_issued": done and rng.random() < 0.8,
                })
        self._add("enrollment", enrollments)


def _mission_status(start: date, end: date, rng: random.Random) -> str:
    if start > DEMO_TODAY:
        return rng.choice(["requested", "planned"])
    if end >= DEMO_TODAY:
        return "in_the_field"
    return rng.choice(["report_drafted", "report_final", "report_final", "closed"])
