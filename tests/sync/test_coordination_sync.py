"""The coordination register across sites (SQLite and PostgreSQL headquarters): headquarters' partners reach every
office; an office's own partner and its activities reach headquarters, which sees them in its ranking's evidence
and its others-working-on-this; a partner headquarters renames is renamed at the office."""

from __future__ import annotations

from datetime import date

from app.services.programme.coordination import others_working_on, similar_partners
from app.services.store.seed import country_id, theme_id


def test_partners_and_activities_travel(net):
    hq, gt, mw = net["HQ"], net["GT-01"], net["MW-01"]
    undp = hq.partners.create({"name": "United Nations Development Programme", "acronym": "UNDP"})
    net.sync("HQ", "GT-01")
    net.sync("HQ", "MW-01")
    assert gt.partners.get(undp).acronym == "UNDP" and mw.partners.exists(undp)
    assert [p["id"] for p in similar_partners(gt, "Programa de las Naciones Unidas para el Desarrollo", "undp")] \
        == [undp], "an office is shown headquarters' partner before recording it again"
    ngo = gt.partners.create({"name": "Asociación de Jueces por la Integridad", "acronym": "AJG", "kind": "ngo",
                              "country_id": country_id("GT")})
    planned = gt.partner_activities.create({
        "partner_id": undp, "title": "Access to justice", "country_id": country_id("GT"), "stage": "existing",
        "theme_ids": [theme_id("justice")], "start_date": date(2024, 1, 1), "end_date": date(2027, 12, 31),
        "amount": 4_500_000, "currency": "USD"})
    gt.partner_activities.create({"partner_id": ngo, "title": "Judges' peer network", "country_id": country_id("GT"),
                                  "stage": "planned", "theme_ids": [theme_id("justice")]})
    request = gt.requests.create({"title": "Training of judges", "requesting_authority": "Organismo Judicial",
                                  "country_id": country_id("GT"), "received_date": date(2026, 3, 1),
                                  "theme_ids": [theme_id("justice")]})
    net.sync("GT-01", "HQ")
    assert hq.partners.get(ngo).owner_office == "GT-01"
    assert hq.partner_activities.get(planned).amount == 4_500_000
    assert [o.partner for o in others_working_on(hq, "assistance_request", request)] == ["UNDP", "AJG"]
    hq.partners.update(undp, {"name": "UNDP (United Nations Development Programme)"})
    net.sync("HQ", "GT-01")
    assert gt.partners.get(undp).name == "UNDP (United Nations Development Programme)"
