"""The conversation stack of one server process: knowledge, state, staff-review outbox, conversation.

The HTTP server builds one after migrating and loading; each LINE worker process (bot/shards.py) builds its
own over the same database, so every process answers from the same knowledge and keeps the same rules.
"""

from __future__ import annotations

import asyncio
import gc
import logging
from dataclasses import dataclass

from sqlalchemy.engine import Engine

from bot.config import Settings
from bot.conversation import RECHECK_KNOWLEDGE, Conversation
from bot.guide import Guide
from bot.health import DATABASE_ERRORS, DatabaseHealth
from bot.outbox import Outbox
from bot.ratelimit import RateLimit
from bot.router import RouteResult
from bot.state import StateStore, WriteBehind
from handlers.admin import review as admin_review
from handlers.admin.review import UnansweredQuestion

log = logging.getLogger(__name__)


@dataclass
class Runtime:
    settings: Settings
    engine: Engine
    health: DatabaseHealth
    store: StateStore
    guide: Guide
    review: Outbox[UnansweredQuestion]
    conversation: Conversation

    @classmethod
    async def start(cls, settings: Settings, engine: Engine, health: DatabaseHealth) -> Runtime:
        """Build the index (off the loop) and the conversation; the database must hold the knowledge."""
        s = settings
        store = StateStore(engine, s.user_id_salt, s.state_ttl_hours)
        review: Outbox[UnansweredQuestion] = Outbox("review", lambda rows: admin_review.write(engine, rows), health)

        def on_routed(channel: str, user_id: str, result: RouteResult) -> None:
            row = admin_review.unanswered(s, result, channel=channel, user_id=user_id)
            if row is not None:
                review.put(row)

        async def on_forget(channel: str, user_id: str) -> None:
            try:
                await asyncio.to_thread(admin_review.forget_resident, engine,
                                        admin_review.user_key(s, channel, user_id))
            except DATABASE_ERRORS as exc:  # the retention sweep removes them later
                health.failed(exc)

        guide = Guide(engine, index_cache=s.cache_dir)
        await asyncio.to_thread(guide.warm)  # build the index before the first turn
        conversation = Conversation(guide, WriteBehind(store, health), on_routed=on_routed,
                                    limit=RateLimit(s.rate_limit_per_minute), health=health, recheck=False,
                                    keeps_text=s.keep_message_text, review_days=s.review_retention_days,
                                    on_forget=on_forget)
        # The index is millions of long-lived objects: left to the collector, every full collection
        # walks them all (a 100 ms pause, the p99 of bench/line_load.py). Freeze what exists now.
        gc.collect()
        gc.freeze()
        return cls(settings, engine, health, store, guide, review, conversation)

    async def watch_knowledge(self) -> None:
        """Every RECHECK_KNOWLEDGE: read the knowledge generation off the loop (it is also the
        database's liveness probe); after a staff publish, rebuild the router."""
        while True:
            await asyncio.sleep(RECHECK_KNOWLEDGE)
            try:
                current = await asyncio.to_thread(self.guide.stored_generation)
            except DATABASE_ERRORS as exc:
                self.health.failed(exc)
                continue
            self.health.ok()
            if current != self.guide.generation:
                try:
                    self.conversation.refresh(current)
                    log.info("knowledge generation %d in use", current)
                except DATABASE_ERRORS as exc:
                    self.health.failed(exc)

    async def close(self) -> None:
        """Commit the review rows and conversation states still waiting."""
        await asyncio.to_thread(self.review.close)
        await asyncio.to_thread(self.conversation.close)
