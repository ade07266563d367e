"""Per-resident rate limit: a token bucket per hashed user key.

A resident who sends faster than the bucket refills is told once, kindly, to wait; further messages
in that stretch get no answer and change nothing (no routing, no state).

The buckets live in this process's memory. Replicas on one PostgreSQL count them in the database instead
(ops/turnorder.py runs `RateLimit.step` on the shared bucket); the channel then hands the verdict to the
turn with `decided`, and `hit` returns it without touching the memory's bucket.
"""

from __future__ import annotations

import enum
import time
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

Bucket = tuple[float, float, bool]  # tokens, when (seconds), told already


class Verdict(enum.Enum):
    OK = "ok"
    TELL = "tell"  # over the limit: answer with the kind message
    QUIET = "quiet"  # over the limit and already told


# A verdict reached elsewhere for this task's turn (the replicas' shared bucket): (resident key, verdict).
_DECIDED: ContextVar[tuple[str, Verdict] | None] = ContextVar("rate_decided", default=None)


@contextmanager
def decided(key: str, verdict: Verdict) -> Iterator[None]:
    """Within: `hit(key)` returns `verdict` (counted already, in the database's bucket)."""
    token = _DECIDED.set((key, verdict))
    try:
        yield
    finally:
        _DECIDED.reset(token)


class RateLimit:
    """`per_minute` messages a minute on average, bursts up to `burst`; 0 turns the limit off."""

    def __init__(self, per_minute: int = 30, burst: int = 10, keep: int = 50_000) -> None:
        self.rate = per_minute / 60.0
        self.burst = float(burst)
        self.keep = keep
        self._buckets: OrderedDict[str, Bucket] = OrderedDict()  # key → tokens, at, told

    def step(self, bucket: Bucket | None, now: float) -> tuple[Verdict, Bucket]:
        """One message on a bucket (None: a full one): the verdict and the bucket after it."""
        if self.rate <= 0:
            return Verdict.OK, bucket or (self.burst, now, False)
        tokens, at, told = bucket or (self.burst, now, False)
        tokens = min(self.burst, tokens + max(0.0, now - at) * self.rate)
        if tokens >= 1.0:
            return Verdict.OK, (tokens - 1.0, now, False)
        return (Verdict.QUIET if told else Verdict.TELL), (tokens, now, True)

    def hit(self, key: str, now: float | None = None) -> Verdict:
        if self.rate <= 0:
            return Verdict.OK
        shared = _DECIDED.get()
        if shared is not None and shared[0] == key:
            return shared[1]
        now = time.monotonic() if now is None else now
        verdict, self._buckets[key] = self.step(self._buckets.pop(key, None), now)
        if len(self._buckets) > self.keep:  # least recently seen first: their buckets are full again anyway
            self._buckets.popitem(last=False)
        return verdict
