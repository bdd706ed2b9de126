"""A thread-safe sliding-window rate limiter with a shared pause.

SEC's fair-access rule is "no more than 10 requests per second". The limiter
remembers when each of the last ``max_per_second`` requests started and lets a
new one start only when the oldest of them is more than a window ago. The
window is one second plus a small margin, so that jitter between our clock and
the moment the server sees a request cannot squeeze an eleventh request into
any one-second window on the server's side.

:meth:`RateLimiter.pause` stops every thread until a deadline: the gateway
calls it when SEC answers with its block page. :meth:`RateLimiter.trip` makes
the threads that wait for that deadline give up instead (SEC blocked us twice:
the run should stop, not wait).
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

__all__ = ["SEC_MAX_PER_SECOND", "RateLimiter"]

#: SEC's published ceiling for automated access to EDGAR.
SEC_MAX_PER_SECOND = 10

#: Seconds added to the one-second window to absorb network and clock jitter.
WINDOW_MARGIN = 0.1


class RateLimiter:
    """Allow at most ``max_per_second`` request starts in any sliding window."""

    def __init__(
        self,
        max_per_second: int = SEC_MAX_PER_SECOND,
        *,
        margin: float = WINDOW_MARGIN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not 1 <= max_per_second <= SEC_MAX_PER_SECOND:
            raise ValueError(
                f"max_per_second must be between 1 and {SEC_MAX_PER_SECOND} "
                f"(SEC's limit), not {max_per_second}"
            )
        if margin < 0:
            raise ValueError(f"margin must not be negative, not {margin}")
        self.max_per_second = max_per_second
        self._window = 1.0 + margin
        self._clock = clock
        self._changed = threading.Condition()
        self._starts: deque[float] = deque()
        self._paused_until = float("-inf")
        self._tripped_until = float("-inf")

    def acquire(self) -> bool:
        """Block until one more request may start, count it and return True.

        Returns False at once, without counting, while a pause set together
        with :meth:`trip` is running: the caller should give up, not wait.
        """
        with self._changed:
            while True:
                now = self._clock()
                if now < self._tripped_until:
                    return False
                wait = self._reserve(now)
                if wait <= 0:
                    return True
                self._changed.wait(wait)

    def _reserve(self, now: float) -> float:
        """Take a slot and return 0, or return how long to wait. Lock held."""
        if now < self._paused_until:
            return self._paused_until - now
        while self._starts and self._starts[0] <= now - self._window:
            self._starts.popleft()
        if len(self._starts) < self.max_per_second:
            self._starts.append(now)
            return 0.0
        return self._starts[0] + self._window - now

    def pause(self, seconds: float) -> None:
        """Hold every caller of :meth:`acquire` for ``seconds`` from now."""
        with self._changed:
            self._paused_until = max(self._paused_until, self._clock() + seconds)

    def trip(self) -> None:
        """Make callers give up (``acquire`` returns False) until the pause ends."""
        with self._changed:
            self._tripped_until = self._paused_until
            self._changed.notify_all()

    def paused_for(self) -> float:
        """Seconds left in the current pause (0 when not paused)."""
        with self._changed:
            return max(0.0, self._paused_until - self._clock())
