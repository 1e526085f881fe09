"""Several countries (schema 0024): the rules of a record's scope and countries, filters by country finding the
records that cover it, and statistics that count a regional activity under each country and once in totals."""

from __future__ import annotations

from datetime import date

import pytest

from app.models.validation import ValidationFailed
from app.services import ListQuery
from app.services.programme.stats import Period
from app.services.store.seed import country_id, region_id

GT, SV, HN, MW, MN = (country_id(c) for c in ("GT", "SV", "HN", "MW", "MN"))
CENTRAL_AMERICA = region_id("013")


def activity(fd, title: str, **fields) -> str:
    return fd.trainings.create({"title": title, "country_id": GT, "start_date": date(2026, 3, 2),
                                "end_date": date(2026, 3, 3), "status": "completed", **fields})


def test_a_scope_takes_the_countries_it_needs_and_bad_ones_change_nothing(fd):
    with pytest.raises(ValidationFailed) as refused:
        activity(fd, "One country", scope="regional", region_ids=[CENTRAL_AMERICA], country_ids=[GT])
    assert "at least 2 countries" in str(refused.value)
    with pytest.raises(ValidationFailed) as refused:
        activity(fd, "No region", scope="regional", country_ids=[GT, SV])
    assert refused.value.by_field()["region_ids"].code == "regional_one_region"
    with pytest.raises(ValidationFailed) as refused:
        activity(fd, "National list", country_ids=[GT, SV])
    assert refused.value.by_field()["country_ids"].code == "countries_not_in_scope"
    with pytest.raises(ValidationFailed) as refused:
        activity(fd, "Twice", scope="interregional", country_ids=[GT, GT, SV])
    assert refused.value.by_field()["country_ids"].code == "country_twice"
    with pytest.raises(ValidationFailed) as refused:
        activity(fd, "Unknown country", scope="interregional", country_ids=[GT, "not-a-country"])
    assert "country_ids" in refused.value.by_field()
    assert fd.trainings.ids() == []
    old = activity(fd, "Before 0024")  # a record that names no scope is national, as every older one reads
    assert fd.trainings.get(old).scope == "national" and fd.trainings.get(old).country_ids == []


def test_statistics_count_a_regional_activity_under_each_country_and_once_in_totals(fd):
    activity(fd, "Regional meeting of national institutions", scope="regional", region_ids=[CENTRAL_AMERICA],
             country_ids=[GT, SV, HN])
    activity(fd, "National course in Guatemala")
    activity(fd, "Global seminar", scope="global")
    activity(fd, "Interregional workshop", country_id=MW, scope="interregional", country_ids=[MW, MN])
    fd.missions.create({"title": "Regional assessment", "country_id": SV, "scope": "regional",
                        "region_ids": [CENTRAL_AMERICA], "country_ids": [GT, SV], "status": "closed",
                        "start_date": date(2026, 1, 5)})
    stats = fd.stats
    held = Period().held()
    by_hand = {GT: 2, SV: 1, HN: 1, MW: 1, MN: 1}  # the regional meeting under GT, SV and HN; the course in GT
    assert stats.activities_by_country(held) == by_hand
    assert stats.activities_by_scope(held) == {"regional": 1, "national": 1, "global": 1, "interregional": 1}
    assert sum(stats.activities_by_form(held).values()) == 4  # the total counts each activity once
    assert stats.missions_by_country(held) == {GT: 1, SV: 1}
    assert sum(stats.missions_by_scope(held).values()) == 1
    # a filter by country finds what covers the country: the regional meeting and the course, not the global seminar
    assert sum(stats.activities_by_status(Period(country_id=HN)).values()) == 1
    assert sum(stats.activities_by_status(Period(country_id=GT)).values()) == 2
    titles = {r["title"] for r in fd.trainings.rows(fd.trainings.ids(ListQuery(filters={"country_id": HN})), ["title"])}
    assert titles == {"Regional meeting of national institutions"}
    assert stats.missions_by_status(Period(country_id=GT)) == {"closed": 1}


def test_a_project_of_several_countries_is_found_under_each(fd):
    from app.services.programme import portfolio, programme_stats

    fd.projects.create({"code": "GLO-01", "title": "Global project", "scope": "global"})
    fd.projects.create({"code": "RLA-01", "title": "Regional project", "scope": "regional", "country_id": GT,
                        "region_ids": [CENTRAL_AMERICA], "country_ids": [GT, SV, HN]})
    assert portfolio.projects_by_status(fd, country_id=HN) == {"pipeline": 1}
    assert sum(programme_stats.projects_by_status_and_source(fd, Period()).values()) == 2
    assert sum(programme_stats.projects_by_status_and_source(fd, Period(country_id=SV)).values()) == 1
