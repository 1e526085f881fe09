"""Hybrid logical clock (Kulkarni et al.): wall-clock milliseconds in the high 48 bits, a counter in the low 16.

Stamps order every change across sites: a change made after seeing another always gets a larger stamp, even when the
two machines' clocks disagree, and ties between sites are broken by the site id. The last stamp is stored in the
database and read and written inside each write transaction, so a rolled-back write does not move the clock.

One wall-clock source (``WallClock``) feeds the clock, ``now_iso()`` and the skew checks: each open profile has its
own (``FieldDesk.wall``), based on ``SYSTEM``. Tests move a site's clock with ``fd.wall.shift(...)`` (or every site's
with ``SYSTEM.shift``), never by sleeping or patching ``time``.

A remote stamp moves this site's clock at most to its own wall clock plus ``MAX_AHEAD_MS`` (one minute): a machine
whose clock runs ahead cannot drag the others with it. Merging still compares the remote stamps themselves, and a local
write to a record that holds a stamp from further ahead gets a stamp just above it (``Writer.stamp_after``), so an
edit made after seeing a change still wins over it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime

COUNTER_BITS = 16
COUNTER_MAX = (1 << COUNTER_BITS) - 1
MINUTE_MS = 60 * 1000
HOUR_MS = 60 * MINUTE_MS
DAY_MS = 24 * HOUR_MS
# How far past its own wall clock a remote stamp may move this site's clock: more than the drift of a clock kept by
# NTP or set by hand against a phone, far less than a wrong date, day or time zone.
MAX_AHEAD_MS = MINUTE_MS
# Beyond this, a clock is "far off" and people are told (a time zone set wrong shows as whole hours).
FAR_OFF_MS = HOUR_MS


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


class WallClock:
    """The time this site believes it is: the system's clock plus an offset (zero except in tests), chained to a
    base source so that moving ``SYSTEM`` moves every site and moving one site's clock moves only that site."""

    def __init__(self, base: WallClock | None = None):
        self.base = base
        self.offset_ms = 0

    def now_ms(self) -> int:
        return (self.base.now_ms() if self.base is not None else wall_ms()) + self.offset_ms

    def shift(self, *, days: float = 0, hours: float = 0, minutes: float = 0, ms: int = 0) -> None:
        self.offset_ms += int(days * DAY_MS + hours * HOUR_MS + minutes * MINUTE_MS) + ms

    def reset(self) -> None:
        self.offset_ms = 0

    def iso(self) -> str:
        return stamp_to_iso(pack(self.now_ms()))


SYSTEM = WallClock()


def pack(ms: int, counter: int = 0) -> int:
    return (ms << COUNTER_BITS) | counter


def physical_ms(stamp: int) -> int:
    return stamp >> COUNTER_BITS


def stamp_to_iso(stamp: int) -> str:
    ms = physical_ms(stamp)
    return datetime.fromtimestamp(ms / 1000, tz=UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def iso_to_ms(text: str) -> int | None:
    try:
        return int(datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp() * 1000)
    except (ValueError, AttributeError):
        return None


class HybridClock:
    def __init__(self, last: int = 0, now_ms: Callable[[], int] | None = None):
        self.last = last
        self._now_ms = now_ms or SYSTEM.now_ms

    def now_ms(self) -> int:
        return self._now_ms()

    def tick(self) -> int:
        """A new stamp, larger than every stamp issued or observed here."""
        candidate = pack(self._now_ms())
        self.last = candidate if candidate > self.last else self.last + 1
        return self.last

    def ceiling(self) -> int:
        """The furthest a remote stamp may move this clock: the wall clock plus the bound."""
        return pack(self._now_ms() + MAX_AHEAD_MS, COUNTER_MAX)

    def observe(self, remote: int) -> None:
        """Take note of a stamp received from another site so later local stamps exceed it, but never past the
        ceiling: a stamp from further ahead is a wrong clock elsewhere, and following it would spread the error."""
        bounded = min(remote, self.ceiling())
        if bounded > self.last:
            self.last = bounded

    def is_too_far_ahead(self, remote: int, tolerance_ms: int = DAY_MS) -> bool:
        return physical_ms(remote) > self._now_ms() + tolerance_ms


def now_iso() -> str:
    return SYSTEM.iso()
