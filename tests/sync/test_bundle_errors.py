"""Signed bundles from a faulty or hostile office whose values the database refuses: each ends in exit 3 with one
plain line, no SQL and no record values, and nothing changed; a bad bundle in a batch does not stop the others."""

from __future__ import annotations

import logging
import uuid

import pytest

from app.cli import main
from app.services.store.clock import HybridClock
from app.services.store.wire import Change
from tests.sync.craft import craft_bundle
from tests.sync.test_tampering import state

NOW = "2026-01-01T00:00:00.000Z"
SECRET = "Secret Org 7731"  # a record value that must never reach the terminal or the log


def change(net, table, record_id, new, *, op="create", office="GT-01"):
    fd = net[office]
    base = {"owner_office": office, "created_at": NOW, "created_by": "x", "updated_at": NOW, "updated_by": "x"}
    return Change(1, table, record_id, op, HybridClock().tick(), fd.site.site_id, office, "x", NOW,
                  {**(base if op == "create" else {}), **new}, {})


def person(net, **fields):
    return change(net, "participant", str(uuid.uuid4()), {"full_name": "Ana", "organisation": SECRET, **fields})


def training(net, **fields):
    values = {"title": SECRET, "country_id": net["GT-01"].countries.ids()[0], "start_date": "2026-01-01",
              "end_date": "2026-01-02", **fields}
    return change(net, "training", str(uuid.uuid4()), values)


def origin(net, **fields):
    """A good new participant whose change claims another origin (site, office...)."""
    import msgspec

    return msgspec.structs.replace(person(net), **fields)


def reference_to_nothing(net):
    gt = net["GT-01"]
    pid = gt.participants.create({"full_name": "Ana", "organisation": SECRET})
    net.sync("GT-01", "HQ")
    return [change(net, "participant", pid, {"country_id": str(uuid.uuid4())}, op="update")]


def duplicate_office_code(net):
    """GT-01 sends a second office record of its own under its code: its rights allow it, only the database's
    unique index refuses it."""
    net.sync("GT-01", "HQ")  # headquarters holds GT-01's office record
    return [change(net, "office", str(uuid.uuid4()), {"code": "GT-01", "name": SECRET, "country_id": None})]


def same_record_twice(net):
    """A second create of one record in one bundle, under another id, with the same unique code."""
    return [change(net, "office", str(uuid.uuid4()), {"code": "GT-01", "name": SECRET}, office="HQ")]


# name -> (changes, sender, recipient, backends where the database refuses it, words in the message)
VARIANTS = {
    "required field empty": (lambda net: [person(net, full_name=None)], "required field is empty", None),
    "object in a text field": (lambda net: [person(net, full_name={"a": SECRET})], "not of its field's type", None),
    "list in a text field": (lambda net: [person(net, full_name=[SECRET])], "not of its field's type", "sqlite"),
    "integer out of range": (lambda net: [change(net, "enrollment", str(uuid.uuid4()), {
        "training_id": None, "participant_id": None, "evaluation_score": 2**63, "post_score": None})],
        "too large", None),
    "reference to nothing": (reference_to_nothing, "does not exist", None),
    "duplicate unique code": (same_record_twice, "already exists", None),
    "text too long": (lambda net: [person(net, full_name="x" * 500)], "longer than its field", "postgresql"),
    "NUL in text": (lambda net: [person(net, full_name="a\x00b")], "NUL character", "postgresql"),
    "not a date": (lambda net: [training(net, start_date="soon")], "not of its field's type", "postgresql"),
    "not a boolean": (lambda net: [person(net, deleted="yes")], "not of its field's type", "postgresql"),
    "huge number in a float": (lambda net: [training(net, cost_usd=2**64 - 1)], "too large", "sqlite"),
    "bytes in a text field": (lambda net: [person(net, full_name=b"\xff\x00")], "not of its field's type", None),
    # Values the change log itself refuses, written when the transaction ends (a dry run must write them too).
    "origin too long for the change log": (lambda net: [origin(net, site="s" * 100)], "longer than its field",
                                           "postgresql"),
    "NUL in the change's office": (lambda net: [origin(net, office="G\x00")], "NUL character", "postgresql"),
}


def _import(net, code, *paths):
    net.close()  # the command line opens the profile itself
    return main(["--profile", str(net.root / code), "bundle", "import", *map(str, paths)])


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_a_signed_bundle_the_database_refuses_is_rejected_in_one_plain_line(net, capsys, caplog, backend, variant):
    """Each bad value is stopped, on both engines: refused change by change at merge (the value rules a form
    applies: kept for review, the rest applied) or, for what only the database can see, the whole bundle refused in
    one line. Either way nothing of it is stored, and no message or log holds SQL or a value."""
    make, words, _engine_refusing_it_before_validation = VARIANTS[variant]
    changes = make(net)
    sender = "HQ" if changes[0].office == "HQ" else "GT-01"
    recipient = "GT-01" if sender == "HQ" else "HQ"
    path = craft_bundle(net, sender, recipient, changes, sequence=5)
    before = state(net, recipient)
    capsys.readouterr()
    with caplog.at_level(logging.DEBUG):
        inspected = main(["--profile", str(net.root / recipient), "bundle", "inspect", str(path)])
        inspect_out, inspect_err = capsys.readouterr()
        code = _import(net, recipient, path)
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "unexpected" not in err
    if code == 0 and "for a record that has not arrived" in err:  # an edit of a record not here waits for it
        assert inspected == 0 and "for a record that has not arrived" in inspect_out, inspect_out
    elif code == 0:  # refused at merge, change by change, and kept for review
        assert inspected == 0 and "refused" in inspect_out, inspect_out
        assert "1 change refused and kept for review" in out, out
        assert "(invalid_value, sent by" in err or "(forged_origin, sent by" in err, err
    else:
        assert inspected == 3 and inspect_err.startswith("fielddesk: rejected: ") and words in inspect_err, inspect_err
        assert code == 3, err
        assert err.startswith("fielddesk: rejected: ") and err.count("\n") == 1, err
        assert words in err and "Nothing was applied" in err
    for leak in ("[SQL", "INSERT", "UPDATE", "parameters", "Traceback", SECRET, "7731", "Failing row"):
        assert leak not in err and leak not in caplog.text
    assert state(net, recipient) == before


def test_a_bad_bundle_in_a_batch_does_not_stop_the_others(net, capsys):
    gt = net["GT-01"]
    gt.participants.create({"full_name": "Rosa Tzul"})
    good = net.bundle("GT-01", "HQ")
    bad = craft_bundle(net, "GT-01", "HQ", [person(net)], sequence=50_000)  # no office loses 50,000 bundles
    junk = good.with_name("junk.fdb")
    junk.write_bytes(b"not a bundle")
    code = _import(net, "HQ", bad, junk, good)
    out, err = capsys.readouterr()
    assert code == 3
    lines = err.strip().splitlines()
    assert [line.split(": ")[2] for line in lines] == [bad.name, "junk.fdb"]
    assert f"{good.name}: Applied bundle #1 from GT-01" in out
    assert "Rosa Tzul" in net.dump("HQ")


def test_a_damaged_encryption_header_is_reported_as_damaged_not_as_addressed_elsewhere(net):
    """Every single-bit flip in the age header outside the key stanza's random bytes is named as damage; only
    changed bytes inside the wrapped key itself look exactly like another recipient's key, and the message then says
    both."""
    net["GT-01"].participants.create({"full_name": "Ana"})
    data = net.bundle("GT-01", "HQ").read_bytes()
    header_end = data.index(b"\n", data.index(b"\n--- ") + 1)
    stanza = data.index(b"-> X25519 ")
    key_bytes = range(stanza + len(b"-> X25519 "), data.index(b"\n", data.index(b"\n", stanza) + 1))
    before = state(net)
    messages = {}
    for position in range(len(b"age-encryption.org/v1\n"), header_end):
        for bit in (0, 3, 6):
            damaged = bytearray(data)
            damaged[position] ^= 1 << bit
            path = net.root / "damaged.fdb"
            path.write_bytes(bytes(damaged))
            result = net.deliver(path, "HQ")
            assert result.status == "rejected"
            messages[(position, bit)] = result.message
    outside = {m for (p, _), m in messages.items() if p not in key_bytes}
    assert all("damaged" in m and "another recipient" not in m for m in outside), outside
    inside = {m for (p, _), m in messages.items() if p in key_bytes}
    assert all("damaged" in m for m in inside)
    assert state(net) == before


def _attachment(net, content: bytes, **fields):
    import hashlib

    sha = hashlib.sha256(content).hexdigest()
    values = {"record_table": "participant", "record_id": str(uuid.uuid4()), "sha256": sha, "filename": "scan.pdf",
              "size": len(content), "mime_type": "application/pdf", **fields}
    return sha, change(net, "attachment", str(uuid.uuid4()), values)


def test_attachments_are_stored_with_the_bundle_or_not_at_all(net):
    from app.services.profile.attachments import read_blob

    content = b"%PDF scan of a signed attendance sheet"
    sha, record = _attachment(net, content)
    path = craft_bundle(net, "GT-01", "HQ", [record, *duplicate_office_code(net)],
                        files={f"attachments/{sha}": content}, sequence=4)
    before = state(net)
    result = net.deliver(path, "HQ")
    assert result.status == "rejected" and "already exists" in result.message, result.message
    assert read_blob(net["HQ"], sha) is None  # not left behind by the refused bundle
    assert state(net) == before
    good = craft_bundle(net, "GT-01", "HQ", [record], files={f"attachments/{sha}": content}, sequence=6)
    assert net.deliver(good, "HQ").status == "applied"
    assert read_blob(net["HQ"], sha) == content


def test_an_attachment_no_record_refers_to_is_refused(net):
    from app.services.profile.attachments import read_blob

    content, stray = b"the file of the record", b"a file slipped in beside it"
    sha, record = _attachment(net, content)
    import hashlib

    stray_sha = hashlib.sha256(stray).hexdigest()
    path = craft_bundle(net, "GT-01", "HQ", [record],
                        files={f"attachments/{sha}": content, f"attachments/{stray_sha}": stray})
    before = state(net)
    result = net.deliver(path, "HQ")
    assert result.status == "rejected" and "no record in it refers to" in result.message
    assert stray_sha[:12] in result.message
    assert read_blob(net["HQ"], sha) is None and read_blob(net["HQ"], stray_sha) is None
    assert state(net) == before


def _hold_orphans(net, count: int) -> str:
    """``count`` enrollments from GT-01 whose training never arrives, held at headquarters; returns the bundle id."""
    person_id = net["GT-01"].participants.create({"full_name": "Rosa Tzul"})
    net.sync("GT-01", "HQ")
    enrollments = [change(net, "enrollment", str(uuid.uuid4()), {"training_id": str(uuid.uuid4()),
                                                                  "participant_id": person_id}) for _ in range(count)]
    result = net.deliver(craft_bundle(net, "GT-01", "HQ", enrollments, sequence=net.counter + 1), "HQ")
    assert result.status == "applied" and result.held >= count
    return result.bundle_id


def _age(net, bundle_id: str, days: int) -> None:
    from datetime import UTC, datetime, timedelta

    import sqlalchemy as sa

    when = (datetime.now(UTC) - timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    with net["HQ"].db.write() as conn:
        conn.execute(sa.text("UPDATE held_change SET received_at = :w WHERE bundle_id = :b"),
                     {"w": when, "b": bundle_id})


def test_many_held_changes_are_not_read_by_an_unrelated_import(net):
    """Held changes are found by the parents a bundle applied (the (waiting_table, waiting_id) index), never read
    whole: an import that frees none reads none of their entries."""
    from sqlalchemy import event

    _hold_orphans(net, 2000)
    hq = net["HQ"]
    statements: list[str] = []

    def seen(conn, cursor, statement, *args):
        if "held_change" in statement:
            statements.append(" ".join(statement.split()))

    event.listen(hq.db.engine, "before_cursor_execute", seen)
    unrelated = craft_bundle(net, "GT-01", "HQ", [person(net), person(net)], sequence=net.counter + 1)
    result = net.deliver(unrelated, "HQ")
    event.remove(hq.db.engine, "before_cursor_execute", seen)
    assert result.status == "applied" and result.created == 2 and result.held == 2000 and result.released == 0
    reads = [s for s in statements if s.startswith("SELECT") and "entry" in s]
    assert reads and all("waiting_table" in s and "waiting_id IN" in s for s in reads), reads


def test_held_changes_expire_after_their_days_with_a_notice(net, capsys):
    from app.sync.held import HELD_DAYS

    old, recent = _hold_orphans(net, 3), _hold_orphans(net, 2)
    _age(net, old, HELD_DAYS + 5)
    _age(net, recent, HELD_DAYS - 5)
    result = net.deliver(craft_bundle(net, "GT-01", "HQ", [person(net)], sequence=net.counter + 1), "HQ")
    assert result.status == "applied" and result.expired == 3 and result.held == 2
    assert any(f"3 held changes from GT-01 waited more than {HELD_DAYS} days" in w for w in result.warnings)
    net.close()
    assert main(["--profile", str(net.root / "HQ"), "sync", "status"]) == 0
    out = capsys.readouterr().out
    assert f"GT-01: 3 held changes were dropped after waiting {HELD_DAYS} days" in out
    assert "GT-01: 2 changes wait for a record that has not arrived" in out


def test_a_dry_run_takes_no_lock_that_other_writers_wait_for(net, monkeypatch):
    """Someone saves a record while a dry run of a large bundle is in the middle of its merge: the save completes
    before the dry run goes on (synchronised at the merge, not timed), and the dry run changes nothing."""
    import threading

    from app.sync import merge
    from app.sync.importer import import_bundle

    hq = net["HQ"]
    path = craft_bundle(net, "GT-01", "HQ", [person(net) for _ in range(5)])
    before = net.dump("HQ")
    merging, go_on, saved = threading.Event(), threading.Event(), threading.Event()
    original = merge.Merger.apply

    def apply_and_wait(self, changes):
        counts = original(self, changes)
        merging.set()  # the dry run's transaction has written everything it will write
        go_on.wait(60)
        return counts

    monkeypatch.setattr(merge.Merger, "apply", apply_and_wait)
    results, failures = [], []
    dry = threading.Thread(target=lambda: results.append(import_bundle(hq, path, dry_run=True)))
    dry.start()
    try:
        assert merging.wait(60)

        def save():
            try:
                hq.participants.create({"full_name": "Saved meanwhile"})
                saved.set()
            except Exception as exc:  # reported by the assertion below
                failures.append(exc)

        writer = threading.Thread(target=save)
        writer.start()
        saved_in_time = saved.wait(30)
        assert dry.is_alive() and not go_on.is_set()  # the dry run was still in progress
        assert saved_in_time and not failures, failures
    finally:
        go_on.set()
        dry.join(60)
        writer.join(60)
    assert results[0].status == "would_apply" and results[0].created == 5
    after = net.dump("HQ")
    assert "Saved meanwhile" in after and SECRET not in after and after != before


def test_a_dry_run_at_an_encrypted_office_merges_in_a_keyed_snapshot(net):
    from app.services import FieldDesk
    from app.services.profile.encryption import encrypt_profile
    from app.services.store.export import export_json_text
    from app.sync.importer import import_bundle

    passphrase = "correct horse battery staple"
    net["HQ"].participants.create({"full_name": "For Guatemala"}, owner_office="GT-01")
    path = net.bundle("HQ", "GT-01")
    net.close()
    encrypt_profile(net.root / "GT-01", passphrase)
    with FieldDesk.open(net.root / "GT-01", secret=passphrase) as gt:
        before = export_json_text(gt)
        result = import_bundle(gt, path, dry_run=True)
        assert result.status == "would_apply" and result.created >= 1, result.message
        assert export_json_text(gt) == before
        assert import_bundle(gt, path).status == "applied"
        assert "For Guatemala" in export_json_text(gt)


def test_a_failure_that_is_not_the_bundles_is_exit_1_and_the_batch_goes_on(net, capsys, monkeypatch):
    """A busy or unreachable database is not a reason to refuse the bundle: it is reported (exit 1, without the
    statement or its values) so the same file can be tried again, and the next file is still imported."""
    import sqlite3

    from sqlalchemy.exc import OperationalError

    from app.sync import merge

    original, calls = merge.Merger.apply, []

    def busy_once(self, changes):
        calls.append(1)
        if len(calls) == 1:
            raise OperationalError("INSERT INTO participant ...", {"organisation": SECRET},
                                   sqlite3.OperationalError("database is locked"))
        return original(self, changes)

    monkeypatch.setattr(merge.Merger, "apply", busy_once)
    first = craft_bundle(net, "GT-01", "HQ", [person(net)], sequence=1)
    second = craft_bundle(net, "GT-01", "HQ", [person(net)], sequence=2)
    before = state(net)
    net.close()
    code = main(["--profile", str(net.root / "HQ"), "bundle", "import", "--dry-run", str(first), str(second)])
    out, err = capsys.readouterr()
    assert code == 1
    assert err.startswith(f"fielddesk: failed: {first.name}: ") and "database is busy" in err and "try again" in err
    assert SECRET not in err and "INSERT" not in err
    assert f"{second.name}: Would apply bundle #2 from GT-01: 1 new" in out
    assert state(net) == before
