"""Spreadsheets: exports (frozen bold header, filters, real dates, labels in the language), export then import
round-trips, dry runs, problems by row and column, matching instead of duplicating, and bad files refused with the
database unchanged."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime

import pytest
from openpyxl import Workbook, load_workbook

from app.services import FieldDesk, ListQuery
from app.services.store.export import export_json_text
from app.services.store.seed import country_id, region_id
from app.spreadsheets.export import ExportError, export_database, export_list, export_table
from app.spreadsheets.importer import CREATE, EXISTING, commit_import, plan_import, write_template
from app.spreadsheets.read import ImportRefused


def data_rows(path, sheet_index=0, drop_id=True) -> list[tuple]:
    ws = load_workbook(path).worksheets[sheet_index]
    rows = [tuple(c.value for c in row) for row in ws.iter_rows(min_row=2)]
    return sorted(r[:-1] if drop_id else r for r in rows)


def write_sheet(path, header, rows) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)


def test_export_list_as_filtered_with_header_filters_dates_and_labels(demo, tmp_path):
    query = ListQuery(filters={"country_id": country_id("RU")}, sort=("start_date",), limit=3)
    out = tmp_path / "trainings.xlsx"
    written = export_list(demo, "training", query, out, lang="fr")
    expected = demo.trainings.ids(query.with_(limit=None))
    assert written == len(expected) > 3  # the whole filtered list, not one page of it
    ws = load_workbook(out).worksheets[0]
    header = [c.value for c in ws[1]]
    assert ws.title == "Activités de formation" and ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{ws.cell(1, len(header)).column_letter}{written + 1}"
    assert all(c.font.bold for c in ws[1])
    assert header[:4] == ["Titre", "Forme", "Groupes cibles", "Domaines thématiques"]
    start = header.index("Date de début")
    first = demo.trainings.get(expected[0])
    assert ws.cell(2, start + 1).value == datetime.combine(first.start_date, datetime.min.time())
    assert ws.cell(2, start + 1).number_format == "yyyy-mm-dd"
    assert isinstance(ws.cell(2, header.index("Coût (USD)") + 1).value, (int, float))
    assert {ws.cell(r, header.index("Pays") + 1).value for r in range(2, written + 2)} == {"RU"}
    assert ws.cell(2, 2).value in {"Cours de formation", "Atelier", "Séminaire", "Bourse", "Service consultatif",
                                   "Consultation d'experts"}
    assert ws.column_dimensions["A"].width > 20
    assert [ws.cell(r, len(header)).value for r in range(2, written + 2)] == expected


def test_export_database_has_one_sheet_per_table(demo, tmp_path):
    out = tmp_path / "all.xlsx"
    counts = export_database(demo, out, lang="es")
    wb = load_workbook(out)
    assert len(wb.sheetnames) == len(counts) and "Participantes" in wb.sheetnames
    assert counts["participant"] == demo.participants.count()
    assert wb["Participantes"].max_row == counts["participant"] + 1


def test_export_refuses_bad_targets(demo, tmp_path):
    with pytest.raises(ExportError, match="'payroll' is not a table"):
        export_table(demo, "payroll", tmp_path / "x.xlsx")
    with pytest.raises(ExportError, match=r"\.xlsx file"):
        export_table(demo, "participant", tmp_path / "x.csv")


@pytest.mark.parametrize("table", ["participant", "training", "mission"])
def test_export_then_import_round_trips_to_the_same_data(demo, field_profile, tmp_path, table):
    exported = tmp_path / f"{table}.xlsx"
    export_table(demo, table, exported, lang="ru")
    with FieldDesk.open(field_profile) as target:
        # projects are referenced by code; the target office knows the same projects
        projects = demo.projects.rows(demo.projects.ids(), ["code", "title"])
        target.projects.create_many([{"code": p["code"], "title": p["title"]} for p in projects])
        plan = plan_import(target, exported)
        assert plan.ok, plan.problems[:5]
        assert plan.count(CREATE) == demo.service(table).count()
        commit_import(target, plan)
        again = tmp_path / f"{table}-again.xlsx"
        export_table(target, table, again, lang="ru")
        assert data_rows(again) == data_rows(exported)
        before = export_json_text(target)
        replan = plan_import(target, exported)  # re-importing the same file creates no duplicates
        assert replan.ok and replan.count(CREATE) == 0 and replan.count(EXISTING) == len(plan.rows)
        commit_import(target, replan)
        assert export_json_text(target) == before


def test_template_then_import_participants_into_a_training(fd, tmp_path):
    training = fd.trainings.create({"title": "Taller", "form": "workshop", "country_id": country_id("GT"),
                                    "start_date": "2026-05-04", "end_date": "2026-05-05"})
    already = fd.participants.create({"full_name": "José Luis Pérez", "organisation": "Organismo Judicial"})
    template = tmp_path / "template.xlsx"
    write_template("participants", template, lang="es")
    wb = load_workbook(template)
    ws = wb.worksheets[0]
    assert [c.value for c in ws[1]][:3] == ["Nombre completo", "Sexo", "Organización"] and ws.max_row >= 1
    ws.append(["Ana Lucía Tzul", "Mujer", "Procuraduría de los Derechos Humanos", "Auxiliar", "Institución nacional "
               "de derechos humanos", "GT", "ana@example.org", None, "sí"])
    ws.append(["jose luis PEREZ", "male", "Organismo Judicial"])
    wb.save(template)
    before = export_json_text(fd)
    plan = plan_import(fd, template, into_training=training)
    assert plan.ok and export_json_text(fd) == before  # planning writes nothing
    assert [r.action for r in plan.rows] == [CREATE, EXISTING] and plan.rows[1].existing_id == already
    result = commit_import(fd, plan)
    assert result.created == {"participant": 1, "enrollment": 2}
    enrolled = fd.participants.list(ListQuery(filters={"enrolled_in": training})).rows
    assert sorted(p.full_name for p in enrolled) == ["Ana Lucía Tzul", "José Luis Pérez"]
    ana = next(p for p in enrolled if p.full_name == "Ana Lucía Tzul")
    assert ana.sex == "female" and ana.consent_contact and ana.country_id == country_id("GT")
    again = plan_import(fd, template, into_training=training)
    assert again.count(CREATE) == 0 and again.enrollments == 0


def test_probable_matches_are_offered_and_can_be_chosen(fd, tmp_path):
    known = fd.participants.create({"full_name": "Chikondi Banda", "organisation": "High Court of Malawi"})
    path = tmp_path / "p.xlsx"
    write_sheet(path, ["Full name", "Organisation"], [["Chikondi Bandaa", "High Court of Malawi"]])
    plan = plan_import(fd, path)
    row = plan.rows[0]
    assert row.action == CREATE and [c.id for c in row.candidates] == [known]
    assert "probably already recorded as: Chikondi Banda" in "\n".join(plan.describe())
    plan.choose(row.row, known)
    result = commit_import(fd, plan)
    assert result.created["participant"] == 0 and fd.participants.count() == 1


def test_every_problem_is_reported_by_row_and_column_and_nothing_is_written(fd, tmp_path):
    path = tmp_path / "t.xlsx"
    write_sheet(path, ["Title", "Form", "Country", "Start date", "End date", "Cost (USD)"], [
        ["Course A", "training_course", "GT", date(2026, 3, 1), date(2026, 3, 2), 100],
        [None, "workshop", "GT", "2026-03-01", "2026-03-02", None],
        ["Course B", "picnic", "XX", "31/02/2026", "2026-03-02", "cheap"],
        ["Course C", "Séminaire", "MW", "2026-03-05", "2026-03-01", None],
        ["course a", "Training course", "gt", "2026-03-01", "2026-03-02", 100],
    ])
    before = export_json_text(fd)
    plan = plan_import(fd, path)
    found = {(p.row, p.column): p.message for p in plan.problems}
    assert found[(3, "Title")] == "missing required value"
    assert "'picnic' is not one of the allowed values" in found[(4, "Form")]
    assert "'XX' is not a known country" in found[(4, "Country")]
    assert "'31/02/2026' is not a date" in found[(4, "Start date")]
    assert "'cheap' is not a number" in found[(4, "Cost (USD)")]
    assert "before the start date" in found[(5, "End date")]
    assert found[(6, "")] == "duplicate of row 2"
    assert not plan.ok
    with pytest.raises(Exception, match="nothing was written"):
        commit_import(fd, plan)
    assert export_json_text(fd) == before


def _encrypted_copy(source, target) -> None:
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    with open(source, "rb") as fh:
        OOXMLFile(fh).encrypt("secret", out)
    target.write_bytes(out.getvalue())


def _bad_file(kind: str, tmp_path, good):
    path = tmp_path / f"{kind}.xlsx"
    if kind == "not_xlsx":
        path.write_text("name,organisation\nAna,PDH\n")
    elif kind == "zip_not_xlsx":
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("hello.txt", "hi")
    elif kind == "empty_file":
        path.write_bytes(b"")
    elif kind == "empty_workbook":
        Workbook().save(path)
    elif kind == "headers_only":
        write_sheet(path, ["Full name", "Organisation"], [])
    elif kind == "wrong_headers":
        write_sheet(path, ["Full name", "Shoe size"], [["Ana", 38]])
    elif kind == "unrelated_headers":
        write_sheet(path, ["Invoice", "Amount"], [["A-1", 38]])
    elif kind == "password":
        _encrypted_copy(good, path)
    elif kind == "old_xls":
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2000)
    elif kind == "too_many_rows":
        write_sheet(path, ["Full name"], [[f"Person {n}"] for n in range(20_001)])
    elif kind == "too_large":
        path.write_bytes(b"PK\x03\x04" + b"\x00" * (26 * 1024 * 1024))
    return path


@pytest.mark.parametrize("kind,message", [
    ("not_xlsx", "is not an Excel .xlsx file"),
    ("zip_not_xlsx", "is a zip archive but not an Excel .xlsx workbook"),
    ("empty_file", "is empty"),
    ("empty_workbook", "is empty: none of its sheets has anything in it"),
    ("headers_only", "has column titles but no rows"),
    ("wrong_headers", "unknown column: 'Shoe size'"),
    ("unrelated_headers", "has none of the column titles of participants, trainings or missions"),
    ("password", "is password-protected"),
    ("old_xls", "old Excel 97-2003 file"),
    ("too_many_rows", "more than 20,000 rows"),
    ("too_large", "too large to import"),
])
def test_bad_files_are_refused_with_a_message_and_change_nothing(demo, tmp_path, kind, message):
    good = tmp_path / "good.xlsx"
    write_sheet(good, ["Full name"], [["Ana"]])
    path = _bad_file(kind, tmp_path, good)
    before = export_json_text(demo)
    with pytest.raises(ImportRefused) as refused:
        plan_import(demo, path)
    assert message in str(refused.value)
    assert export_json_text(demo) == before


def test_into_training_must_be_a_live_training_of_this_office(demo, tmp_path):
    path = tmp_path / "p.xlsx"
    write_sheet(path, ["Full name"], [["Ana"]])
    with pytest.raises(ImportRefused, match="There is no training activity with id nope"):
        plan_import(demo, path, into_training="nope")
    missions = tmp_path / "m.xlsx"
    write_sheet(missions, ["Title", "Country"], [["Mission", "GT"]])
    training = demo.trainings.ids()[0]
    with pytest.raises(ImportRefused, match="applies to participants"):
        plan_import(demo, missions, into_training=training)


def test_the_word_on_screen_and_on_paper_imports_back_and_so_do_former_ones():
    from app import vocabulary
    from app.models.enums import FundingSource, MissionStatus, ProjectStatus
    from app.spreadsheets.columns import Importer, SheetColumn

    read = Importer(None).value
    assert vocabulary.enum_label(MissionStatus, "closed", "fr") == "Clôturée"
    assert vocabulary.enum_label(ProjectStatus, "completed", "es") == "Finalizado"
    for word in ("Clôturée", "CLÔTURÉE", "Close", "closed", "Closed"):  # today's, a former paper word, value, English
        assert read(SheetColumn("status", "enum", False, MissionStatus), word) == "closed"
    assert read(SheetColumn("status", "enum", False, ProjectStatus), "Terminado") == "completed"
    for word in ("Budget ordinaire de l’ONU", "Budget ordinaire de l'ONU"):  # either apostrophe
        assert read(SheetColumn("funding", "enum", False, FundingSource), word) == "regular_budget"


def test_a_row_s_cell_problems_and_rule_problems_are_listed_in_one_pass(fd, tmp_path):
    path = tmp_path / "p.xlsx"
    write_sheet(path, ["Full name", "Sex", "E-mail", "Consents to keeping contact details"], [
        ["Ana Tzul", "unknown", "not an address", "no"],
    ])
    found = {p.column: p.message for p in plan_import(fd, path).problems}
    assert {c: m.code for c, m in found.items()} == {
        "Sex": "import_not_allowed", "E-mail": "not_an_email", "Consents to keeping contact details": "consent_needed"}
    assert found["E-mail"] == "This is not an e-mail address (name@example.org)"  # the English the CLI prints


def test_countries_and_regions_covered_go_out_by_code_and_name_and_come_back(fd, tmp_path):
    gt, sv, hn = (country_id(c) for c in ("GT", "SV", "HN"))
    fd.trainings.create({"title": "Regional meeting", "country_id": gt, "scope": "regional",
                         "region_ids": [region_id("013")], "country_ids": [gt, sv, hn],
                         "start_date": date(2026, 3, 2), "end_date": date(2026, 3, 3)})
    out = tmp_path / "regional.xlsx"
    export_table(fd, "training", out, lang="es")
    ws = load_workbook(out).worksheets[0]
    row = dict(zip([c.value for c in ws[1]], [c.value for c in ws[2]], strict=True))
    assert (row["Alcance"], row["Regiones"], row["Países abarcados"]) == ("Regional", "Centroamérica", "GT; SV; HN")

    path = tmp_path / "in.xlsx"
    header = ["Title", "Country", "Start date", "End date", "Scope", "Regions", "Countries covered"]
    write_sheet(path, header, [
        ["Seminar A", "MW", "2026-04-01", "2026-04-02", "Interregional", "Eastern Africa; 030", "MW; mn"],
        ["Seminar B", "GT", "2026-04-01", "2026-04-02", "Regional", "Atlantis", "GT; XX"],
        ["Seminar C", "GT", "2026-04-01", "2026-04-02", "Regional", "Центральная Америка", "GT"],
    ])
    before = export_json_text(fd)
    plan = plan_import(fd, path)
    found = {(p.row, p.column): p.message for p in plan.problems}
    assert "'Atlantis' is not a known region" in found[(3, "Regions")]
    assert "'XX' is not a known country" in found[(3, "Countries covered")]
    assert "at least 2 countries" in found[(4, "Countries covered")]
    assert not plan.ok and export_json_text(fd) == before
    write_sheet(path, header, [["Seminar A", "MW", "2026-04-01", "2026-04-02", "Interregional",
                                "Eastern Africa; 030", "MW; mn"]])  # a region by name or M49 code, ISO any case
    plan = plan_import(fd, path)
    assert plan.ok and plan.count(CREATE) == 1, plan.problems
    commit_import(fd, plan)
    made = fd.trainings.get(fd.trainings.ids(ListQuery(filters={"country_id": country_id("MN")}))[0])
    assert (made.scope, made.region_ids, made.country_ids) == (
        "interregional", [region_id("014"), region_id("030")], [country_id("MW"), country_id("MN")])
    dumped = export_json_text(fd)  # `export json` carries them too
    assert (f'"country_ids":["{country_id("MW")}","{country_id("MN")}"]' in dumped
            and '"scope":"interregional"' in dumped)
