"""The implementation matrix: its groups by thematic area and mechanism against records counted by hand, the
projects that answer each recommendation, its filters, and the printed French matrix."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.reports import build_report
from app.reports.lookups import ReportRefused
from app.reports.matrix import matrix_rows
from app.services.store.seed import country_id, theme_id
from app.spreadsheets.uhri import commit_recommendations, plan_recommendations
from tests.reports.report_helpers import pdf_text

SAMPLE = Path(__file__).parent / "samples" / "uhri_malawi.csv"


@pytest.fixture
def malawi(fd):
    commit_recommendations(fd, plan_recommendations(fd, SAMPLE, country="MW"))
    return fd


def test_the_matrix_groups_by_theme_and_mechanism_with_the_projects_that_answer(malawi, tmp_path):
    fd = malawi
    nhri = fd.projects.create({"code": "MW-NHRI", "title": "Commission support", "country_id": country_id("MW")})
    jus = fd.projects.create({"code": "MW-JUS", "title": "Justice", "country_id": country_id("MW")})
    mission = fd.missions.create({"title": "Needs assessment", "country_id": country_id("MW"), "project_ids": [jus]})
    by_symbol = {r["document_symbol"] + r["paragraph"]: r["id"] for r in matrix_rows(fd, country="MW")[1]}
    fd.recommendations.update(by_symbol["A/HRC/46/9117.12"], {"project_ids": [nhri]})
    fd.recommendations.update(by_symbol["CAT/C/MWI/CO/112(b)"], {"mission_id": mission, "status": "implemented"})
    fd.recommendations.create({"text": "Not Malawi", "country_id": country_id("MN"), "document_symbol": "X/1"})

    _, recs = matrix_rows(fd, country="mw")
    assert len(recs) == 6
    groups = {(r["thematic_area_id"], r["source"]) for r in recs}
    assert groups == {(theme_id("nhri"), "upr"), (theme_id("action_plans"), "treaty_body"),
                      (theme_id("justice"), "treaty_body"), (theme_id("justice"), "special_procedure"),
                      (theme_id("constitutional_reform"), "treaty_body"), (None, "upr")}
    projects = {r["document_symbol"] + r["paragraph"]: r["projects"] for r in recs if r["projects"]}
    assert projects == {"A/HRC/46/9117.12": [nhri], "CAT/C/MWI/CO/112(b)": [jus]}
    assert len(matrix_rows(fd, country="MW", theme="justice")[1]) == 2
    assert [r["paragraph"] for r in matrix_rows(fd, country="MW", sdg="16.A")[1]] == ["117.12", "12(b)"]

    out = tmp_path / "matrix.pdf"
    build_report(fd, "matrix", out, country="MW", lang="fr")
    text = " ".join(pdf_text(out).split())
    for words in ("Matrice de mise en œuvre", "Recommandations adressées à Malawi", "Institutions nationales",
                  "Examen périodique universel, cycle 3", "CAT/C/MWI/CO/1, ¶ 12(b)", "MW-JUS Justice",
                  "MW-NHRI Commission support", "Acceptée", "Sans domaine thématique", "Total 6 0 2 1"):
        assert words in text, words
    for bad, message in ((dict(country=None), "about one country"), (dict(country="MW", theme="peace"),
                                                                     "not a thematic area"),
                         (dict(country="MW", sdg="18.1"), "not an SDG target")):
        with pytest.raises(ReportRefused, match=message):
            matrix_rows(fd, **bad)
