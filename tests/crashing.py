"""Run a FieldDesk command in a child process and kill it at a test point (app/services/store/testpoints.py), never
after a guessed delay: the child writes a line to a file when it reaches the point and waits there; the test waits for
that line, then kills. ``kill_at`` returns True only when the kill landed at the point."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
Point = tuple[str, int]


def _start(profile: Path, command: list[str], spec: str | None, output=subprocess.DEVNULL) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("FIELDDESK_TEST_POINT", None)
    if spec is not None:
        env["FIELDDESK_TEST_POINT"] = spec
    return subprocess.Popen([sys.executable, "-m", "app", "--profile", str(profile), *command], env=env,
                            stdout=output, stderr=subprocess.STDOUT, text=True)


def run_traced(profile: Path, command: list[str], trace: Path) -> list[Point]:
    """Run the command to its end and return every test point it passed, in order."""
    process = _start(profile, command, f"@{trace}", subprocess.PIPE)
    output, _ = process.communicate(timeout=300)
    assert process.returncode == 0, output
    lines = trace.read_text(encoding="utf-8").split() if trace.exists() else []
    return [(lines[i], int(lines[i + 1])) for i in range(0, len(lines), 2)]


def transactions(trace: list[Point]) -> list[tuple[list[Point], Point]]:
    """The write transactions in a trace: the writes of each, and the COMMIT that ends it."""
    found, writes = [], []
    for point in trace:
        if point[0] == "write":
            writes.append(point)
        elif point[0] == "commit":
            found.append((writes, point))
            writes = []
    return found


def kill_at(profile: Path, command: list[str], point: Point, marks: Path, timeout: float = 120) -> bool:
    """Start the command, wait until it stops at ``point``, kill it (SIGKILL) there. False when it ended, or did not
    get there in time, without reaching the point."""
    return kill_each(command, [(profile, point)], marks.parent, timeout, prefix=marks.name) == 1


def kill_each(command: list[str], runs: list[tuple[Path, Point]], marks_dir: Path, timeout: float = 120,
              parallel: int = 2, prefix: str = "marks") -> int:
    """``kill_at`` for each (profile copy, point), ``parallel`` at a time: while one child works the test only
    waits, so a second one uses the other core. Returns how many kills landed at their point."""
    pending = list(enumerate(runs))
    running: dict[int, tuple[subprocess.Popen, str, Path, float]] = {}
    landed = 0
    try:
        while pending or running:
            while pending and len(running) < parallel:
                n, (profile, (name, nth)) = pending.pop(0)
                marks = marks_dir / f"{prefix}-{n}"
                process = _start(profile, command, f"{name}:{nth}@{marks}")
                running[n] = (process, f"{name} {nth} ", marks, time.monotonic() + timeout)
            for n, (process, line, marks, deadline) in list(running.items()):
                reached = marks.exists() and marks.read_text(encoding="utf-8").startswith(line)
                if reached or process.poll() is not None or time.monotonic() > deadline:
                    if process.poll() is None:
                        process.send_signal(signal.SIGKILL)
                    process.communicate(timeout=60)
                    landed += reached and process.returncode == -signal.SIGKILL
                    del running[n]
            time.sleep(0.01)
    finally:
        for process, *_ in running.values():
            process.kill()
            process.communicate(timeout=60)
    return landed
