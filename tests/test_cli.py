"""The command line: each command, its output and its errors (one line, exit 2 for usage, 1 for failure)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_done_when_scenario(tmp_path, capsys):
    """init, demo, info --json show the data, and check passes (the foundation issue's 'done when')."""
    p = str(tmp_path / "P")
    assert run(capsys, "--profile", p, "init", "--office", "GT-01", "--name", "Guatemala office")[0] == 0
    code, out, _ = run(capsys, "--profile", p, "demo")
    assert code == 0 and "Added" in out
    code, out, _ = run(capsys, "--profile", p, "info", "--json")
    info = json.loads(out)
    assert code == 0 and info["office"] == "GT-01" and info["role"] == "field"
    assert info["records"]["mission"] > 0 and info["records"]["participant"] > 0
    assert info["schema_version"] and info["profile"] == str(Path(p).resolve())
    code, out, _ = run(capsys, "--profile", p, "check")
    assert code == 0 and "sound" in out


def test_a_headquarters_profile_on_sqlite_is_encrypted_unless_plain_is_asked_for(tmp_path, capsys):
    """The review: a headquarters made with `init --role hq` kept its private keys, which read every office's bundles
    and sign as headquarters, in plain files. Now its passphrase is required (read from a file here; asked for at a
    terminal), and only an explicit --plain makes a plain one, with a warning."""
    hq = ("init", "--office", "HQ", "--name", "Headquarters", "--role", "hq")
    code, out, err = run(capsys, "--profile", str(tmp_path / "refused"), *hq)
    assert code == 2 and "give its passphrase with --passphrase-file FILE" in err and "--plain" in err
    assert not (tmp_path / "refused" / "profile.json").exists()
    secret = tmp_path / "secret"
    secret.write_text("correct horse battery staple\n")
    code, out, err = run(capsys, "--profile", str(tmp_path / "HQ"), "--passphrase-file", str(secret), *hq)
    assert code == 0 and "The profile is encrypted" in out and "FDRK-" in out, err
    assert b"PRIVATE KEY" not in (tmp_path / "HQ" / "keys" / "signing.key").read_bytes()
    assert run(capsys, "--profile", str(tmp_path / "HQ"), "info")[0] != 0  # locked without the passphrase
    code, out, err = run(capsys, "--profile", str(tmp_path / "both"), "--passphrase-file", str(secret), *hq, "--plain")
    assert code == 2 and "one or the other" in err and not (tmp_path / "both").exists()
    code, out, err = run(capsys, "--profile", str(tmp_path / "training"), *hq, "--plain")
    assert code == 0 and "Warning: this headquarters profile is plain (--plain)" in err and "training" in err
    assert b"PRIVATE KEY" in (tmp_path / "training" / "keys" / "signing.key").read_bytes()


def test_init_refuses_an_existing_profile_and_changes_nothing(tmp_path, capsys):
    p = str(tmp_path / "P")
    run(capsys, "--profile", p, "init", "--office", "GT-01", "--name", "Guatemala office", "--country", "GT")
    before = (tmp_path / "P" / "profile.json").read_bytes()
    code, out, err = run(capsys, "--profile", p, "init", "--office", "MW-01", "--name", "Other")
    assert code == 1 and "already a FieldDesk profile" in err and err.count("\n") == 1
    assert (tmp_path / "P" / "profile.json").read_bytes() == before


def test_init_with_a_bad_country_leaves_no_profile(tmp_path, capsys):
    code, _, err = run(capsys, "--profile", str(tmp_path / "P"), "init", "--office", "GT-01", "--name", "G",
                       "--country", "XX")
    assert code == 1 and "'XX' is not an ISO 3166 country code" in err
    assert not (tmp_path / "P").exists() and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("argv,needle", [
    (["init", "--name", "x"], "--office"),
    (["init", "--office", "bad code!", "--name", "x"], "is not an office code"),
    (["demo", "--scale", "huge"], "invalid choice"),
    (["frobnicate"], "invalid choice"),
    (["export", "json"], "--out"),
])
def test_usage_errors_exit_2_with_one_line(tmp_path, capsys, argv, needle):
    code, out, err = run(capsys, "--profile", str(tmp_path / "P"), *argv)
    assert code == 2 and needle in err and err.count("\n") == 1 and out == ""


def test_commands_on_a_missing_profile_fail_plainly(tmp_path, capsys):
    code, _, err = run(capsys, "--profile", str(tmp_path / "none"), "info")
    assert code == 1 and "There is no FieldDesk profile" in err and "Traceback" not in err


def test_info_text_and_export_json(demo_profile, tmp_path, capsys):
    code, out, _ = run(capsys, "--profile", str(demo_profile), "info")
    assert code == 0 and "GT-01" in out and "participant" in out
    target = tmp_path / "dump.json"
    assert run(capsys, "--profile", str(demo_profile), "export", "json", "--out", str(target))[0] == 0
    again = tmp_path / "again.json"
    run(capsys, "--profile", str(demo_profile), "export", "json", "--out", str(again))
    assert target.read_bytes() == again.read_bytes()
    assert json.loads(target.read_text())["tables"]["participant"]


def test_check_fails_with_exit_1_and_names_the_problem(demo_profile, capsys):
    import sqlite3

    raw = sqlite3.connect(demo_profile / "fielddesk.db")
    raw.execute("UPDATE mission SET title = 'tampered' WHERE rowid = (SELECT min(rowid) FROM mission)")
    raw.commit()
    raw.close()
    code, out, err = run(capsys, "--profile", str(demo_profile), "check")
    assert code == 1 and "'title' holds 'tampered'" in out and "1 problem" in err


def test_profile_from_environment(field_profile, capsys, monkeypatch):
    monkeypatch.setenv("FIELDDESK_PROFILE", str(field_profile))
    code, out, _ = run(capsys, "info", "--json")
    assert code == 0 and json.loads(out)["profile"] == str(field_profile.resolve())


def test_python_m_app_runs_the_same_cli_without_traceback(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    done = subprocess.run([sys.executable, "-m", "app", "--version"], capture_output=True, text=True, env=env)
    assert done.returncode == 0 and done.stdout.startswith("FieldDesk ")
    done = subprocess.run([sys.executable, "-m", "app", "--profile", str(tmp_path / "none"), "check"],
                          capture_output=True, text=True, env=env)
    assert done.returncode == 1 and "Traceback" not in done.stderr and done.stderr.count("\n") == 1


def test_criteria_and_country_facts_are_read_everywhere_and_set_at_headquarters(field_profile, hq_profile, capsys):
    from app.cli import main

    assert main(["--profile", str(field_profile), "criteria"]) == 0
    out = capsys.readouterr().out
    assert "transition" in out and "Country in transition to democracy" in out and "least_developed" in out
    assert main(["--profile", str(field_profile), "criteria", "set", "transition", "--weight", "5"]) == 1
    assert "reference data kept by headquarters" in capsys.readouterr().err
    assert main(["--profile", str(hq_profile), "criteria", "set", "transition", "--weight", "5"]) == 0
    assert main(["--profile", str(hq_profile), "criteria", "set", "transition", "--weight", "50"]) == 1
    assert "Weight must be between 0 and 10" in capsys.readouterr().err
    assert main(["--profile", str(hq_profile), "criteria", "set", "nope", "--weight", "1"]) == 1
    assert "there is no criterion 'nope'; known: transition" in capsys.readouterr().err
    assert main(["--profile", str(hq_profile), "criteria", "--json"]) == 0
    listed = {c["code"]: c["weight"] for c in json.loads(capsys.readouterr().out)}
    assert listed["transition"] == 5

    assert main(["--profile", str(field_profile), "country-facts", "mw"]) == 0
    assert capsys.readouterr().out.startswith("MW: least developed yes, in transition to democracy no")
    assert main(["--profile", str(hq_profile), "country-facts", "GT", "--in-transition", "yes", "--notes",
                 "Peace accords."]) == 0
    assert "GT: least developed no, in transition to democracy yes; Peace accords." in capsys.readouterr().out
    assert main(["--profile", str(hq_profile), "country-facts", "GT", "--in-transition", "maybe"]) == 2
    assert "'maybe' is not yes or no" in capsys.readouterr().err
    assert main(["--profile", str(hq_profile), "country-facts", "XX"]) == 2


def test_invalid_data_from_a_command_is_one_plain_line(hq_profile, capsys):
    """A write refused by validation (here: a criterion weight out of range, an empty name) is reported in one plain
    line naming the field, exit 1, and changes nothing."""
    profile = str(hq_profile)
    assert main(["--profile", profile, "criteria", "--json"]) == 0
    before = capsys.readouterr().out
    for option, value, message in (("--weight", "99", "Weight must be between 0 and 10; '99' is not."),
                                   ("--name", "", "Name is required.")):
        code, _out, err = run(capsys, "--profile", profile, "criteria", "set", "transition", option, value)
        assert code == 1 and message in err and "Traceback" not in err and err.count("\n") == 1, err
    assert main(["--profile", profile, "criteria", "--json"]) == 0
    assert capsys.readouterr().out == before


def test_messages_name_the_file_asked_for_never_a_temporary_one(field_profile, tmp_path, capsys):
    folder = tmp_path / "a-folder"
    folder.mkdir()
    for out, reason in ((folder, "Is a directory"), (tmp_path / "missing" / "gt.card", "No such file or directory")):
        code, _out, err = run(capsys, "--profile", str(field_profile), "keys", "export", "--out", str(out))
        assert code == 1 and err == f"fielddesk: {reason} ({out})\n", err
    assert list(tmp_path.rglob("*.tmp-*")) == []


@pytest.mark.parametrize("written, shown", [(".gt.card.tmp-17283", "gt.card"), (".adir.tmp-5", "adir"),
                                            ("2026-manual.db.partial", "2026-manual.db"),
                                            ("fielddesk.db.restoring", "fielddesk.db"), ("plain.txt", "plain.txt"),
                                            ("notes.partial", "notes.partial")])
def test_an_error_about_a_file_written_atomically_names_its_final_name(tmp_path, written, shown):
    from app.services.errors import file_in_error

    assert file_in_error(OSError(2, "No such file or directory", str(tmp_path / written))) == str(tmp_path / shown)


def test_every_report_command_refuses_an_out_whose_suffix_is_not_its_format(field_profile, tmp_path, capsys):
    """The review: `report grants --out x.txt` wrote a PDF under a .txt name. One rule for every report command:
    the suffix names the format; anything else is a plain line, exit 2, and no file."""
    p = ["--profile", str(field_profile)]
    for argv, wanted in [(["report", "grants"], ".pdf"), (["report", "summary"], ".pdf"),
                         (["report", "mission", "nope", "--format", "docx"], ".docx"),
                         (["participants", "report", "nope"], ".pdf")]:
        for name in ("x.txt", "x", "x.pdf" if wanted == ".docx" else "x.docx"):
            out = tmp_path / name
            code, _, err = run(capsys, *p, *argv, "--out", str(out))
            assert code == 2 and f"ends in {wanted}" in err and err.count("\n") == 1, (argv, name, err)
            assert not out.exists()
    code, _, err = run(capsys, *p, "report", "summary", "--out", str(tmp_path / "X.PDF"))
    assert code == 0 and (tmp_path / "X.PDF").is_file(), err
