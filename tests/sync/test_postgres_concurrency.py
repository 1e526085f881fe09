"""Several headquarters users on one PostgreSQL database: 4 processes import 20 bundles from 4 offices (some
twice) at the same moment. The result equals importing them one after the other, and nothing is applied twice."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from app.models.local import ChangeLog
from app.models.sync import BundleRecord
from app.services import FieldDesk
from app.services.profile.keys import create_identity, load_identity, trust_card
from app.services.store.export import export_json_text
from app.sync.export import export_bundle
from app.sync.importer import import_bundle
from tests.profiles import clone_profile

ROOT = Path(__file__).resolve().parents[2]
OFFICES = [f"O{n}-01" for n in range(1, 5)]


def totals(profile: Path) -> tuple[int, int, int, int]:
    """Change-log rows applied from bundles, distinct bundles among them, bundles recorded as applied, and bundles
    recorded as received after a newer one (superseded: nothing applied, recorded so their number is not missing)."""
    with FieldDesk.open(profile) as fd, fd.reading() as conn:
        log = ChangeLog.__table__
        bundles = BundleRecord.__table__
        applied_rows = conn.execute(select(func.count()).select_from(log).where(log.c.bundle_id.isnot(None))).scalar()
        distinct = conn.execute(select(func.count(func.distinct(log.c.bundle_id)))).scalar()
        summaries = conn.execute(select(bundles.c.summary).where(bundles.c.direction == "in")).scalars().all()
    superseded = sum(1 for s in summaries if (s or {}).get("superseded"))
    return applied_rows, distinct, len(summaries) - superseded, superseded


def test_concurrent_imports_equal_a_sequential_import(pg_server, tmp_path):
    hq_path = tmp_path / "HQ"
    with FieldDesk.create(hq_path, office_code="HQ", office_name="Headquarters", role="hq",
                          database_url=pg_server.create_database("concurrency_hq")) as hq:
        create_identity(hq)
        card = load_identity(hq).card
        bundles: list[Path] = []
        for n, code in enumerate(OFFICES):
            with FieldDesk.create(tmp_path / code, office_code=code, office_name=f"Office {n}") as office:
                create_identity(office)
                trust_card(office, card)
                trust_card(hq, load_identity(office).card)
                for round_ in range(5):
                    office.participants.create_many([{"full_name": f"{code} person {round_}-{k}",
                                                      "organisation": f"Org {k % 7}"} for k in range(40)])
                    path = tmp_path / "bundles" / f"{code}-{round_}.fdb"
                    path.parent.mkdir(exist_ok=True)
                    export_bundle(office, "HQ", path)
                    bundles.append(path)
    assert len(bundles) == 5 * len(OFFICES)

    sequential = clone_profile(hq_path, tmp_path / "HQ-sequential", pg_server)
    with FieldDesk.open(sequential) as fd:
        for path in bundles:
            assert import_bundle(fd, path).exit_code == 0
        expected = export_json_text(fd)

    concurrent = clone_profile(hq_path, tmp_path / "HQ-concurrent", pg_server)
    rng = random.Random(40)
    shares = [bundles[i::4] for i in range(4)]
    for share in shares:  # some bundles twice, in another process
        share += rng.sample(bundles, 5)
        rng.shuffle(share)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    processes = [subprocess.Popen([sys.executable, "-m", "app", "--profile", str(concurrent), "bundle", "import",
                                   *map(str, share), "--json"], env=env, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for share in shares]
    outcomes = []
    for process in processes:
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
        outcomes += json.loads(out)
    statuses = {o["status"] for o in outcomes}
    assert statuses <= {"applied", "already_imported", "superseded"}
    assert sum(o["status"] == "applied" for o in outcomes) <= len(bundles)
    with FieldDesk.open(concurrent) as fd:
        assert export_json_text(fd) == expected
    applied_rows, distinct_bundles, received, superseded = totals(concurrent)
    seq_rows, seq_bundles, _, _ = totals(sequential)
    assert received == sum(o["status"] == "applied" for o in outcomes)  # each applied bundle recorded once
    assert superseded == len({o["bundle_id"] for o in outcomes if o["status"] == "superseded"})
    assert applied_rows == seq_rows  # every change applied exactly once, whatever the order
    assert distinct_bundles <= seq_bundles


def test_every_connection_plans_each_query_for_the_tables_as_they_are_now(pg_server):
    """A plan made while a table was nearly empty must not outlive the table's growth on a long-lived connection
    (importing 50 bundles in one command grew from about a second per bundle to 17 s that way)."""
    from app.services.store.db import Database

    db = Database(pg_server.create_database("plans"))
    try:
        for _ in range(3):  # each time a connection is handed out again, after the pool's rollback
            with db.read() as conn:
                assert conn.exec_driver_sql("SHOW plan_cache_mode").scalar() == "force_custom_plan"
            with db.write() as conn:
                assert conn.exec_driver_sql("SHOW plan_cache_mode").scalar() == "force_custom_plan"
    finally:
        db.dispose()
