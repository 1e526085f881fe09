"""Reference lists headquarters extends (issue 22): a thematic area and a target group headquarters adds, with their
Spanish names, reach an office in the next bundle and are used there at once (an activity saved with them, the
statistics, a report and a spreadsheet in Spanish); a rename keeps the translations; a retired entry still names old
records but is no longer offered; an office cannot change the lists. On SQLite and PostgreSQL headquarters."""

from __future__ import annotations

import io
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.models.validation import ValidationFailed
from app.reports import build_report
from app.services.errors import NotAllowed
from app.services.store.lookups import reference_choices
from app.services.store.reference_lists import add_entry, edit_entry
from app.services.store.seed import country_id, theme_id
from app.spreadsheets.export import export_table


def pdf_text(fd, kind: str, **options) -> str:
    out = io.BytesIO()
    build_report(fd, kind, out, lang="es", **options)
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(out).pages)


def test_a_new_theme_and_target_group_reach_an_office_and_are_used_there_in_spanish(net, tmp_path):
    hq, gt = net["HQ"], net["GT-01"]
    theme = add_entry(hq, "thematic_area", "migration", "Migration and human rights",
                      {"fr": "Migrations et droits de l'homme", "es": "Migración y derechos humanos"})
    group = add_entry(hq, "stakeholder_type", "migrant_orgs", "Migrant organisations",
                      {"es": "Organizaciones de migrantes"})
    edit_entry(hq, "thematic_area", theme_id("justice"), {"name": "Justice and the rule of law"})
    with pytest.raises(ValidationFailed):  # a code is one entry for good, whatever its letter case
        add_entry(hq, "thematic_area", "MIGRATION", "Migration again")
    with pytest.raises(NotAllowed):  # retired, never deleted: records point to it
        hq.thematic_areas.delete(theme)
    net.sync("HQ", "GT-01")

    offered = {c.id: c for c in reference_choices(gt)["thematic_area"]}
    assert offered[theme].names["es"] == "Migración y derechos humanos" and not offered[theme].retired
    training = gt.trainings.create({"title": "Derechos de las personas migrantes", "country_id": country_id("GT"),
                                    "start_date": date(2026, 3, 2), "end_date": date(2026, 3, 4),
                                    "status": "completed", "theme_ids": [theme, theme_id("justice")],
                                    "target_group_ids": [group]})
    assert gt.stats.activities_by_theme()[theme] == 1

    report = pdf_text(gt, "training", record_id=training)
    assert "Migración y derechos humanos" in report
    assert "Administración de justicia" in report, "a rename at headquarters keeps the shipped translation"
    assert "Organizaciones de migrantes" in report
    summary = pdf_text(gt, "summary", date_from=date(2026, 1, 1), date_to=date(2026, 12, 31))
    assert "Organizaciones de migrantes" in summary  # activities by target group
    sheet = tmp_path / "trainings.xlsx"
    export_table(gt, "training", sheet, lang="es")
    cells = {str(c.value) for row in load_workbook(sheet).active.iter_rows() for c in row if c.value}
    assert "Migración y derechos humanos; Administración de justicia" in cells

    with pytest.raises(NotAllowed):  # the lists are headquarters'
        edit_entry(gt, "thematic_area", theme, {"name": "Local name"})
    with pytest.raises(NotAllowed):
        add_entry(gt, "thematic_area", "local", "Local theme")

    edit_entry(hq, "thematic_area", theme, {"retired": True, "names": {"es": "Migración"}})
    net.sync("HQ", "GT-01")
    retired = next(c for c in reference_choices(gt)["thematic_area"] if c.id == theme)
    assert retired.retired and gt.thematic_areas.get(theme).names == {"es": "Migración"}
    assert "Migración" in pdf_text(gt, "training", record_id=training)  # old records still name it
