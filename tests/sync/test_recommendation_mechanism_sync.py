"""A recommendation's mechanism travels in bundles like its other fields; the lists behind it are the same records at
every site, so headquarters' edits to them reach the offices."""

from __future__ import annotations

from app.services.store.seed import affected_group_id, country_id, sdg_target_id, treaty_body_id


def test_the_mechanism_reaches_headquarters_and_a_renamed_list_entry_reaches_the_office(net):
    hq, gt = net["HQ"], net["GT-01"]
    rid = gt.recommendations.create({
        "text": "Criminalise torture in line with the Convention.", "source": "treaty_body",
        "country_id": country_id("GT"), "treaty_body_id": treaty_body_id("CAT"), "document_symbol": "CAT/C/GTM/CO/7",
        "paragraph": "11", "response": "under_consideration",
        "affected_group_ids": [affected_group_id("deprived_of_liberty")],
        "sdg_target_ids": [sdg_target_id("16.3")]})
    result = net.sync("GT-01", "HQ")
    assert result.conflicts == 0 and result.held == 0
    at_hq = hq.recommendations.get(rid)
    assert (at_hq.treaty_body_id, at_hq.document_symbol, at_hq.paragraph, at_hq.response) == (
        treaty_body_id("CAT"), "CAT/C/GTM/CO/7", "11", "under_consideration")
    assert at_hq.sdg_target_ids == [sdg_target_id("16.3")]
    hq.service("affected_group").update(affected_group_id("deprived_of_liberty"), {"name": "Detainees"})
    net.sync("HQ", "GT-01")
    assert gt.service("affected_group").get(affected_group_id("deprived_of_liberty")).name == "Detainees"
