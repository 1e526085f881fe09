"""A headquarters on PostgreSQL: the backups holding a person are what its profile folder kept from before the move
(its backups and the SQLite file the move kept, opened with the keyring's data key) and purged like any backup; the
server's own backups are named as made outside FieldDesk, with the date of the erasure to purge them from, in the
command's words, the subject access report and `participants erase`. `backup create` says plainly it makes none.
A copy written to a stick before the profile was encrypted is still plain there: it is read and purged plain."""

from __future__ import annotations

from datetime import UTC, datetime

from app.cli import main
from app.reports import build_report
from app.services import FieldDesk
from app.services.privacy.backup_holding import holding, server_backups
from app.services.profile.backup import create_backup, make_backup
from app.services.profile.move import move_to_postgres
from tests.reports.typesetting import layout_lines

PASSPHRASE = "lake kettle orange window"


def test_a_postgresql_headquarters_lists_and_purges_what_it_keeps_and_names_the_servers_backups(pg_server, tmp_path,
                                                                                                 capsys, hq_profile):
    from app.services.profile import is_plain_sqlite
    from app.services.profile.encryption import encrypt_profile

    profile = hq_profile
    with FieldDesk.open(profile) as plain:  # a copy to a stick while the profile is plain stays plain there
        pid = plain.participants.create({"full_name": "Tupac Serverside", "organisation": "Serverside Legal"})
        early = create_backup(plain, to=tmp_path / "stick")
    encrypt_profile(profile, PASSPHRASE)
    stick = tmp_path / "stick" / f"{early.id}.db"
    with FieldDesk.open(profile, secret=PASSPHRASE) as hq:
        manual = create_backup(hq)
        automatic = make_backup(hq.folder, hq.db.key, "daily", automatic=True)
        move_to_postgres(hq, pg_server.create_database("holding_hq"))
    secret = tmp_path / "secret"
    secret.write_text(PASSPHRASE)
    unlock = ["--profile", str(profile), "--passphrase-file", str(secret)]
    with FieldDesk.open(profile, secret=PASSPHRASE) as hq:
        held = {h.backup_id: h for h in holding(hq, pid)}
        assert set(held) - {early.id, manual.id, automatic.id, "fielddesk.db.moved-to-postgres"} == {
            next(i for i in held if i.endswith("-manual-before-encrypt"))}  # encrypt's own backup first
        assert all(h.state == "holds" and h.current_schema for h in holding(hq, pid))
        assert [h.folder for h in holding(hq, pid) if h.where == "copy"] == [str((tmp_path / "stick").resolve())]
        assert held[automatic.id].rotations_left == 0, "no automatic backup is made on a server: none rotates it out"
        assert server_backups(hq, pid).erased_on == ""
        build_report(hq, "subject_access", tmp_path / "held.pdf", record_id=pid)
    report = " ".join(" ".join(layout_lines(tmp_path / "held.pdf")).split())
    for said in ("made outside FieldDesk by the server's administrator; each one made so far holds a copy",
                 "the SQLite file kept by the move to PostgreSQL", "made before the data moved to PostgreSQL"):
        assert said in report, said

    assert main([*unlock, "backup", "create"]) == 1
    assert "back it up with the server's tools (pg_dump)" in capsys.readouterr().err

    assert main([*unlock, "participants", "erase", pid]) == 0
    said = " ".join(capsys.readouterr().out.split())
    today = datetime.now(UTC).date().isoformat()
    assert f"those made before the erasure on {today} still hold the person" in said
    assert "the SQLite file kept by the move to PostgreSQL" in said and "These backups still hold the person" in said

    assert main([*unlock, "participants", "backups", pid, "--purge"]) == 0
    said = " ".join(capsys.readouterr().out.split())
    assert "Backups rewritten without the person: 6; deleted: 0." in said and f"erasure on {today}" in said
    assert is_plain_sqlite(stick) and b"Serverside" not in stick.read_bytes(), "the plain copy is purged plain"
    with FieldDesk.open(profile, secret=PASSPHRASE) as hq:
        assert holding(hq, pid) == []
        assert server_backups(hq, pid).erased_on == today
    assert main([*unlock, "participants", "backups", pid]) == 0
    said = " ".join(capsys.readouterr().out.split())
    assert "No backup in this profile's folder holds the person." in said and "made outside FieldDesk" in said
