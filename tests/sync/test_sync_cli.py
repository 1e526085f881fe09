"""The sync commands as people type them: keys, bundle export/import/inspect, conflicts, status; exit codes."""

from __future__ import annotations

import json
import os
import stat

from app.cli import main


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_init_creates_private_keys_with_owner_only_permissions(tmp_path, capsys):
    profile = tmp_path / "P"
    code, out, _ = run(capsys, "--profile", profile, "init", "--office", "GT-01", "--name", "Guatemala office")
    assert code == 0 and "fingerprint" in out.lower()
    keys = profile / "keys"
    assert stat.S_IMODE(os.stat(keys).st_mode) == 0o700
    for name in ("signing.key", "encryption.key"):
        assert stat.S_IMODE(os.stat(keys / name).st_mode) == 0o600
    code, out, _ = run(capsys, "--profile", profile, "keys", "show", "--json")
    shown = json.loads(out)
    assert shown["office"] == "GT-01" and shown["role"] == "field" and len(shown["fingerprint"]) == 24
    card = tmp_path / "gt.card"
    assert run(capsys, "--profile", profile, "keys", "export", "--out", card)[0] == 0
    text = card.read_text()
    assert "PRIVATE" not in text and "AGE-SECRET-KEY" not in text and shown["fingerprint"] in text


def test_trust_rules(net, tmp_path, capsys):
    hq, gt, mw = (str(net.root / c) for c in ("HQ", "GT-01", "MW-01"))
    net.close()
    mw_card = tmp_path / "mw.card"
    run(capsys, "--profile", mw, "keys", "export", "--out", mw_card)
    code, _, err = run(capsys, "--profile", gt, "keys", "trust", mw_card)
    assert code == 1 and "exchanges bundles with its headquarters only" in err
    code, out, _ = run(capsys, "--profile", hq, "keys", "trust", mw_card)
    assert code == 0 and "already trusted" in out
    # A card for a pinned code with other keys is refused.
    forged = json.loads(mw_card.read_text())
    gt_card = tmp_path / "gt.card"
    run(capsys, "--profile", gt, "keys", "export", "--out", gt_card)
    other = json.loads(gt_card.read_text())
    from app.services.profile.keys import fingerprint

    forged.update(site_id=other["site_id"], signing_key=other["signing_key"], encryption_key=other["encryption_key"])
    forged["fingerprint"] = fingerprint(forged["site_id"], forged["office"], forged["name"], forged["role"],
                                        forged["signing_key"], forged["encryption_key"])
    (tmp_path / "forged.card").write_text(json.dumps(forged))
    code, _, err = run(capsys, "--profile", hq, "keys", "trust", tmp_path / "forged.card")
    assert code == 1 and "already trusted with other keys" in err
    tampered = json.loads(mw_card.read_text())
    tampered["encryption_key"] = other["encryption_key"]
    (tmp_path / "tampered.card").write_text(json.dumps(tampered))
    code, _, err = run(capsys, "--profile", hq, "keys", "trust", tmp_path / "tampered.card")
    assert code == 1 and "fingerprint does not match" in err
    (tmp_path / "junk.card").write_bytes(b"\xff\xfe junk")
    code, _, err = run(capsys, "--profile", hq, "keys", "trust", tmp_path / "junk.card")
    assert code == 1 and "not a FieldDesk identity card" in err and "Traceback" not in err


def test_export_import_inspect_with_json_and_exit_codes(net, tmp_path, capsys):
    net["GT-01"].participants.create({"full_name": "Ana López"})
    hq, gt = str(net.root / "HQ"), str(net.root / "GT-01")
    net.close()
    bundle = tmp_path / "usb" / "gt-to-hq.fdb"
    bundle.parent.mkdir()
    code, out, _ = run(capsys, "--profile", gt, "bundle", "export", "--for", "HQ", "--out", bundle)
    assert code == 0 and "bundle #1 for HQ" in out
    assert [p.name for p in bundle.parent.iterdir()] == ["gt-to-hq.fdb"]  # no temporary file left behind
    code, out, _ = run(capsys, "--profile", hq, "bundle", "inspect", bundle, "--json")
    manifest = json.loads(out)
    assert code == 0 and manifest["sender"]["office"] == "GT-01" and manifest["change_count"] == 2
    code, out, _ = run(capsys, "--profile", hq, "bundle", "import", bundle, "--dry-run", "--json")
    assert code == 0 and json.loads(out)["status"] == "would_apply"
    code, out, _ = run(capsys, "--profile", hq, "bundle", "import", bundle, "--json")
    summary = json.loads(out)
    assert code == 0 and summary["status"] == "applied" and summary["created"] == 2 and summary["sender"] == "GT-01"
    assert {"bundle_id", "conflicts", "warnings", "skipped"} <= set(summary)
    code, out, _ = run(capsys, "--profile", hq, "bundle", "import", bundle)
    assert code == 0 and "Already imported" in out
    junk = tmp_path / "junk.fdb"
    junk.write_bytes(b"not a bundle")
    code, out, err = run(capsys, "--profile", hq, "bundle", "import", bundle, junk)
    assert code == 3 and "junk.fdb" in err and err.count("rejected") == 1
    code, _, err = run(capsys, "--profile", gt, "bundle", "export", "--for", "XX-99", "--out", tmp_path / "x.fdb")
    assert code == 1 and "No trusted office with code XX-99" in err
    code, _, err = run(capsys, "--profile", hq, "bundle", "import", tmp_path / "missing.fdb")
    assert code == 3 and "cannot be read" in err
    code, out, _ = run(capsys, "--profile", hq, "sync", "status", "--json")
    status = {s["office"]: s for s in json.loads(out)}
    assert status["GT-01"]["received"] == 1 and status["MW-01"]["silent"] is True


def test_conflicts_list_and_resolve_from_the_command_line(net, capsys):
    gt, hq = net["GT-01"], net["HQ"]
    pid = gt.participants.create({"full_name": "Ana López", "position": "Jueza"})
    net.sync("GT-01", "HQ")
    gt.participants.update(pid, {"position": "Magistrada"})
    hq.participants.update(pid, {"position": "Presidenta"})
    to_gt = net.bundle("HQ", "GT-01")
    net.deliver(to_gt, "GT-01")
    path = str(net.root / "GT-01")
    net.close()
    code, out, _ = run(capsys, "--profile", path, "conflicts", "list", "--json")
    [conflict] = json.loads(out)
    assert (conflict["mine"], conflict["theirs"], conflict["in_effect"]) == ("Magistrada", "Presidenta", "remote")
    code, out, _ = run(capsys, "--profile", path, "conflicts", "list")
    assert "Magistrada" in out and "Presidenta" in out
    code, out, _ = run(capsys, "--profile", path, "conflicts", "resolve", conflict["id"][:8], "--keep", "mine")
    assert code == 0 and "kept mine" in out
    code, out, _ = run(capsys, "--profile", path, "conflicts", "list")
    assert "No open conflicts" in out
    code, _, err = run(capsys, "--profile", path, "conflicts", "resolve", "nope", "--keep", "mine")
    assert code == 1 and "no conflict with id nope" in err
    code, _, err = run(capsys, "--profile", path, "conflicts", "resolve", conflict["id"], "--keep", "both")
    assert code == 2


def test_the_fingerprint_covers_the_whole_card(net, tmp_path, capsys):
    """A card whose office name or role was changed, keeping its fingerprint, is refused; so is a card of version 1,
    whose fingerprint left them out."""
    hq, mw = str(net.root / "HQ"), str(net.root / "MW-01")
    net.close()
    card = tmp_path / "mw.card"
    run(capsys, "--profile", mw, "keys", "export", "--out", card)
    run(capsys, "--profile", hq, "keys", "untrust", "MW-01")
    original = json.loads(card.read_text())
    for field, value in (("name", "Headquarters"), ("role", "hq"), ("office", "MW-02"), ("site_id", "x")):
        tampered = {**original, field: value}
        (tmp_path / "t.card").write_text(json.dumps(tampered))
        code, _, err = run(capsys, "--profile", hq, "keys", "trust", tmp_path / "t.card")
        assert code == 1 and ("fingerprint does not match" in err or "headquarters card" in err), (field, err)
    from app.services.profile.keys import keys_fingerprint, read_card

    old = {**original, "version": 1, "fingerprint": keys_fingerprint(read_card(card))}
    (tmp_path / "v1.card").write_text(json.dumps(old))
    code, _, err = run(capsys, "--profile", hq, "keys", "trust", tmp_path / "v1.card")
    assert code == 1 and "older FieldDesk" in err
    code, out, _ = run(capsys, "--profile", hq, "keys", "trust", card)
    assert code == 0 and original["fingerprint"] in out


def _downgrade(db, target: str) -> None:
    """Alembic's downgrade to ``target``, as ``schema.upgrade`` runs an upgrade (SQLite: foreign keys off for the
    table rebuilds)."""
    from alembic import command

    from app.services.store.schema import alembic_config

    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection if db.is_sqlite else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys = OFF")
        with conn.begin():
            cfg = alembic_config(db.url)
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, target)
        if raw is not None:
            raw.execute("PRAGMA foreign_keys = ON")


def test_peers_pinned_before_0008_keep_working_with_recomputed_fingerprints(net, capsys):
    """A headquarters profile of schema 0007 (peers pinned with fingerprints of version 1) is upgraded at open: the
    pinned fingerprints become the ones the offices' cards now show, and bundles still go in."""
    import sqlalchemy as sa

    from app.migrations import HEAD
    from app.services import FieldDesk
    from app.services.profile.keys import keys_fingerprint, load_identity, peers

    cards = {code: load_identity(net[code]).card for code in ("GT-01", "MW-01", "MN-01")}
    net["GT-01"].participants.create({"full_name": "Ana López"})
    bundle = net.bundle("GT-01", "HQ")
    hq = net["HQ"]
    _downgrade(hq.db, "0009")  # the later revisions' own downgrades; then 0008 and 0009 undone as 0007 left them
    with hq.db.write() as conn:  # back to 0007 as an older FieldDesk left it
        for card in cards.values():
            conn.execute(sa.text("UPDATE sync_peer SET fingerprint = :f WHERE site_id = :s"),
                         {"f": keys_fingerprint(card), "s": card.site_id})
        conn.execute(sa.text("DROP INDEX ix_held_change_waiting"))
        conn.execute(sa.text("DROP INDEX ix_held_change_received_at"))
        conn.execute(sa.text("CREATE INDEX ix_held_change_waiting_id ON held_change (waiting_id)"))
        conn.execute(sa.text("DROP TABLE sync_lost_change"))
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '0007'"))
    net.close()
    with FieldDesk.open(net.root / "HQ") as upgraded:
        assert upgraded.schema_revision() == HEAD
        assert {p.office_code: p.fingerprint for p in peers(upgraded)} == \
            {code: card.fingerprint for code, card in cards.items()}
    code, out, _ = run(capsys, "--profile", net.root / "HQ", "bundle", "import", bundle)
    assert code == 0 and "Applied bundle #1 from GT-01" in out


def test_inspect_reports_the_dry_merge_and_refuses_what_import_refuses(net, capsys):
    from tests.sync.craft import craft_bundle

    net["GT-01"].participants.create({"full_name": "Ana López"})
    good = net.bundle("GT-01", "HQ")
    stray = craft_bundle(net, "GT-01", "HQ", [], files={"attachments/" + "0" * 64: b"x"}, sequence=2)
    hq = net.root / "HQ"
    net.close()
    code, out, _ = run(capsys, "--profile", hq, "bundle", "inspect", good)
    assert code == 0 and "Would apply bundle #1 from GT-01: 2 new" in out
    code, out, _ = run(capsys, "--profile", hq, "bundle", "inspect", good, "--json")
    assert code == 0 and json.loads(out)["dry_run"]["status"] == "would_apply"
    code, _, err = run(capsys, "--profile", hq, "bundle", "inspect", stray)
    assert code == 3 and err.startswith("fielddesk: rejected:") and "no record in it refers to" in err
    code, out, _ = run(capsys, "--profile", hq, "sync", "status", "--json")
    assert {s["office"]: s["received"] for s in json.loads(out)}["GT-01"] == 0  # inspecting applied nothing
