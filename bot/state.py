"""Conversation state in the database: one row a resident, keyed by a salted hash, expiring.

The row holds what the dialogue remembers (choices, topic ids, the options last offered), never the
resident's words and never their messenger id: the key is SHA-256 of "salt:channel:user id".
Importing this module registers the table, so `knowledge.db.create_tables` creates it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import JSON, Column, delete, insert, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Field, SQLModel

RECORD_VERSION = 1


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
    # Naive UTC: SQLite and PostgreSQL `timestamp` columns both round-trip it unchanged.
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class StateStore:
    """Load, save, forget and expire conversation rows (synchronous; call it off the event loop)."""

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
        with self.engine.connect() as conn:
            row = conn.execute(select(t.c.state, t.c.expires_at).where(t.c.key == self.key(channel, user_id))).first()
        if row is None or row.expires_at <= now:
            return None
        return Record.from_json(row.state or {})

    def save(self, channel: str, user_id: str, record: Record, now: dt.datetime | None = None) -> None:
        """Insert or replace the record; its expiry moves to now + TTL."""
        now = now or _utcnow()
        key, t = self.key(channel, user_id), self._table
        values = {"state": record.to_json(), "updated_at": now, "expires_at": now + self.ttl}
        # Update-then-insert works the same on SQLite and PostgreSQL; a racing insert retries as an update.
        for _ in range(2):
            try:
                with self.engine.begin() as conn:
                    if conn.execute(update(t).where(t.c.key == key).values(**values)).rowcount:
                        return
                    conn.execute(insert(t).values(key=key, **values))
                    return
            except IntegrityError:
                continue
        raise RuntimeError("conversation state could not be saved")

    def forget(self, channel: str, user_id: str) -> None:
        t = self._table
        with self.engine.begin() as conn:
            conn.execute(delete(t).where(t.c.key == self.key(channel, user_id)))

    def expire(self, now: dt.datetime | None = None) -> int:
        """Delete expired rows; returns how many went."""
        t = self._table
        with self.engine.begin() as conn:
            return conn.execute(delete(t).where(t.c.expires_at <= (now or _utcnow()))).rowcount or 0
