"""Killing `fielddesk import xlsx` inside its write transaction (before each of its statements and just before its
COMMIT, at the test points of app/services/store/testpoints.py): the profile passes `fielddesk check` and holds the
state before the import, never part of the rows; the import run to its end writes them all."""

from __future__ import annotations

import shutil

from openpyxl import load_workbook

from app.services import FieldDesk
from app.services.store.check import check_profile
from app.services.store.export import export_json_text
from app.services.store.seed import country_id
from app.spreadsheets.importer import write_template
from tests.crashing import kill_each, run_traced, transactions


def dump(profile) -> str:
    with FieldDesk.open(profile) as fd:
        assert check_profile(fd) == []
        return export_json_text(fd)


def test_an_interrupted_xlsx_import_leaves_before_or_after(field_profile, tmp_path):
    with FieldDesk.open(field_profile) as fd:
        training = fd.trainings.create({"title": "Taller", "form": "workshop", "country_id": country_id("GT"),
                                        "start_date": "2026-05-04", "end_date": "2026-05-05"})
    sheet = tmp_path / "participants.xlsx"
    write_template("participants", sheet)
    workbook = load_workbook(sheet)
    for n in range(300):
        workbook.worksheets[0].append([f"Participant {n}", "female" if n % 2 else "male", f"Juzgado {n % 40}"])
    workbook.save(sheet)
    command = ["import", "xlsx", str(sheet), "--into-training", training]
    pristine = tmp_path / "pristine"
    shutil.copytree(field_profile, pristine)
    before = dump(pristine)

    whole = tmp_path / "whole"
    shutil.copytree(pristine, whole)
    trace = run_traced(whole, command, tmp_path / "trace")
    with FieldDesk.open(whole) as fd:
        assert fd.participants.count() == 300 and check_profile(fd) == []

    writes, commit = max(transactions(trace), key=lambda t: len(t[0]))
    assert len(writes) >= 3, trace  # participants, enrolments, change log
    chosen = [*writes, commit]
    targets = [shutil.copytree(pristine, tmp_path / f"run-{run}") for run in range(len(chosen))]
    landed = kill_each(command, list(zip(targets, chosen, strict=True)), tmp_path)
    for target, point in zip(targets, chosen, strict=True):
        assert dump(target) == before, f"kill at {point}: the profile holds part of the import"
    assert landed == len(chosen)  # every kill landed inside the import's transaction
