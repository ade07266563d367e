"""Per-resident rate limit: a token bucket per hashed user key.

A resident who sends faster than the bucket refills is told once, kindly, to wait; further messages
in that stretch get no answer and change nothing (no routing, no state).
"""

from __future__ import annotations

import enum
import time
from collections import OrderedDict


class Verdict(enum.Enum):
    OK = "ok"
    TELL = "tell"  # over the limit: answer with the kind message
    QUIET = "quiet"  # over the limit and already told


class RateLimit:
    """`per_minute` messages a minute on average, bursts up to `burst`; 0 turns the limit off."""

    def __init__(self, per_minute: int = 30, burst: int = 10, keep: int = 50_000) -> None:
        self.rate = per_minute / 60.0
        self.burst = float(burst)
        self.keep = keep
        self._buckets: OrderedDict[str, tuple[float, float, bool]] = OrderedDict()  # key → tokens, at, told

    def hit(self, key: str, now: float | None = None) -> Verdict:
        if self.rate <= 0:
            return Verdict.OK
        now = time.monotonic() if now is None else now
        tokens, at, told = self._buckets.pop(key, (self.burst, now, False))
        tokens = min(self.burst, tokens + (now - at) * self.rate)
        if tokens >= 1.0:
            verdict, tokens, told = Verdict.OK, tokens - 1.0, False
        else:
            verdict, told = (Verdict.QUIET if told else Verdict.TELL), True
        self._buckets[key] = (tokens, now, told)
        if len(self._buckets) > self.keep:  # least recently seen first: their buckets are full again anyway
            self._buckets.popitem(last=False)
        return verdict
