"""Backups and restore: round trip, consistency while writing, interruption, rotation, and the unsynced guard."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from app.cli import main
from app.services import FieldDesk, ListQuery
from app.services.backup import (
    AUTO_KEEP,
    RestoreNeedsConfirmation,
    create_backup,
    daily_backup_if_due,
    list_backups,
    make_backup,
    restore_backup,
)
from app.services.check import check_profile
from app.services.export import export_json_text

ROOT = Path(__file__).resolve().parents[2]


def test_backup_then_restore_gives_back_the_same_data(demo_profile):
    with FieldDesk.open(demo_profile) as fd:
        saved = export_json_text(fd)
        info = create_backup(fd)
        for pid in fd.participants.ids()[:5]:
            fd.participants.delete(pid)
        fd.participants.create({"full_name": "Someone added after the backup"})
        assert export_json_text(fd) != saved
        before = restore_backup(fd, info.id[:12], confirmed=True)
    with FieldDesk.open(demo_profile) as fd:
        assert export_json_text(fd) == saved and check_profile(fd) == []
        assert before.reason == "before-restore"
        restore_backup(fd, before.id, confirmed=True)  # and the state before the restore is there too
    with FieldDesk.open(demo_profile) as fd:
        assert fd.participants.ids(ListQuery(search="someone added"))


def test_a_backup_taken_while_the_app_writes_is_consistent(demo_profile, tmp_path):
    stop = threading.Event()

    def writer():
        with FieldDesk.open(demo_profile) as fd:
            n = 0
            while not stop.is_set():
                fd.participants.create_many([{"full_name": f"Writer {n} {k}"} for k in range(50)])
                n += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        time.sleep(0.2)
        copies = []
        with FieldDesk.open(demo_profile) as fd:
            for _ in range(3):
                copies.append(create_backup(fd))
                time.sleep(0.05)
    finally:
        stop.set()
        thread.join()
    for n, info in enumerate(copies):
        restored = tmp_path / f"restored-{n}"
        shutil.copytree(demo_profile, restored, ignore=shutil.ignore_patterns("backups", "fielddesk.db*"))
        shutil.copy(info.path, restored / "fielddesk.db")
        with FieldDesk.open(restored) as fd:
            assert check_profile(fd) == []
            names = [p.full_name for p in fd.participants.list().rows if p.full_name.startswith("Writer")]
            assert len(names) % 50 == 0  # whole transactions only


def test_only_the_last_automatic_backups_are_kept_and_manual_ones_stay(field_profile):
    with FieldDesk.open(field_profile) as fd:
        manual = create_backup(fd)
        for n in range(AUTO_KEEP + 3):
            make_backup(fd.folder, fd.db.key, f"test-{n}", automatic=True)
        found = list_backups(fd.folder)
    automatic = [b for b in found if b.automatic]
    assert len(automatic) == AUTO_KEEP and automatic[0].reason == f"test-{AUTO_KEEP + 2}"
    assert manual.id in [b.id for b in found]


def test_daily_backup_once_a_day(field_profile):
    with FieldDesk.open(field_profile) as fd:
        first = daily_backup_if_due(fd)
        second = daily_backup_if_due(fd)
    assert first is not None and first.reason == "daily" and second is None


def test_a_bundle_import_is_preceded_by_a_backup(net):
    net["GT-01"].participants.create({"full_name": "Ana López"})
    net.sync("GT-01", "HQ")
    assert [b.reason for b in list_backups(net["HQ"].folder)] == ["before-import-GT-01-1"]


def test_importing_several_bundles_at_once_backs_up_once_before_the_first_applied(net):
    from app.cli import main

    gt = net["GT-01"]
    paths = []
    for name in ("Ana López", "Juan Pérez"):
        gt.participants.create({"full_name": name})
        paths.append(net.bundle("GT-01", "HQ"))
    code = main(["--profile", str(net["HQ"].folder.path), "bundle", "import", *map(str, paths)])
    assert code == 0
    before_imports = [b.reason for b in list_backups(net["HQ"].folder) if b.reason.startswith("before-import")]
    assert before_imports == ["before-import-GT-01-1"]
    assert net["HQ"].participants.count() >= 2


def test_restore_asks_when_headquarters_has_not_acknowledged_changes(net, capsys):
    gt = net["GT-01"]
    info = create_backup(gt)
    gt.participants.create({"full_name": "Not yet sent"})
    before = export_json_text(gt)
    with pytest.raises(RestoreNeedsConfirmation, match="2 change"):  # its office record and the person
        restore_backup(gt, info.id)
    assert export_json_text(gt) == before
    path = str(gt.folder.path)
    net.close()
    code = main(["--profile", path, "backup", "restore", info.id])
    err = capsys.readouterr().err
    assert code == 1 and "not acknowledged" in err and "--yes" in err
    assert main(["--profile", path, "backup", "restore", info.id, "--yes"]) == 0


def test_backup_commands(demo_profile, tmp_path, capsys):
    usb = tmp_path / "usb"
    assert main(["--profile", str(demo_profile), "backup", "create", "--to", str(usb)]) == 0
    assert len(list(usb.glob("*.db"))) == 1 and len(list(usb.glob("*.json"))) == 1
    capsys.readouterr()
    assert main(["--profile", str(demo_profile), "backup", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [b["automatic"] for b in listed] == [False]  # made by hand (it also counts as the day's backup)
    code = main(["--profile", str(demo_profile), "backup", "restore", "nonexistent"])
    assert code == 1 and "no backup 'nonexistent'" in capsys.readouterr().err
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    assert main(["--profile", str(demo_profile), "backup", "restore", str(junk), "--yes"]) == 1
    assert "not a FieldDesk backup" in capsys.readouterr().err


def _run(args: list[str]) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "app", *args], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


@pytest.mark.parametrize("command", ["create", "restore"])
def test_killing_a_backup_or_restore_leaves_a_sound_profile(demo_profile, tmp_path, command):
    with FieldDesk.open(demo_profile) as fd:
        fd.participants.create_many([{"full_name": f"Extra {n}"} for n in range(3000)])
        reference = create_backup(fd)
        fd.participants.create({"full_name": "After the reference backup"})
        states = {export_json_text(fd)}
        shutil.copyfile(reference.path, tmp_path / "reference.db")
    restored = tmp_path / "copy"
    shutil.copytree(demo_profile, restored, ignore=shutil.ignore_patterns("backups", "fielddesk.db*"))
    shutil.copy(reference.path, restored / "fielddesk.db")
    with FieldDesk.open(restored) as fd:
        states.add(export_json_text(fd))
    pristine = tmp_path / "pristine"
    shutil.copytree(demo_profile, pristine)
    rng = random.Random(7)
    for run in range(6):
        target = tmp_path / f"run-{run}"
        shutil.copytree(pristine, target)
        args = ["--profile", str(target), "backup", command]
        args += [reference.id, "--yes"] if command == "restore" else []
        process = _run(args)
        time.sleep(rng.uniform(0.3, 1.2))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        with FieldDesk.open(target) as fd:
            assert check_profile(fd) == []
            assert export_json_text(fd) in states
        shutil.rmtree(target)



def test_restore_and_encrypt_refuse_while_the_profile_is_open_elsewhere(demo_profile):
    from app.services.encryption import encrypt_profile
    from app.services.lock import ProfileBusy

    other = FieldDesk.open(demo_profile)  # another window or command
    try:
        with FieldDesk.open(demo_profile) as fd:
            info = create_backup(fd)
            before = export_json_text(fd)
            with pytest.raises(ProfileBusy, match="open in another FieldDesk"):
                restore_backup(fd, info.id, confirmed=True)
            assert export_json_text(fd) == before
        with pytest.raises(ProfileBusy, match="Nothing was changed"):
            encrypt_profile(demo_profile, "a long enough passphrase")
        assert not (demo_profile / "keyring.json").exists()
    finally:
        other.close()
    encrypt_profile(demo_profile, "a long enough passphrase")  # alone now: allowed
