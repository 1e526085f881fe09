"""Figures for the dashboard and the summary reports, computed in SQL over live records."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import and_, distinct, func, select

from app.services.store.coverage import count_by_country, covers_country, scope_counts
from app.services.store.entities import BY_NAME

if TYPE_CHECKING:
    from app.services.core import FieldDesk

T = BY_NAME["training"].table
E = BY_NAME["enrollment"].table
P = BY_NAME["participant"].table
M = BY_NAME["mission"].table
R = BY_NAME["recommendation"].table


# What a report may call "held" or "undertaken": an activity that took place, a mission that went to the field and
# came back. Planned, ongoing and in-the-field ones are counted apart, under their own names.
HELD_ACTIVITY_STATUSES = ("completed",)
HELD_MISSION_STATUSES = ("report_drafted", "report_final", "closed")


@dataclass(frozen=True)
class Period:
    """Which activities count: by start date, owning office and country, and optionally by status (all optional)."""

    date_from: date | None = None
    date_to: date | None = None
    office: str | None = None
    country_id: str | None = None
    training_statuses: tuple[str, ...] | None = None
    mission_statuses: tuple[str, ...] | None = None

    def held(self) -> Period:
        """The same period, counting held activities and undertaken missions only."""
        return replace(self, training_statuses=HELD_ACTIVITY_STATUSES, mission_statuses=HELD_MISSION_STATUSES)

    def training_conditions(self) -> list:
        conds = [T.c.deleted == False, T.c.status != "cancelled"]  # noqa: E712
        if self.training_statuses:
            conds.append(T.c.status.in_(self.training_statuses))
        if self.date_from:
            conds.append(T.c.start_date >= self.date_from)
        if self.date_to:
            conds.append(T.c.start_date <= self.date_to)
        if self.office:
            conds.append(T.c.owner_office == self.office)
        if self.country_id:
            conds.append(covers_country(T, self.country_id))
        return conds

    def mission_conditions(self) -> list:
        conds = [M.c.deleted == False]  # noqa: E712
        if self.mission_statuses:
            conds.append(M.c.status.in_(self.mission_statuses))
        if self.date_from:
            conds.append(M.c.start_date >= self.date_from)
        if self.date_to:
            conds.append(M.c.start_date <= self.date_to)
        if self.office:
            conds.append(M.c.owner_office == self.office)
        if self.country_id:
            conds.append(covers_country(M, self.country_id))
        return conds


@dataclass(frozen=True)
class TestResults:
    """Pre- and post-test averages of the enrolments that have both scores."""

    __test__ = False  # a name pytest would otherwise take for a test class

    tested: int
    pre: float | None
    post: float | None

    def rounded(self, decimals: int = 1) -> tuple[float | None, float | None, float | None]:
        """(pre, post, gain) as printed: the gain is the difference of the rounded averages, so the three figures
        on the page agree (52.4 and 60.1 give 7.7, never the 7.8 of the unrounded 52.35 and 60.14)."""
        if self.pre is None or self.post is None:
            return self.pre, self.post, None
        pre, post = round(self.pre, decimals), round(self.post, decimals)
        return pre, post, round(post - pre, decimals)


def quarter_of(day: date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


class Statistics:
    def __init__(self, fd: FieldDesk):
        self.fd = fd

    def _enrolled(self, period: Period):
        return and_(E.c.deleted == False, E.c.training_id == T.c.id, *period.training_conditions())  # noqa: E712

    def activities_by_quarter(self, period: Period = Period()) -> list[tuple[str, int, int]]:
        """(quarter, activities, participants enrolled) in date order."""
        with self.fd.reading() as conn:
            starts = conn.execute(select(T.c.start_date).where(*period.training_conditions())).scalars().all()
            enrolled = conn.execute(
                select(T.c.start_date, func.count()).select_from(E.join(T, E.c.training_id == T.c.id))
                .where(self._enrolled(period)).group_by(T.c.start_date)
            ).all()
        activities = Counter(quarter_of(d) for d in starts)
        participants: Counter[str] = Counter()
        for day, n in enrolled:
            participants[quarter_of(day)] += n
        return [(q, activities[q], participants[q]) for q in sorted(set(activities) | set(participants))]

    def activities_by_status(self, period: Period = Period()) -> dict[str, int]:
        stmt = select(T.c.status, func.count()).where(*period.training_conditions()).group_by(T.c.status)
        with self.fd.reading() as conn:
            return dict(conn.execute(stmt).all())

    def test_results(self, period: Period = Period()) -> TestResults:
        """Averages over the period's enrolments with both a pre- and a post-test score."""
        stmt = (select(func.count(), func.avg(E.c.pre_score), func.avg(E.c.post_score))
                .select_from(E.join(T, E.c.training_id == T.c.id))
                .where(self._enrolled(period), E.c.pre_score.is_not(None), E.c.post_score.is_not(None)))
        with self.fd.reading() as conn:
            n, pre, post = conn.execute(stmt).one()
        return TestResults(int(n or 0), float(pre) if n else None, float(post) if n else None)

    def participants_by_sex(self, period: Period = Period()) -> dict[str, int]:
        """Unique people enrolled in the period's activities, by sex."""
        stmt = (
            select(P.c.sex, func.count(distinct(P.c.id)))
            .select_from(E.join(T, E.c.training_id == T.c.id).join(P, E.c.participant_id == P.c.id))
            .where(self._enrolled(period), P.c.deleted == False)  # noqa: E712
            .group_by(P.c.sex)
        )
        with self.fd.reading() as conn:
            return dict(conn.execute(stmt).all())

    def participants_by_target_group(self, period: Period = Period()) -> dict[str | None, int]:
        """Unique people enrolled, by their stakeholder type id (None when not recorded)."""
        stmt = (
            select(P.c.stakeholder_type_id, func.count(distinct(P.c.id)))
            .select_from(E.join(T, E.c.training_id == T.c.id).join(P, E.c.participant_id == P.c.id))
            .where(self._enrolled(period), P.c.deleted == False)  # noqa: E712
            .group_by(P.c.stakeholder_type_id)
        )
        with self.fd.reading() as conn:
            return dict(conn.execute(stmt).all())

    def unique_participants(self, period: Period = Period()) -> int:
        stmt = select(func.count(distinct(E.c.participant_id))).select_from(E.join(T, E.c.training_id == T.c.id)).where(
            self._enrolled(period)
        )
        with self.fd.reading() as conn:
            return int(conn.execute(stmt).scalar() or 0)

    def activities_by_theme(self, period: Period = Period()) -> dict[str, int]:
        with self.fd.reading() as conn:
            lists = conn.execute(select(T.c.theme_ids).where(*period.training_conditions())).scalars().all()
        counts: Counter[str] = Counter()
        for ids in lists:
            counts.update(set(ids or []))
        return dict(counts)

    def activities_by_form(self, period: Period = Period()) -> dict[str, int]:
        stmt = select(T.c.form, func.count()).where(*period.training_conditions()).group_by(T.c.form)
        with self.fd.reading() as conn:
            return dict(conn.execute(stmt).all())

    def recommendations_by_status(self, office: str | None = None, country_id: str | None = None) -> dict[str, int]:
        conds = [R.c.deleted == False]  # noqa: E712
        if office:
            conds.append(R.c.owner_office == office)
        if country_id:
            conds.append(R.c.country_id == country_id)
        stmt = select(R.c.status, func.count()).where(*conds).group_by(R.c.status)
        with self.fd.reading() as conn:
            return dict(conn.execute(stmt).all())

    def missions_by_status(self, period: Period = Period()) -> dict[str, int]:
        stmt = select(M.c.status, func.count()).where(*period.mission_conditions()).group_by(M.c.status)
        with self.fd.reading() as conn:
            return dict(conn.execute(stmt).all())

    def missions_by_country(self, period: Period = Period()) -> dict[str, int]:
        """Missions per country id, a regional or interregional one under each country it covers (the sum is then
        more than the missions: ``missions_by_scope`` counts each once; a global one is under no country)."""
        return dict(count_by_country(self._coverage(M, period.mission_conditions())))

    def activities_by_country(self, period: Period = Period()) -> dict[str, int]:
        """Activities per country id, counted as ``missions_by_country`` counts missions."""
        return dict(count_by_country(self._coverage(T, period.training_conditions())))

    def missions_by_scope(self, period: Period = Period()) -> dict[str, int]:
        """Missions per scope (national, regional, interregional, global), each counted once."""
        return dict(scope_counts(self._coverage(M, period.mission_conditions())))

    def activities_by_scope(self, period: Period = Period()) -> dict[str, int]:
        return dict(scope_counts(self._coverage(T, period.training_conditions())))

    def _coverage(self, table, conditions: list) -> list[dict]:
        stmt = select(table.c.scope, table.c.country_id, table.c.country_ids).where(*conditions)
        with self.fd.reading() as conn:
            return [dict(row._mapping) for row in conn.execute(stmt)]

    def record_counts(self) -> dict[str, int]:
        """Live records per table."""
        counts = {}
        with self.fd.reading() as conn:
            for name, entity in BY_NAME.items():
                table = entity.table
                counts[name] = int(conn.execute(select(func.count()).select_from(table)
                                                .where(table.c.deleted == False)).scalar())  # noqa: E712
        return counts
