"""What every benchmark shares: timing (medians after a warm-up, FieldDesk and its floor alternating so that a busy
machine slows both), results with their target, and the cached profiles the benchmarks start from."""

from __future__ import annotations

import gc
import json
import math
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / ".cache"
RUNS = 5


@dataclass
class Result:
    name: str
    fielddesk: float  # median, in the unit below
    floor: float
    target: float | None  # the ratio FieldDesk may reach at most (or the absolute limit); None: reported only
    unit: str = "s"
    absolute: bool = False  # the target is on the FieldDesk figure itself, not on the ratio
    note: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def ratio(self) -> float:
        return self.fielddesk / self.floor if self.floor else math.inf

    @property
    def passed(self) -> bool:
        if self.target is None:
            return True
        return (self.fielddesk <= self.target) if self.absolute else (self.ratio <= self.target)

    def to_json(self) -> dict:
        return {**asdict(self), "ratio": round(self.ratio, 3) if self.floor else None, "passed": self.passed}


def timed(fn: Callable[[], object], setup: Callable[[], object] | None = None) -> float:
    if setup is not None:
        setup()
    gc.collect()
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def compare(fielddesk: Callable[[], object], floor: Callable[[], object], *, runs: int = RUNS,
            fd_setup: Callable[[], object] | None = None, floor_setup: Callable[[], object] | None = None
            ) -> tuple[float, float]:
    """Medians of ``runs`` timings each, after one warm-up each, alternating."""
    timed(fielddesk, fd_setup)
    timed(floor, floor_setup)
    mine, theirs = [], []
    for _ in range(runs):
        mine.append(timed(fielddesk, fd_setup))
        theirs.append(timed(floor, floor_setup))
    return statistics.median(mine), statistics.median(theirs)


def fielddesk_cli(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, capture_output=True, text=True, check=check)


def cached_profile(name: str, build: Callable[[Path], None]) -> Path:
    """A profile built once (``build(path)``) and reused by later runs of ``make bench``."""
    from app import __version__
    from app.migrations import HEAD

    path = CACHE / f"{name}-{__version__}-{HEAD}"
    if not (path / ".complete").exists():
        shutil.rmtree(path, ignore_errors=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        scratch = path.with_name(path.name + ".building")
        shutil.rmtree(scratch, ignore_errors=True)
        print(f"  building the {name} profile (once)...", flush=True)
        build(scratch)
        (scratch / ".complete").touch()
        scratch.rename(path)
    return path


def copy_profile(source: Path, target: Path) -> Path:
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("backups"))
    return target


def fitted_exponent(sizes: list[int], seconds: list[float]) -> float:
    """The slope of log(time) against log(size): 1 is linear."""
    xs = [math.log(s) for s in sizes]
    ys = [math.log(t) for t in seconds]
    mx, my = statistics.mean(xs), statistics.mean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def print_table(results: list[Result]) -> None:
    rows = [("benchmark", "FieldDesk", "floor", "ratio", "target", "result")]
    for r in results:
        unit = r.unit
        mine = f"{r.fielddesk:.3f} {unit}" if unit == "s" else f"{r.fielddesk:.1f} {unit}"
        floor = (f"{r.floor:.3f} {unit}" if unit == "s" else f"{r.floor:.1f} {unit}") if r.floor else "-"
        if r.target is None:
            target, verdict = "-", "report"
        else:
            target = f"<= {r.target:g} {unit}" if r.absolute else f"<= {r.target:g}x"
            verdict = "pass" if r.passed else "FAIL"
        rows.append((r.name, mine, floor, f"{r.ratio:.2f}" if r.floor else "-", target, verdict))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for n, row in enumerate(rows):
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)))
        if n == 0:
            print("  ".join("-" * w for w in widths))
    for r in results:
        if r.note:
            print(f"- {r.name}: {r.note}")


def write_results(results: list[Result], path: Path) -> None:
    path.write_text(json.dumps({"results": [r.to_json() for r in results]}, indent=2, ensure_ascii=False) + "\n")
