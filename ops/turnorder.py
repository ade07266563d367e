"""A resident's turns in order across server replicas on one PostgreSQL, and their rate limit counted once
(issue #15 point 5).

Each accepted LINE event leaves a ticket (`TurnTicket`: the resident's salted hash, LINE's timestamp, the
delivery id; no words, no messenger id) in the transaction that claims its delivery id (ops/deliveries.py),
before the webhook answers 200. Whichever replica then works the event calls `start`: one short transaction
under the resident's advisory lock (`pg_advisory_xact_lock`) that starts the turn only when no other turn of
theirs is running and no earlier ticket of theirs waits, and that counts the rate limit in `rate_bucket` (a
resident whose messages reach two replicas is limited once). `finish` removes the ticket after the reply is
sent. A replica that dies leaves tickets that block nobody after STALE seconds (their reply tokens are dead by
then). SQLite (one process) never comes here: the in-memory locks and buckets of core/ do the same there.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import BigInteger, Column, delete, text
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import Field, SQLModel

STALE = 60.0  # seconds: a waiting or running ticket older than this blocks nobody (LINE's reply token is dead)
SWEEP_EVERY = 600.0  # seconds between deletions of stale tickets and of buckets full again
BUCKET_KEEP = 3600.0  # seconds a rate bucket is kept after its last message (it is full again long before)

Bucket = tuple[float, float, bool]  # tokens, when (epoch seconds), told: core/ratelimit.py's token bucket
# The rate limit's step, handed in by the core: (the resident's bucket or None, now) → (verdict, new bucket).
Limit = Callable[[Bucket | None, float], tuple[Any, Bucket]]


class TurnTicket(SQLModel, table=True):
    """An accepted event whose turn is not over yet, keyed by "line:<webhookEventId>"."""

    __tablename__ = "turn_ticket"
    delivery: str = Field(primary_key=True, max_length=80)
    resident: str = Field(index=True, max_length=64)  # the state store's salted hash
    stamped: int = Field(sa_column=Column(BigInteger, nullable=False))  # LINE's timestamp (ms): the order
    accepted_at: dt.datetime = Field(index=True)
    started_at: dt.datetime | None = None  # set while a replica works the turn


class RateBucket(SQLModel, table=True):
    """A resident's token bucket (core/ratelimit.py), shared by the replicas."""

    __tablename__ = "rate_bucket"
    resident: str = Field(primary_key=True, max_length=64)
    tokens: float
    at: float = Field(index=True)  # epoch seconds of the last message
    told: bool


_swept: dict[str, float] = {}
_lock = threading.Lock()


def postgresql(engine: Engine | None) -> bool:
    """Whether `engine` is shared by replicas that need the tickets (PostgreSQL)."""
    return engine is not None and engine.dialect.name == "postgresql"


def enqueue(conn: Connection, tickets: list[tuple[str, str, int]], now: dt.datetime | None = None) -> None:
    """Tickets (delivery, resident, LINE's timestamp) for accepted events, inside the caller's transaction."""
    if not tickets:
        return
    now = now or dt.datetime.now(dt.UTC)
    table = TurnTicket.__table__  # type: ignore[attr-defined]
    rows = [{"delivery": d, "resident": r, "stamped": s, "accepted_at": now} for d, r, s in tickets]
    conn.execute(insert(table).on_conflict_do_nothing(), rows)


# Plain SQL on the driver's cursor (psycopg's parameters): these run for every event, and SQLAlchemy's
# statements and results cost 2.3 ms of CPU a turn against 0.46 ms this way (bench/replicas.py).
LOCK = "SELECT pg_advisory_xact_lock(%(lock)s)"
TICKETS = "SELECT delivery, stamped, accepted_at, started_at FROM turn_ticket WHERE resident = %(resident)s"
STARTED = ("INSERT INTO turn_ticket (delivery, resident, stamped, accepted_at, started_at) "
           "VALUES (%(delivery)s, %(resident)s, %(stamped)s, %(accepted)s, %(at)s) "
           "ON CONFLICT (delivery) DO UPDATE SET started_at = excluded.started_at")
BUCKET = "SELECT tokens, at, told FROM rate_bucket WHERE resident = %(resident)s"
COUNTED = ("INSERT INTO rate_bucket (resident, tokens, at, told) VALUES (%(resident)s, %(tokens)s, %(at)s, %(told)s) "
           "ON CONFLICT (resident) DO UPDATE SET tokens = excluded.tokens, at = excluded.at, told = excluded.told")
FINISHED = "DELETE FROM turn_ticket WHERE delivery = %(delivery)s"


def start(engine: Engine, resident: str, delivery: str, stamped: int, limit: Limit | None = None,
          now: float | None = None) -> tuple[bool, Any]:
    """Start the turn of ticket `delivery` if it is the resident's next: (True, the rate limit's verdict or
    None); (False, None) while another turn of theirs runs or an earlier ticket waits (ask again)."""
    wall = time.time() if now is None else now
    at = dt.datetime.fromtimestamp(wall, dt.UTC)
    fresh = at - dt.timedelta(seconds=STALE)
    with _cursor(engine) as cur:
        cur.execute(LOCK, {"lock": lock_id(resident)})
        cur.execute(TICKETS, {"resident": resident})
        rows = cur.fetchall()  # (delivery, stamped, accepted_at, started_at)
        mine = next((r for r in rows if r[0] == delivery), None)
        order = (mine[1], mine[2]) if mine is not None else (stamped, at)
        for other, stamp, accepted, started in rows:
            if other == delivery:
                continue
            if (started is not None and started > fresh) or (
                    started is None and accepted > fresh and (stamp, accepted) < order):
                return False, None
        cur.execute(STARTED, {"delivery": delivery, "resident": resident, "stamped": order[0], "accepted": order[1],
                              "at": at})
        verdict = _count(cur, resident, limit, wall) if limit is not None else None
    _sweep(engine, wall)
    return True, verdict


def finish(engine: Engine, delivery: str) -> None:
    """The turn is over (its reply sent, its state committed): the resident's next ticket may start."""
    with _cursor(engine) as cur:
        cur.execute(FINISHED, {"delivery": delivery})


def lock_id(resident: str) -> int:
    """The advisory lock's 64-bit key: the first 15 hex digits of the resident's SHA-256 hash."""
    return int(resident[:15], 16) if len(resident) >= 15 else int.from_bytes(resident.encode()[:7], "big")


def _count(cur: Any, resident: str, limit: Limit, now: float) -> Any:
    """The rate limit's step on the resident's shared bucket (the advisory lock is held)."""
    cur.execute(BUCKET, {"resident": resident})
    row = cur.fetchone()
    verdict, (tokens, at, told) = limit((row[0], row[1], row[2]) if row is not None else None, now)
    cur.execute(COUNTED, {"resident": resident, "tokens": tokens, "at": at, "told": told})
    return verdict


@contextmanager
def _cursor(engine: Engine) -> Iterator[Any]:
    """A cursor of a pooled connection, in one transaction committed at the end; the driver's errors are
    raised as SQLAlchemy's (DBAPIError: ops/health.py's DATABASE_ERRORS)."""
    error = engine.dialect.loaded_dbapi.Error
    try:
        conn = engine.raw_connection()  # (the pool's own connect: its errors are the driver's too)
    except error as exc:
        raise DBAPIError.instance(None, None, exc, error) from exc
    try:
        cur = conn.cursor()
        yield cur
        conn.commit()
    except error as exc:
        raise DBAPIError.instance(None, None, exc, error) from exc
    finally:
        conn.close()  # back to the pool, which rolls back what was not committed


def _sweep(engine: Engine, now: float) -> None:
    """Now and then: tickets past STALE (a replica died with them) and buckets full again go."""
    with _lock:
        if now - _swept.get(str(engine.url), float("-inf")) < SWEEP_EVERY:
            return
        _swept[str(engine.url)] = now
    tickets, buckets = TurnTicket.__table__, RateBucket.__table__  # type: ignore[attr-defined]
    with engine.begin() as conn:
        conn.execute(text("SET LOCAL lock_timeout = '1s'"))
        conn.execute(delete(tickets).where(tickets.c.accepted_at < dt.datetime.fromtimestamp(now - STALE, dt.UTC)))
        conn.execute(delete(buckets).where(buckets.c.at < now - BUCKET_KEEP))
