"""ops/turnorder.py on PostgreSQL: a resident's tickets start in LINE's order and one at a time, whichever
process asks; a ticket left by a replica that died blocks nobody once stale; the rate limit's bucket is
shared. And core/ratelimit.py: a verdict counted in the database is the one the turn uses."""

from __future__ import annotations

import time

import pytest

from core.ratelimit import RateLimit, Verdict, decided
from knowledge.db import create_tables, make_engine
from ops import deliveries, turnorder

RESIDENT = "ab" * 32
NOW = 1_800_000_000.0


@pytest.fixture
def engine(fresh_db_url):
    if not fresh_db_url.postgresql:
        pytest.skip("the tickets are for replicas on PostgreSQL (TEST_DATABASE_URL)")
    engine = make_engine(fresh_db_url())
    create_tables(engine)
    yield engine
    engine.dispose()


def accept(engine, *tickets: tuple[str, int]) -> None:
    """Accepted events (delivery id, LINE's timestamp), as the webhook records them."""
    stamped = dict(tickets)
    deliveries.claim(engine, list(stamped), then=lambda conn, new: turnorder.enqueue(
        conn, [(key, RESIDENT, stamped[key]) for key in new]))


def test_the_earlier_ticket_goes_first_and_the_next_waits_until_it_is_finished(engine):
    accept(engine, ("line:second", 2_000))
    accept(engine, ("line:first", 1_000))  # accepted later, stamped earlier
    assert turnorder.start(engine, RESIDENT, "line:second", 2_000) == (False, None)
    assert turnorder.start(engine, RESIDENT, "line:first", 1_000)[0]
    assert not turnorder.start(engine, RESIDENT, "line:second", 2_000)[0], "one turn at a time"
    turnorder.finish(engine, "line:first")
    assert turnorder.start(engine, RESIDENT, "line:second", 2_000)[0]
    assert turnorder.start(engine, "cd" * 32, "line:other", 1_500)[0], "other residents never wait"


def test_a_running_turn_left_by_a_dead_replica_blocks_nobody_once_stale(engine):
    accept(engine, ("line:a", 1_000), ("line:b", 2_000))
    assert turnorder.start(engine, RESIDENT, "line:a", 1_000)[0]  # and its replica dies
    assert not turnorder.start(engine, RESIDENT, "line:b", 2_000)[0]
    later = time.time() + turnorder.STALE + 1
    assert turnorder.start(engine, RESIDENT, "line:b", 2_000, now=later)[0]


def test_the_rate_limit_is_counted_once_for_every_process(engine):
    limit = RateLimit(per_minute=1, burst=2)
    verdicts = []
    for n in range(4):
        accept(engine, (f"line:{n}", n))
        started, verdict = turnorder.start(engine, RESIDENT, f"line:{n}", n, limit.step, now=NOW + n)
        assert started
        verdicts.append(verdict)
        turnorder.finish(engine, f"line:{n}")
    assert verdicts == [Verdict.OK, Verdict.OK, Verdict.TELL, Verdict.QUIET]


def test_a_verdict_decided_elsewhere_is_the_turns_and_touches_no_memory():
    limit = RateLimit(per_minute=1, burst=1)
    with decided("key", Verdict.TELL):
        assert limit.hit("key") is Verdict.TELL
        assert limit.hit("another") is Verdict.OK  # only the decided resident
    assert limit.hit("key") is Verdict.OK  # its bucket in memory was never spent
