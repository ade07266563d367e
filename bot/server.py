"""The HTTP server (`python -m bot serve`): LINE and Telegram webhooks, the web chat, /api/ask, /healthz.

Endpoints and settings follow the project's server contract (README.md, `/openapi.json`). A channel whose
settings are unset answers 503. Routing and the dialogue run on the event loop's thread (see
core/conversation.py for why); database reads and writes run in threads. With LINE_WORKERS every turn runs
in worker processes (ops/shards.py; bot/workers.py), each with its own `Runtime`, forked from a zygote that
`serve` forks from this process before it starts its event loop (ops/zygote.py: the imports are shared).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import os
import signal
import sys
from collections import Counter
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from sqlalchemy import text
from sqlalchemy.engine import Engine
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route

import core.state  # noqa: F401  (registers conversation_state on the metadata the migrations check)
from backoffice import review as admin_review
from bot.config import Settings, load_settings
from bot.openapi import OPENAPI
from bot.runtime import DICTIONARY_FILE, Runtime
from bot.schema import migrate, one_at_a_time
from bot.workers import Answers
from core.conversation import MAX_TEXT, Conversation
from core.loading import ensure_loaded
from core.state import StateStore
from handlers.admin.app import audit_triggers, build_admin_app
from handlers.headers import HeaderMiddleware, Headers
from handlers.hsds import HsdsApi
from handlers.limits import (
    BadJson,
    Gate,
    PublicLimits,
    TooLarge,
    TooMany,
    clean_text,
    parse_json,
    read_body,
    too_many,
)
from handlers.line.webhook import LineChannel
from handlers.web.chat import WebChat, asset, read_turn
from knowledge.db import make_engine
from knowledge.spreadsheet import cancel_imports
from ops.health import DATABASE_ERRORS, DatabaseHealth
from ops.logs import configure as configure_logging
from ops.metrics import METRICS
from ops.shards import ShardFailed, ShardPool
from ops.zygote import fork_zygote, release_mapped, trim_memory

if TYPE_CHECKING:
    from handlers.telegram.webhook import TelegramChannel

log = logging.getLogger(__name__)
MAX_ASK_BODY = 65_536
EXPIRE_EVERY = 3600.0  # seconds between sweeps of expired conversation state
READY_TIMEOUT = 3.0  # seconds /readyz waits for the database
WRITE_FAILURE_WINDOW = 10.0  # seconds after a failed database write during which /readyz says not ready
# What each worker process runs (LINE_WORKERS > 0; ops/shards.py): LINE events, and the web chat's, /api/ask's
# and Telegram's turns as calls, so no turn runs on the server's event loop.
LINE_WORKER = "bot.workers:channel_worker"


class Services:
    """What the endpoints need; built in the lifespan, torn down in reverse."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        # Connects lazily; /admin needs it to mount. No ping per checkout: it doubled the round trips of
        # each state read on the event loop; a dropped connection fails one attempt, which is retried.
        self.engine = make_engine(settings.database_url, pre_ping=False)
        self.health = DatabaseHealth()
        self.conversation: Conversation | None = None
        self.line: LineChannel | None = None
        self.telegram: TelegramChannel | None = None
        self.web: WebChat | None = None
        self.runtime: Runtime | None = None
        self.answers: Answers | None = None
        self.pool: ShardPool | None = None  # worker processes of our own (LINE_WORKERS without LINE)
        self.not_ready = "starting"  # why the server cannot answer yet ("" once it can)
        # Fair sharing of /api/chat and /api/ask: per client address and in total, and few answers at once.
        self.limits = PublicLimits(settings.public_per_ip_minute, settings.public_total_second)
        self.gate = Gate(settings.public_concurrent, settings.public_waiting)
        self._tasks: list[asyncio.Task[None]] = []

    @property
    def line_configured(self) -> bool:
        return bool(self.settings.line_channel_secret and self.settings.line_channel_access_token)

    @property
    def telegram_configured(self) -> bool:
        return bool(self.settings.telegram_bot_token and self.settings.telegram_webhook_secret)

    @contextlib.asynccontextmanager
    async def lifespan(self, _: Starlette) -> AsyncIterator[None]:
        try:
            await self._prepare()
        except DATABASE_ERRORS as exc:
            # Serve /healthz and /readyz (which say why) and keep trying in the background.
            self.health.failed(exc)
            self.not_ready = f"database unreachable ({type(exc).__name__})"
            self._tasks.append(asyncio.create_task(self._prepare_when_reachable()))
        try:
            yield
        finally:
            await self._shutdown()

    async def _prepare_when_reachable(self) -> None:
        delay = 1.0
        while True:
            await asyncio.sleep(delay)
            try:
                await self._prepare()
                return
            except DATABASE_ERRORS as exc:
                self.health.failed(exc)
                delay = min(delay * 2, 15.0)

    async def _prepare(self) -> None:
        """Migrate, load the knowledge if the database has none, build the index, start the channels."""
        s, engine = self.settings, self.engine
        await asyncio.to_thread(_schema_and_knowledge, engine, s)
        self.health.ok()
        # With workers, they answer every turn: the server builds no index of its own.
        runtime = self.runtime = await Runtime.start(s, engine, self.health, warm=s.line_workers == 0)
        if (self.line_configured or self.telegram_configured) and s.user_id_salt == "development-salt":
            log.warning("USER_ID_SALT is the development default: set a secret salt in production")
        if self.line_configured:
            line = LineChannel(s, runtime.conversation, worker_entry=LINE_WORKER, engine=engine)
            await line.start()  # with LINE_WORKERS, after the workers have built their index
            self.line = line
        elif s.line_workers > 0:  # the workers answer the web chat, /api/ask and Telegram
            self.pool = ShardPool(LINE_WORKER, s, s.line_workers, name="line.worker", failed="line.event.failed")
            await self.pool.start()
        answers = Answers(runtime.conversation, self.workers)
        if self.telegram_configured:
            from handlers.telegram.webhook import TelegramChannel  # its SDK only when used (≈ 14 MB)

            assert s.telegram_bot_token and s.telegram_webhook_secret
            self.telegram = TelegramChannel(s.telegram_bot_token, s.telegram_webhook_secret,
                                            s.telegram_api_base_url, answers.telegram)
            await self.telegram.start()
        self.web, self.answers = answers.web_chat, answers
        self.conversation = runtime.conversation
        self._tasks += [asyncio.create_task(runtime.watch_knowledge()),
                        asyncio.create_task(self._expire_loop(runtime.store))]
        self.not_ready = ""
        trim_memory()  # what migrating and loading freed
        log.info("ready: knowledge generation %d", runtime.guide.generation)

    async def _shutdown(self) -> None:
        """Finish the accepted events, then commit what is queued, then close the database."""
        cancel_imports()  # a spreadsheet still being read stops at its next row check (it is only a preview)
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self.telegram is not None:
            await self.telegram.stop()
        if self.line is not None:
            await self.line.stop()
        if self.pool is not None:
            await self.pool.stop(20.0)
        if self.runtime is not None:
            await self.runtime.close()
        self.engine.dispose()
        log.info("stopped")

    async def _expire_loop(self, store: StateStore) -> None:
        """Hourly: delete expired conversation states and review rows past their retention."""
        keep = dt.timedelta(days=self.settings.review_retention_days)
        while True:
            try:
                gone = await asyncio.to_thread(store.expire)
                old = await asyncio.to_thread(admin_review.forget_before, self.engine, dt.datetime.now(dt.UTC) - keep)
                if gone or old:
                    log.info("expired %d conversation states and %d review rows", gone, old)
            except DATABASE_ERRORS as exc:
                self.health.failed(exc)
            await asyncio.sleep(EXPIRE_EVERY)

    # --- endpoints ---------------------------------------------------------------------------------
    async def line_webhook(self, request: Request) -> Response:
        if not self.line_configured:
            return PlainTextResponse("LINE is not configured", status_code=503)
        if self.line is None:
            return PlainTextResponse(self.not_ready, status_code=503)  # LINE redelivers later
        return await self.line.webhook(request)

    async def telegram_webhook(self, request: Request) -> Response:
        if not self.telegram_configured:
            return PlainTextResponse("Telegram is not configured", status_code=503)
        if self.telegram is None:
            return PlainTextResponse(self.not_ready, status_code=503)  # Telegram retries later
        return await self.telegram.webhook(request)

    async def chat_page(self, request: Request) -> Response:
        if self.web is None:
            return PlainTextResponse("starting", status_code=503)
        return await self.web.get_page(request)

    def _admit(self, request: Request) -> None:
        """TooMany when the client's address, or all clients together, are over their limit."""
        self.limits.check(request.client.host if request.client else "")

    async def chat_turn(self, request: Request) -> Response:
        if self.answers is None:
            return JSONResponse({"error": self.not_ready}, status_code=503)
        try:
            self._admit(request)
        except TooMany as exc:
            return too_many(exc)
        turn = await read_turn(request)  # read before a place is taken: a slow body holds none
        if isinstance(turn, Response):
            return turn
        try:
            async with self.gate.enter():
                return JSONResponse(await self.answers.web(turn))
        except TooMany as exc:
            return too_many(exc)
        except ShardFailed:
            return JSONResponse({"error": "busy"}, status_code=503)

    @property
    def workers(self) -> ShardPool | None:
        """The worker processes that answer (LINE_WORKERS > 0), or None: answers on this event loop."""
        jobs = self.line.jobs if self.line is not None else self.pool
        return jobs if isinstance(jobs, ShardPool) else None

    async def ask(self, request: Request) -> Response:
        """`{"text": "..."}` → the object of `ask --json`."""
        if self.answers is None:
            return JSONResponse({"error": self.not_ready}, status_code=503)
        try:
            self._admit(request)
        except TooMany as exc:
            return too_many(exc)
        try:
            body = await read_body(request, MAX_ASK_BODY)
        except TooLarge:
            return JSONResponse({"error": "too large"}, status_code=413)
        try:
            data: Any = parse_json(body)  # also 50,000 '[' (RecursionError): 400, not 500
        except BadJson:
            return JSONResponse({"error": "invalid JSON"}, status_code=400)
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            return JSONResponse({"error": 'expected {"text": "..."}'}, status_code=400)
        try:
            async with self.gate.enter():
                return JSONResponse(await self.answers.ask(clean_text(data["text"], MAX_TEXT)))
        except TooMany as exc:
            return too_many(exc)
        except ShardFailed:
            return JSONResponse({"error": "busy"}, status_code=503)

    async def openapi(self, _: Request) -> Response:
        return JSONResponse(OPENAPI)

    async def healthz(self, _: Request) -> Response:
        """Alive: 200 when a question can be answered now (the knowledge is in memory; a database
        that is away meanwhile does not stop answers, see Conversation.without_database)."""
        if self.conversation is None:
            return JSONResponse({"status": "starting", "reason": self.not_ready}, status_code=503)
        # A server whose workers answer holds no index (Runtime.start(warm=False)): it reports the generation it
        # knows and never builds one here (that would stall the loop and need the database).
        guide = self.conversation.guide
        generation = self.conversation.router.kb.generation if guide.built else guide.generation
        return JSONResponse({"status": "ok", "generation": generation,
                             "line": self.line is not None, "telegram": self.telegram is not None})

    async def readyz(self, _: Request) -> Response:
        """Ready: the database answers now and the knowledge base is loaded; otherwise 503 and why."""
        problems: dict[str, str] = {}
        try:
            await asyncio.wait_for(asyncio.to_thread(_ping, self.engine), READY_TIMEOUT)
            self.health.ok()
        except TimeoutError:
            problems["database"] = f"no answer within {READY_TIMEOUT:g} s"
        except DATABASE_ERRORS as exc:
            self.health.failed(exc)
            problems["database"] = f"unreachable ({type(exc).__name__})"
        else:
            # SELECT 1 works, but did writes fail lately (disk full, locked, read-only)? Then not ready either.
            failed = self.health.failed_lately(WRITE_FAILURE_WINDOW)
            if failed is not None:
                problems["database"] = f"writes failed within the last {WRITE_FAILURE_WINDOW:g} s ({failed})"
        if self.conversation is None:
            problems["knowledge"] = self.not_ready or "not loaded"
        counts = Counter(METRICS.snapshot())
        if (jobs := self.line.jobs if self.line is not None else self.pool) is not None:
            problems |= jobs.problems()
            counts.update(jobs.counts())  # what the worker processes counted
        queued = {"line": self.line.queued if self.line else 0,
                  "review": self.runtime.review.pending() if self.runtime else 0}
        body = {"status": "not ready" if problems else "ready", "problems": problems, "queued": queued,
                "counts": dict(sorted(counts.items()))}
        return JSONResponse(body, status_code=503 if problems else 200)


class BaselineHeaders(HeaderMiddleware):
    """Every response: nosniff. Every HTML response without its own Content-Security-Policy (the web chat
    and the admin set theirs): frame-ancestors 'none' and X-Frame-Options DENY, so no page can be framed."""

    def add(self, headers: Headers) -> Headers:
        names = {k.lower(): v for k, v in headers}
        if b"x-content-type-options" not in names:
            headers.append((b"x-content-type-options", b"nosniff"))
        if names.get(b"content-type", b"").startswith(b"text/html"):
            if b"content-security-policy" not in names:
                headers.append((b"content-security-policy", b"frame-ancestors 'none'"))
            if b"x-frame-options" not in names:
                headers.append((b"x-frame-options", b"DENY"))
        return headers


def _ping(engine: Engine) -> None:
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))


def create_app(settings: Settings | None = None) -> Starlette:
    services = Services(settings or load_settings())
    app = Starlette(routes=[
        Route("/line/webhook", services.line_webhook, methods=["POST"]),
        Route("/telegram/webhook", services.telegram_webhook, methods=["POST"]),
        Route("/api/ask", services.ask, methods=["POST"]),
        Route("/api/chat", services.chat_turn, methods=["POST"]),
        Route("/chat", services.chat_page, methods=["GET"]),
        Route("/chat/{name}", asset, methods=["GET"]),  # the page's chat.js and chat.css
        Route("/healthz", services.healthz, methods=["GET"]),
        Route("/readyz", services.readyz, methods=["GET"]),
        Route("/openapi.json", services.openapi, methods=["GET"]),
        *HsdsApi(services.engine).routes(),  # read-only Open Referral HSDS 3 (handlers/hsds.py)
        Mount("/admin", app=build_admin_app(services.engine, services.settings, prepare=False,
                                            health=services.health)),
    ], lifespan=services.lifespan, middleware=[Middleware(BaselineHeaders)])
    app.state.services = services
    return app


def serve(host: str, port: int, settings: Settings | None = None) -> int:
    import uvicorn

    configure_logging()
    app = create_app(settings)
    if app.state.services.settings.line_workers > 0:
        _fork_zygote(app.state.services)
    # uvicorn re-raises the stop signal after its graceful shutdown; this handler, restored by then,
    # turns it into a clean exit (status 0) instead of death by signal.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    # uvicorn: on SIGTERM/SIGINT stop accepting, finish open requests, then the lifespan's shutdown
    # drains the queues (Services._shutdown); log_config=None keeps our JSON lines.
    uvicorn.run(app, host=host, port=port, log_config=None, access_log=False, timeout_graceful_shutdown=30)
    return 0


def _fork_zygote(services: Services) -> None:
    """The workers' zygote, forked from this process while it has one thread and no event loop: every module
    imported so far (the worker's, and the server's own: SQLModel, the LINE SDK, the core) is then shared by
    the server, the zygote and the workers (issue #15's memory goal). Otherwise the pool starts a new
    interpreter as the zygote, which shares nothing with the server."""
    import threading

    if services.telegram_configured:
        import handlers.telegram.webhook  # noqa: F401  (its SDK: shared rather than imported in each worker)
    threads = len(os.listdir("/proc/self/task")) if os.path.isdir("/proc/self/task") else threading.active_count()
    if threads > 1:
        log.warning("%d threads running: the workers' zygote is started as a new interpreter", threads)
        return
    release_mapped(DICTIONARY_FILE)  # read at import (the safety screen's readings); the zygote reads what it uses
    fork_zygote(LINE_WORKER)


def _schema_and_knowledge(engine: Engine, settings: Settings) -> None:
    """The whole schema to the newest revision, the audit log insert-only (its tables: the migrations), the
    knowledge loaded if the database has none; replicas starting together do this one after the other."""
    with one_at_a_time(engine):
        migrate(engine)
        audit_triggers(engine)
        ensure_loaded(engine, settings)
