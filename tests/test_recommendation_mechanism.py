"""A recommendation's mechanism: the reference lists every site is seeded with, the fields the services check and
log, search by document symbol, and the exports that carry them."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

from app.models.validation import ValidationFailed
from app.services import ListQuery
from app.services.store.export import export_json_text
from app.services.store.seed import affected_group_id, country_id, sdg_target_id, theme_id, treaty_body_id, upr_cycle_id
from tests.test_changelog import log_rows


def mechanism_record(fd) -> str:
    return fd.recommendations.create({
        "text": "Establish a national human rights institution in line with the Paris Principles.",
        "source": "upr", "country_id": country_id("MW"), "thematic_area_id": theme_id("nhri"),
        "upr_cycle_id": upr_cycle_id("3"), "recommending_state_id": country_id("GT"),
        "document_symbol": "A/HRC/36/9", "paragraph": "129.41", "issued_date": "2017-07-14",
        "response": "supported", "response_comment": "The Commission Act is being revised.",
        "affected_group_ids": [affected_group_id("defenders")],
        "sdg_target_ids": [sdg_target_id("16.a"), sdg_target_id("16.3")]})


def test_every_site_is_seeded_with_the_mechanisms_lists(fd):
    def codes(table):
        return [r["code"] for r in fd.service(table).matching_rows(ListQuery(), ["code"])]

    assert codes("treaty_body") == ["CCPR", "CESCR", "CERD", "CEDAW", "CAT", "SPT", "CRC", "CMW", "CRPD", "CED"]
    assert codes("upr_cycle") == ["1", "2", "3", "4"]
    targets = fd.service("sdg_target").matching_rows(ListQuery(), ["code", "goal"])
    assert len(targets) == 169 and {t["goal"] for t in targets} == set(range(1, 18))
    assert [t["code"] for t in targets if t["goal"] == 16][-3:] == ["16.10", "16.a", "16.b"]
    assert "children" in codes("affected_group")


def test_the_mechanism_is_checked_logged_and_found_by_its_symbol(fd):
    rid = mechanism_record(fd)
    rec = fd.recommendations.get(rid)
    assert (rec.document_symbol, rec.paragraph, rec.response) == ("A/HRC/36/9", "129.41", "supported")
    created = log_rows(fd, rid)[0]["new"]
    assert created["upr_cycle_id"] == upr_cycle_id("3") and created["sdg_target_ids"] == [sdg_target_id("16.a"),
                                                                                        sdg_target_id("16.3")]
    fd.recommendations.update(rid, {"response": "noted", "treaty_body_id": treaty_body_id("CAT")})
    change = log_rows(fd, rid)[-1]
    assert change["old"]["response"] == "supported" and change["new"]["treaty_body_id"] == treaty_body_id("CAT")
    fd.recommendations.create({"text": "Ratify the Optional Protocol.", "country_id": country_id("MW"),
                               "document_symbol": "CAT/C/MWI/CO/1"})
    assert fd.recommendations.ids(ListQuery(search="A/HRC/36")) == [rid]
    assert fd.recommendations.ids(ListQuery(search="hrc 36 9")) == [rid]
    assert fd.recommendations.count(ListQuery(filters={"sdg_target_ids": sdg_target_id("16.3")})) == 1
    with pytest.raises(ValidationFailed):
        fd.recommendations.update(rid, {"response": "rejected"})
    with pytest.raises(ValidationFailed):
        fd.recommendations.update(rid, {"sdg_target_ids": ["no-such-target"]})


def test_json_and_xlsx_exports_carry_the_mechanism(fd, tmp_path):
    from app.spreadsheets.export import export_table

    rid = mechanism_record(fd)
    dump = json.loads(export_json_text(fd))
    row = next(r for r in dump["tables"]["recommendation"] if r["id"] == rid)
    assert row["document_symbol"] == "A/HRC/36/9" and row["affected_group_ids"] == [affected_group_id("defenders")]
    assert len(dump["tables"]["sdg_target"]) == 169
    out = tmp_path / "recs.xlsx"
    export_table(fd, "recommendation", out, lang="fr")
    ws = load_workbook(out).active
    header = [c.value for c in ws[1]]
    values = dict(zip(header, [c.value for c in ws[2]], strict=True))
    assert values["Symbole du document"] == "A/HRC/36/9" and values["Réponse de l'État"] == "Acceptée"
    assert values["Cibles des ODD"] == "16.a; 16.3"
