"""A resident's LINE turns in LINE's order across server replicas on one PostgreSQL (ops/turnorder.py).

Around `Conversation.handle`: wait until the event's ticket is the resident's next (polling `turnorder.start`,
off the event loop), take the rate limit's verdict counted in the database, read the resident's state from the
database rather than from this process's memory (the last turn may have run on the other replica); after the
reply, wait until the new state is committed, then let the resident's next ticket go (`turnorder.finish`).
On SQLite (one process) `ReplicaOrder.of` gives None and nothing of this runs: the conversation's in-memory
locks and buckets keep order and count.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, nullcontext
from typing import Any

from sqlalchemy.engine import Engine

from core.conversation import Conversation
from core.ratelimit import Verdict, decided
from core.state import WriteBehind
from ops import turnorder
from ops.health import DATABASE_ERRORS
from ops.metrics import METRICS

log = logging.getLogger(__name__)
CLAIM_PREFIX = "line:"  # as handlers/line/webhook.py records the delivery ids
# Seconds between asks while an earlier turn of the resident runs on another replica (one on this replica
# wakes the waiters of its resident when it ends).
FIRST_POLL, LAST_POLL = 0.002, 0.02


class ReplicaOrder:
    """One per LINE replier on PostgreSQL."""

    def __init__(self, engine: Engine, conversation: Conversation, store: WriteBehind) -> None:
        self.engine = engine
        self.conversation = conversation
        self.store = store
        self._ended: dict[str, asyncio.Event] = {}  # resident key → set when a turn of theirs here ends

    @classmethod
    def of(cls, conversation: Conversation) -> ReplicaOrder | None:
        """The order for a conversation whose states are on PostgreSQL (None on SQLite)."""
        store = conversation.store
        if isinstance(store, WriteBehind) and turnorder.postgresql(store.store.engine):
            return cls(store.store.engine, conversation, store)
        return None

    @asynccontextmanager
    async def turn(self, channel: str, user: str, delivery: str, stamped: int | None,
                   deadline: float) -> AsyncIterator[None]:
        """Hold the resident's turn (in LINE's order) around the conversation's; `deadline` (monotonic) is
        when the reply token dies: a turn that waited that long goes ahead anyway."""
        key = self.store.key(channel, user)
        ticket = CLAIM_PREFIX + delivery
        started, verdict = await self._wait(key, ticket, stamped or int(time.time() * 1000), deadline)
        self.store.uncache(channel, user)
        try:
            with decided(key, verdict) if isinstance(verdict, Verdict) else nullcontext():
                yield
        finally:
            if started:
                await self._finish(channel, user, ticket)

    async def _wait(self, key: str, ticket: str, stamped: int, deadline: float) -> tuple[bool, Any]:
        limit = self.conversation.limit
        step = limit.step if limit is not None and limit.rate > 0 else None
        pause = FIRST_POLL
        while True:
            if not self.store.health.up:
                return False, None  # the database is away: the conversation answers without it
            try:
                started, verdict = await asyncio.to_thread(turnorder.start, self.engine, key, ticket, stamped, step)
            except DATABASE_ERRORS as exc:
                self.store.health.failed(exc)
                return False, None
            if started:
                return True, verdict
            if time.monotonic() + pause > deadline:
                METRICS.count("line.order.late")
                log.warning("an earlier turn of the resident still runs at the reply token's end: going ahead")
                return False, None
            METRICS.count("line.order.wait")
            ended = self._ended.setdefault(key, asyncio.Event())
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(ended.wait(), pause)
            pause = min(LAST_POLL, pause * 2)

    async def _finish(self, channel: str, user: str, ticket: str) -> None:
        """The state committed, then the ticket gone: the resident's next turn, anywhere, reads this one's state."""
        await asyncio.to_thread(self.store.flush, channel, user)
        try:
            await asyncio.to_thread(turnorder.finish, self.engine, ticket)
        except DATABASE_ERRORS as exc:  # the ticket blocks nobody after turnorder.STALE
            self.store.health.failed(exc)
        ended = self._ended.pop(self.store.key(channel, user), None)
        if ended is not None:
            ended.set()
