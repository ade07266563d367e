"""Bounded retries with exponential backoff for calls to the messenger APIs."""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

from ops.metrics import METRICS

log = logging.getLogger(__name__)
T = TypeVar("T")

# Delays between attempts (seconds, before jitter): at most len(DELAYS)+1 attempts.
DELAYS = (0.5, 1.0, 2.0, 4.0, 8.0)


async def retrying(call: Callable[[], Awaitable[T]], *, name: str,
                   transient: Callable[[BaseException], float | None],
                   deadline: float | None = None, delays: tuple[float, ...] = DELAYS) -> T:
    """Await `call()`; when it raises an error `transient` recognises, wait and try again.

    `transient(exc)` returns None for a permanent error (raised at once) or the seconds to wait at
    least (0 for the backoff's own). No attempt starts after `deadline` (time.monotonic()); the last
    error is raised. Counted in METRICS under `{name}.retried` and `{name}.failed`.
    """
    for attempt, delay in enumerate((*delays, None)):
        try:
            return await call()
        except Exception as exc:
            wait = transient(exc)
            if wait is None or delay is None:
                METRICS.count(f"{name}.failed")
                raise
            wait = max(wait, delay * random.uniform(0.8, 1.2))
            if deadline is not None and time.monotonic() + wait > deadline:
                METRICS.count(f"{name}.failed")
                raise
            METRICS.count(f"{name}.retried")
            log.warning("%s: %s, attempt %d, retrying in %.1f s", name, type(exc).__name__, attempt + 1, wait)
            await asyncio.sleep(wait)
    raise AssertionError("unreachable")
