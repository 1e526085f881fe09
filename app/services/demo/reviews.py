"""Demo data for reviews, in the manner of the 2003 global review: in Guatemala, a full thread on the administration
of justice (a needs assessment mission with its meetings and findings, a project now closed with its indicators,
budget from two sources, end-of-project evaluation and checks after the exit, a course whose cost and tests are
recorded, recommendations followed up), so that the Guatemala x administration of justice dossier has every section
filled; the thematic review of the administration of justice itself (team, interviews reusing the mission's meetings,
findings, recommendations, synthesis); and a country review in progress whose period has ended without a final
synthesis (it is due). Deterministic: no random stream of its own."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from app.models.ids import new_id
from app.services.store.query import ListQuery
from app.services.store.seed import country_id, stakeholder_type_id, theme_id
from app.services.store.transitions import transition

if TYPE_CHECKING:
    from app.services.core import FieldDesk

CC = "GT"
JUSTICE_START, JUSTICE_END = date(2022, 1, 1), date(2024, 12, 31)
REVIEW_COUNTRIES = ("BA", "GT", "MW", "MN", "RU")

MEETINGS = [  # (organisation, stakeholder type, women, men, summary)
    ("Organismo Judicial", "judiciary", 2, 3, "The Supreme Court's training unit asks for a course on fair trial "
     "standards for first-instance judges."),
    ("Ministerio Público", "government", 1, 2, "Prosecutors track case files on paper; pre-trial detention often "
     "exceeds the legal limit."),
    ("Instituto de la Defensa Pública Penal", "government", 2, 1, "Public defenders are too few outside the capital."),
    ("Fundación Myrna Mack", "ngo", 2, 0, "Civil society monitors trials of past violations and asks for judicial "
     "independence."),
]
FINDINGS = [
    "Pre-trial detention often exceeds the legal limits; case files are tracked on paper.",
    "Judges have had no training on applying international human rights treaties in domestic courts.",
]
REVIEW_FINDINGS = [
    "The Office's role as the expert organisation on the administration of justice is recognised by the judiciary, "
    "the public prosecutor and civil society.",
    "Training delivered directly by the project reached many judges, but lasted only where the judicial school "
    "trained its own trainers.",
    "Projects planned the hand-over late; the national budget line for the training followed two years after the "
    "exit.",
]
REVIEW_RECOMMENDATIONS = [
    ("Plan the hand-over to the judicial school from the first year of a project and agree its budget line before "
     "the exit.", "Judicial training centre"),
    ("Select fewer, longer interventions in the administration of justice and measure their results after the "
     "exit.", "OHCHR"),
]
SYNTHESIS = (
    "The review found ample evidence that the Office's added value in the administration of justice is recognised "
    "and valued by governments, civil society and the UN family. Its technical cooperation set useful developments in "
    "motion, but their sustainability depended on national institutions taking them over, which happened where the "
    "hand-over was planned early. The Office should be selective, manage its projects strategically and ensure the "
    "sustainability of what it starts.")
TERMS = (
    "Review the technical cooperation activities on the administration of justice in Bosnia and Herzegovina, "
    "Guatemala, Malawi, Mongolia and Russia: relevance, effectiveness, efficiency, national ownership and "
    "sustainability; interview the institutions and groups benefiting from the programme, NGOs, independent experts, "
    "government, UN agencies and donors; compile lessons learned to improve future assistance.")


class ReviewsDemo:
    def __init__(self, fd: FieldDesk, today: date, add):
        self.fd, self.today, self.add = fd, today, add

    def build(self, owner: dict[str, str]) -> None:
        gt = owner[CC]
        mission_id, meeting_ids = self.justice_mission(gt)
        project_id = self.justice_project(gt, mission_id)
        self.justice_request(gt, mission_id, project_id)
        self.justice_course(gt, project_id)
        self.review(meeting_ids)
        self.recommendations_followed(gt, mission_id, project_id)
        self.country_review_in_progress(gt)

    # ---------------------------------------------------------------- the thread in Guatemala
    def justice_mission(self, owner: str) -> tuple[str, list[str]]:
        fd = self.fd
        start = date(2021, 6, 7)
        mission_id = fd.missions.create({
            "title": "Needs assessment mission on the administration of justice", "country_id": country_id(CC),
            "requesting_authority": "Organismo Judicial", "request_date": date(2021, 3, 15),
            "start_date": start, "end_date": start + timedelta(days=9), "status": "closed",
            "theme_ids": [theme_id("justice")],
            "terms_of_reference": "Assess the needs of the judiciary and the public prosecutor in applying fair "
                                  "trial standards; meet government, the judiciary, defenders and civil society.",
            "summary": "The courts need trained judges and a faster handling of case files; a project is proposed."},
            owner_office=owner)
        meetings = self.add("stakeholder_meeting", [
            {"mission_id": mission_id, "meeting_date": start + timedelta(days=i + 1),
             "stakeholder_type_id": stakeholder_type_id(kind), "organisation": org, "women_met": w, "men_met": m,
             "summary": summary} for i, (org, kind, w, m, summary) in enumerate(MEETINGS)], owner)
        self.add("mission_finding", [{"mission_id": mission_id, "thematic_area_id": theme_id("justice"), "text": t}
                                     for t in FINDINGS], owner)
        return mission_id, meetings

    def justice_project(self, owner: str, mission_id: str) -> str:
        fd = self.fd
        with fd.writing() as w:
            pid = new_id()
            w.hints[("project", pid)] = (JUSTICE_START - timedelta(days=150), "Project document drafted.")
            fd.projects.create({
                "id": pid, "code": "GT-2022-05", "title": "Fair trial standards in the courts of Guatemala",
                "country_id": country_id(CC), "theme_ids": [theme_id("justice")], "funding_source": "voluntary_fund",
                "start_date": JUSTICE_START, "end_date": JUSTICE_END, "national_partner": "Organismo Judicial",
                "exit_plan": "The judicial school runs the fair trial course with its own trainers and budget.",
                "exit_date": JUSTICE_END,
                "description": "Training of judges and prosecutors, and a case-tracking register for pre-trial "
                               "detention, following the needs assessment mission of June 2021."},
                owner_office=owner)
        fd.missions.update(mission_id, {"project_ids": [pid]})
        for to, day, note in (("approved", JUSTICE_START - timedelta(days=40), "Approved by the review committee."),
                              ("ongoing", JUSTICE_START + timedelta(days=10), "Agreement signed."),
                              ("completed", JUSTICE_END, "Last activities delivered."),
                              ("closed", JUSTICE_END + timedelta(days=120), "Accounts closed.")):
            transition(fd, "project", pid, to, on=day, note=note)
        result_ids = self.add("project_result", [
            {"project_id": pid, "level": "objective", "statement": "Courts try cases fairly and without undue delay.",
             "sort_order": 0, "mission_ids": [mission_id]},
            {"project_id": pid, "code": "1", "statement": "Judges and prosecutors apply fair trial standards.",
             "sort_order": 1}])
        indicator_ids = self.add("result_indicator", [
            {"result_id": result_ids[1], "name": "Judges and prosecutors trained", "unit": "people", "baseline": 0,
             "target": 240, "sort_order": 0},
            {"result_id": result_ids[1], "name": "People held on remand beyond the legal limit", "unit": "people",
             "baseline": 900, "target": 300, "sort_order": 1}])
        values = []
        for iid, series in zip(indicator_ids, ((60, 150, 236), (820, 610, 420)), strict=True):
            for year, value in zip((2022, 2023, 2024), series, strict=True):
                values.append({"indicator_id": iid, "period": str(year), "measured_on": date(year, 12, 31),
                               "value": float(value)})
        self.add("indicator_value", values)
        self.add("project_budget", [
            {"project_id": pid, "year": 2022, "funding_source": "voluntary_fund", "budget_usd": 180000.0,
             "expenditure_usd": 171500.0},
            {"project_id": pid, "year": 2023, "funding_source": "voluntary_fund", "budget_usd": 160000.0,
             "expenditure_usd": 158200.0},
            {"project_id": pid, "year": 2023, "funding_source": "regular_budget", "budget_usd": 40000.0,
             "expenditure_usd": 38000.0},
            {"project_id": pid, "year": 2024, "funding_source": "regular_budget", "budget_usd": 60000.0,
             "expenditure_usd": 52300.0}])
        self.add("project_evaluation", [{
            "project_id": pid, "kind": "end_of_project", "evaluation_date": JUSTICE_END + timedelta(days=75),
            "evaluators": "Independent evaluator with the judicial school",
            "findings": "Almost every judge and prosecutor planned was trained; remand beyond the legal limit fell by "
                        "half where the case register is used.",
            "lessons": "The hand-over to the judicial school worked because its trainers co-taught from the second "
                       "year; agree the national budget line before the exit."}])
        self.add("sustainability_check", [
            {"project_id": pid, "months_after": 6, "check_date": date(2025, 7, 10), "partner_running": "partly",
             "budget_line": False, "staff_in_post": True, "evidence": "Judicial school's course calendar.",
             "notes": "The judicial school runs the course with its own trainers; the case register is used in "
                      "two departments only."},
            {"project_id": pid, "months_after": 12, "check_date": date(2026, 1, 14), "partner_running": "sustained",
             "budget_line": True, "staff_in_post": True, "evidence": "Budget law 2026, line for judicial training.",
             "notes": "A national budget line pays for the course and the register's roll-out."}])
        return pid

    def justice_request(self, owner: str, mission_id: str, project_id: str) -> None:
        """The Supreme Court's request that started the thread, assessed by the mission and approved."""
        fd = self.fd
        rid = fd.requests.create({
            "title": "Training of judges in fair trial standards", "requesting_authority": "Organismo Judicial",
            "country_id": country_id(CC), "received_date": date(2021, 3, 15), "channel": "letter",
            "reference": "GT/2021/117", "theme_ids": [theme_id("justice")], "mission_id": mission_id,
            "project_ids": [project_id],
            "summary": "The Supreme Court asks for training of judges and prosecutors in fair trial standards."},
            owner_office=owner)
        day = date(2021, 3, 15)
        for step, days in (("under_assessment", 10), ("needs_assessment_planned", 20), ("assessed", 80),
                           ("project_proposed", 60), ("approved", 90)):
            day += timedelta(days=days)
            transition(fd, "assistance_request", rid, step, on=day,
                       reasons="A national counterpart is committed and no other partner gives this assistance."
                       if step == "approved" else None)

    def justice_course(self, owner: str, project_id: str) -> None:
        fd = self.fd
        people = fd.participants.ids(ListQuery(filters={"country_id": country_id(CC)}, sort=("full_name",)))[:16]
        tid = fd.trainings.create({
            "title": "Course on fair trial standards for judges and prosecutors", "form": "training_course",
            "target_group_ids": [stakeholder_type_id("judiciary")], "theme_ids": [theme_id("justice")],
            "project_id": project_id, "country_id": country_id(CC), "venue": "Escuela de Estudios Judiciales",
            "start_date": date(2023, 5, 8), "end_date": date(2023, 5, 12), "facilitators": "Judicial school trainers",
            "language": "es", "cost_usd": 19200.0, "status": "completed",
            "description": "Five days on fair trial standards, co-taught with the judicial school's trainers."},
            owner_office=owner)
        self.add("enrollment", [{"training_id": tid, "participant_id": p, "attendance": [True] * 5,
                                 "certificate_issued": True,  # all five days attended
                                 "pre_score": 40.0 + (i * 7) % 25, "post_score": 62.0 + (i * 5) % 30}
                                for i, p in enumerate(people)], owner)

    def recommendations_followed(self, owner: str, mission_id: str, project_id: str) -> None:
        ids = self.add("recommendation", [
            {"text": "Train judges on applying international human rights treaties in domestic proceedings.",
             "source": "needs_assessment", "mission_id": mission_id, "country_id": country_id(CC),
             "thematic_area_id": theme_id("justice"), "target_institution": "Judicial training centre",
             "priority": "high", "issued_date": date(2021, 7, 2), "project_ids": [project_id]},
            {"text": "Ensure that every detainee is brought before a judge within 48 hours and that detention is "
                     "reviewed regularly.", "source": "needs_assessment", "mission_id": mission_id,
             "country_id": country_id(CC), "thematic_area_id": theme_id("justice"), "target_institution": "Judiciary",
             "priority": "high", "issued_date": date(2021, 7, 2)}], owner)
        self.add("followup_note", [
            {"recommendation_id": ids[0], "note_date": date(2024, 11, 20), "status": "implemented",
             "note": "The judicial school teaches the treaties in its regular course."},
            {"recommendation_id": ids[1], "note_date": date(2025, 9, 3), "status": "partially_implemented",
             "note": "Case register in use in two departments; remand beyond the limit halved there."}], owner)

    # ---------------------------------------------------------------- the reviews
    def review(self, meeting_ids: list[str]) -> list[str]:
        fd = self.fd
        rec_ids = self.add("recommendation", [
            {"text": text, "source": "review", "country_id": country_id(CC), "thematic_area_id": theme_id("justice"),
             "target_institution": target, "priority": "high", "issued_date": date(2026, 3, 31)}
            for text, target in REVIEW_RECOMMENDATIONS])
        rid = fd.reviews.create({
            "kind": "thematic", "title": "Thematic review: administration of justice", "terms_of_reference": TERMS,
            "period_from": date(2025, 10, 1), "period_to": date(2026, 3, 31),
            "country_ids": [country_id(c) for c in REVIEW_COUNTRIES], "theme_ids": [theme_id("justice")],
            "recommendation_ids": rec_ids, "status": "final", "synthesis": SYNTHESIS})
        self.add("review_member", [{"review_id": rid, "name": n, "role": r} for n, r in (
            ("Dr. Amina Diallo", "Team leader"), ("Pieter de Vries", "Justice sector expert"),
            ("Lucía Méndez", "Country researcher, Guatemala"))])
        interviews = [{"review_id": rid, "meeting_id": m} for m in meeting_ids[:2]]
        interviews += [
            {"review_id": rid, "interview_date": date(2025, 11, 12), "interviewee": "Head of the judicial school",
             "organisation": "Escuela de Estudios Judiciales", "stakeholder_type_id": stakeholder_type_id("judiciary"),
             "notes": "The school now trains its own trainers; the national budget pays for two courses a year."},
            {"review_id": rid, "interview_date": date(2025, 11, 13), "interviewee": "Rule of law adviser",
             "organisation": "UNDP Guatemala", "stakeholder_type_id": stakeholder_type_id("un_agency"),
             "notes": "The UN country team's justice programme builds on the case register."},
            {"review_id": rid, "interview_date": date(2025, 11, 14), "interviewee": "Programme officer",
             "organisation": "Embassy of the Netherlands", "stakeholder_type_id": stakeholder_type_id("donor"),
             "notes": "Donors would fund the register's roll-out if the judiciary commits staff."}]
        self.add("review_interview", interviews)
        self.add("review_finding", [{"review_id": rid, "thematic_area_id": theme_id("justice"), "text": t,
                                     "sort_order": i} for i, t in enumerate(REVIEW_FINDINGS)])
        return rec_ids

    def country_review_in_progress(self, owner: str) -> None:
        rid = self.fd.reviews.create({
            "kind": "country", "title": "Country review: Guatemala", "period_from": date(2026, 4, 1),
            "period_to": date(2026, 8, 31), "country_ids": [country_id(CC)],
            "theme_ids": [theme_id(t) for t in ("nhri", "justice")], "status": "in_progress",
            "terms_of_reference": "Review the technical cooperation activities in Guatemala since 2021."},
            owner_office=owner)
        self.add("review_member", [{"review_id": rid, "name": "Lucía Méndez", "role": "Team leader"}], owner)
