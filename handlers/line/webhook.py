"""LINE webhook: verify, accept into a bounded queue, answer LINE at once; workers reply off the request path.

An event is accepted once it is queued (then it is always processed, also at shutdown); when the queue stays
full the webhook answers 503 and LINE may redeliver. A redelivery (same webhookEventId) is answered once,
events in standby mode not at all. Replies only (push messages count against the city's quota).
"""

from __future__ import annotations

import asyncio
import logging
import ssl
import time
import urllib.request
from typing import Any
from urllib.parse import urlsplit

import aiohttp
from linebot.v3 import WebhookParser
from linebot.v3.exceptions import InvalidSignatureError
from linebot.v3.messaging import ApiException, AsyncApiClient, AsyncMessagingApi, Configuration
from linebot.v3.webhooks import (
    Event,
    FollowEvent,
    MessageEvent,
    PostbackEvent,
    TextMessageContent,
    UnfollowEvent,
)
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from bot.conversation import HELP, START, Conversation, SeenIds
from bot.logs import describe
from bot.metrics import METRICS
from bot.retry import retrying
from handlers.limits import WEBHOOK_BODY_LIMIT, TooLarge, read_body, too_large
from handlers.line.render import render

log = logging.getLogger(__name__)
CHANNEL = "line"
REQUEST_TIMEOUT = 10.0  # seconds; the SDK's default is 300
ACCEPT_WAIT = 5.0  # how long a webhook may wait for room in a full queue before answering 503
# A reply token is good for about a minute after the event: no reply attempt starts later than this.
REPLY_TOKEN_LIFE = 50.0


class LineChannel:
    """The LINE side of the server: one per process, started and stopped by the server's lifespan."""

    def __init__(self, secret: str, access_token: str, api_base_url: str, conversation: Conversation, *,
                 workers: int = 64, queue_size: int = 2000) -> None:
        self.parser = WebhookParser(secret)
        self.configuration = Configuration(access_token=access_token, host=api_base_url.rstrip("/"))
        self.conversation = conversation
        self.seen = SeenIds()
        self._workers = workers
        self._queue_size = queue_size
        self._queue: asyncio.Queue[Event] | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self._client: AsyncApiClient | None = None
        self.api: AsyncMessagingApi | None = None

    async def start(self) -> None:
        # The aiohttp session behind the client must be made inside the running loop.
        self.configuration.proxy = _proxy_for(self.configuration.host)
        self._client = AsyncApiClient(self.configuration)
        # The SDK's session trusts the environment: every request re-reads all proxy variables and
        # ~/.netrc, a fifth of a reply's CPU. Same connection pool without that; the proxy is read once above.
        rest = self._client.rest_client
        await rest.pool_manager.close()
        rest.pool_manager = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=self.configuration.connection_pool_maxsize,
                                           ssl=ssl.create_default_context()), trust_env=False)
        self.api = AsyncMessagingApi(self._client)
        self._queue = asyncio.Queue(self._queue_size)
        self._tasks = [asyncio.create_task(self._work(), name=f"line-worker-{i}") for i in range(self._workers)]

    async def stop(self, drain_seconds: float = 20.0) -> None:
        """Finish the accepted events (bounded wait), then close the client."""
        if self._queue is not None:
            try:
                await asyncio.wait_for(self._queue.join(), drain_seconds)
            except TimeoutError:
                log.error("LINE: %d accepted events left unanswered at shutdown", self._queue.qsize())
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._client is not None:
            await self._client.close()

    @property
    def queued(self) -> int:
        """Accepted events not yet answered."""
        return self._queue.qsize() if self._queue is not None else 0

    # --- request path -----------------------------------------------------------------------------
    async def webhook(self, request: Request) -> Response:
        signature = request.headers.get("x-line-signature")
        if not signature:
            return PlainTextResponse("missing signature", status_code=400)
        try:
            body = (await read_body(request, WEBHOOK_BODY_LIMIT)).decode("utf-8", errors="replace")
        except TooLarge:
            return too_large()
        try:
            events = self.parser.parse(body, signature)  # HMAC-SHA256 check first, then the JSON
        except InvalidSignatureError:
            return PlainTextResponse("invalid signature", status_code=400)
        except Exception:  # signed but not LINE's shape (bad JSON, missing fields): nothing is done
            return PlainTextResponse("invalid body", status_code=400)
        assert self._queue is not None, "LineChannel.start() was not awaited"
        for event in events:
            if not isinstance(event, Event) or getattr(event, "mode", None) == "standby":
                continue  # another module of the channel (e.g. staff chatting by hand) has the user
            event_id = getattr(event, "webhook_event_id", None) or ""
            if event_id in self.seen:
                continue
            self.seen.add(event_id)  # before waiting for room: a redelivery meanwhile is a duplicate
            try:
                await asyncio.wait_for(self._queue.put(event), ACCEPT_WAIT)
            except TimeoutError:
                self.seen.discard(event_id)  # not accepted: its redelivery must be processed
                log.warning("LINE queue full: answering 503 so the rest is redelivered")
                return PlainTextResponse("busy", status_code=503)
        return PlainTextResponse("OK")

    # --- workers ----------------------------------------------------------------------------------
    async def _work(self) -> None:
        assert self._queue is not None
        while True:
            event = await self._queue.get()
            try:
                await self.handle(event)
            except Exception as exc:  # one bad event must not stop the worker
                METRICS.count("line.event.failed")
                log.error("LINE event %s failed: %s", getattr(event, "webhook_event_id", "?"), describe(exc))
            finally:
                self._queue.task_done()

    async def handle(self, event: Event) -> None:
        user = _user_key(event)
        if user is None:
            return
        if isinstance(event, UnfollowEvent):
            await self.conversation.forget(CHANNEL, user)  # blocked: nothing of theirs is kept
            return
        turn = _turn_of(event)
        token = getattr(event, "reply_token", None)
        if turn is None or not token:
            return
        # The token's life counts from the event (LINE's timestamp, ms), not from when a worker got to it.
        stamped = getattr(event, "timestamp", None)
        left = REPLY_TOKEN_LIFE if not isinstance(stamped, int) else stamped / 1000 + REPLY_TOKEN_LIFE - time.time()
        deadline = time.monotonic() + min(REPLY_TOKEN_LIFE, max(0.0, left))
        async with self.conversation.serial(CHANNEL, user):
            reply = await self.conversation.turn(CHANNEL, user, **turn)
            if reply is not None:
                await self.send(token, render(reply), deadline=deadline)

    async def send(self, reply_token: str, messages: list[dict[str, Any]], deadline: float | None = None) -> None:
        """POST /v2/bot/message/reply through the SDK's client (host, token, timeout), retrying 429,
        5xx and network errors with backoff until `deadline`; a refusal (400: e.g. an expired or used
        reply token) is final.

        Our messages are already the API's JSON. Building and dumping the SDK's pydantic models for them
        costs 6–20 ms a reply, more than the whole turn; the tests check this JSON against those models.
        """
        assert self.api is not None
        api_client = self.api.api_client

        async def call() -> None:
            await api_client.call_api(
                "/v2/bot/message/reply", "POST", header_params={"Content-Type": "application/json"},
                body={"replyToken": reply_token, "messages": messages}, response_types_map={},
                auth_settings=["Bearer"], _return_http_data_only=True, _request_timeout=REQUEST_TIMEOUT)

        try:
            await retrying(call, name="line.reply", transient=_transient, deadline=deadline)
            METRICS.count("line.reply.sent")
        except ApiException as exc:
            log.warning("LINE reply refused: HTTP %s", exc.status)  # the body may quote our message
        except (aiohttp.ClientError, TimeoutError) as exc:
            log.warning("LINE reply not delivered: %s", type(exc).__name__)


def _transient(exc: BaseException) -> float | None:
    """Seconds to wait at least before retrying a failed reply, or None when retrying cannot help."""
    if isinstance(exc, ApiException):
        if exc.status == 429 or (exc.status or 0) >= 500:
            retry_after = (exc.headers or {}).get("Retry-After", "")
            return float(retry_after) if retry_after.isdigit() else 0.0
        return None
    if isinstance(exc, aiohttp.ClientError | TimeoutError):
        return 0.0
    return None


def _proxy_for(url: str) -> str | None:
    """The proxy the environment sets for `url` (HTTPS_PROXY, NO_PROXY …), if any."""
    host = urlsplit(url).hostname or ""
    if urllib.request.proxy_bypass(host):
        return None
    return urllib.request.getproxies().get(urlsplit(url).scheme)


def _user_key(event: Event) -> str | None:
    """Whose conversation: the user, or the group/room the bot was added to."""
    source = getattr(event, "source", None)
    if source is None:
        return None
    for kind in ("group_id", "room_id"):
        if getattr(source, kind, None):
            return f"{kind}:{getattr(source, kind)}"
    return getattr(source, "user_id", None)


def _turn_of(event: Event) -> dict[str, str] | None:
    """The event as a turn: typed text, a tapped choice, or the greeting; None for events we ignore."""
    if isinstance(event, MessageEvent):
        if isinstance(event.message, TextMessageContent):
            return {"text": event.message.text}
        return {"choice": HELP}  # a sticker or photo: say how to use the guide
    if isinstance(event, PostbackEvent):
        return {"choice": event.postback.data}
    if isinstance(event, FollowEvent):
        return {"choice": START}
    return None
