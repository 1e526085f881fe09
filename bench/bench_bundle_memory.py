"""Memory of importing a large genuine bundle (issue 18): 300 MB of attachments in one bundle, against the same
import of a bundle carrying one of them. The bundle is read as a stream (app/sync/bundle_read.py), so the peak
should not grow with the bundle's size: at most 100 MB above the small bundle's import."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from harness import Result, cached_profile, copy_profile
from profiles import trusting_pair

ROOT = Path(__file__).resolve().parent.parent
FILES, FILE_MB = 30, 10
RUNS = 3
_IMPORT = """
import sys
from app.services import FieldDesk
from app.sync.importer import import_bundle
with FieldDesk.open(sys.argv[1]) as fd:
    result = import_bundle(fd, sys.argv[2], backup=False)
assert result.status == "applied", result.message
"""
# A process keeps the peak of the one it was forked from (Linux counts the forked copy's peak at exec): the import
# runs as the child of a small process, whose children's peak is then the import's alone.
_PROBE = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, capture_output=True); "
          "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def bundles() -> tuple[Path, Path, Path]:
    """Headquarters that trusts an office, the office's bundle with one attachment, and its next bundle with all
    of them (the first never imported, so the second carries every change)."""

    def build(path: Path) -> None:
        from app.services.profile.attachments import attach_file
        from app.sync.export import export_bundle

        with trusting_pair(path) as (_hq, office):
            person = office.participants.create({"full_name": "Ana López"})
            for number in range(FILES):
                scan = path / "scan.pdf"
                scan.write_bytes(number.to_bytes(4, "big") * (FILE_MB * 1024 * 1024 // 4))
                attach_file(office, "participant", person, scan)
                if number == 0:
                    export_bundle(office, "HQ", path / "small.fdb")
            scan.unlink()
            export_bundle(office, "HQ", path / "large.fdb")

    root = cached_profile(f"bundle-memory-{FILES}x{FILE_MB}", build)
    return root / "hq", root / "small.fdb", root / "large.fdb"


def _peak_mb(hq: Path, bundle: Path, scratch: Path) -> float:
    target = copy_profile(hq, scratch / "hq-copy")
    done = subprocess.run([sys.executable, "-c", _PROBE, sys.executable, "-c", _IMPORT, str(target), str(bundle)],
                          cwd=ROOT, capture_output=True, text=True, check=True, timeout=600)
    return int(done.stdout.strip().splitlines()[-1]) / 1024  # MB (ru_maxrss is in KB on Linux)


def run() -> list[Result]:
    hq, small, large = bundles()
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        mine, floor = [], []
        for _ in range(RUNS):
            mine.append(_peak_mb(hq, large, scratch))
            floor.append(_peak_mb(hq, small, scratch))
    size = large.stat().st_size / 1024 / 1024
    small_peak = statistics.median(floor)
    return [Result(f"peak memory importing a genuine {size:.0f} MB bundle", statistics.median(mine),
                   small_peak + 100, 1.0, unit="MB",
                   note=f"floor: the same import of a bundle with one {FILE_MB} MB attachment ({small_peak:.0f} MB) "
                        f"plus 100 MB")]
