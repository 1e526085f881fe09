"""The privacy commands: the subject access report, erasure, and the access record (listed, filtered, exported for
an audit), which names what was made and for how many people but never holds a person's data."""

from __future__ import annotations

import csv
import json

from app.cli import main
from app.services import FieldDesk


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_report_erase_and_the_access_record(field_profile, tmp_path, capsys):
    with FieldDesk.open(field_profile) as fd:
        pid = fd.participants.create({"full_name": "Tecún Umán Ajpop", "organisation": "Defensoría Maya"})
        fd.participants.create({"full_name": "Rosa Tzul"})
    p = ("--profile", field_profile)
    code, _, err = run(capsys, *p, "participants", "report", pid, "--out", tmp_path / "held.pdf", "--lang", "fr")
    assert code == 0 and "Wrote" in err and (tmp_path / "held.pdf").read_bytes().startswith(b"%PDF")
    assert run(capsys, *p, "export", "xlsx", "--out", tmp_path / "people.xlsx", "--table", "participant")[0] == 0
    code, _, err = run(capsys, *p, "participants", "erase", pid, "--reason", "Asked by letter\x07")
    assert code == 1 and "not allowed" in err
    code, out, _ = run(capsys, *p, "participants", "erase", pid, "--reason", "Asked by letter")
    assert code == 0 and "Participant " in out and "Tecún" not in out
    code, _, err = run(capsys, *p, "participants", "erase", pid)
    assert code == 1 and "already erased" in err and err.count("\n") == 1
    code, _, err = run(capsys, *p, "participants", "erase", "no-such-id")
    assert code == 1 and "no participant" in err

    code, out, _ = run(capsys, *p, "access", "list", "--json")
    events = json.loads(out)
    assert code == 0 and [(e["kind"], e["people"]) for e in events] == [
        ("erasure", 1), ("spreadsheet", 2), ("subject_access", 1)]
    assert events[2]["target"] == pid and events[1]["target"] == "people.xlsx"
    code, out, _ = run(capsys, *p, "access", "list", "--kind", "spreadsheet")
    assert code == 0 and "people.xlsx" in out and "erasure" not in out
    code, _, err = run(capsys, *p, "access", "list", "--since", "yesterday")
    assert code == 2 and "not a date" in err
    code, out, _ = run(capsys, *p, "access", "export", "--out", tmp_path / "audit.csv")
    rows = list(csv.reader((tmp_path / "audit.csv").open(encoding="utf-8")))
    assert code == 0 and rows[0] == ["when", "who", "kind", "what", "people", "target"] and len(rows) == 4
    assert "Tecún" not in (tmp_path / "audit.csv").read_text(encoding="utf-8")
    assert run(capsys, *p, "export", "json", "--out", tmp_path / "all.json")[0] == 0  # every record, names and all
    code, out, _ = run(capsys, *p, "access", "list", "--kind", "data_export", "--json")
    assert code == 0 and [(e["people"], e["target"]) for e in json.loads(out)] == [(2, "all.json")]
