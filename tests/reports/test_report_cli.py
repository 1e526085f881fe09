"""The report and spreadsheet commands: what they write, and their errors (one line, exit 2 usage, 1 failure)."""

from __future__ import annotations

import json

import pytest
from openpyxl import Workbook, load_workbook
from report_helpers import completed_training, pdf_text, reported_mission

from app.cli import main
from app.services import FieldDesk
from app.services.store.export import export_json_text


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def ids(profile) -> tuple[str, str]:
    with FieldDesk.open(profile) as fd:
        return reported_mission(fd), completed_training(fd, "RU")


def test_report_commands_write_pdfs(demo_profile, tmp_path, capsys):
    mission, training = ids(demo_profile)
    p = ["--profile", str(demo_profile)]
    for argv, needle in [
        (["report", "mission", mission, "--lang", "fr", "--confidential"], "Rapport de mission"),
        (["report", "training", training, "--lang", "ru"], "Отчёт об учебном мероприятии"),
        (["report", "attendance", training], "Attendance sheet"),
        (["report", "certificates", training, "--lang", "es"], "Certificado de participación"),
        (["report", "summary", "--from", "2025-01-01", "--to", "2025-12-31"], "1 January 2025 to 31 December 2025"),
        (["report", "followup", "--country", "GT"], "Recommendation follow-up report"),
    ]:
        out = tmp_path / f"{argv[1]}.pdf"
        code, stdout, err = run(capsys, *p, *argv, "--out", str(out))
        assert code == 0 and f"Wrote {out}" in err, err
        assert needle in " ".join(pdf_text(out).split())
    assert "CONFIDENTIEL" in pdf_text(tmp_path / "mission.pdf")


@pytest.mark.parametrize("argv,code,needle", [
    (["report", "mission", "--out", "x.pdf"], 2, "required: ID"),
    (["report", "payroll", "--out", "x.pdf"], 2, "invalid choice"),
    (["report", "summary"], 2, "--out"),
    (["report", "summary", "--from", "2026-02-30", "--out", "x.pdf"], 2, "'2026-02-30' is not a date"),
    (["report", "summary", "--from", "2026-03-01", "--to", "2026-01-01", "--out", "x.pdf"], 2, "is before --from"),
    (["report", "summary", "--lang", "tlh", "--out", "x.pdf"], 2, "'tlh' is not a report language"),
    (["report", "mission", "nope", "--out", "x.pdf"], 1, "There is no mission with id nope"),
    (["report", "followup", "--country", "XX", "--out", "x.pdf"], 1, "'XX' is not an ISO 3166 country code"),
    (["report", "summary", "--office", "MW-01", "--out", "x.pdf"], 1, "reports on itself only"),
    (["report", "summary", "--out", "no/such/folder/x.pdf"], 1, "does not exist"),
    (["export", "xlsx", "--out", "-"], 2, "cannot go to standard output"),
    (["export", "json", "--table", "participant", "--out", "x.json"], 2, "--table applies to xlsx"),
    (["export", "xlsx", "--table", "payroll", "--out", "x.xlsx"], 1, "'payroll' is not a table"),
    (["template", "payroll", "--out", "x.xlsx"], 2, "invalid choice"),
    (["import", "xlsx", "missing.xlsx"], 1, "There is no file missing.xlsx"),
])
def test_errors_are_one_line(demo_profile, tmp_path, capsys, monkeypatch, argv, code, needle):
    monkeypatch.chdir(tmp_path)
    got, out, err = run(capsys, "--profile", str(demo_profile), *argv)
    assert got == code and needle in err and err.count("\n") == 1 and "Traceback" not in err, err


def test_export_xlsx_whole_database_and_one_table(demo_profile, tmp_path, capsys):
    p = ["--profile", str(demo_profile)]
    code, _, err = run(capsys, *p, "export", "xlsx", "--out", str(tmp_path / "all.xlsx"))
    assert code == 0 and "sheets" in err
    assert "Participants" in load_workbook(tmp_path / "all.xlsx").sheetnames
    code, _, err = run(capsys, *p, "export", "xlsx", "--table", "participant", "--out", str(tmp_path / "p.xlsx"),
                       "--lang", "ru")
    assert code == 0 and load_workbook(tmp_path / "p.xlsx").sheetnames == ["Участники"]


def test_template_dry_run_then_import(field_profile, tmp_path, capsys):
    p = ["--profile", str(field_profile)]
    template = tmp_path / "trainings.xlsx"
    assert run(capsys, *p, "template", "trainings", "--out", str(template))[0] == 0
    wb = load_workbook(template)
    header = [c.value for c in wb.worksheets[0][1]]
    row = {"Title": "Seminar on treaty reporting", "Country": "GT", "Start date": "2026-04-01",
           "End date": "2026-04-02", "Form": "Seminar"}
    wb.worksheets[0].append([row.get(h) for h in header])
    wb.save(template)
    with FieldDesk.open(field_profile) as fd:
        before = export_json_text(fd)
    code, out, _ = run(capsys, *p, "import", "xlsx", str(template), "--dry-run", "--json")
    preview = json.loads(out)
    assert code == 0 and preview["ok"] and preview["new"] == 1 and not preview["written"]
    with FieldDesk.open(field_profile) as fd:
        assert export_json_text(fd) == before
    code, out, _ = run(capsys, *p, "import", "xlsx", str(template))
    assert code == 0 and "Imported: 1 training activity;" in out
    code, out, _ = run(capsys, *p, "import", "xlsx", str(template))
    assert code == 0 and "nothing new; 1 row was already recorded" in out


def test_import_with_problems_fails_and_lists_them(field_profile, tmp_path, capsys):
    path = tmp_path / "p.xlsx"
    wb = Workbook()
    wb.active.append(["Full name", "Sex"])
    wb.active.append(["Ana", "unknown-sex"])
    wb.save(path)
    code, out, err = run(capsys, "--profile", str(field_profile), "import", "xlsx", str(path))
    assert code == 1 and "row 2, column 'Sex': “unknown-sex” is not one of the allowed values" in out
    assert "Nothing was imported." in err and err.count("\n") == 1
