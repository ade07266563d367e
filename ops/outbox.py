"""Writes that must not wait on the event loop: queued in memory, committed in batches by a thread.

Used for the staff review's records of unanswered questions. While the database is unreachable the
batch is kept and retried; a batch it refuses is dropped, and when more than `limit` items wait the oldest
are dropped, both counted (the review is a staff aid, a resident's answer never depends on it).
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from typing import Generic, TypeVar

from sqlalchemy.exc import InterfaceError, OperationalError

from ops.health import DatabaseHealth, DatabaseUnavailable
from ops.metrics import METRICS

log = logging.getLogger(__name__)
T = TypeVar("T")
UNREACHABLE = (OperationalError, InterfaceError, DatabaseUnavailable)  # worth waiting for


class Outbox(Generic[T]):
    RETRY_AFTER = 1.0  # seconds between attempts while the database is away

    def __init__(self, name: str, write: Callable[[list[T]], None], health: DatabaseHealth | None = None,
                 limit: int = 10_000) -> None:
        self.name = name
        self._write = write
        self._health = health
        self._items: deque[T] = deque()
        self._limit = limit
        self._cond = threading.Condition()
        self._closing = False
        self._busy = False
        self._thread = threading.Thread(target=self._run, name=f"outbox-{name}", daemon=True)
        self._thread.start()

    def put(self, item: T) -> None:
        with self._cond:
            self._items.append(item)
            if len(self._items) > self._limit:
                self._items.popleft()
                METRICS.count(f"{self.name}.dropped")
            self._cond.notify()

    def pending(self) -> int:
        with self._cond:
            return len(self._items) + (1 if self._busy else 0)

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._items and not self._closing:
                    self._cond.wait()
                if not self._items and self._closing:
                    return
                batch = list(self._items)
                self._items.clear()
                self._busy = True
            try:
                self._write(batch)
                if self._health is not None:
                    self._health.ok()
            except Exception as exc:
                if not isinstance(exc, UNREACHABLE):  # a row the database refuses: trying again cannot help
                    log.error("%s: dropping %d items: %s", self.name, len(batch), type(exc).__name__)
                    METRICS.count(f"{self.name}.dropped", len(batch))
                    with self._cond:
                        self._busy = False
                    continue
                if self._health is not None:
                    self._health.failed(exc)
                with self._cond:
                    self._items.extendleft(reversed(batch))
                    while len(self._items) > self._limit:
                        self._items.popleft()
                        METRICS.count(f"{self.name}.dropped")
                    self._busy = False
                    # Also when closing: keep trying until close()'s timeout ends the wait.
                    self._cond.wait(self.RETRY_AFTER)
                continue
            with self._cond:
                self._busy = False

    def close(self, timeout: float = 10.0) -> None:
        """Write what is queued (bounded wait) and stop the thread."""
        with self._cond:
            self._closing = True
            self._cond.notify()
        self._thread.join(timeout)
        if self._thread.is_alive():
            log.error("%s: %d items not written at shutdown", self.name, self.pending())
