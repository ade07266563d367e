"""The LINE worker half: one accepted event (a `Job`) → `Conversation.handle` → the reply through the SDK.

Runs in the server's event loop (LINE_WORKERS=0) or in worker processes (`bot/workers.py` `channel_worker`,
see ops/shards.py).
Replies only, through the event's reply token (push messages count against the city's quota).
"""

from __future__ import annotations

import logging
import ssl
import time
import urllib.request
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import aiohttp
from linebot.v3.messaging import ApiException, AsyncApiClient, AsyncMessagingApi, Configuration

from core.conversation import Conversation
from core.replies import Reply
from core.turn import Inbound
from handlers.line.order import ReplicaOrder
from handlers.line.render import render
from ops.metrics import METRICS
from ops.retry import retrying

log = logging.getLogger(__name__)
CHANNEL = "line"
REQUEST_TIMEOUT = 10.0  # seconds; the SDK's default is 300
# A reply token is good for about a minute after the event: no reply attempt starts later than this.
REPLY_TOKEN_LIFE = 50.0


@dataclass(frozen=True, slots=True)
class Job:
    """An accepted event, translated: whose conversation, what they did, how to answer."""

    user: str  # the LINE user, group or room id (hashed before anything is stored)
    turn: dict[str, str]  # the `Inbound`'s fields: {"text": …}, {"choice": …} or {"event": …} (core/turn.py)
    reply_token: str = ""
    timestamp: int | None = None  # LINE's, in ms: the reply token's life counts from it
    delivery: str = ""  # LINE's webhookEventId

    def __reduce__(self) -> tuple[type[Job], tuple[Any, ...]]:
        # Pickled to a worker process for every event: as a plain tuple it costs a third.
        return Job, (self.user, self.turn, self.reply_token, self.timestamp, self.delivery)


class LineReplier:
    """Turns and replies for LINE; `start` and `stop` inside the event loop that uses it."""

    def __init__(self, access_token: str, api_base_url: str, conversation: Conversation) -> None:
        self.configuration = Configuration(access_token=access_token, host=api_base_url.rstrip("/"))
        self.conversation = conversation
        # On PostgreSQL the resident's turns keep LINE's order across replicas (handlers/line/order.py).
        self.order = ReplicaOrder.of(conversation)
        self._client: AsyncApiClient | None = None
        self.api: AsyncMessagingApi | None = None

    async def start(self) -> None:
        # The aiohttp session behind the client must be made inside the running loop.
        self.configuration.proxy = _proxy_for(self.configuration.host)
        self._client = _ApiClient(self.configuration)
        # The SDK's session trusts the environment: every request re-reads all proxy variables and
        # ~/.netrc, a fifth of a reply's CPU. Same connection pool without that; the proxy is read once above.
        rest = self._client.rest_client
        await rest.pool_manager.close()
        rest.pool_manager = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=self.configuration.connection_pool_maxsize,
                                           ssl=ssl.create_default_context()), trust_env=False)
        self.api = AsyncMessagingApi(self._client)

    async def stop(self) -> None:
        if self._client is not None:
            await self._client.close()

    async def handle(self, job: Job) -> None:
        """The job's turn; its reply rendered and sent within the resident's turn (replies keep order)."""
        # The token's life counts from the event (LINE's timestamp, ms), not from when a worker got to it.
        left = REPLY_TOKEN_LIFE if job.timestamp is None else job.timestamp / 1000 + REPLY_TOKEN_LIFE - time.time()
        deadline = time.monotonic() + min(REPLY_TOKEN_LIFE, max(0.0, left))

        async def deliver(reply: Reply) -> None:
            await self.send(job.reply_token, render(reply), deadline=deadline)

        inbound = Inbound(CHANNEL, job.user, delivery=job.delivery, **job.turn)
        if self.order is None or not job.delivery:
            await self.conversation.handle(inbound, deliver)
            return
        async with self.order.turn(CHANNEL, job.user, job.delivery, job.timestamp, deadline):
            await self.conversation.handle(inbound, deliver)

    async def send(self, reply_token: str, messages: list[dict[str, Any]], deadline: float | None = None) -> None:
        """POST /v2/bot/message/reply through the SDK's client (host, token, timeout), retrying 429,
        5xx and network errors with backoff until `deadline`; a refusal (400: e.g. an expired or used
        reply token) is final.

        Our messages are already the API's JSON. Building and dumping the SDK's pydantic models for them
        costs 6–20 ms a reply, more than the whole turn, and even the SDK's walk over plain JSON 0.3 ms
        for a carousel (`_Prepared` skips it); the tests check this JSON against the SDK's models.
        """
        assert self.api is not None
        api_client = self.api.api_client

        async def call() -> None:
            await api_client.call_api(
                "/v2/bot/message/reply", "POST", header_params={"Content-Type": "application/json"},
                body=_Prepared(replyToken=reply_token, messages=messages), response_types_map={},
                auth_settings=["Bearer"], _return_http_data_only=True, _request_timeout=REQUEST_TIMEOUT)

        try:
            await retrying(call, name="line.reply", transient=_transient, deadline=deadline)
            METRICS.count("line.reply.sent")
        except ApiException as exc:
            log.warning("LINE reply refused: HTTP %s", exc.status)  # the body may quote our message
        except (aiohttp.ClientError, TimeoutError) as exc:
            log.warning("LINE reply not delivered: %s", type(exc).__name__)


class _Prepared(dict[str, Any]):
    """A request body that is the API's JSON already (plain dicts, lists, strings, numbers)."""


class _ApiClient(AsyncApiClient):
    """The SDK's client, sending a `_Prepared` body as it is (the SDK then dumps it with json.dumps)."""

    def sanitize_for_serialization(self, obj: Any) -> Any:
        return obj if isinstance(obj, _Prepared) else super().sanitize_for_serialization(obj)


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
