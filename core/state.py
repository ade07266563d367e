"""Conversation state in the database: one row a resident, keyed by a salted hash, expiring.

The row holds what the dialogue remembers (choices, topic ids, the options last offered), never the
resident's words and never their messenger id: the key is SHA-256 of "salt:channel:user id".
Importing this module registers the table, so `knowledge.db.create_tables` creates it.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import logging
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import JSON, Column, delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine
from sqlmodel import Field, SQLModel

from ops.health import DATABASE_ERRORS, DatabaseHealth

RECORD_VERSION = 1
log = logging.getLogger(__name__)


class ConversationState(SQLModel, table=True):
    """The remembered conversation of one resident on one channel."""

    __tablename__ = "conversation_state"
    key: str = Field(primary_key=True, max_length=64)  # hex SHA-256 of salt, channel and user id
    state: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    updated_at: dt.datetime
    expires_at: dt.datetime = Field(index=True)


@dataclass
class Record:
    """What a row holds: the dialogue's state, the options the last reply offered (id, label) and
    where the page a channel last showed of them starts (LINE pages long lists with 「もっと見る」)."""

    dialogue: dict[str, Any] = field(default_factory=dict)
    options: list[tuple[str, str]] = field(default_factory=list)
    offset: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"v": RECORD_VERSION, "dialogue": self.dialogue, "options": [list(o) for o in self.options],
                "offset": self.offset}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Record:
        options = [(str(o[0]), str(o[1])) for o in data.get("options", []) if len(o) == 2]
        return cls(dialogue=dict(data.get("dialogue") or {}), options=options, offset=int(data.get("offset", 0)))


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _aware(value: dt.datetime) -> dt.datetime:
    # SQLite gives back naive datetimes; they were written in UTC.
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


class StateStore:
    """Load, save, forget and expire conversation rows (synchronous)."""

    def __init__(self, engine: Engine, salt: str, ttl_hours: int = 24) -> None:
        self.engine = engine
        self.salt = salt
        self.ttl = dt.timedelta(hours=ttl_hours)
        self._table = ConversationState.__table__  # type: ignore[attr-defined]

    def key(self, channel: str, user_id: str) -> str:
        return hashlib.sha256(f"{self.salt}:{channel}:{user_id}".encode()).hexdigest()

    def load(self, channel: str, user_id: str, now: dt.datetime | None = None) -> Record | None:
        """The resident's record, or None when there is none or it has expired."""
        now = now or _utcnow()
        t = self._table
        # One statement, no transaction: on PostgreSQL BEGIN and the pool's ROLLBACK would triple the
        # round trips of every read of a resident not in memory.
        with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            row = conn.execute(select(t.c.state, t.c.expires_at).where(t.c.key == self.key(channel, user_id))).first()
        if row is None or _aware(row.expires_at) <= now:
            return None
        return Record.from_json(row.state or {})

    def save(self, channel: str, user_id: str, record: Record, now: dt.datetime | None = None) -> None:
        """Insert or replace the record; its expiry moves to now + TTL."""
        self.write_many({self.key(channel, user_id): record}, now)

    def forget(self, channel: str, user_id: str) -> None:
        self.write_many({self.key(channel, user_id): None})

    def write_many(self, records: dict[str, Record | None], now: dt.datetime | None = None) -> None:
        """Save (a record) or delete (None) rows by key, in one transaction of at most two statements."""
        now = now or _utcnow()
        t = self._table
        gone = [k for k, r in records.items() if r is None]
        rows = [{"key": k, "state": r.to_json(), "updated_at": now, "expires_at": now + self.ttl}
                for k, r in records.items() if r is not None]
        with self.engine.begin() as conn:
            if gone:
                conn.execute(delete(t).where(t.c.key.in_(gone)))
            if rows:
                # INSERT … ON CONFLICT (key) DO UPDATE: SQLite and PostgreSQL alike, safe against another
                # process inserting the same key meanwhile.
                upsert = _insert_for(conn.dialect.name)(t)
                conn.execute(upsert.on_conflict_do_update(index_elements=[t.c.key], set_={
                    name: upsert.excluded[name] for name in ("state", "updated_at", "expires_at")}), rows)

    def expire(self, now: dt.datetime | None = None) -> int:
        """Delete expired rows; returns how many went."""
        t = self._table
        with self.engine.begin() as conn:
            return conn.execute(delete(t).where(t.c.expires_at <= (now or _utcnow()))).rowcount or 0


def _insert_for(dialect: str) -> Any:
    """The INSERT construct with ON CONFLICT of the database's dialect."""
    if dialect == "postgresql":
        return postgresql.insert
    if dialect == "sqlite":
        return sqlite.insert
    raise NotImplementedError(f"conversation state needs SQLite or PostgreSQL, not {dialect}")


class Missing:
    """Not in memory: the database must be asked."""


MISSING = Missing()


class WriteBehind:
    """A StateStore for the server: saves return at once and a background thread commits them in
    batches; recent records are kept in memory, so most turns read no row either.

    A save costs the event loop no thread hand-off and never waits for the database's write lock (a
    staff publish holds it for seconds). At most BATCH_WINDOW of saves is lost if the process dies;
    `close` commits the rest. Within one server each conversation is owned by one process (the server, or
    the LINE worker that ops/shards.py gives the resident to), so the memory copy cannot go stale; replicas
    on one PostgreSQL, where a resident's next turn may run on another server, `uncache` the record before a
    turn and `flush` it after (handlers/line/order.py).
    """

    BATCH_WINDOW = 0.1  # seconds a batch gathers: fewer, larger transactions leave the event loop more CPU
    KEEP = 10_000  # records kept in memory (least recently used dropped)

    def __init__(self, store: StateStore, health: DatabaseHealth | None = None) -> None:
        self.store = store
        self.health = health or DatabaseHealth()
        self._pending: dict[str, Record | None] = {}  # key → record to save, or None to delete
        self._committing: dict[str, Record | None] = {}
        self._recent: OrderedDict[str, tuple[Record | None, float]] = OrderedDict()  # key → (record, expiry)
        self._lock = threading.Lock()
        self._committed = threading.Condition(self._lock)  # notified after each batch
        self._wake = threading.Event()
        self._hurry = threading.Event()  # a `flush` waits: commit what is pending without the batch window
        self._closing = False
        self._thread = threading.Thread(target=self._run, name="state-writer", daemon=True)
        self._thread.start()

    @property
    def ttl(self) -> dt.timedelta:
        return self.store.ttl

    def key(self, channel: str, user_id: str) -> str:
        return self.store.key(channel, user_id)

    def cached(self, channel: str, user_id: str) -> Record | None | Missing:
        """The record from memory (None: none or expired), or MISSING when only the database knows."""
        key, now = self.key(channel, user_id), time.monotonic()
        with self._lock:
            if key in self._recent:
                record, expires = self._recent[key]
                self._recent.move_to_end(key)
                return copy.copy(record) if record is not None and expires > now else None
            for batch in (self._pending, self._committing):  # forgotten from memory, not yet committed
                if key in batch:
                    return copy.copy(batch[key])
        return MISSING

    def load(self, channel: str, user_id: str) -> Record | None:
        record = self.cached(channel, user_id)
        if not isinstance(record, Missing):
            return record
        key = self.key(channel, user_id)
        self.health.check()  # fail fast while the database is known to be away
        try:
            record = self.store.load(channel, user_id)
        except DATABASE_ERRORS as exc:
            self.health.failed(exc)
            raise
        self._remember(key, record)
        return record

    def uncache(self, channel: str, user_id: str) -> None:
        """Read the record from the database next time (another replica may have answered since); a save
        of this process not yet committed stays (it is the newest)."""
        key = self.key(channel, user_id)
        with self._lock:
            if key not in self._pending and key not in self._committing:
                self._recent.pop(key, None)

    def flush(self, channel: str, user_id: str, timeout: float = 5.0) -> bool:
        """Wait until the resident's saved record is committed (False: not within `timeout`)."""
        key, deadline = self.key(channel, user_id), time.monotonic() + timeout
        with self._committed:
            while key in self._pending or key in self._committing:
                self._hurry.set()
                self._wake.set()
                left = deadline - time.monotonic()
                if left <= 0 or not self.health.up:
                    return False
                self._committed.wait(min(left, 0.5))
        return True

    def save(self, channel: str, user_id: str, record: Record) -> None:
        self._put(self.key(channel, user_id), record)

    def forget(self, channel: str, user_id: str) -> None:
        self._put(self.key(channel, user_id), None)

    def _put(self, key: str, record: Record | None) -> None:
        with self._lock:
            self._pending[key] = record
        self._remember(key, record)
        self._wake.set()

    def _remember(self, key: str, record: Record | None) -> None:
        # A record read from the database may be older than its TTL allows for: it expires TTL after
        # this read at the latest, which errs on the side of keeping a conversation going.
        with self._lock:
            self._recent[key] = (record, time.monotonic() + self.store.ttl.total_seconds())
            self._recent.move_to_end(key)
            if len(self._recent) > self.KEEP:
                self._recent.popitem(last=False)

    def _run(self) -> None:
        while True:
            self._wake.wait()
            if not self._closing:
                self._hurry.wait(self.BATCH_WINDOW)
                self._hurry.clear()
            with self._lock:
                self._wake.clear()
                batch, self._pending = self._pending, {}
                self._committing = batch
            if batch:
                try:
                    self.store.write_many(batch)
                    self.health.ok()
                except Exception as exc:  # keep serving; the rows are retried with the next batch
                    if isinstance(exc, DATABASE_ERRORS):
                        self.health.failed(exc)
                    else:
                        log.error("saving %d conversation states failed: %s", len(batch), type(exc).__name__)
                    with self._lock:
                        self._pending = batch | self._pending
                    time.sleep(1.0)
                    self._wake.set()
                with self._lock:
                    self._committing = {}
                    self._committed.notify_all()
            if self._closing and not self._pending:
                return

    def close(self, timeout: float = 10.0) -> None:
        """Commit what is pending and stop the writer."""
        self._closing = True
        self._wake.set()
        self._thread.join(timeout)
