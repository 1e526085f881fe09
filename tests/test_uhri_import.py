"""Importing the Universal Human Rights Index's export: the dry run's counts, a re-import that adds nothing, the
mapping of mechanisms, targets and groups, and files that are refused with a message and nothing written."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.cli import main
from app.services import ListQuery
from app.services.store.seed import affected_group_id, country_id, sdg_target_id, theme_id, treaty_body_id, upr_cycle_id
from app.spreadsheets.read import ImportRefused
from app.spreadsheets.uhri import EXISTING, commit_recommendations, plan_recommendations

SAMPLE = Path(__file__).parent / "samples" / "uhri_malawi.csv"


def test_the_dry_run_counts_then_the_import_maps_and_a_second_import_adds_nothing(fd):
    fd.recommendations.create({"text": "Abolish the death penalty.", "country_id": country_id("MW"),
                               "document_symbol": "A/HRC/46/9 ", "paragraph": "117.3"})
    plan = plan_recommendations(fd, SAMPLE, country="MW")
    assert plan.ok and plan.summary_line() == ("5 new, 2 already recorded, 1 for another country (left out).")
    assert fd.recommendations.count() == 1  # a dry run writes nothing
    assert commit_recommendations(fd, plan) == 5
    [cat] = fd.recommendations.ids(ListQuery(search="CAT/C/MWI/CO/1"))
    rec = fd.recommendations.get(cat)
    assert (rec.source, rec.treaty_body_id, rec.paragraph) == ("treaty_body", treaty_body_id("CAT"), "12(b)")
    assert rec.sdg_target_ids == [sdg_target_id("16.3"), sdg_target_id("16.a")]
    assert rec.affected_group_ids == [affected_group_id("deprived_of_liberty")] and rec.thematic_area_id == theme_id(
        "justice")
    [upr] = fd.recommendations.ids(ListQuery(search="Paris Principles"))
    rec = fd.recommendations.get(upr)
    assert (rec.source, rec.upr_cycle_id, rec.recommending_state_id, rec.response) == (
        "upr", upr_cycle_id("3"), country_id("SL"), "supported")
    assert rec.thematic_area_id == theme_id("nhri")
    [sp] = fd.recommendations.ids(ListQuery(search="albinism"))
    assert fd.recommendations.get(sp).source == "special_procedure"
    assert "albinism" in fd.recommendations.get(sp).mandate

    again = plan_recommendations(fd, SAMPLE, country="MW")
    assert again.count("create") == 0 and again.count(EXISTING) == 7
    assert commit_recommendations(fd, again) == 0 and fd.recommendations.count() == 6


def test_the_command_line_imports_and_reports_in_json(field_profile, capsys):
    profile = ["--profile", str(field_profile)]
    assert main([*profile, "import", "recommendations", str(SAMPLE), "--country", "MW", "--dry-run", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["new"], out["existing"], out["other_country"], out["written"]) == (6, 1, 1, False)
    assert main([*profile, "import", "recommendations", str(SAMPLE), "--country", "MW"]) == 0
    assert "Imported 6 recommendations." in capsys.readouterr().out
    assert main([*profile, "import", "recommendations", str(SAMPLE), "--country", "XX"]) != 0
    assert "'XX' is not a country code" in capsys.readouterr().err


@pytest.mark.parametrize(("content", "message"), [
    (b"Recommendation,Document symbol,Country\n\"=HYPERLINK(\"\"http://x\"\")\",A/1,Malawi\n",
     "holds a spreadsheet formula"),
    ("Recommendation,Document symbol,Country\nR\u00e9former,A/1,Malawi\n".encode("latin-1"), "is not UTF-8 text"),
    (b"Name,Age\nx,1\n", "does not look like an export of the Universal Human Rights Index"),
    (b"Recommendation,Document symbol,Country\nx\x00y,A/1,Malawi\n", "NUL bytes"),
    ("Recommendation,Document symbol,Country\n\"{}\",A/1,Malawi\n".format("x" * 200_000).encode(), "characters"),
    ("Recommendation,Document symbol,Country\nFree all detainees,,Malawi\nOK\u202e,A/2,Atlantis\n".encode(),
     "is empty: every recommendation"),
])
def test_hostile_or_foreign_files_are_refused_and_nothing_is_written(fd, tmp_path, content, message):
    path = tmp_path / "export.csv"
    path.write_bytes(content)
    try:
        plan = plan_recommendations(fd, path, country="MW")
    except ImportRefused as refused:
        assert message in str(refused) and "\n" not in str(refused)
    else:
        assert not plan.ok and message in " ".join(p.message for p in plan.problems), plan.problems
        with pytest.raises(Exception, match="Nothing was imported"):
            commit_recommendations(fd, plan)
    assert fd.recommendations.count() == 0


def test_an_xlsx_export_and_an_old_xls_file(fd, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["Annotation", "Symbol", "Para", "Mechanism", "Country"])
    wb.active.append(["Ratify the Convention on Enforced Disappearance.", "A/HRC/46/9", "117.1", "UPR", "MWI"])
    wb.save(tmp_path / "export.xlsx")
    plan = plan_recommendations(fd, tmp_path / "export.xlsx")
    assert plan.ok and plan.count("create") == 1 and plan.rows[0].data["source"] == "upr"
    shutil.copy(tmp_path / "export.xlsx", tmp_path / "export.xls")
    (tmp_path / "old.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(ImportRefused, match="old Excel 97-2003"):
        plan_recommendations(fd, tmp_path / "old.xlsx")
    with pytest.raises(ImportRefused, match="neither a CSV file"):
        plan_recommendations(fd, tmp_path / "export.xls")
