"""Killing the bundle import inside its write transaction: the process is stopped at a test point (an INSERT, UPDATE
or DELETE of the import's transaction, or just before its COMMIT: app/services/testpoints.py) and killed there, at
points spread over the whole transaction. Afterwards the profile passes `fielddesk check` and holds the state before
the import, never something in between; a kill just after the COMMIT leaves the state after it."""

from __future__ import annotations

import shutil

from app.services import FieldDesk
from app.services.check import check_profile
from app.services.export import export_json_text
from tests.crashing import kill_at, run_traced, transactions


def dump(profile) -> str:
    with FieldDesk.open(profile) as fd:
        assert check_profile(fd) == []
        return export_json_text(fd)


def test_an_interrupted_import_leaves_before_or_after(net, tmp_path, clone):
    gt = net["GT-01"]
    gt.participants.create_many([{"full_name": f"Participant {n}", "organisation": "Organismo Judicial",
                                  "position": "Juez" if n % 2 else "Fiscal"} for n in range(4000)])
    bundle = net.bundle("GT-01", "HQ")
    net.close()
    pristine = tmp_path / "hq-before"
    clone(net.root / "HQ", pristine)
    before = dump(pristine)

    done = tmp_path / "hq-after"
    clone(pristine, done)
    command = ["bundle", "import", str(bundle)]
    trace = run_traced(done, command, tmp_path / "trace")
    after = dump(done)
    assert after != before

    # The import's transaction is the one that writes most (a few statements: the rows go in batches); kill before
    # each of its writes and just before its COMMIT.
    writes, commit = max(transactions(trace), key=lambda t: len(t[0]))
    assert len(writes) >= 3, trace
    chosen = [*writes, commit]
    landed = 0
    for run, point in enumerate(chosen):
        target = tmp_path / f"run-{run}"
        clone(pristine, target)
        landed += kill_at(target, command, point, tmp_path / f"marks-{run}")
        assert dump(target) == before, f"kill at {point}: the profile holds a partial or committed import"
        shutil.rmtree(target)
    assert landed == len(chosen)  # every kill landed inside the import's transaction
