"""The conversation stack of one server process: knowledge, state, staff-review outbox, conversation.

The HTTP server builds one after migrating and loading; each worker process (bot/workers.py) builds its
own over the same database, so every process answers from the same knowledge and keeps the same rules.
"""

from __future__ import annotations

import asyncio
import gc
import logging
from dataclasses import dataclass

from sqlalchemy.engine import Engine

from backoffice import demand as admin_demand
from backoffice import review as admin_review
from backoffice.demand import Counted
from backoffice.review import UnansweredQuestion
from bot.config import Settings
from core.conversation import RECHECK_KNOWLEDGE, Conversation
from core.guide import Guide
from core.ratelimit import RateLimit
from core.replies import Feedback
from core.router import Router, RouteResult
from core.state import StateStore, WriteBehind
from ops.health import DATABASE_ERRORS, DatabaseHealth
from ops.outbox import Outbox
from ops.zygote import release_mapped

log = logging.getLogger(__name__)
DICTIONARY_FILE = "/system.dic"  # Sudachi's, mapped read-only (knowledge/text.py): see ops/zygote.release_mapped


@dataclass
class Runtime:
    settings: Settings
    engine: Engine
    health: DatabaseHealth
    store: StateStore
    guide: Guide
    review: Outbox[UnansweredQuestion]
    conversation: Conversation
    demand: Outbox[Counted]

    @classmethod
    async def start(cls, settings: Settings, engine: Engine, health: DatabaseHealth, warm: bool = True,
                    router: Router | None = None) -> Runtime:
        """Build the index (off the loop) and the conversation; the database must hold the knowledge.
        `warm=False`: the index is built on first use only (a server whose worker processes answer every
        turn holds none: issue #15's memory goal); `router`: one built already (a worker's, shared with
        its siblings: bot/workers.py `prepare`)."""
        s = settings
        store = StateStore(engine, s.user_id_salt, s.state_ttl_hours)
        review: Outbox[UnansweredQuestion] = Outbox("review", lambda rows: admin_review.write(engine, rows), health)
        # The demand dashboard's counts: the event holds no words and no resident (backoffice/demand.py).
        demand: Outbox[Counted] = Outbox("demand", lambda events: admin_demand.write(engine, events), health)

        def on_routed(channel: str, user_id: str, result: RouteResult) -> None:
            demand.put(admin_demand.event(result, channel))
            row = admin_review.unanswered(s, result, channel=channel, user_id=user_id)
            if row is not None:
                review.put(row)

        def on_feedback(channel: str, user_id: str, feedback: Feedback) -> None:
            demand.put(admin_demand.feedback_event(feedback, channel))  # the dashboard's 「役に立ちましたか」
            # 「いいえ」 to 「役に立ちましたか？」 is a question for the staff review (topic and district, no words).
            row = admin_review.unhelpful(s, feedback, channel=channel, user_id=user_id)
            if row is not None:
                review.put(row)

        async def on_forget(channel: str, user_id: str) -> None:
            try:
                await asyncio.to_thread(admin_review.forget_resident, engine,
                                        admin_review.user_key(s, channel, user_id))
            except DATABASE_ERRORS as exc:  # the retention sweep removes them later
                health.failed(exc)

        guide = Guide(engine, index_cache=s.cache_dir)
        if router is not None:
            guide.install(router)
        elif warm:
            await asyncio.to_thread(guide.warm)  # build the index before the first turn
            release_mapped(DICTIONARY_FILE)  # the dictionary's pages the build read: turns read what they use
        conversation = Conversation(guide, WriteBehind(store, health), on_routed=on_routed,
                                    limit=RateLimit(s.rate_limit_per_minute), health=health, recheck=False,
                                    keeps_text=s.keep_message_text, review_days=s.review_retention_days,
                                    on_forget=on_forget, on_feedback=on_feedback)
        # The index is millions of long-lived objects: left to the collector, every full collection
        # walks them all (a 100 ms pause, the p99 of bench/line_load.py). Freeze what exists now.
        gc.collect()
        gc.freeze()
        return cls(settings, engine, health, store, guide, review, conversation, demand)

    async def watch_knowledge(self) -> None:
        """Every RECHECK_KNOWLEDGE: read the knowledge generation off the loop (it is also the
        database's liveness probe); after a staff publish, build the new router in a thread and swap it
        in on the loop (`Conversation.reload`): turns go on meanwhile with the old one."""
        while True:
            await asyncio.sleep(RECHECK_KNOWLEDGE)
            try:
                current = await asyncio.to_thread(self.guide.stored_generation)
            except DATABASE_ERRORS as exc:
                self.health.failed(exc)
                continue
            self.health.ok()
            if self.guide.built and current != self.guide.generation:  # unbuilt: built current on first use
                try:
                    await self.conversation.reload(current)
                    log.info("knowledge generation %d in use", current)
                except DATABASE_ERRORS as exc:
                    self.health.failed(exc)

    async def close(self) -> None:
        """Commit the review rows and conversation states still waiting."""
        await asyncio.to_thread(self.review.close)
        await asyncio.to_thread(self.demand.close)
        await asyncio.to_thread(self.conversation.close)

