"""Headquarters on PostgreSQL: 50 bundles of 10,000 changes (10 offices, 5 bundles each) imported with 1, 2 and 4
``fielddesk bundle import`` processes at once, against the same import into SQLite with one process.

Skipped (said so in the table) when no PostgreSQL server binaries are installed; ``.ci/run`` installs them."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness import ROOT, Result, cached_profile, copy_profile

OFFICES, ROUNDS, CHANGES = 10, 5, 10_000
# Each run imports 500,000 records four times (SQLite, then PostgreSQL with 1, 2 and 4 processes): about two and a
# half minutes on a 2-core laptop.
WARM_UP, RUNS = 1, 5


def bundles() -> tuple[Path, list[Path]]:
    """The headquarters profile (SQLite, trusting every office) and the 50 bundles addressed to it."""

    def build(path: Path) -> None:
        from sqlalchemy import func, select, update

        from app.models import ChangeLog, SyncOutbound
        from app.services import FieldDesk
        from app.services.profile.keys import create_identity, load_identity, trust_card
        from app.sync.export import export_bundle

        path.mkdir(parents=True)
        (path / "bundles").mkdir()
        with FieldDesk.create(path / "hq", office_code="HQ", office_name="Headquarters", role="hq") as hq:
            create_identity(hq)
            card = load_identity(hq).card
            for n in range(OFFICES):
                code = f"O{n:02d}-01"
                with FieldDesk.create(path / "offices" / code, office_code=code, office_name=f"Office {n}") as office:
                    create_identity(office)
                    trust_card(office, card)
                    trust_card(hq, load_identity(office).card)
                    for round_ in range(ROUNDS):
                        office.participants.create_many([
                            {"full_name": f"{code} participant {round_}-{k:05d}", "organisation": f"Org {k % 97}",
                             "position": ("Judge", "Prosecutor", "Officer")[k % 3]} for k in range(CHANGES)])
                        export_bundle(office, "HQ", path / "bundles" / f"{code}-{round_}.fdb")
                        # As if headquarters' acknowledgement came back before the next round: each bundle then
                        # holds that round's 10,000 changes only, not every unacknowledged one again.
                        with office.db.write() as conn:
                            newest = select(func.max(ChangeLog.__table__.c.seq)).scalar_subquery()
                            conn.execute(update(SyncOutbound.__table__).values(acked_upto=newest))
                shutil.rmtree(path / "offices" / code)

    root = cached_profile(f"pg-bundles-{OFFICES}x{ROUNDS}x{CHANGES}-acked", build)
    return root / "hq", sorted((root / "bundles").glob("*.fdb"))


def import_with(profile: Path, paths: list[Path], processes: int) -> float:
    """Wall-clock seconds for ``processes`` commands importing their share of ``paths`` at the same time."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    shares = [paths[i::processes] for i in range(processes)]
    started = time.perf_counter()
    running = [subprocess.Popen([sys.executable, "-m", "app", "--profile", str(profile), "bundle", "import",
                                 *map(str, share)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                text=True) for share in shares]
    for process in running:
        _out, err = process.communicate(timeout=1800)
        if process.returncode != 0:
            raise RuntimeError(f"bundle import exited {process.returncode}: {err[-1500:]}")
    return time.perf_counter() - started


def run() -> list[Result]:
    sys.path.insert(0, str(ROOT))
    from tests.pg_server import PostgresServer, find_bin_dir

    if find_bin_dir() is None:
        return [Result("PostgreSQL import, 50 bundles x 10,000 changes", 0, 0, None,
                       note="not measured: no PostgreSQL server binaries here (apt-get install -y postgresql)")]
    hq, paths = bundles()
    server = PostgresServer().start()
    timings: dict[str, list[float]] = {"sqlite": [], 1: [], 2: [], 4: []}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            scratch = Path(tmp)
            databases = 0
            for run in range(WARM_UP + RUNS):
                measured = run >= WARM_UP
                target = copy_profile(hq, scratch / "sqlite")
                seconds = import_with(target, paths, 1)
                if measured:
                    timings["sqlite"].append(seconds)
                for processes in (1, 2, 4):
                    databases += 1
                    target = copy_profile(hq, scratch / f"pg-{processes}")
                    url = server.create_database(f"bench_{databases}")
                    moved = subprocess.run([sys.executable, "-m", "app", "--profile", str(target), "hq",
                                            "move-to-postgres", "--db", url], cwd=ROOT, capture_output=True,
                                           text=True)
                    if moved.returncode != 0:
                        raise RuntimeError(f"move-to-postgres failed: {moved.stderr[-1500:]}")
                    seconds = import_with(target, paths, processes)
                    if measured:
                        timings[processes].append(seconds)
                    server.execute(f'DROP DATABASE "bench_{databases}"')
    finally:
        server.stop()
    median = {key: statistics.median(values) for key, values in timings.items()}
    records = len(paths) * CHANGES
    results = [Result(f"PostgreSQL import, {len(paths)} bundles x {CHANGES:,} changes, 1 process", median[1],
                      median["sqlite"], None,
                      note=f"floor: the same import into SQLite, one process ({records / median['sqlite']:,.0f} "
                           f"records/s); no target, reported as the issue asks")]
    for processes in (2, 4):
        results.append(Result(f"PostgreSQL import, {processes} processes", median[processes], median[1], None,
                              note=f"floor: one process; speed-up {median[1] / median[processes]:.2f}x "
                                   f"({records / median[processes]:,.0f} records/s) on a machine with "
                                   f"{os.cpu_count()} cores; no target"))
    return results
