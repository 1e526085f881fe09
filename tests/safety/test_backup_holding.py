"""Backups holding a person: listed by date with when each goes (rotation of automatic backups, the retention
setting for manual ones); one this profile's key cannot open is named as such; after the erasure, purging rewrites
the backups of this schema without the person (the file's bytes scanned), deletes older ones only when asked, and
each rewritten backup still passes the restore check. The subject access report lists the same backups."""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from datetime import date
from pathlib import Path

import pytest

from app.cli import main
from app.reports import build_report
from app.services.errors import FieldDeskError
from app.services.privacy.backup_holding import holding, purge
from app.services.privacy.erasure import erase_participant
from app.services.privacy.retention import months_after
from app.services.profile.backup import AUTO_KEEP, check_backup, create_backup, make_backup
from app.services.store.seed import country_id
from tests.reports.typesetting import layout_lines

SECRET = b"Tlalocquetzal"


def _backups(fd) -> dict[str, Path]:
    return {p.stem: p for p in fd.folder.backups_dir.glob("*.db")}


def test_backups_holding_a_person_are_named_and_purged_after_the_erasure(fd, capsys, tmp_path):
    pid = fd.participants.create({"full_name": "Itzel Tlalocquetzal", "country_id": country_id("GT"),
                                  "organisation": "Tlalocquetzal Legal"})
    manual = create_backup(fd)
    automatic = make_backup(fd.folder, fd.db.key, "daily", automatic=True)
    older = create_backup(fd, reason="older schema")
    sidecar = fd.folder.backups_dir / f"{older.id}.json"
    sidecar.write_text(json.dumps({**json.loads(sidecar.read_text()), "schema": "0023"}))
    foreign = fd.folder.backups_dir / "20200101T000000000Z-manual-foreign.db"
    foreign.write_bytes(b"\x8a" * 4096)  # as a backup made under another key looks to this one
    (foreign.with_suffix(".json")).write_text(json.dumps({**json.loads(sidecar.read_text()), "id": foreign.stem,
                                                          "path": str(foreign), "created_at": "2020-01-01T00:00:00Z"}))
    with pytest.raises(FieldDeskError, match="erase the participant first"):
        purge(fd, pid)
    before = {h.backup_id: h for h in holding(fd, pid)}  # what the subject access report says
    assert set(before) == {manual.id, automatic.id, older.id, foreign.stem}
    assert before[foreign.stem].state == "unreadable" and before[manual.id].state == "holds"
    assert before[manual.id].goes_on == months_after(date.fromisoformat(manual.created_at[:10]), 12).isoformat()
    assert before[automatic.id].rotations_left == AUTO_KEEP and not before[older.id].current_schema
    build_report(fd, "subject_access", tmp_path / "held.pdf", record_id=pid)  # the person is shown the same
    report = " ".join(" ".join(layout_lines(tmp_path / "held.pdf")).split())
    for said in ("Backups holding a copy", "rotated out after 10 more automatic backups",
                 f"proposed for deletion on {date.fromisoformat(before[manual.id].goes_on).day}",
                 "cannot be opened with this office's key"):
        assert said in report, said

    erase_participant(fd, pid)
    assert {h.backup_id for h in holding(fd, pid)} == set(before), "a backup made before still holds them"
    assert main(["--profile", str(fd.folder.path), "participants", "backups", pid]) == 0
    said = capsys.readouterr().out
    assert "cannot be opened with this profile's key" in said and "rotated out after 10 more" in said

    result = purge(fd, pid)
    assert sorted(result.rewritten) == sorted([manual.id, automatic.id])
    assert result.deleted == [] and sorted(result.kept) == sorted([older.id, foreign.stem])
    for backup_id in result.rewritten:
        data = _backups(fd)[backup_id].read_bytes()
        assert SECRET not in data and SECRET.lower() not in data.lower()
        check_backup(_backups(fd)[backup_id], fd.db.key)
    assert SECRET in _backups(fd)[older.id].read_bytes()
    assert purge(fd, pid, delete_older=True).deleted == [older.id]
    assert older.id not in _backups(fd)
    assert [h.backup_id for h in holding(fd, pid)] == [foreign.stem]


@pytest.fixture
def short_folder():
    """A folder whose path is short and of the same length in every run: the report's cell wraps a long path, and
    pytest's own folder grows with its run number (pytest-89 passed where pytest-891 wrapped)."""
    folder = Path(tempfile.mkdtemp(prefix="fd-", dir="/tmp" if Path("/tmp").is_dir() else None))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_copies_written_to_other_folders_are_listed_and_purged_where_they_can_be_reached(fd, capsys, short_folder):
    tmp_path = short_folder
    pid = fd.participants.create({"full_name": "Nayra Tlalocquetzal", "country_id": country_id("GT")})
    near, far = create_backup(fd, to=tmp_path / "stick"), create_backup(fd, to=tmp_path / "other stick")
    away = tmp_path / "unplugged"
    (tmp_path / "other stick").rename(away)  # the second stick is not plugged in
    copies = {(h.backup_id, h.where): h for h in holding(fd, pid) if h.where == "copy"}
    assert copies[(near.id, "copy")].state == "holds" and copies[(near.id, "copy")].current_schema
    assert copies[(near.id, "copy")].folder == str((tmp_path / "stick").resolve())
    assert copies[(far.id, "copy")].state == "unreachable"
    assert holding(fd, "no-such-person") == [], "a copy out of reach is not said to hold someone unknown here"
    assert main(["--profile", str(fd.folder.path), "backup", "list"]) == 0
    assert str((tmp_path / "stick").resolve()) in capsys.readouterr().out.replace("\n", " ")
    build_report(fd, "subject_access", tmp_path / "held.pdf", record_id=pid)
    report = " ".join(" ".join(layout_lines(tmp_path / "held.pdf")).split())
    # a cell that wraps puts its row's time (the neighbouring cell, centred) between its lines when read as text
    report = re.sub(r"\d{4}-\d\d-\d\d \d\d:\d\d ", "", report)
    assert f"{tmp_path / 'stick'}: kept there until deleted" in report and "copied to" in report
    assert f"{tmp_path / 'other stick'}, out of reach now" in report
    assert "out of reach now (a USB stick not plugged in?): it may hold a copy" in report

    erase_participant(fd, pid)
    create_backup(fd, to=tmp_path / "after")
    (tmp_path / "after").rename(tmp_path / "after-away")  # made after the erasure: cannot hold the person
    assert main(["--profile", str(fd.folder.path), "participants", "backups", pid]) == 0
    said = capsys.readouterr().out
    assert "out of reach now" in said and said.count("copied to") == 2 and "after" not in said
    copy = tmp_path / "stick" / f"{near.id}.db"
    assert SECRET in copy.read_bytes()
    result = purge(fd, pid)
    assert str(tmp_path / "stick" / near.id) in result.rewritten and len(result.rewritten) == 3
    assert result.unreachable == [str(tmp_path / "other stick" / far.id)]
    assert SECRET not in copy.read_bytes() and json.loads(copy.with_suffix(".json").read_text())["size"] == \
        copy.stat().st_size
    check_backup(copy, fd.db.key)
    away.rename(tmp_path / "other stick")  # plugged in again: found holding the person, then purged
    assert [(h.where, h.state) for h in holding(fd, pid)] == [("copy", "holds")]
    assert purge(fd, pid).rewritten == [str(tmp_path / "other stick" / far.id)]
    assert holding(fd, pid) == []

