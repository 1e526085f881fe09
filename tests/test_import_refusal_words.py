"""A file the importers refuse as a whole (``ImportRefused``) carries a coded problem: ``str()`` is the English
sentence the command line prints, and a window renders it in its own language from the catalogue
(``problem.import.*`` in app/locale/<lang>/LC_MESSAGES/fielddesk.po). One refusal of each importer, in English and in
Spanish."""

import re

import pytest
from openpyxl import Workbook

from app.spreadsheets import (
    coordination as coordination_import,
)
from app.spreadsheets import (
    importer as xlsx_import,
)
from app.spreadsheets import (
    plans as plan_import,
)
from app.spreadsheets import (
    uhri_read,
)
from app.spreadsheets.read import ImportRefused, read_sheets
from app.vocabulary import LANGUAGES, words
from app.vocabulary.plurals import Plural
from app.vocabulary.problems import render_text


def _forms(entry) -> list[str]:
    return list(entry.values()) if isinstance(entry, Plural) else [entry]


def test_every_refusal_in_six_languages_with_the_same_parameters():
    english = {k: v for k, v in words("en").items() if k.startswith("problem.import.")}
    assert len(english) > 40
    for lang in LANGUAGES:
        own = {k: v for k, v in words(lang).items() if k.startswith("problem.import.")}
        assert set(own) == set(english), lang
        for key, entry in own.items():
            wanted = {p for form in _forms(english[key]) for p in re.findall(r"{(\w+)}", form)}
            for form in _forms(entry):
                assert set(re.findall(r"{(\w+)}", form)) <= wanted, (lang, key)


def _sheet(path, header):
    wb = Workbook()
    wb.active.append(header)
    wb.save(path)
    return path


def _refusal(call) -> ImportRefused:
    with pytest.raises(ImportRefused) as caught:
        call()
    return caught.value


def test_one_refusal_of_each_importer_in_english_and_spanish(tmp_path):
    empty = tmp_path / "vacío.xlsx"
    empty.write_bytes(b"")
    cases = [
        (lambda: read_sheets(empty), "vacío.xlsx is empty (0 bytes).", "vacío.xlsx está vacío (0 bytes)."),
        (lambda: xlsx_import.plan_import(None, _sheet(tmp_path / "p.xlsx", ["Full name", "Shoe size"])),
         "p.xlsx, sheet 'Sheet' looks like participants but has an unknown column: 'Shoe size'. Expected columns: ",
         "p.xlsx, hoja «Sheet»: parece contener participantes, pero tiene una columna desconocida: 'Shoe size'. "
         "Columnas esperadas: "),
        (lambda: plan_import.write_template(tmp_path / "acciones.csv", "es"),
         "acciones.csv: a template is an .xlsx file; name it so.",
         "acciones.csv: una plantilla es un archivo .xlsx; póngale ese nombre."),
        (lambda: coordination_import.plan_register_import(None, _sheet(tmp_path / "c.xlsx", ["Shoe size"])),
         "c.xlsx has no sheet with the columns of the coordination register (Partner, Activity, Country...). "
         "Export the register to Excel for a sheet to start from.",
         "c.xlsx no tiene ninguna hoja con las columnas del registro de coordinación (Socio, Actividad, País…). "
         "Exporte el registro a Excel para tener una hoja de partida."),
        (lambda: uhri_read.read_index_export(tmp_path / "index.pdf"),
         "index.pdf is neither a CSV file nor an .xlsx workbook (the Index exports both).",
         "index.pdf no es ni un archivo CSV ni un libro .xlsx (el Índice exporta ambos)."),
    ]
    (tmp_path / "index.pdf").write_bytes(b"%PDF")
    for call, english, spanish in cases:
        refused = _refusal(call)
        assert str(refused).startswith(english) and refused.problem.code.startswith("import.")
        assert render_text(refused.problem, "es").startswith(spanish)


def test_large_numbers_are_grouped_in_the_readers_language():
    refused = ImportRefused("csv_too_many_rows", file="index.csv", max_rows=20_000)
    assert str(refused).startswith("index.csv has more than 20,000 rows;")
    assert render_text(refused.problem, "fr").startswith("index.csv a plus de 20\u202f000 lignes")


def test_an_arabic_refusal_keeps_file_names_and_extensions_whole():
    """A path and ".xlsx" inside an Arabic sentence are isolated left to right, so the sentence's direction does not
    move their dots and slashes (seen on screen before: the extension's dot drawn after "xlsx")."""
    missing = render_text(ImportRefused("no_file", path="/tmp/a b/x.xlsx").problem, "ar")
    assert "\u2066/tmp/a b/x.xlsx\u2069" in missing
    assert render_text(ImportRefused("not_xlsx", file="x.csv").problem, "ar").endswith("\u2066.xlsx\u2069.")
    assert str(ImportRefused("no_file", path="/tmp/x.xlsx")) == "There is no file /tmp/x.xlsx."


def test_a_wrong_columns_refusal_names_the_columns_in_the_readers_language(tmp_path):
    """The required columns a sheet lacks and the columns expected are the titles a template in the reader's
    language has (which the import accepts), not the English template's; the sheet's own titles stay as written."""
    refused = _refusal(lambda: xlsx_import.plan_import(None, _sheet(tmp_path / "p.xlsx", ["Sexe", "Pointure"])))
    assert "a missing required column: 'Full name'. Expected columns: Full name, Sex, " in str(refused)
    french = render_text(refused.problem, "fr")
    assert "une colonne inconnue : 'Pointure' et une colonne obligatoire manquante : 'Nom complet'." in french
    assert "Colonnes attendues : Nom complet, Sexe, Organisation, Fonction, " in french
    chinese = render_text(refused.problem, "zh")
    assert "缺少必填列：'姓名'" in chinese and "应有的列：姓名、性别、" in chinese
    arabic = render_text(refused.problem, "ar")
    assert "'الاسم الكامل'" in arabic and "الأعمدة المتوقعة: الاسم الكامل، الجنس، " in arabic
    register = _refusal(lambda: coordination_import.plan_register_import(
        None, _sheet(tmp_path / "c.xlsx", ["Partner", "Activity", "Shoe size"])))
    assert "'Страна'. Ожидаемые столбцы: Партнёр, Деятельность, Страна, " in render_text(register.problem, "ru")

