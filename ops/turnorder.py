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
from collections.abc import Callable
from typing import Any

from sqlalchemy import BigInteger, Column, delete, func, select, text
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.engine import Connection, Engine
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


def start(engine: Engine, resident: str, delivery: str, stamped: int, limit: Limit | None = None,
          now: float | None = None) -> tuple[bool, Any]:
    """Start the turn of ticket `delivery` if it is the resident's next: (True, the rate limit's verdict or
    None); (False, None) while another turn of theirs runs or an earlier ticket waits (ask again)."""
    wall = time.time() if now is None else now
    at = dt.datetime.fromtimestamp(wall, dt.UTC)
    fresh = at - dt.timedelta(seconds=STALE)
    table = TurnTicket.__table__  # type: ignore[attr-defined]
    with engine.begin() as conn:
        conn.execute(select(func.pg_advisory_xact_lock(lock_id(resident))))
        rows = conn.execute(select(table.c.delivery, table.c.stamped, table.c.accepted_at, table.c.started_at)
                            .where(table.c.resident == resident)).all()
        mine = next((r for r in rows if r.delivery == delivery), None)
        order = (mine.stamped, mine.accepted_at) if mine is not None else (stamped, at)
        for r in rows:
            if r.delivery == delivery:
                continue
            if (r.started_at is not None and r.started_at > fresh) or (
                    r.started_at is None and r.accepted_at > fresh and (r.stamped, r.accepted_at) < order):
                return False, None
        conn.execute(insert(table).values(delivery=delivery, resident=resident, stamped=order[0],
                                          accepted_at=order[1], started_at=at)
                     .on_conflict_do_update(index_elements=[table.c.delivery], set_={"started_at": at}))
        verdict = _count(conn, resident, limit, wall) if limit is not None else None
    _sweep(engine, wall)
    return True, verdict


def finish(engine: Engine, delivery: str) -> None:
    """The turn is over (its reply sent, its state committed): the resident's next ticket may start."""
    table = TurnTicket.__table__  # type: ignore[attr-defined]
    with engine.begin() as conn:
        conn.execute(delete(table).where(table.c.delivery == delivery))


def lock_id(resident: str) -> int:
    """The advisory lock's 64-bit key: the first 15 hex digits of the resident's SHA-256 hash."""
    return int(resident[:15], 16) if len(resident) >= 15 else int.from_bytes(resident.encode()[:7], "big")


def _count(conn: Connection, resident: str, limit: Limit, now: float) -> Any:
    """The rate limit's step on the resident's shared bucket (the advisory lock is held)."""
    table = RateBucket.__table__  # type: ignore[attr-defined]
    row = conn.execute(select(table.c.tokens, table.c.at, table.c.told).where(table.c.resident == resident)).first()
    verdict, (tokens, at, told) = limit((row.tokens, row.at, row.told) if row is not None else None, now)
    conn.execute(insert(table).values(resident=resident, tokens=tokens, at=at, told=told)
                 .on_conflict_do_update(index_elements=[table.c.resident],
                                        set_={"tokens": tokens, "at": at, "told": told}))
    return verdict


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
