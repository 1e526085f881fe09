"""Hybrid logical clock (Kulkarni et al.): wall-clock milliseconds in the high 48 bits, a counter in the low 16.

Stamps order every change across sites: a change made after seeing another always gets a larger stamp, even when the
two machines' clocks disagree, and ties between sites are broken by the site id. The last stamp is stored in the
database and read and written inside each write transaction, so a rolled-back write does not move the clock.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime

COUNTER_BITS = 16
DAY_MS = 24 * 60 * 60 * 1000


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


def pack(ms: int, counter: int = 0) -> int:
    return (ms << COUNTER_BITS) | counter


def physical_ms(stamp: int) -> int:
    return stamp >> COUNTER_BITS


def stamp_to_iso(stamp: int) -> str:
    ms = physical_ms(stamp)
    return datetime.fromtimestamp(ms / 1000, tz=UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


class HybridClock:
    def __init__(self, last: int = 0, now_ms: Callable[[], int] | None = None):
        self.last = last
        self._now_ms = now_ms or (lambda: wall_ms())  # looked up at call time, so tests can move the wall clock

    def tick(self) -> int:
        """A new stamp, larger than every stamp issued or observed here."""
        candidate = pack(self._now_ms())
        self.last = candidate if candidate > self.last else self.last + 1
        return self.last

    def observe(self, remote: int) -> None:
        """Take note of a stamp received from another site so later local stamps exceed it."""
        if remote > self.last:
            self.last = remote

    def is_too_far_ahead(self, remote: int, tolerance_ms: int = DAY_MS) -> bool:
        return physical_ms(remote) > self._now_ms() + tolerance_ms


def now_iso() -> str:
    return stamp_to_iso(pack(wall_ms()))
