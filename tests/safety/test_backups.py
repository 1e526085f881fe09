"""Backups and restore: round trip, consistency while writing, interruption, rotation, and the unsynced guard."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import pytest

from app.cli import main
from app.services import FieldDesk, ListQuery
from app.services.profile.backup import (
    AUTO_KEEP,
    RestoreNeedsConfirmation,
    check_backup,
    create_backup,
    daily_backup_if_due,
    list_backups,
    make_backup,
    restore_backup,
)
from app.services.store.check import check_profile
from app.services.store.export import export_json_text
from tests.crashing import kill_at, run_traced

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
    """Each backup is taken while another connection's write transaction is open and has written its rows (the
    writer waits inside it until the backup is done): the backup holds every transaction committed before, and
    nothing of the open one."""
    rounds, per_round = 3, 50
    inside, backed_up = threading.Event(), threading.Event()
    committed = []

    def writer():
        with FieldDesk.open(demo_profile) as fd:
            for n in range(rounds):
                with fd.writing():
                    fd.participants.create_many([{"full_name": f"Writer {n} {k}"} for k in range(per_round)])
                    inside.set()
                    assert backed_up.wait(timeout=60)
                    backed_up.clear()
                committed.append(n)

    thread = threading.Thread(target=writer)
    thread.start()
    copies, overlapped = [], 0
    try:
        with FieldDesk.open(demo_profile) as fd:
            for n in range(rounds):
                assert inside.wait(timeout=60)
                inside.clear()
                copies.append(create_backup(fd))
                overlapped += len(committed) == n  # the writer was still inside its transaction
                backed_up.set()
    finally:
        backed_up.set()
        thread.join(timeout=60)
    assert overlapped == rounds and committed == list(range(rounds))
    for n, info in enumerate(copies):
        restored = tmp_path / f"restored-{n}"
        shutil.copytree(demo_profile, restored, ignore=shutil.ignore_patterns("backups", "fielddesk.db*"))
        shutil.copy(info.path, restored / "fielddesk.db")
        with FieldDesk.open(restored) as fd:
            assert check_profile(fd) == []
            names = [p.full_name for p in fd.participants.list().rows if p.full_name.startswith("Writer")]
            assert len(names) == n * per_round  # the committed transactions, whole, and not the open one


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
    code = main(["--profile", str(demo_profile), "backup", "restore", "", "--yes"])  # not "the only backup"
    err = capsys.readouterr().err
    assert code == 1 and "Say which backup to restore" in err and err.count("\n") == 1
    with FieldDesk.open(demo_profile) as fd:
        assert [b.reason for b in list_backups(fd.folder)] == ["by hand"]  # nothing was restored
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    assert main(["--profile", str(demo_profile), "backup", "restore", str(junk), "--yes"]) == 1
    assert "not a FieldDesk backup" in capsys.readouterr().err


def test_backup_to_a_folder_that_is_not_there_is_refused_unless_its_parent_is(demo_profile, tmp_path, capsys):
    deep = tmp_path / "no" / "such" / "folder"
    code = main(["--profile", str(demo_profile), "backup", "create", "--to", str(deep)])
    err = capsys.readouterr().err
    assert code == 1 and f"The folder {deep.parent} does not exist" in err and err.count("\n") == 1
    assert not (tmp_path / "no").exists()
    with FieldDesk.open(demo_profile) as fd:
        assert list_backups(fd.folder) == []  # refused before anything was made
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    assert main(["--profile", str(demo_profile), "backup", "create", "--to", str(a_file)]) == 1
    assert "is a file, not a folder" in capsys.readouterr().err
    usb = tmp_path / "usb"  # a new folder on a stick that is there
    usb.mkdir()
    assert main(["--profile", str(demo_profile), "backup", "create", "--to", str(usb / "fielddesk")]) == 0
    assert len(list((usb / "fielddesk").glob("*.db"))) == 1


# Where each command is killed (app/services/store/testpoints.py): create, with its copy written but not yet named;
# restore, with the backup made first written but not yet named, and with the backup to restore staged beside the
# database.
KILL_POINTS = {"create": [("backup-copied", 1)], "restore": [("backup-copied", 1), ("restore-staged", 1)]}


@pytest.mark.parametrize("command", ["create", "restore"])
def test_killing_a_backup_or_restore_leaves_a_sound_profile(demo_profile, tmp_path, command):
    with FieldDesk.open(demo_profile) as fd:
        fd.participants.create_many([{"full_name": f"Extra {n}"} for n in range(3000)])
        reference = create_backup(fd)
        fd.participants.create({"full_name": "After the reference backup"})
        current = export_json_text(fd)
        backups = {b.id for b in list_backups(fd.folder)}
    args = ["backup", command] + ([reference.id, "--yes"] if command == "restore" else [])
    pristine = tmp_path / "pristine"
    shutil.copytree(demo_profile, pristine)

    whole = tmp_path / "whole"
    shutil.copytree(pristine, whole)
    assert set(KILL_POINTS[command]) <= set(run_traced(whole, args, tmp_path / "trace"))
    with FieldDesk.open(whole) as fd:
        done = export_json_text(fd)
    assert (done != current) == (command == "restore")

    landed = 0
    for run, point in enumerate(KILL_POINTS[command]):
        target = tmp_path / f"run-{run}"
        shutil.copytree(pristine, target)
        landed += kill_at(target, args, point, tmp_path / f"marks-{run}")
        with FieldDesk.open(target) as fd:
            assert check_profile(fd) == []
            assert export_json_text(fd) == current, f"killed at {point}: the profile changed"
            listed = {b.id: b for b in list_backups(fd.folder)}
            assert backups <= set(listed)
            if point[0] == "backup-copied":
                assert set(listed) == backups  # the half-written backup is not listed
            for new in set(listed) - backups:  # the backup made before the restore, whole
                assert check_backup(Path(listed[new].path), None) == reference.schema
            assert create_backup(fd).size > 0  # and the next backup is made over what the kill left
        shutil.rmtree(target)
    assert landed == len(KILL_POINTS[command])  # every kill landed at its point


def test_restore_and_encrypt_refuse_while_the_profile_is_open_elsewhere(demo_profile):
    from app.services.profile.encryption import encrypt_profile
    from app.services.profile.lock import ProfileBusy

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
