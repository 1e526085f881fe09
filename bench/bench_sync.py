"""Bundles: importing and exporting 100,000 changed records, against plain sqlite3 doing the unavoidable work."""

from __future__ import annotations

import io
import json
import sqlite3
import tempfile
from pathlib import Path

from harness import Result, cached_profile, compare, copy_profile
from profiles import trusting_pair

SIZE = 100_000
HELD, HELD_IMPORT = 20_000, 1_000


def _people(n: int, offset: int = 0) -> list[dict]:
    return [{"full_name": f"Participant {offset + k:06d} Pérez", "organisation": f"Organisation {k % 97}",
             "position": ("Judge", "Prosecutor", "Officer")[k % 3], "sex": ("female", "male")[k % 2]}
            for k in range(n)]


def sync_pair(size: int) -> tuple[Path, Path, Path]:
    """An office with ``size`` new participants, the headquarters that trusts it, and the office's bundle."""

    def build(path: Path) -> None:
        from app.sync.export import export_bundle

        with trusting_pair(path) as (_hq, office):
            for start in range(0, size, 20_000):
                office.participants.create_many(_people(min(20_000, size - start), start))
            export_bundle(office, "HQ", path / "bundle.fdb")

    root = cached_profile(f"sync-{size}", build)
    return root / "hq", root / "office", root / "bundle.fdb"


def import_pair(size: int, scratch: Path) -> tuple[float, float]:
    from app.services import FieldDesk
    from app.services.store.entities import BY_NAME
    from app.sync.importer import import_bundle

    hq, office, bundle = sync_pair(size)
    with FieldDesk.open(office) as fd:
        rows = [tuple(r[c] for c in BY_NAME["participant"].columns)
                for r in fd.participants.rows(fd.participants.ids())]
    columns = BY_NAME["participant"].columns
    target = scratch / "hq-copy"

    def fielddesk() -> None:
        with FieldDesk.open(target) as fd:
            result = import_bundle(fd, bundle, backup=False)
        assert result.created >= size, result.message

    def floor() -> None:
        conn = sqlite3.connect(target / "fielddesk.db")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        with conn:
            conn.executemany(f"INSERT INTO participant ({', '.join(columns)}) VALUES "
                             f"({', '.join('?' * len(columns))})", rows)
        conn.close()

    return compare(fielddesk, floor, fd_setup=lambda: copy_profile(hq, target),
                   floor_setup=lambda: copy_profile(hq, target))


def held_pair(size: int, held: int, scratch: Path) -> tuple[float, float]:
    """An import of ``size`` new records into a headquarters holding ``held`` changes for records that have not
    arrived (none of them this bundle's), against the same import holding none: held changes are looked up by
    the parents a bundle applies, so they should cost next to nothing."""
    import uuid

    from app.services import FieldDesk
    from app.sync.importer import import_bundle

    hq, _office, bundle = sync_pair(size)
    target = scratch / "hq-held"

    def with_held() -> None:
        copy_profile(hq, target)
        conn = sqlite3.connect(target / "fielddesk.db")
        with conn:
            conn.executemany(
                "INSERT INTO held_change (bundle_id, sender_site_id, table_name, record_id, waiting_table, waiting_id, "
                "entry, received_at) VALUES (?, ?, 'enrollment', ?, 'training', ?, ?, '2099-01-01T00:00:00.000Z')",
                [(str(uuid.uuid4()), str(uuid.uuid4()), str(uuid.uuid4()), str(uuid.uuid4()), b"\x90")
                 for _ in range(held)])
        conn.close()

    def fielddesk() -> None:
        with FieldDesk.open(target) as fd:
            result = import_bundle(fd, bundle, backup=False)
        assert result.created >= size, result.message

    return compare(fielddesk, fielddesk, fd_setup=with_held, floor_setup=lambda: copy_profile(hq, target))


def export_pair(size: int, scratch: Path) -> tuple[float, float]:
    import msgspec
    import zstandard

    from app.services import FieldDesk
    from app.sync.export import export_bundle

    _hq, office, _bundle = sync_pair(size)
    out = scratch / "out.fdb"

    def fielddesk() -> None:
        with FieldDesk.open(office) as fd:
            export_bundle(fd, "HQ", out)

    def floor() -> None:
        conn = sqlite3.connect(office / "fielddesk.db")
        rows = conn.execute("SELECT seq, table_name, record_id, op, hlc, site_id, office, author, at, new, old "
                            "FROM change_log ORDER BY seq").fetchall()
        conn.close()
        entries = [(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], json.loads(r[9]), json.loads(r[10]))
                   for r in rows]
        packed = msgspec.msgpack.encode(entries)
        zstandard.ZstdCompressor(level=3).compress(packed)
        io.BytesIO(packed)

    return compare(fielddesk, floor)


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        mine, floor = import_pair(SIZE, scratch)
        results = [Result("import bundle, 100k records", mine, floor, 3.0,
                          note="floor: plain sqlite3 executemany of the same rows into the same schema (FTS "
                               "triggers included), one transaction")]
        mine, floor = held_pair(HELD_IMPORT, HELD, scratch)
        results.append(Result(f"import {HELD_IMPORT:,} records with {HELD:,} held changes", mine, floor, 1.3,
                              note="floor: the same import with no held change"))
        mine, floor = export_pair(SIZE, scratch)
        results.append(Result("export bundle, 100k records", mine, floor, 2.0,
                              note="floor: select the change-log rows, msgpack them, zstd-compress"))
    return results
