"""The turn contract between a channel and the core: what came in (`Inbound`), what came of it (`Outcome`).

Every channel (LINE, Telegram, the web chat, `chat --jsonl`, the terminal chat) parses its message into an
`Inbound`, hands it to `Conversation.handle` (core/conversation.py) and renders the `Outcome`'s reply. What
one turn needs beyond the dialogue stays in the core: a redelivery answered once (`SeenIds`), one turn at a
time per resident (`ResidentLocks`), the rate limit, the state loaded and saved.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from core.replies import Feedback, Reply
from core.router import Router, RouteResult
from knowledge.kb import KnowledgeBase

# Events a channel may hand in instead of words or a tap.
MEDIA_EVENT = "media"  # a sticker, photo, voice …: a kind word and the way on, the conversation kept
LOCATION = "location"  # a shared location: its address (the Inbound's text) names the town
FOLLOW = "follow"  # the resident added the bot: the greeting
LEAVE = "leave"  # the resident blocked the bot or left: nothing of theirs is kept, nothing sent
EVENTS = frozenset({MEDIA_EVENT, LOCATION, FOLLOW, LEAVE})


@dataclass(frozen=True, slots=True)
class Inbound:
    """One message of a resident, as any channel hands it to the core."""

    channel: str  # "line", "telegram", "web", "script", "terminal"
    resident: str  # the channel's id of the resident (hashed with a salt before anything is stored)
    text: str | None = None  # typed words (for a location: its address)
    choice: str | None = None  # a tapped option's id
    event: str | None = None  # one of EVENTS
    lang: str | None = None  # ja / easy / en: the register of this reply and the next ones
    delivery: str = ""  # the messenger's delivery id: a redelivery is answered once

    def __post_init__(self) -> None:
        if self.event is not None and self.event not in EVENTS:
            raise ValueError(f"unknown event {self.event!r}")


@dataclass(slots=True)
class Outcome:
    """What came of a turn: the reply to render, and what the core recorded of it."""

    reply: Reply | None  # None: nothing to send (see `skipped`)
    routed: RouteResult | None = None  # the routing of typed words (given to the staff review and demand counts)
    feedback: Feedback | None = None  # an answer to 「役に立ちましたか？」 (given to the demand counts)
    kb: KnowledgeBase | None = None  # the knowledge the reply came from (full labels, readings)
    skipped: str = ""  # why nothing is sent: "limited" (told once already), "duplicate", "left"

    @classmethod
    def answered(cls, reply: Reply, router: Router | None, routed: RouteResult | None = None) -> Outcome:
        return cls(reply, routed, reply.feedback, router.kb if router is not None else None)


Deliver = Callable[[Reply], Awaitable[None]]  # a channel's render-and-send, run inside the resident's turn
# The residents' turns this task holds (tasks it starts and awaits, e.g. by asyncio.wait_for, inherit them).
_HELD: ContextVar[frozenset[tuple[int, str]]] = ContextVar("held_turns", default=frozenset())


class ResidentLocks:
    """One turn at a time per resident, so replies keep the order of the messages (FIFO locks, dropped
    when idle). Re-entrant within a task (and the tasks it awaits): a channel that holds a resident's turn around more than the
    conversation (Telegram's per-chat order) can still call `Conversation.handle` inside it."""

    def __init__(self) -> None:
        self._locks: dict[str, tuple[asyncio.Lock, int]] = {}

    def __len__(self) -> int:
        return len(self._locks)

    @asynccontextmanager
    async def hold(self, key: str) -> AsyncIterator[None]:
        mine, held = (id(self), key), _HELD.get()
        if mine in held:
            yield  # this task holds the resident's turn already
            return
        lock, n = self._locks.get(key) or (asyncio.Lock(), 0)
        self._locks[key] = (lock, n + 1)
        try:
            async with lock:
                token = _HELD.set(held | {mine})
                try:
                    yield
                finally:
                    _HELD.reset(token)
        finally:
            lock, n = self._locks[key]
            if n <= 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, n - 1)


class SeenIds:
    """Delivery ids seen lately (LINE webhookEventId, Telegram update_id): a redelivery is answered once.

    In memory and bounded: redeliveries come within minutes, and every webhook reaches the server process
    (LINE worker processes only get what it accepted).
    """

    def __init__(self, size: int = 100_000) -> None:
        self.size = size
        self._ids: OrderedDict[str, None] = OrderedDict()

    def __contains__(self, delivery_id: object) -> bool:
        return bool(delivery_id) and delivery_id in self._ids

    def add(self, delivery_id: str) -> None:
        if not delivery_id:
            return  # no id, no redelivery check
        self._ids[delivery_id] = None
        if len(self._ids) > self.size:
            self._ids.popitem(last=False)

    def discard(self, delivery_id: str) -> None:
        self._ids.pop(delivery_id, None)
