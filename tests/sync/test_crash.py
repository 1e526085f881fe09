"""Killing the bundle import inside its write transaction: the process is stopped at a test point (app/services/
store/testpoints.py) before the import transaction's first, middle and last statements, and just before its
COMMIT, and killed there; every kill is checked to have landed at its point. Afterwards the profile passes `fielddesk
check` and holds the state before the import, never something in between; the import run to its end gives the state
after it."""

from __future__ import annotations

from app.services import FieldDesk
from app.services.store.check import check_profile
from app.services.store.export import export_json_text
from tests.crashing import kill_each, run_traced, transactions


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

    # The import's transaction is the one that writes most (a few statements: the rows go in batches).
    writes, commit = max(transactions(trace), key=lambda t: len(t[0]))
    assert len(writes) >= 3, trace
    # Its first, middle and last writes and its COMMIT: each kill costs a process start, and a partial import would
    # show at any of them (every write before the COMMIT is inside the one transaction).
    chosen = [writes[0], writes[len(writes) // 2], writes[-1], commit]
    targets = [clone(pristine, tmp_path / f"run-{run}") for run in range(len(chosen))]
    landed = kill_each(command, list(zip(targets, chosen, strict=True)), tmp_path)
    for target, point in zip(targets, chosen, strict=True):
        assert dump(target) == before, f"kill at {point}: the profile holds a partial or committed import"
    assert landed == len(chosen)  # every kill landed inside the import's transaction
