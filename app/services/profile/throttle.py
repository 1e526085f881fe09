"""Slowing down passphrase guessing in the window: each wrong try past the first few waits longer. Kept apart from
the vault so the window can make one without loading the cryptography library."""

from __future__ import annotations

import time


class UnlockThrottle:
    """Waits longer after each wrong try (1, 2, 4... seconds from the fourth), so guessing is slow."""

    FREE_TRIES = 3

    def __init__(self, clock=time.monotonic):
        self.failures = 0
        self._clock = clock
        self._not_before = 0.0

    def wait_seconds(self) -> float:
        return max(0.0, self._not_before - self._clock())

    def failed(self) -> None:
        self.failures += 1
        if self.failures >= self.FREE_TRIES:
            self._not_before = self._clock() + min(2 ** (self.failures - self.FREE_TRIES), 300)

    def succeeded(self) -> None:
        self.failures = 0
        self._not_before = 0.0
