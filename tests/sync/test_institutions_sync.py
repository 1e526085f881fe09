"""National institutions across sites (SQLite and PostgreSQL headquarters): an office's institution, its regional
office, concern and the project linked to it reach headquarters; headquarters' accreditation review reaches the
office, whose current status follows; headquarters records one for a country with an office, which owns it."""

from __future__ import annotations

from datetime import date

import pytest

from app.services.errors import NotAllowed
from app.services.programme.institutions import linked_work, standing
from app.services.store.seed import country_id


def test_profiles_and_reviews_travel_both_ways(net):
    hq, gt = net["HQ"], net["GT-01"]
    pdh = gt.institutions.create({"name": "Procurador de los Derechos Humanos", "acronym": "PDH",
                                  "country_id": country_id("GT"), "established": date(1987, 8, 19)})
    gt.institution_offices.create({"institution_id": pdh, "place": "Cobán", "opened": date(1998, 2, 1)})
    gt.institution_concerns.create({"institution_id": pdh, "text": "Budget cut after unwelcome decisions"})
    project = gt.projects.create({"code": "GT-2026-01", "title": "Ombudsman support", "country_id": country_id("GT"),
                                  "institution_id": pdh})
    net.sync("GT-01", "HQ")
    assert hq.institutions.get_row(pdh)["owner_office"] == "GT-01"
    assert [w.record_id for w in linked_work(hq, pdh)["project"]] == [project]
    assert hq.institution_offices.count() == 1 and hq.institution_concerns.count() == 1

    hq.institution_accreditations.create({"institution_id": pdh, "review_date": date(2019, 3, 11), "status": "a",
                                          "next_review": date(2024, 3, 11)})
    hq.institution_accreditations.create({"institution_id": pdh, "review_date": date(2024, 10, 7), "status": "b"})
    net.sync("MW-01", "HQ")  # headquarters learns of the Lilongwe office
    mhrc = hq.institutions.create({"name": "Malawi Human Rights Commission", "country_id": country_id("MW")})
    assert hq.institutions.get_row(mhrc)["owner_office"] == "MW-01"  # its country's office's work
    net.sync("HQ", "GT-01")
    now = standing(gt, pdh)
    assert (now.status, now.review_date) == ("b", date(2024, 10, 7))
    with pytest.raises(NotAllowed):  # GANHRI's decisions are headquarters' to record
        gt.institution_accreditations.create({"institution_id": pdh, "review_date": date(2025, 1, 1),
                                              "status": "a"})
    net.sync("HQ", "MW-01")
    assert net["MW-01"].institutions.get_row(mhrc)["name"] == "Malawi Human Rights Commission"
