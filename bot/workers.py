"""What a worker process runs with LINE_WORKERS > 0 (the `Entry` of ops/shards.py, named by bot/server.py):
its own conversation stack, answering LINE events (jobs), and as calls, whose answers go back to the server,
the web chat's turns, /api/ask questions and Telegram's turns (an `Inbound` → its `Reply`, which the server
renders and sends). The server then only reads, checks and writes requests: no turn runs on its event loop,
so /healthz and the LINE webhook stay quick while the web API is flooded.

`prepare` runs once in the zygote the workers are forked from (ops/zygote.py): the index is built there and
shared by every worker, copy-on-write, instead of one copy each (issue #15's memory goal).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, NamedTuple

from sqlalchemy.engine import Engine

from bot.config import Settings
from bot.runtime import DICTIONARY_FILE, Runtime
from core.answer import to_contract
from core.conversation import MAX_TEXT, Conversation
from core.guide import Guide
from core.replies import Reply
from core.router import Router
from core.turn import Inbound
from handlers.limits import clean_text
from handlers.line.replier import Job, LineReplier
from handlers.web.chat import WebChat, WebTurn
from knowledge.db import make_engine
from knowledge.store import generation
from ops.health import DatabaseHealth
from ops.metrics import METRICS
from ops.shards import ShardFailed, ShardPool
from ops.zygote import release_mapped

log = logging.getLogger(__name__)
GIVE_UP = 50.0  # seconds a Telegram turn waits for its worker to be back (a restarted worker imports, reads its index)
RETRY_EVERY = 0.5


class Ask(NamedTuple):
    """A POST /api/ask question, for a worker."""

    text: str


_BUILT: list[Router] = []  # the router `prepare` built in the zygote, inherited by each worker


def prepare(settings: Settings) -> None:
    """In the zygote, before the first worker is forked: the router (index) of the knowledge in use."""
    engine = make_engine(settings.database_url, pre_ping=False)
    try:
        _BUILT[:] = [Guide(engine, index_cache=settings.cache_dir).router]
    finally:
        engine.dispose()  # no connection is inherited by the workers
    release_mapped(DICTIONARY_FILE)  # the dictionary's pages the build read: each worker reads what it uses


def _inherited(engine: Engine) -> Router | None:
    """The zygote's router if it is of the knowledge generation in use (a worker restarted after a staff
    publish builds its own)."""
    if not _BUILT or _BUILT[0].kb.generation != generation(engine):
        return None
    return _BUILT[0]


@contextlib.asynccontextmanager
async def channel_worker(settings: Settings) -> AsyncIterator[Callable[[Any], Awaitable[Any]]]:
    """LINE jobs (answered through LINE's API), web turns (→ the page's JSON), Ask (→ the contract JSON).
    The server has migrated the database and loaded the knowledge before it starts workers."""
    engine = make_engine(settings.database_url, pre_ping=False)
    router = await asyncio.to_thread(_inherited, engine)
    runtime = await Runtime.start(settings, engine, DatabaseHealth(), router=router)
    replier = None
    if settings.line_channel_access_token:
        replier = LineReplier(settings.line_channel_access_token, settings.line_api_base_url, runtime.conversation)
        await replier.start()
    web = WebChat(runtime.conversation)
    watcher = asyncio.create_task(runtime.watch_knowledge())

    async def handle(job: Any) -> Any:
        if isinstance(job, WebTurn):
            return await web.answer(job)
        if isinstance(job, Inbound):  # a Telegram turn: the server renders and sends the reply
            METRICS.count(f"worker.turn.{job.channel}")
            return (await runtime.conversation.handle(job)).reply
        if isinstance(job, Ask):
            router = runtime.conversation.router
            return to_contract(router.kb, router.route(clean_text(job.text, MAX_TEXT)))
        if isinstance(job, Job) and replier is not None:
            await replier.handle(job)
        return None

    try:
        yield handle
    finally:
        watcher.cancel()
        await asyncio.gather(watcher, return_exceptions=True)
        if replier is not None:
            await replier.stop()
        await runtime.close()
        engine.dispose()


class Answers:
    """Where the turns the server does not hand off as jobs are answered (the web chat, /api/ask, Telegram):
    with worker processes, each in the resident's worker as a call (the same worker for every turn of one
    resident, so their turns keep their order and state); without, on this event loop."""

    def __init__(self, conversation: Conversation, workers: ShardPool | None) -> None:
        self.conversation = conversation
        self.workers = workers
        self.web_chat = WebChat(conversation)

    async def web(self, turn: WebTurn) -> dict[str, Any]:
        """The page's JSON (ShardFailed: the caller answers 503)."""
        if self.workers is None:
            return await self.web_chat.answer(turn)
        answer: dict[str, Any] = await self.workers.call(f"web:{turn.session}", turn)
        return answer

    async def ask(self, text: str) -> dict[str, Any]:
        """The contract JSON of `ask --json` (ShardFailed: the caller answers 503)."""
        if self.workers is None:
            router = self.conversation.router  # on the loop's thread, like every use of the tokenizer
            return to_contract(router.kb, router.route(text))
        answer: dict[str, Any] = await self.workers.call(f"ask:{text[:200]}", Ask(text))
        return answer

    async def telegram(self, inbound: Inbound) -> Reply | None:
        """A Telegram turn's reply, which the server renders and sends (handlers/telegram `Answer`). The
        update was accepted already: while the resident's worker is restarting the call is tried again (only
        the server sends, so nothing goes out twice); given up after GIVE_UP seconds."""
        if self.workers is None:
            return (await self.conversation.handle(inbound)).reply
        deadline = time.monotonic() + GIVE_UP
        while True:
            try:
                reply: Reply | None = await self.workers.call(f"{inbound.channel}:{inbound.resident}", inbound)
                return reply
            except ShardFailed:
                if time.monotonic() > deadline:
                    METRICS.count(f"{inbound.channel}.turn.failed")
                    log.error("%s turn not answered: its worker did not come back", inbound.channel)
                    return None
                await asyncio.sleep(RETRY_EVERY)
