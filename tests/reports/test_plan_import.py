"""A plan's actions from a spreadsheet: the template's titles read back, a dry run that sorts rows into new, already
recorded and problem rows in one pass and writes nothing, the import, and a second import that adds nothing."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook, load_workbook

from app.services.programme.action_plans import create_plan
from app.services.store.query import ListQuery
from app.services.store.seed import country_id
from app.spreadsheets.plans import (
    ActionsImportFailed,
    commit_actions_import,
    plan_actions_import,
    recommendation_key,
    write_template,
)

GT = country_id("GT")


def test_a_recommendation_is_named_by_symbol_and_paragraph_however_written():
    for written in ("CAT/C/GTM/CO/7 ¶ 12(b)", "CAT/C/GTM/CO/7, 12(b)", "cat/c/gtm/co/7 para. 12(B)",
                    "CAT/C/GTM/CO/7 12(b)"):
        assert recommendation_key(written) == ("cat/c/gtm/co/7", "12(b)"), written


def test_dry_run_then_import_then_nothing_twice(fd, tmp_path):
    rec = fd.recommendations.create({"text": "Torture", "country_id": GT, "document_symbol": "CAT/C/GTM/CO/7",
                                     "paragraph": "12(b)"})
    project = fd.projects.create({"code": "GT-JUS", "title": "Justice", "country_id": GT})
    plan = create_plan(fd, {"country_id": GT, "title": "Plan", "period_start": date(2025, 1, 1)})
    template = tmp_path / "template.xlsx"
    write_template(template, lang="es")
    wb = load_workbook(template)
    ws = wb.active
    assert [c.value for c in ws[1]] == ["Acción", "Institución responsable", "Plazo", "Indicador", "Estado",
                                        "Recomendaciones que atiende", "Proyectos"]
    ws.append(["Tipificar la tortura", "Congreso", date(2026, 6, 30), "Ley aprobada", "En curso",
               "CAT/C/GTM/CO/7 ¶ 12(b)", "GT-JUS"])
    ws.append(["Capacitar a jueces", "Organismo Judicial", "30.06.2027", "", "", "", ""])
    ws.append(["Sin recomendación", "", "someday", "", "perhaps", "CAT/C/GTM/CO/7 ¶ 99", "XX-1"])
    ws.append(["Capacitar a jueces", "", "", "", "", "", ""])  # the same action twice in the file
    sheet = tmp_path / "actions.xlsx"
    wb.save(sheet)

    dry = plan_actions_import(fd, plan, sheet)
    assert [r["row"] for r in dry.new] == [2, 3] and dry.existing == [] and dry.problem_rows == [4, 5]
    assert {(p.row, p.column, p.message.code) for p in dry.problems} == {
        (4, "Plazo", "import_not_a_date"), (4, "Estado", "import_not_allowed"),
        (4, "Recomendaciones que atiende", "import_no_recommendation"), (4, "Proyectos", "import_no_project"),
        (5, "Acción", "appears_twice")}
    with pytest.raises(ActionsImportFailed):
        commit_actions_import(fd, dry)
    assert fd.plan_actions.count() == 0

    ws.delete_rows(4, 2)
    wb.save(sheet)
    dry = plan_actions_import(fd, plan, sheet)
    assert dry.ok and len(dry.new) == 2
    assert commit_actions_import(fd, dry) == 2
    first = fd.plan_actions.matching_rows(fd_query(plan), ["text", "status", "deadline", "recommendation_ids",
                                                          "project_ids", "sort_order"])
    assert [(a["text"], a["status"], a["deadline"], a["recommendation_ids"], a["project_ids"], a["sort_order"])
            for a in first] == [("Tipificar la tortura", "in_progress", date(2026, 6, 30), [rec], [project], 0),
                                ("Capacitar a jueces", "not_started", date(2027, 6, 30), [], [], 1)]
    again = plan_actions_import(fd, plan, sheet)
    assert again.new == [] and again.existing == [2, 3] and again.ok
    assert commit_actions_import(fd, again) == 0 and fd.plan_actions.count() == 2


def fd_query(plan):
    from app.services.store.query import ListQuery

    return ListQuery(filters={"plan_id": plan})


def test_a_sheet_without_the_action_column_is_refused(fd, tmp_path):
    from app.spreadsheets.read import ImportRefused

    plan = create_plan(fd, {"country_id": GT, "title": "Plan", "period_start": date(2025, 1, 1)})
    wb = Workbook()
    wb.active.append(["Something", "Else"])
    wb.active.append(["a", "b"])
    wb.save(tmp_path / "other.xlsx")
    with pytest.raises(ImportRefused, match="no column 'Action'") as refused:
        plan_actions_import(fd, plan, tmp_path / "other.xlsx")
    from app.vocabulary.problems import render_text  # the column as the reader's template titles it

    assert "n’a pas de colonne « Action »" in render_text(refused.value.problem, "fr")
    assert "нет столбца «Мера»" in render_text(refused.value.problem, "ru")
    assert "没有“行动”列" in render_text(refused.value.problem, "zh")


def test_the_demo_plans_and_an_import_from_the_command_line(demo, tmp_path, capsys):
    import json

    from app.cli import main

    profile = str(demo.folder.path)
    assert main(["--profile", profile, "plans", "list", "--json"]) == 0
    plans = {p["country"]: p for p in json.loads(capsys.readouterr().out)}
    assert sorted(plans) == ["BA", "GT", "MN", "MW", "RU"]
    assert plans["MW"]["actions"] == plans["GT"]["actions"] == 6 and plans["MW"]["unanswered_recommendations"] >= 1
    malawi = plans["MW"]["id"]
    linked = demo.plan_actions.matching_rows(ListQuery(filters={"plan_id": malawi}), ["recommendation_ids",
                                                                                      "project_ids"])
    assert sum(bool(a["recommendation_ids"]) for a in linked) == 4 and sum(bool(a["project_ids"]) for a in linked) == 3

    sheet = tmp_path / "actions.xlsx"
    assert main(["--profile", profile, "plans", "template", str(sheet), "--lang", "fr"]) == 0
    wb = load_workbook(sheet)
    wb.active.append(["Publier le rapport annuel de la commission", "Commission", "2027-03-31", "", "En cours"])
    wb.save(sheet)
    capsys.readouterr()
    assert main(["--profile", profile, "plans", "import", malawi, str(sheet), "--dry-run", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["written"] is None
    assert main(["--profile", profile, "plans", "import", malawi, str(sheet)]) == 0
    assert "Imported 1 action." in capsys.readouterr().out
    assert main(["--profile", profile, "plans", "import", malawi, str(sheet), "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert (again["new"], again["existing"], again["written"]) == ([], [2], 0)
