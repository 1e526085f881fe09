"""Figures for the programme summary that ``fd.stats`` does not give: activities by target group, projects by status
and funding source, budget and expenditure by funding source. Same ``Period`` semantics as
``app.services.programme.stats`` (activities count by their start date; an office's figures are the records it owns)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from sqlalchemy import func, or_, select

from app.services.programme.stats import Period
from app.services.store.coverage import covers_country
from app.services.store.entities import BY_NAME

if TYPE_CHECKING:
    from app.services.core import FieldDesk

T = BY_NAME["training"].table
PR = BY_NAME["project"].table
PB = BY_NAME["project_budget"].table
R = BY_NAME["recommendation"].table


def activities_by_target_group(fd: FieldDesk, period: Period = Period()) -> dict[str, int]:
    """Activities per stakeholder type id they target (an activity for judges and police counts in both)."""
    with fd.reading() as conn:
        lists = conn.execute(select(T.c.target_group_ids).where(*period.training_conditions())).scalars().all()
    counts: Counter[str] = Counter()
    for ids in lists:
        counts.update(set(ids or []))
    return dict(counts)


def _project_conditions(period: Period) -> list:
    conds = [PR.c.deleted == False]  # noqa: E712
    if period.office:
        conds.append(PR.c.owner_office == period.office)
    if period.country_id:
        conds.append(covers_country(PR, period.country_id))
    # a project counts when it runs during the period (or has no dates yet)
    if period.date_to:
        conds.append(or_(PR.c.start_date.is_(None), PR.c.start_date <= period.date_to))
    if period.date_from:
        conds.append(or_(PR.c.end_date.is_(None), PR.c.end_date >= period.date_from))
    return conds


def projects_by_status_and_source(fd: FieldDesk, period: Period = Period()) -> dict[tuple[str, str], int]:
    """(status, funding source) -> number of projects."""
    stmt = (select(PR.c.status, PR.c.funding_source, func.count()).where(*_project_conditions(period))
            .group_by(PR.c.status, PR.c.funding_source))
    with fd.reading() as conn:
        return {(status, source): n for status, source, n in conn.execute(stmt).all()}


def budget_by_source(fd: FieldDesk, period: Period = Period()) -> list[tuple[int, str, float, float]]:
    """(year, funding source, budget, expenditure) in USD for the years the period touches, year by year."""
    conds = [PB.c.deleted == False, PR.c.deleted == False]  # noqa: E712
    if period.office:
        conds.append(PR.c.owner_office == period.office)
    if period.country_id:
        conds.append(covers_country(PR, period.country_id))
    if period.date_from:
        conds.append(PB.c.year >= period.date_from.year)
    if period.date_to:
        conds.append(PB.c.year <= period.date_to.year)
    stmt = (select(PB.c.year, PB.c.funding_source, func.sum(PB.c.budget_usd), func.sum(PB.c.expenditure_usd))
            .select_from(PB.join(PR, PB.c.project_id == PR.c.id)).where(*conds)
            .group_by(PB.c.year, PB.c.funding_source).order_by(PB.c.year, PB.c.funding_source))
    with fd.reading() as conn:
        return [(int(y), s, float(b or 0), float(e or 0)) for y, s, b, e in conn.execute(stmt).all()]
