"""Delivery ids already accepted (LINE webhookEventId), kept in the database for a day.

The webhook keeps recent ids in memory too (core.conversation.SeenIds); the database copy makes a signed body
replayed after a restart — or redelivered to another replica on the same database — a duplicate as well.
`claim` inserts ids and returns those that were new, in one transaction; a database that is away costs
nothing here (the caller goes on with its memory and the event's age, see handlers/line/webhook.py).
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable

from sqlalchemy import delete
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Field, SQLModel

KEEP = dt.timedelta(days=1)  # LINE redelivers within hours; a replay older than 10 minutes is refused by age
SWEEP_EVERY = 3600.0  # seconds between deletions of ids past KEEP
MAX_ID = 80


class DeliverySeen(SQLModel, table=True):
    """One accepted delivery: "line:<webhookEventId>"; no resident, no words."""

    __tablename__ = "delivery_seen"
    key: str = Field(primary_key=True, max_length=MAX_ID)
    seen_at: dt.datetime = Field(index=True)


_swept: dict[str, float] = {}
_lock = threading.Lock()


def claim(engine: Engine, keys: list[str], now: dt.datetime | None = None,
          then: Callable[[Connection, set[str]], None] | None = None) -> set[str]:
    """Record `keys`; the subset that was not recorded before (the others are duplicates). `then` is given
    that subset inside the same transaction (ops/turnorder.py records the new events' tickets)."""
    keys = [k for k in dict.fromkeys(keys) if k and len(k) <= MAX_ID]
    if not keys:
        return set()
    now = now or dt.datetime.now(dt.UTC)
    table = DeliverySeen.__table__  # type: ignore[attr-defined]
    insert = pg_insert if engine.dialect.name == "postgresql" else sqlite_insert
    new: set[str] = set()
    with engine.begin() as conn:
        for key in keys:
            # RETURNING, not rowcount: psycopg's rowcount for INSERT … ON CONFLICT DO NOTHING is not reliable.
            done = conn.execute(insert(table).values(key=key, seen_at=now).on_conflict_do_nothing()
                                .returning(table.c.key))
            if done.first() is not None:
                new.add(key)
        if then is not None:
            then(conn, new)
        with _lock:
            due = time.monotonic() - _swept.get(str(engine.url), float("-inf")) > SWEEP_EVERY
            if due:
                _swept[str(engine.url)] = time.monotonic()
        if due:
            conn.execute(delete(table).where(table.c.seen_at < now - KEEP))
    return new


def release(engine: Engine, key: str) -> None:
    """Forget `key` (its event was not accepted after all: the redelivery must be processed)."""
    table = DeliverySeen.__table__  # type: ignore[attr-defined]
    with engine.begin() as conn:
        conn.execute(delete(table).where(table.c.key == key))
