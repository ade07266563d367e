"""The write-behind outbox: waits out an unreachable database, but never retries a batch it refuses."""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError, OperationalError

from ops.health import DatabaseHealth
from ops.metrics import METRICS
from ops.outbox import Outbox
from tests.fakes import wait_until


def test_rows_wait_for_the_database_and_a_refused_batch_does_not_block_the_rest():
    written: list[str] = []
    failures = iter([OperationalError("x", {}, Exception("down")), IntegrityError("x", {}, Exception("dup"))])

    def write(batch: list[str]) -> None:
        error = next(failures, None)
        if error is not None:
            raise error
        written.extend(batch)

    health = DatabaseHealth()
    dropped = METRICS.snapshot().get("test-outbox.dropped", 0)
    box: Outbox[str] = Outbox("test-outbox", write, health)
    box.RETRY_AFTER = 0.05
    box.put("first")  # unreachable: kept and retried; then refused: dropped and counted
    wait_until(lambda: METRICS.snapshot().get("test-outbox.dropped", 0) == dropped + 1)
    box.put("second")
    box.close()
    assert written == ["second"] and health.failures == 1
