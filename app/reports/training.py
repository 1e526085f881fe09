"""Training activity report: summary, participants by sex, target group and organisation (tables and charts),
attendance rate, pre/post test averages and gain, evaluation scores, cost per participant."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportlab.platypus import Table

from app.models import ActivityStatus, Sex, TrainingForm
from app.reports import charts
from app.reports.layout import Report
from app.reports.lookups import Lookups, children, live_record
from app.reports.sharing import shown
from app.services.programme.stats import TestResults

if TYPE_CHECKING:
    from app.services.core import FieldDesk

TITLE_KEY = "training.title"


@dataclass
class Results:
    enrolled: int
    present: int
    expected: int
    tested: int
    pre_avg: float | None
    post_avg: float | None
    eval_counts: Counter
    certificates: int

    @property
    def gain(self) -> float | None:
        if self.pre_avg is None or self.post_avg is None:
            return None
        return self.post_avg - self.pre_avg

    @property
    def eval_avg(self) -> float | None:
        n = sum(self.eval_counts.values())
        return sum(k * v for k, v in self.eval_counts.items()) / n if n else None


def results_of(enrollments: list) -> Results:
    present = sum(1 for e in enrollments for day in e.attendance if day is True)
    expected = sum(1 for e in enrollments for day in e.attendance if day is not None)
    tested = [e for e in enrollments if e.pre_score is not None and e.post_score is not None]
    return Results(
        enrolled=len(enrollments), present=present, expected=expected, tested=len(tested),
        pre_avg=sum(e.pre_score for e in tested) / len(tested) if tested else None,
        post_avg=sum(e.post_score for e in tested) / len(tested) if tested else None,
        eval_counts=Counter(e.evaluation_score for e in enrollments if e.evaluation_score is not None),
        certificates=sum(1 for e in enrollments if e.certificate_issued),
    )


def build_story(fd: FieldDesk, report: Report, training_id: str) -> tuple[list, int]:
    tr = report.tr
    look = Lookups(fd, tr)
    training = live_record(fd.trainings, training_id, "training activity")
    enrollments = children(fd.enrollments, "training_id", training_id)
    people = shown(fd, fd.participants.rows([e.participant_id for e in enrollments],
                                            ["id", "full_name", "sex", "organisation", "stakeholder_type_id"]))
    report.report_progress(0.15, tr.t(TITLE_KEY))
    results = results_of(enrollments)
    days = training.day_count

    report.subject = training.title
    story = [report.para(tr.t(TITLE_KEY), "title"), report.para(training.title, "subtitle")]
    story.append(report.facts([
        (tr.t("training.form"), tr.enum(training.form, TrainingForm)),
        *look.coverage_facts(training, tr.t("training.country")),
        (tr.t("training.venue"), training.venue),
        (tr.t("training.dates"), f"{tr.date_range(training.start_date, training.end_date)} "
                                 f"({tr.t('day_1') if days == 1 else tr.t('days_n', n=days)})"),
        (tr.t("training.target_groups"), look.stakeholders(training.target_group_ids)),
        (tr.t("training.themes"), look.themes(training.theme_ids)),
        (tr.t("training.facilitators"), training.facilitators),
        (tr.t("training.project"), look.project(training.project_id)),
        (tr.t("training.language"), tr.language(training.language)),
        (tr.t("training.status"), tr.enum(training.status, ActivityStatus)),
        (tr.t("training.participants"), str(len(enrollments))),
    ]))
    if training.description.strip():
        story.append(report.heading(tr.t("training.description"), 2))
        story.append(report.para(training.description))

    story += _participants(report, look, people)
    story += _results(report, results, training.cost_usd)
    return story, 3 + len({p["organisation"] for p in people}) // 40


def _count_table(report: Report, header: str, counts: list[tuple[str, int]], total: int, width: float) -> Table:
    tr = report.tr
    rows = [[label, n, tr.percent(n, total)] for label, n in counts]
    rows.append([tr.t("total"), total, tr.percent(total, total)])
    return report.table([header, tr.t("count"), tr.t("share")], rows, [width * 0.6, width * 0.2, width * 0.2],
                        numeric=[1, 2], total_row=True)


def _participants(report: Report, look: Lookups, people: list[dict]) -> list:
    tr = report.tr
    out = [report.heading(tr.t("training.participants")), report.para(tr.t("training.participants_n", n=len(people)))]
    if not people:
        return out
    half = report.frame_width * 0.5 - 8
    total = len(people)

    sexes = Counter(p["sex"] for p in people)
    by_sex = [(tr.enum(s, Sex), sexes[s]) for s in Sex.values() if sexes.get(s)]
    out.append(report.heading(tr.t("training.by_sex"), 2))
    out.append(report.side_by_side(_count_table(report, tr.t("training.sex"), by_sex, total, half),
                             charts.pie_chart([s for s, _ in by_sex], [n for _, n in by_sex], half, 90,
                                              rtl=report.tr.rtl,
                                              font=report.family.regular)))

    groups = Counter(p["stakeholder_type_id"] for p in people)
    by_group = sorted(((look.stakeholder(g), n) for g, n in groups.items()), key=lambda x: (-x[1], x[0]))
    out.append(report.heading(tr.t("training.by_group"), 2))
    out.append(report.side_by_side(_count_table(report, tr.t("training.group"), by_group, total, half),
                             charts.bar_chart([g for g, _ in by_group], [n for _, n in by_group], half,
                                              font=report.family.regular)))

    orgs = Counter(p["organisation"] or tr.t("training.unspecified") for p in people)
    by_org = sorted(orgs.items(), key=lambda x: (-x[1], x[0]))
    out.append(report.heading(tr.t("training.by_org"), 2))
    top = by_org[:12]
    out.append(report.side_by_side(_count_table(report, tr.t("training.organisation"), by_org, total, half),
                             charts.bar_chart([o for o, _ in top], [n for _, n in top], half,
                                              font=report.family.regular)))
    return out


def _results(report: Report, results: Results, cost: float) -> list:
    tr = report.tr
    na = tr.t("not_available")
    rate = (tr.t("training.attendance_detail", rate=tr.percent(results.present, results.expected),
                 present=results.present, expected=results.expected) if results.expected else na)
    # the gain printed is the difference of the averages as printed (one rounding for all three)
    pre, post, gain = TestResults(results.tested, results.pre_avg, results.post_avg).rounded(1)
    out = [report.heading(tr.t("training.results"))]
    out.append(report.facts([
        (tr.t("training.attendance_rate"), rate),
        (tr.t("training.tested"), tr.number(results.tested)),
        (tr.t("training.pre_avg"), tr.number(pre, 1) if pre is not None else na),
        (tr.t("training.post_avg"), tr.number(post, 1) if post is not None else na),
        (tr.t("training.gain"), (("+" if gain >= 0 else "") + tr.t("points", n=tr.number(gain, 1)))
         if gain is not None else na),
        (tr.t("training.eval_avg"), tr.number(results.eval_avg, 2) if results.eval_avg is not None else na),
        (tr.t("training.certificates"), tr.number(results.certificates)),
    ], label_width=0.4))
    if results.eval_counts:
        half = report.frame_width * 0.5 - 8
        n = sum(results.eval_counts.values())
        rows = [(str(score), results.eval_counts.get(score, 0)) for score in (5, 4, 3, 2, 1)]
        out.append(report.heading(tr.t("training.evaluation"), 2))
        out.append(report.side_by_side(_count_table(report, tr.t("training.eval_score"), rows, n, half),
                                 charts.bar_chart([s for s, _ in rows], [c for _, c in rows], half,
                                                  font=report.family.regular)))
    out.append(report.heading(tr.t("training.cost")))
    per = cost / results.enrolled if results.enrolled else None
    out.append(report.facts([(tr.t("training.total_cost"), tr.money(cost)),
                             (tr.t("training.cost_per"), tr.money(per) if per is not None else na)], label_width=0.4))
    return out
