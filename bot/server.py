"""The HTTP server (`python -m bot serve`): LINE and Telegram webhooks, the web chat, /api/ask, /healthz.

Endpoints and settings follow the server contract (../shared/contract/README.md). A channel whose
settings are unset answers 503. Everything that touches the knowledge or the database runs on the
event loop's thread (see bot/conversation.py for why), except writes of conversation state.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import logging
from collections.abc import AsyncIterator
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route

import bot.state  # noqa: F401  (registers conversation_state before create_tables)
from bot.answer import to_contract
from bot.config import Settings, load_settings
from bot.conversation import Conversation
from bot.guide import Guide
from bot.loading import ensure_loaded
from bot.router import RouteResult
from bot.state import StateStore, WriteBehind
from handlers.admin import review as admin_review
from handlers.admin.app import build_admin_app
from handlers.line.webhook import LineChannel
from handlers.telegram.webhook import TelegramChannel
from handlers.web.chat import WebChat
from knowledge.db import create_tables, make_engine

log = logging.getLogger(__name__)
MAX_ASK_BODY = 65_536
EXPIRE_EVERY = 3600.0  # seconds between sweeps of expired conversation state


class Services:
    """What the endpoints need; built in the lifespan, torn down in reverse."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.engine = make_engine(settings.database_url)  # connects lazily; /admin needs it to mount
        self.conversation: Conversation | None = None
        self.line: LineChannel | None = None
        self.telegram: TelegramChannel | None = None
        self.web: WebChat | None = None

    @property
    def line_configured(self) -> bool:
        return bool(self.settings.line_channel_secret and self.settings.line_channel_access_token)

    @property
    def telegram_configured(self) -> bool:
        return bool(self.settings.telegram_bot_token and self.settings.telegram_webhook_secret)

    @contextlib.asynccontextmanager
    async def lifespan(self, _: Starlette) -> AsyncIterator[None]:
        s = self.settings
        engine = self.engine
        create_tables(engine)
        ensure_loaded(engine, s)
        store = StateStore(engine, s.user_id_salt, s.state_ttl_hours)

        def review(channel: str, user_id: str, result: RouteResult) -> None:
            admin_review.record(engine, s, result, channel=channel, user_id=user_id)

        conversation = self.conversation = Conversation(Guide(engine, index_cache=s.cache_dir), WriteBehind(store),
                                                        on_routed=review)
        conversation.router  # noqa: B018  (build the index before the first turn)
        # The index is millions of long-lived objects: left to the collector, every full collection
        # walks them all (a 100 ms pause, the p99 of bench/line_load.py). Freeze what exists now.
        gc.collect()
        gc.freeze()
        if (self.line_configured or self.telegram_configured) and s.user_id_salt == "development-salt":
            log.warning("USER_ID_SALT is the development default: set a secret salt in production")
        self.web = WebChat(conversation)
        if self.line_configured:
            assert s.line_channel_secret and s.line_channel_access_token
            self.line = LineChannel(s.line_channel_secret, s.line_channel_access_token, s.line_api_base_url,
                                    conversation)
            await self.line.start()
        if self.telegram_configured:
            assert s.telegram_bot_token and s.telegram_webhook_secret
            self.telegram = TelegramChannel(s.telegram_bot_token, s.telegram_webhook_secret,
                                            s.telegram_api_base_url, conversation)
            await self.telegram.start()
        sweeper = asyncio.create_task(self._expire_loop(store))
        try:
            yield
        finally:
            sweeper.cancel()
            if self.telegram is not None:
                await self.telegram.stop()
            if self.line is not None:
                await self.line.stop()
            conversation.close()
            engine.dispose()

    async def _expire_loop(self, store: StateStore) -> None:
        while True:
            gone = await asyncio.to_thread(store.expire)
            if gone:
                log.info("expired %d conversation states", gone)
            await asyncio.sleep(EXPIRE_EVERY)

    # --- endpoints ---------------------------------------------------------------------------------
    async def line_webhook(self, request: Request) -> Response:
        if not self.line_configured or self.line is None:
            return PlainTextResponse("LINE is not configured", status_code=503)
        return await self.line.webhook(request)

    async def telegram_webhook(self, request: Request) -> Response:
        if not self.telegram_configured or self.telegram is None:
            return PlainTextResponse("Telegram is not configured", status_code=503)
        return await self.telegram.webhook(request)

    async def chat_page(self, request: Request) -> Response:
        if self.web is None:
            return PlainTextResponse("starting", status_code=503)
        return await self.web.get_page(request)

    async def chat_turn(self, request: Request) -> Response:
        if self.web is None:
            return PlainTextResponse("starting", status_code=503)
        return await self.web.post_turn(request)

    async def ask(self, request: Request) -> Response:
        """`{"text": "..."}` → the object of `ask --json`."""
        if self.conversation is None:
            return PlainTextResponse("starting", status_code=503)
        body = await request.body()
        if len(body) > MAX_ASK_BODY:
            return JSONResponse({"error": "too large"}, status_code=413)
        try:
            data: Any = json.loads(body)
        except ValueError:
            return JSONResponse({"error": "invalid JSON"}, status_code=400)
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            return JSONResponse({"error": 'expected {"text": "..."}'}, status_code=400)
        router = self.conversation.router  # on the loop's thread, like every use of the tokenizer
        return JSONResponse(to_contract(router.kb, router.route(data["text"])))

    async def healthz(self, _: Request) -> Response:
        """200 when a question can be answered now (knowledge loaded and indexed, database reachable)."""
        if self.conversation is None:
            return JSONResponse({"status": "starting"}, status_code=503)
        try:
            generation = self.conversation.router.kb.generation
        except Exception as exc:  # any failure here means questions cannot be answered
            return JSONResponse({"status": "unavailable", "error": type(exc).__name__}, status_code=503)
        return JSONResponse({"status": "ok", "generation": generation, "line": self.line is not None,
                             "telegram": self.telegram is not None})


def create_app(settings: Settings | None = None) -> Starlette:
    services = Services(settings or load_settings())
    app = Starlette(routes=[
        Route("/line/webhook", services.line_webhook, methods=["POST"]),
        Route("/telegram/webhook", services.telegram_webhook, methods=["POST"]),
        Route("/api/ask", services.ask, methods=["POST"]),
        Route("/api/chat", services.chat_turn, methods=["POST"]),
        Route("/chat", services.chat_page, methods=["GET"]),
        Route("/healthz", services.healthz, methods=["GET"]),
        Mount("/admin", app=build_admin_app(services.engine, services.settings)),
    ], lifespan=services.lifespan)
    app.state.services = services
    return app


def serve(host: str, port: int, settings: Settings | None = None) -> int:
    import uvicorn

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info", access_log=False)
    return 0
