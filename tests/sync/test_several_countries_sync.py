"""Several countries across sites (SQLite and PostgreSQL headquarters): a field office's interregional activity
reaches headquarters, which counts it under each of its countries and once in totals; it stays the office's, and
covering another office's country gives that office no right over it nor a copy of it."""

from __future__ import annotations

from datetime import date

from app.services import ListQuery
from app.services.seed import country_id, region_id
from app.services.stats import Period
from tests.sync.attack import deliver, forged, refusals, warned

GT, MW, MN = country_id("GT"), country_id("MW"), country_id("MN")


def test_an_offices_activity_across_countries_stays_its_own_and_is_counted_under_each(net):
    hq, gt = net["HQ"], net["GT-01"]
    meeting = gt.trainings.create({
        "title": "Interregional meeting of national institutions", "country_id": GT, "scope": "interregional",
        "region_ids": [region_id("013"), region_id("014"), region_id("030")], "country_ids": [GT, MW, MN],
        "start_date": date(2026, 5, 4), "end_date": date(2026, 5, 6), "status": "completed"})
    gt.trainings.create({"title": "Course for judges", "country_id": GT, "start_date": date(2026, 6, 1),
                         "end_date": date(2026, 6, 2), "status": "completed"})
    net.sync("GT-01", "HQ")

    row = hq.trainings.get(meeting)
    assert (row.owner_office, row.scope, row.country_ids) == ("GT-01", "interregional", [GT, MW, MN])
    held = Period().held()
    assert hq.stats.activities_by_country(held) == {GT: 2, MW: 1, MN: 1}  # by hand: the meeting under each country
    assert sum(hq.stats.activities_by_scope(held).values()) == 2  # the total counts it once
    assert hq.trainings.ids(ListQuery(filters={"country_id": MW})) == [meeting]
    assert sum(hq.stats.activities_by_status(Period(country_id=MN)).values()) == 1

    # Malawi's office is covered, not the owner: headquarters does not send it the record ...
    net.sync("HQ", "MW-01")
    assert not net["MW-01"].trainings.exists(meeting)
    # ... and its changes to it are refused against the stored owner
    mw = net["MW-01"]
    result = deliver(net, "MW-01", "HQ", [forged(mw, "training", meeting, "update", {"title": "Taken"})])
    assert warned(result, f"training {meeting} (not_owner")
    assert refusals(hq, meeting) == [("not_owner", "")]
    assert hq.trainings.get(meeting).title == "Interregional meeting of national institutions"

    # headquarters' correction of the office's record goes back to the office
    hq.trainings.update(meeting, {"country_ids": [GT, MW]})
    net.sync("HQ", "GT-01")
    assert gt.trainings.get(meeting).country_ids == [GT, MW]
    assert net.dump("HQ").count("Interregional meeting") == net.dump("GT-01").count("Interregional meeting") == 1
