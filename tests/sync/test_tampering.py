"""A tampered, truncated, misaddressed, forged or malicious bundle is rejected with exit 3 and changes nothing."""

from __future__ import annotations

import io
import random
import zipfile

import pytest
import zstandard
from sqlalchemy import func, select

from app.cli import main
from app.models.local import ChangeLog
from app.services.store.wire import Change
from tests.sync.craft import craft_bundle

LOG = ChangeLog.__table__


def state(net, code="HQ"):
    fd = net[code]
    with fd.reading() as conn:
        logs = conn.execute(select(func.count(), func.max(LOG.c.seq))).one()
        clock = conn.exec_driver_sql("SELECT hlc FROM clock_state").scalar()
    return net.dump(code), tuple(logs), clock


@pytest.fixture
def genuine(net, tmp_path):
    gt = net["GT-01"]
    for name in ("Ana López", "Juan Pérez", "Rosa Tzul"):
        gt.participants.create({"full_name": name, "organisation": "Organismo Judicial"})
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF " + bytes(range(256)) * 20)
    from app.services.profile.attachments import attach_file

    attach_file(gt, "participant", gt.participants.ids()[0], scan)
    return net.bundle("GT-01", "HQ")


def rejected_without_change(net, path, capsys, needle=None):
    before = state(net)
    net.close()  # the command line opens the profile itself
    code = main(["--profile", str(net.root / "HQ"), "bundle", "import", str(path)])
    err = capsys.readouterr().err
    assert code == 3, err
    assert "Traceback" not in err and err.startswith("fielddesk: rejected:")
    if needle:
        assert needle in err
    assert state(net) == before
    return err


def test_single_flipped_bytes_anywhere_are_rejected(net, genuine, capsys):
    data = genuine.read_bytes()
    rng = random.Random(4)
    positions = sorted({0, 5, 30, len(data) // 2, len(data) - 1, *rng.sample(range(len(data)), 45)})
    before = state(net)
    for position in positions:
        bad = bytearray(data)
        bad[position] ^= 1 << rng.randrange(8)
        path = genuine.with_name(f"flip-{position}.fdb")
        path.write_bytes(bytes(bad))
        net.close()
        code = main(["--profile", str(net.root / "HQ"), "bundle", "import", str(path)])
        err = capsys.readouterr().err
        assert code == 3, f"byte {position}: {err}"
        assert "Traceback" not in err
    assert state(net) == before
    assert net.deliver(genuine, "HQ").status == "applied"  # the untouched file still goes in


@pytest.mark.parametrize("keep", [0, 10, 200, 0.5, -1])
def test_truncated_bundles_are_rejected(net, genuine, capsys, keep):
    data = genuine.read_bytes()
    cut = data[: int(len(data) * keep)] if isinstance(keep, float) else data[:keep]
    path = genuine.with_name("cut.fdb")
    path.write_bytes(cut)
    rejected_without_change(net, path, capsys)


def test_a_file_that_is_not_a_bundle_is_rejected(net, tmp_path, capsys):
    path = tmp_path / "notes.txt"
    path.write_text("just some notes")
    rejected_without_change(net, path, capsys, "not a FieldDesk bundle")


def test_a_bundle_for_another_office_is_rejected(net, capsys):
    net["HQ"].participants.create({"full_name": "For Malawi"}, owner_office="MW-01")
    path = net.bundle("HQ", "MW-01")
    before = state(net, "GT-01")
    result = net.deliver(path, "GT-01")
    assert result.status == "rejected" and "not addressed to this office" in result.message
    assert state(net, "GT-01") == before


def test_an_unknown_signer_is_rejected(net, tmp_path, capsys):
    from app.services import FieldDesk
    from app.services.profile.keys import create_identity, load_identity, trust_card
    from app.sync.export import export_bundle

    with FieldDesk.create(tmp_path / "rogue", office_code="GT-01", office_name="Rogue copy") as rogue:
        create_identity(rogue)
        trust_card(rogue, load_identity(net["HQ"]).card)
        rogue.participants.create({"full_name": "Planted person"})
        path = tmp_path / "rogue.fdb"
        export_bundle(rogue, "HQ", path)
    rejected_without_change(net, path, capsys, "not trusted here")


def test_a_valid_signature_by_another_pinned_office_is_rejected(net, capsys):
    changes = [Change(1, "participant", "0193c0de-0000-7000-8000-000000000001", "create", 1 << 40, "x", "GT-01", "x",
                      "2026-01-01T00:00:00.000Z", {"full_name": "Forged"}, {})]
    path = craft_bundle(net, "GT-01", "HQ", changes, signer="MW-01")  # says GT-01, signed by MW-01
    rejected_without_change(net, path, capsys, "does not match the key pinned for office GT-01")


def _rewrite_zip(net, path, mutate) -> bytes:
    """Decrypt a genuine bundle, change its archive, and re-encrypt it to HQ (as an attacker who knows HQ's public
    key can): the signature must still catch it."""
    import pyrage

    from app.services.profile.keys import load_identity, peer_by_office

    plain = pyrage.decrypt(path.read_bytes(), [load_identity(net["HQ"]).encryption_identity])
    source = zipfile.ZipFile(io.BytesIO(plain))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED) as target:
        mutate(source, target)
    from pyrage import x25519

    hq_key = peer_by_office(net["GT-01"], "HQ").encryption_key
    return pyrage.encrypt(out.getvalue(), [x25519.Recipient.from_str(hq_key)])


def test_an_entry_that_climbs_out_is_rejected(net, genuine, capsys):
    def add_traversal(source, target):
        for info in source.infolist():
            target.writestr(info.filename, source.read(info.filename))
        target.writestr("../../.bashrc", b"echo owned")

    path = genuine.with_name("slip.fdb")
    path.write_bytes(_rewrite_zip(net, genuine, add_traversal))
    rejected_without_change(net, path, capsys, "name that is not allowed")
    assert not (net.root.parent / ".bashrc").exists()


def test_changed_content_with_the_old_manifest_is_rejected(net, genuine, capsys):
    def swap_changes(source, target):
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "changes.bin":
                data = data[:-5] + bytes([data[-5] ^ 0xFF]) + data[-4:]  # same size, other content
            target.writestr(info.filename, data)

    path = genuine.with_name("swapped.fdb")
    path.write_bytes(_rewrite_zip(net, genuine, swap_changes))
    rejected_without_change(net, path, capsys, "does not match its SHA-256")


def test_a_rewritten_manifest_fails_the_signature(net, genuine, capsys):
    def edit_manifest(source, target):
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "manifest.json":
                data = data.replace(b'"sequence":1', b'"sequence":9')
            target.writestr(info.filename, data)

    path = genuine.with_name("edited.fdb")
    path.write_bytes(_rewrite_zip(net, genuine, edit_manifest))
    rejected_without_change(net, path, capsys, "signature does not match")


def test_a_decompression_bomb_is_rejected(net, capsys):
    bomb = zstandard.ZstdCompressor(level=19).compress(b"\0" * 300_000_000)
    path = craft_bundle(net, "GT-01", "HQ", [], raw_changes=(bomb, 1000))
    assert path.stat().st_size < 100_000
    rejected_without_change(net, path, capsys, "expand beyond")


def test_malformed_changes_are_rejected(net, capsys):
    garbage = zstandard.ZstdCompressor(write_content_size=True).compress(b"\x92\x01\x02not msgpack")
    path = craft_bundle(net, "GT-01", "HQ", [], raw_changes=(garbage, len(b"\x92\x01\x02not msgpack")))
    rejected_without_change(net, path, capsys, "malformed")


def test_a_forged_bundle_is_refused_from_its_signed_manifest_before_the_rest_is_read(net, tmp_path):
    """Before: a forged 315 MB bundle, made with the public card alone, was read, decrypted and hashed whole (1 GB
    of memory, 6.6 s) before its signature was checked. Now its first chunks are enough; memory stays bounded."""
    import tracemalloc

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app.sync.importer import import_bundle

    attachment = "attachments/" + "ab" * 32
    path = craft_bundle(net, "GT-01", "HQ", [], sign_with=Ed25519PrivateKey.generate(),
                        files={attachment: bytes(48 * 1024 * 1024)})  # says GT-01, signed by a stranger
    before = state(net)
    tracemalloc.start()
    try:
        result = import_bundle(net["HQ"], path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert result.status == "rejected" and "signature" in result.message, result.message
    assert peak < 8 * 1024 * 1024, peak  # the bundle is 48 MB: it was never read whole
    assert state(net) == before


def test_a_genuine_bundle_is_read_as_a_stream_with_memory_bounded(net, tmp_path, monkeypatch):
    """Before: a genuinely signed bundle was read, decrypted and hashed whole (up to the 2 GB limit), its attachments
    all held at once, and it was made whole in memory. Now both stream: at most one attachment is in memory at a
    time, and an attachment larger than one may be is refused before it is held."""
    import tracemalloc

    from app.services.profile.attachments import attach_file, read_attachment
    from app.sync import importer
    from app.sync.importer import import_bundle

    gt, hq = net["GT-01"], net["HQ"]
    person = gt.participants.create({"full_name": "Ana López"})
    size = 2 * 1024 * 1024
    ids = []
    for number in range(10):  # 20 MB in ten files
        scan = tmp_path / f"scan-{number}.pdf"
        scan.write_bytes(bytes([number + 1]) * size)
        ids.append(attach_file(gt, "participant", person, scan))
    tracemalloc.start()
    try:
        path = net.bundle("GT-01", "HQ")  # written as a stream too
        exported = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert path.stat().st_size > 10 * size and exported < 6 * size, exported
    before = state(net)
    with monkeypatch.context() as patched:  # as if an attachment could be 1 MB at most
        patched.setattr(importer, "MAX_ATTACHMENT_BYTES", 1024 * 1024)
        refused = import_bundle(hq, path, backup=False)
    assert refused.status == "rejected" and "a file of 2 MB; attachments can be at most 1 MB" in refused.message
    assert state(net) == before
    tracemalloc.start()
    try:
        result = import_bundle(hq, path, backup=False)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert result.status == "applied" and result.attachments == 10, result.message
    # about one attachment's worth (its bytes, a copy, the stored form) and the reading's buffers: never the 20 MB
    assert peak < 6 * size, peak
    assert read_attachment(hq, ids[5]) == bytes([6]) * size
