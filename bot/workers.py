"""What a worker process runs with LINE_WORKERS > 0 (the `Entry` of ops/shards.py, named by bot/server.py):
its own conversation stack, answering LINE events (jobs) and the web chat's turns and /api/ask questions
(calls, whose answers go back to the server). The server then only reads, checks and writes requests: no
turn runs on its event loop, so /healthz and the LINE webhook stay quick while the web API is flooded.

Like `bot.runtime.line_worker`, with the web chat beside the LINE replier (one index serves both).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, NamedTuple

from bot.config import Settings
from bot.runtime import Runtime
from core.answer import to_contract
from core.conversation import MAX_TEXT
from handlers.limits import clean_text
from handlers.line.replier import Job, LineReplier
from handlers.web.chat import WebChat, WebTurn
from knowledge.db import make_engine
from ops.health import DatabaseHealth


class Ask(NamedTuple):
    """A POST /api/ask question, for a worker."""

    text: str


@contextlib.asynccontextmanager
async def channel_worker(settings: Settings) -> AsyncIterator[Callable[[Any], Awaitable[Any]]]:
    """LINE jobs (answered through LINE's API), web turns (→ the page's JSON), Ask (→ the contract JSON).
    The server has migrated the database and loaded the knowledge before it starts workers."""
    engine = make_engine(settings.database_url, pre_ping=False)
    runtime = await Runtime.start(settings, engine, DatabaseHealth())
    replier = None
    if settings.line_channel_access_token:
        replier = LineReplier(settings.line_channel_access_token, settings.line_api_base_url, runtime.conversation)
        await replier.start()
    web = WebChat(runtime.conversation)
    watcher = asyncio.create_task(runtime.watch_knowledge())

    async def handle(job: Any) -> Any:
        if isinstance(job, WebTurn):
            return await web.answer(job)
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
