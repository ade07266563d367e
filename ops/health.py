"""Is the database reachable? One answer per process, shared by the turn, the writers and /readyz.

While the database is known to be down, callers fail fast (`DatabaseUnavailable`) instead of each
waiting for a connect timeout on the event loop; a probe (the knowledge watcher, every second) or any
successful write brings it back.
"""

from __future__ import annotations

import logging
import time

from sqlalchemy.exc import DBAPIError

log = logging.getLogger(__name__)


class DatabaseUnavailable(RuntimeError):
    """The database was unreachable moments ago; not tried again until the next probe."""


DATABASE_ERRORS = (DBAPIError, DatabaseUnavailable)


class DatabaseHealth:
    """The last known state of the database connection, and why it failed."""

    def __init__(self) -> None:
        self.down_since: float | None = None
        self.reason = ""
        self.failures = 0
        # The last failure of any read or write, kept after a probe says "up" again: a database that
        # answers SELECT 1 but refuses writes (disk full, locked) is not ready (/readyz).
        self.last_failure: tuple[float, str] | None = None

    @property
    def up(self) -> bool:
        return self.down_since is None

    def ok(self) -> None:
        if self.down_since is not None:
            log.warning("database reachable again after %.1f s", time.monotonic() - self.down_since)
        self.down_since, self.reason = None, ""

    def failed(self, exc: BaseException) -> None:
        self.failures += 1
        self.last_failure = (time.monotonic(), type(exc).__name__)
        if self.down_since is None:
            self.down_since = time.monotonic()
            # The exception's class only: its text may quote SQL parameters (hashed ids, state).
            log.error("database unreachable: %s", type(exc).__name__)
        self.reason = type(exc).__name__

    def failed_lately(self, within: float) -> str | None:
        """Why an operation failed within the last `within` seconds, or None."""
        if self.last_failure is None or time.monotonic() - self.last_failure[0] > within:
            return None
        return self.last_failure[1]

    def check(self) -> None:
        """Raise DatabaseUnavailable while the database is known to be down."""
        if self.down_since is not None:
            raise DatabaseUnavailable(self.reason)
