"""Each headquarters change is recorded at an office under the certified user who made it (issue 18). Before: one
bundle from a shared PostgreSQL headquarters held several users' changes, and the office recorded them all under
the user who exported it. Now each change carries its user's own signature (app/sync/attribution.py); a name
nothing signs, or a revoked user's, is recorded under the exporter."""

from __future__ import annotations

import shutil

from sqlalchemy import select, update

from app.models.local import ChangeLog
from app.services import FieldDesk
from app.sync import hq_users
from app.sync.export import export_bundle

LOG = ChangeLog.__table__


def _area(fd: FieldDesk, code: str) -> str:
    return fd.thematic_areas.create({"code": code, "name": f"Area {code}"})


def _authors(fd: FieldDesk, record_id: str) -> set[str]:
    with fd.reading() as conn:
        logged = set(conn.execute(select(LOG.c.author).where(LOG.c.record_id == record_id)).scalars())
    row = fd.thematic_areas.get(record_id)
    return logged | {row.created_by, row.updated_by}


def test_two_users_changes_in_one_bundle_are_recorded_under_each_user(net, tmp_path, capsys):
    hq = net["HQ"]
    shared = not hq.db.is_sqlite
    # On PostgreSQL each user has a profile folder over the shared database; a laptop changes hands on SQLite
    second = tmp_path / "HQ-second" if shared else hq.folder.path
    if shared:
        shutil.copytree(hq.folder.path, second)
    hq_users.add_user(hq, "Alice Mensah")
    with FieldDesk.open(hq.folder.path) as alice:
        made_by_alice = _area(alice, "ALICE1")
        relabelled = _area(alice, "ALICE2")
    if not shared:  # Alice hands the laptop over: her key leaves the folder, Bruno certifies his own
        (hq.folder.keys_dir / hq_users.USER_KEY_FILE).rename(tmp_path / "alice.key")
    with FieldDesk.open(second) as bruno_folder:
        hq_users.add_user(bruno_folder, "Bruno Silva")
    bruno = FieldDesk.open(second)
    try:
        made_by_bruno = _area(bruno, "BRUNO1")
        claimed = _area(bruno, "BRUNO2")
        with bruno.writing() as w:  # someone with write access to the database rewrites two authors
            w.conn.execute(update(LOG).where(LOG.c.record_id == relabelled).values(author="Chief Director"))
            w.conn.execute(update(LOG).where(LOG.c.record_id == claimed).values(author="Alice Mensah"))
        out = tmp_path / "to-gt.fdb"
        export_bundle(bruno, "GT-01", out)
        from app.cli import main

        capsys.readouterr()
        assert main(["--profile", str(net.root / "GT-01"), "bundle", "inspect", str(out)]) == 0
        said = capsys.readouterr().out
        assert "Headquarters' changes by: Bruno Silva (" in said and ", Alice Mensah (1 change)." in said, said
        assert net.deliver(out, "GT-01").status == "applied"
        gt = net["GT-01"]
        assert _authors(gt, made_by_alice) == {"Alice Mensah"}
        assert _authors(gt, made_by_bruno) == {"Bruno Silva"}
        assert _authors(gt, relabelled) == {"Bruno Silva"}  # a name nothing signs: the exporter
        assert _authors(gt, claimed) == {"Bruno Silva"}  # Alice's name on Bruno's change: her key did not sign it

        hq_users.revoke_user(bruno, "Alice Mensah")  # Alice's key may be in other hands
        out = tmp_path / "to-mw.fdb"
        export_bundle(bruno, "MW-01", out)
        assert net.deliver(out, "MW-01").status == "applied"
        mw = net["MW-01"]
        assert _authors(mw, made_by_alice) == {"Bruno Silva"}  # her revoked key vouches for nothing
        assert _authors(mw, made_by_bruno) == {"Bruno Silva"}
    finally:
        bruno.close()
