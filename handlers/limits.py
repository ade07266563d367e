"""Request bodies read with a size limit: a body over it is refused (413) before it is all read; JSON
parsed without a crash on deep nesting; residents' text made safe to route, store and log; the public
endpoints shared fairly (per client address and in total, 429 with Retry-After, bounded answers in progress)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import math
import re
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response

from ops.metrics import METRICS

WEBHOOK_BODY_LIMIT = 1_048_576  # bytes; a LINE batch or a Telegram update is a few KB


class TooLarge(Exception):
    """The body is over the limit."""


async def read_body(request: Request, limit: int) -> bytes:
    """The whole body, or TooLarge as soon as it (or its Content-Length) passes `limit`."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise TooLarge
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise TooLarge
        chunks.append(chunk)
    return b"".join(chunks)


def too_large() -> Response:
    return PlainTextResponse("request body too large", status_code=413)


class BadJson(ValueError):
    """Not JSON, or nested too deeply to parse (50,000 '[' raise RecursionError in json.loads)."""


def parse_json(body: bytes | str) -> Any:
    try:
        return json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise BadJson(type(exc).__name__) from None


TEXT_LIMIT = 5_000  # characters of a message kept for the turn (the router reads the first 1,000)
# Lone surrogates (valid as JSON escapes, not as UTF-8: encoding them fails), NUL (PostgreSQL's text
# refuses it) and other C0/C1 controls but tab and line breaks.
_UNSAFE = re.compile(r"[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean_text(text: str, limit: int = TEXT_LIMIT) -> str:
    """A resident's text as the turn gets it: at most `limit` characters, no lone surrogates or controls."""
    return _UNSAFE.sub("", text[: limit * 2])[:limit]


# The shapes of option ids the conversation offers: "start", "sos", "c:jiritsu-soudan", "d:any", "fb:yes",
# "more:12", "#3". A choice of another shape was never offered (a forged "d:<15 KB>" became a memo key and a
# stored state): channels refuse it before the turn.
CHOICE_SHAPE = r"[a-z]{1,16}(?::[A-Za-z0-9_.-]{1,80})?|#[0-9]{1,4}"  # also the API schema's (bot/openapi.py)
_CHOICE = re.compile(CHOICE_SHAPE)


def valid_choice(choice: str) -> bool:
    return _CHOICE.fullmatch(choice) is not None


# --- fair sharing of the public endpoints (/api/chat, /api/ask) --------------------------------------
class TooMany(Exception):
    """Refused for now: the client (or everyone together) is over the limit; try again in `retry_after` s."""

    def __init__(self, retry_after: float, scope: str) -> None:
        super().__init__(scope)
        self.retry_after = max(1, math.ceil(retry_after))
        self.scope = scope  # "client", "total" or "busy" (counted, never the address)


def too_many(exc: TooMany, message: str = "too many requests") -> Response:
    """429 with Retry-After in whole seconds (the web chat shows a Japanese sentence for it); counted."""
    METRICS.count(f"public.refused.{exc.scope}")
    return JSONResponse({"error": message, "retry_after": exc.retry_after}, status_code=429,
                        headers={"Retry-After": str(exc.retry_after)})


class _Bucket:
    """A token bucket: `capacity` requests at once, refilled at `rate` a second."""

    __slots__ = ("tokens", "at")

    def __init__(self, capacity: float, now: float) -> None:
        self.tokens, self.at = capacity, now

    def take(self, capacity: float, rate: float, now: float) -> float:
        """0 when a request may go now (one token taken), else the seconds until one may."""
        self.tokens = min(capacity, self.tokens + (now - self.at) * rate)
        self.at = now
        if self.tokens >= 1:
            self.tokens -= 1
            return 0.0
        return (1 - self.tokens) / rate


class PublicLimits:
    """Requests per client address (a minute, on average) and for all clients together (a second).
    0 turns a limit off. Memory is bounded: at most MAX_CLIENTS addresses are remembered, the least
    recently seen forgotten first (a forgotten address starts again with a full bucket)."""

    MAX_CLIENTS = 50_000

    def __init__(self, per_client_minute: int, total_second: int,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.client_rate = per_client_minute / 60.0
        self.client_capacity = max(1.0, per_client_minute / 2.0)  # a burst of half a minute's share
        self.total_rate = float(total_second)
        self.total_capacity = max(1.0, float(total_second))
        self.clock = clock
        self._clients: OrderedDict[str, _Bucket] = OrderedDict()
        self._total = _Bucket(self.total_capacity, clock())

    def __len__(self) -> int:
        """How many client addresses are remembered (bounded by MAX_CLIENTS)."""
        return len(self._clients)

    def check(self, client: str) -> None:
        """Count one request of `client`; TooMany if it must wait (a refused request costs no token)."""
        now = self.clock()
        if self.client_rate > 0:
            bucket = self._clients.get(client)
            if bucket is None:
                bucket = self._clients[client] = _Bucket(self.client_capacity, now)
                if len(self._clients) > self.MAX_CLIENTS:
                    self._clients.popitem(last=False)
            self._clients.move_to_end(client)
            wait = bucket.take(self.client_capacity, self.client_rate, now)
            if wait:
                raise TooMany(wait, "client")
        if self.total_rate > 0:
            wait = self._total.take(self.total_capacity, self.total_rate, now)
            if wait:
                if self.client_rate > 0:
                    self._clients[client].tokens += 1  # not served: the client's token is given back
                raise TooMany(wait, "total")


class Gate:
    """At most `concurrent` answers in progress; up to `waiting` more wait for a place; beyond that a
    request is refused at once (TooMany "busy") instead of queueing without end behind a flood."""

    def __init__(self, concurrent: int, waiting: int) -> None:
        self.concurrent = max(1, concurrent)
        self.waiting = max(0, waiting)
        self._places = asyncio.Semaphore(self.concurrent)
        self._inside = 0  # holding or waiting for a place

    @property
    def inside(self) -> int:
        return self._inside

    @contextlib.asynccontextmanager
    async def enter(self) -> AsyncIterator[None]:
        if self._inside >= self.concurrent + self.waiting:
            raise TooMany(1, "busy")
        self._inside += 1
        try:
            async with self._places:
                yield
        finally:
            self._inside -= 1
