"""Several countries across sites (SQLite and PostgreSQL headquarters): a field office's interregional activity
reaches headquarters, which counts it under each of its countries and once in totals; it stays the office's, and
covering another office's country gives that office no right over it nor a copy of it."""

from __future__ import annotations

from datetime import date

from app.services import ListQuery
from app.services.programme.stats import Period
from app.services.store.seed import country_id, region_id
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


def test_a_peer_on_the_schema_before_several_countries_still_syncs(net):
    """A bundle of schema 0016 knows no scope: its new activity reads as national, and its change to a regional one
    (the title) leaves the countries covered as they were."""
    import msgspec
    from sqlalchemy import select

    from app.models.sync import SyncInbound
    from tests.sync.attack import log_mark, logged_since
    from tests.sync.craft import craft_bundle

    hq, gt = net["HQ"], net["GT-01"]
    sv, hn = country_id("SV"), country_id("HN")
    meeting = gt.trainings.create({
        "title": "Regional meeting", "country_id": GT, "scope": "regional", "region_ids": [region_id("013")],
        "country_ids": [GT, sv, hn], "start_date": date(2026, 5, 4), "end_date": date(2026, 5, 6),
        "status": "completed"})
    net.sync("GT-01", "HQ")
    mark = log_mark(gt)
    course = gt.trainings.create({"title": "Course for judges", "country_id": GT, "start_date": date(2026, 6, 1),
                                  "end_date": date(2026, 6, 2), "status": "completed"})
    gt.trainings.update(meeting, {"title": "Regional meeting of national institutions"})
    new_fields = ("scope", "region_ids", "country_ids")
    old = [msgspec.structs.replace(c, new={k: v for k, v in c.new.items() if k not in new_fields},
                                   old={k: v for k, v in c.old.items() if k not in new_fields})
           for c in logged_since(gt, mark)]
    assert any(c.op == "create" for c in old) and not any(set(new_fields) & set(c.new) for c in old)
    with hq.reading() as conn:
        last = conn.execute(select(SyncInbound.__table__.c.last_seq)).scalar() or 0
    bundle = craft_bundle(net, "GT-01", "HQ", old, sequence=last + 1, manifest_changes={"schema_version": "0016"})
    result = net.deliver(bundle, "HQ")
    assert result.warnings == []
    assert (hq.trainings.get(course).scope, hq.trainings.get(course).country_ids) == ("national", [])
    row = hq.trainings.get(meeting)
    assert (row.title, row.scope, row.country_ids) == ("Regional meeting of national institutions", "regional",
                                                        [GT, sv, hn])
    assert hq.stats.activities_by_country(Period().held()) == {GT: 2, sv: 1, hn: 1}
