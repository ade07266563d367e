"""Fakes for tests over real HTTP on 127.0.0.1: a LINE Messaging API and a Telegram Bot API that record
every call, the real bot server run with uvicorn in a thread, and builders of signed LINE events and
Telegram updates. The SDK clients are the real ones, pointed at the fakes by the server's settings.
"""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import hashlib
import hmac
import json
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Self
from urllib.parse import parse_qsl

import httpx
import pytest
import uvicorn
from aiohttp import web

from bot.config import Settings
from tests.conftest import settings_for_tests

LINE_SECRET = "test-line-secret"
LINE_TOKEN = "test-line-token"
TG_TOKEN = "123456:TEST-token"
TG_SECRET = "test-telegram-secret"
HOLD_LIMIT = 20.0  # seconds a held reply waits at most (FakeLineApi.hold), so a test that fails cannot hang
BARRIER_WAIT = 60.0  # seconds a barrier waits for its sentinel's reply


@dataclass
class Call:
    """One request the fake received."""

    method: str
    path: str
    headers: dict[str, str]
    body: Any
    at: float = field(default_factory=time.perf_counter)


class FakeApi:
    """An aiohttp server on its own loop: in a thread (`start`) or in the caller's loop (`start_here`)."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.url = ""
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def routes(self, app: web.Application) -> None:
        raise NotImplementedError

    async def start_here(self) -> Self:
        app = web.Application(client_max_size=4 * 1024 * 1024)
        self.routes(app)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.url = f"http://127.0.0.1:{port}"
        return self

    async def stop_here(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    def start(self) -> Self:
        ready = threading.Event()

        def run() -> None:
            self._loop = asyncio.new_event_loop()
            self._loop.run_until_complete(self.start_here())
            ready.set()
            self._loop.run_forever()

        self._thread = threading.Thread(target=run, name=type(self).__name__, daemon=True)
        self._thread.start()
        assert ready.wait(10), "fake API did not start"
        return self

    def stop(self) -> None:
        if self._loop is not None:
            asyncio.run_coroutine_threadsafe(self.stop_here(), self._loop).result(10)
            self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(10)

    def record(self, call: Call) -> None:
        with self._lock:
            self.calls.append(call)

    def calls_to(self, suffix: str, before: Call | None = None) -> list[Call]:
        """The calls to `suffix` in the order received; with `before`, only those received before that call."""
        with self._lock:
            calls = self.calls[:self._index(before)] if before is not None else list(self.calls)
        return [c for c in calls if c.path.endswith(suffix)]

    def _index(self, call: Call) -> int:
        return next(i for i, c in enumerate(self.calls) if c is call)

    def wait_for(self, suffix: str, count: int = 1, timeout: float = 10.0,
                 where: Callable[[Call], bool] = lambda c: True) -> list[Call]:
        """The calls to `suffix` matching `where` once there are `count` of them (fails after `timeout`)."""
        deadline = time.monotonic() + timeout
        while True:
            found = [c for c in self.calls_to(suffix) if where(c)]
            if len(found) >= count or time.monotonic() > deadline:
                assert len(found) >= count, f"expected {count} calls to {suffix}, got {len(found)}"
                return found
            time.sleep(0.01)


class FakeLineApi(FakeApi):
    """Messaging API: reply (a reply token works once, as on LINE) and the rich menu calls."""

    def __init__(self, token: str = LINE_TOKEN) -> None:
        super().__init__()
        self.token = token
        self.used_tokens: set[str] = set()
        self.reused_tokens: list[str] = []  # a reply to a token already answered: a duplicate answer
        self.on_reply: Callable[[Call], None] | None = None
        # While set to an unset Event, replies are received (recorded) but not answered until it is set.
        self.hold: threading.Event | None = None
        # Statuses the next reply calls get instead of success (e.g. [500, 500, 429]); consumed in order.
        self.fail_with: list[int] = []

    def routes(self, app: web.Application) -> None:
        app.router.add_post("/v2/bot/message/reply", self._reply)
        app.router.add_post("/v2/bot/richmenu/validate", self._ok)
        app.router.add_post("/v2/bot/richmenu", self._richmenu)
        app.router.add_post("/v2/bot/richmenu/{rid}/content", self._ok)
        app.router.add_post("/v2/bot/user/all/richmenu/{rid}", self._ok)

    async def _authorised(self, request: web.Request) -> Call | None:
        raw = await request.read()
        ctype = request.headers.get("Content-Type", "")
        body: Any = json.loads(raw) if raw and "json" in ctype else raw
        call = Call(request.method, request.path, dict(request.headers), body)
        self.record(call)
        return call if request.headers.get("Authorization") == f"Bearer {self.token}" else None

    async def _reply(self, request: web.Request) -> web.Response:
        call = await self._authorised(request)
        if call is None:
            return web.json_response({"message": "Authentication failed"}, status=401)
        token = call.body.get("replyToken", "")
        with self._lock:
            status = self.fail_with.pop(0) if self.fail_with else None
        if status is not None:
            headers = {"Retry-After": "1"} if status == 429 else None
            return web.json_response({"message": f"injected {status}"}, status=status, headers=headers)
        hold = self.hold
        if hold is not None:
            await asyncio.get_running_loop().run_in_executor(None, hold.wait, HOLD_LIMIT)
        if token in self.used_tokens:
            self.reused_tokens.append(token)
            return web.json_response({"message": "Invalid reply token"}, status=400)
        self.used_tokens.add(token)
        if self.on_reply is not None:
            self.on_reply(call)
        return web.json_response({"sentMessages": [{"id": str(i), "quoteToken": "q"}
                                                   for i, _ in enumerate(call.body.get("messages", []))]})

    async def _richmenu(self, request: web.Request) -> web.Response:
        if await self._authorised(request) is None:
            return web.json_response({"message": "Authentication failed"}, status=401)
        return web.json_response({"richMenuId": "richmenu-0123456789abcdef"})

    async def _ok(self, request: web.Request) -> web.Response:
        if await self._authorised(request) is None:
            return web.json_response({"message": "Authentication failed"}, status=401)
        return web.json_response({})

    def replies(self, token: str | None = None, timeout: float = 10.0) -> list[dict[str, Any]]:
        """The reply requests (JSON bodies), or waits for the one to `token`."""
        if token is None:
            return [c.body for c in self.calls_to("/message/reply")]
        found = self.wait_for("/message/reply", where=lambda c: c.body.get("replyToken") == token,
                              timeout=timeout)
        return [found[0].body]


class FakeTelegramApi(FakeApi):
    """Bot API at /bot{token}/{method}: getMe, sendMessage, answerCallbackQuery; others answer true."""

    def __init__(self, token: str = TG_TOKEN) -> None:
        super().__init__()
        self.token = token
        self._message_id = 0
        self.updates: list[dict[str, Any]] = []  # served once by getUpdates (polling mode)
        # Statuses the next sendMessage calls get instead of success; 429 carries retry_after 1.
        self.fail_with: list[int] = []

    def routes(self, app: web.Application) -> None:
        app.router.add_route("*", "/bot{token}/{method}", self._method)

    async def _method(self, request: web.Request) -> web.Response:
        params: dict[str, Any] = {}
        if request.content_type == "application/json":
            params = await request.json()
        elif request.can_read_body:
            form = await request.post() if request.content_type.startswith("multipart/") else dict(
                parse_qsl((await request.read()).decode()))
            for k, v in form.items():
                try:
                    params[k] = json.loads(v) if isinstance(v, str) else v
                except ValueError:
                    params[k] = v
        method = request.match_info["method"]
        self.record(Call(request.method, f"/{method}", dict(request.headers), params))
        if request.match_info["token"] != self.token:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        with self._lock:
            status = self.fail_with.pop(0) if self.fail_with and method == "sendMessage" else None
        if status is not None:
            error: dict[str, Any] = {"ok": False, "error_code": status, "description": f"injected {status}"}
            if status == 429:
                error["parameters"] = {"retry_after": 1}
            return web.json_response(error, status=status)
        return web.json_response({"ok": True, "result": self._result(method, params)})

    def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return {"id": 123456, "is_bot": True, "first_name": "鎌倉福祉ガイド", "username": "kamakura_test_bot",
                    "can_join_groups": False, "can_read_all_group_messages": False,
                    "supports_inline_queries": False}
        if method == "getUpdates":
            offset = int(params.get("offset") or 0)
            return [u for u in self.updates if u["update_id"] >= offset]
        if method == "sendMessage":
            self._message_id += 1
            result = {"message_id": self._message_id, "date": int(time.time()),
                      "chat": {"id": int(params["chat_id"]), "type": "private"}, "text": str(params["text"])}
            if "reply_markup" in params:
                result["reply_markup"] = params["reply_markup"]
            return result
        return True

    def sent(self, chat_id: int, before: Call | None = None) -> list[dict[str, Any]]:
        """The messages sent to `chat_id` (with `before`: those sent before that call), in order."""
        return [c.body for c in self.calls_to("/sendMessage", before) if int(c.body["chat_id"]) == chat_id]


def wait_until(check: Callable[[], object], timeout: float = 60.0) -> None:
    """Poll `check` until it is true; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


# --- the real bot server -----------------------------------------------------------------------
def free_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


class BotServer:
    """`bot.server.create_app` under uvicorn in a thread, on a free port of 127.0.0.1."""

    def __init__(self, settings: Settings) -> None:
        from bot.server import create_app

        self.app = create_app(settings)
        self._sock = free_socket()
        self.url = f"http://127.0.0.1:{self._sock.getsockname()[1]}"
        config = uvicorn.Config(self.app, log_level="warning", access_log=False, lifespan="on")
        self.server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self._sock]}, daemon=True)

    def start(self, timeout: float = 60.0) -> BotServer:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            assert self._thread.is_alive(), "bot server stopped during start-up"
            assert time.monotonic() < deadline, "bot server did not start"
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self._thread.join(30)
        self._sock.close()


def server_settings(database_url: str, line: FakeLineApi | None = None,
                    telegram: FakeTelegramApi | None = None, **extra: Any) -> Settings:
    """Settings for a test server: the given database, channels pointed at the fakes (unset when None)."""
    return dataclasses.replace(
        settings_for_tests(), database_url=database_url,
        line_channel_secret=LINE_SECRET if line else None, line_channel_access_token=LINE_TOKEN if line else None,
        line_api_base_url=line.url if line else "https://api.line.me",
        telegram_bot_token=TG_TOKEN if telegram else None, telegram_webhook_secret=TG_SECRET if telegram else None,
        telegram_api_base_url=telegram.url if telegram else "https://api.telegram.org",
        user_id_salt="test-salt", **extra)


@dataclass
class Stack:
    """Fakes and the bot server, running."""

    line: FakeLineApi
    telegram: FakeTelegramApi
    server: BotServer
    http: httpx.Client
    database_url: str

    @property
    def url(self) -> str:
        return self.server.url


def running_stack(loaded_engine: Any, **extra: Any) -> Iterator[Stack]:
    """Both fakes and the bot server over the session's loaded knowledge base (`extra`: more settings)."""
    line, telegram = FakeLineApi().start(), FakeTelegramApi().start()
    url = loaded_engine.url.render_as_string(hide_password=False)
    server = BotServer(server_settings(url, line, telegram, **extra)).start()
    with httpx.Client(base_url=server.url, timeout=30) as http:
        yield Stack(line, telegram, server, http, url)
    server.stop()
    line.stop()
    telegram.stop()


@pytest.fixture(scope="module", name="stack")
def stack_fixture(loaded_engine: Any) -> Iterator[Stack]:
    """The running stack, one per test module."""
    yield from running_stack(loaded_engine)


# --- LINE events -------------------------------------------------------------------------------
def sign(body: bytes, secret: str = LINE_SECRET) -> str:
    return base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()


def line_event(kind: str, user: str, *, event_id: str | None = None, redelivery: bool = False,
               mode: str = "active", reply_token: str | None = None, **content: Any) -> dict[str, Any]:
    """A webhook event: kind "text" (text=...), "postback" (data=...), "follow", "unfollow", "sticker"."""
    event: dict[str, Any] = {
        "type": {"text": "message", "sticker": "message"}.get(kind, kind),
        "mode": mode, "timestamp": int(time.time() * 1000),
        "source": {"type": "user", "userId": user},
        "webhookEventId": event_id or uuid.uuid4().hex.upper()[:26],
        "deliveryContext": {"isRedelivery": redelivery},
    }
    if kind != "unfollow":
        event["replyToken"] = reply_token or uuid.uuid4().hex
    if kind == "text":
        event["message"] = {"type": "text", "id": str(uuid.uuid4().int)[:18], "quoteToken": "q",
                            "text": content["text"]}
    elif kind == "sticker":
        event["message"] = {"type": "sticker", "id": "1", "quoteToken": "q", "packageId": "1", "stickerId": "1",
                            "stickerResourceType": "STATIC"}
    elif kind == "postback":
        event["postback"] = {"data": content["data"]}
    elif kind == "follow":
        event["follow"] = {"isUnblocked": False}
    return event


def line_body(*events: dict[str, Any]) -> bytes:
    return json.dumps({"destination": "U" + "0" * 32, "events": list(events)}, ensure_ascii=False).encode()


def post_line(http: httpx.Client, *events: dict[str, Any], signature: str | None = "sign") -> httpx.Response:
    """POST signed events to /line/webhook (`signature=None` sends none; any other string is sent as is)."""
    body = line_body(*events)
    headers = {"Content-Type": "application/json"}
    if signature == "sign":
        headers["X-Line-Signature"] = sign(body)
    elif signature is not None:
        headers["X-Line-Signature"] = signature
    return http.post("/line/webhook", content=body, headers=headers)


# --- Telegram updates --------------------------------------------------------------------------
_update_ids = iter(range(10_000, 10_000_000))


def tg_message(chat_id: int, text: str, update_id: int | None = None) -> dict[str, Any]:
    entities = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}] if text.startswith("/") else []
    user = {"id": chat_id, "is_bot": False, "first_name": "住民"}
    return {"update_id": update_id or next(_update_ids), "message": {
        "message_id": next(_update_ids), "date": int(time.time()), "chat": {"id": chat_id, "type": "private"},
        "from": user, "text": text, "entities": entities}}


def tg_callback(chat_id: int, data: str, update_id: int | None = None) -> dict[str, Any]:
    user = {"id": chat_id, "is_bot": False, "first_name": "住民"}
    message = {"message_id": next(_update_ids), "date": int(time.time()),
               "chat": {"id": chat_id, "type": "private"}, "text": "…", "from": {"id": 123456, "is_bot": True,
                                                                               "first_name": "bot"}}
    return {"update_id": update_id or next(_update_ids), "callback_query": {
        "id": str(next(_update_ids)), "from": user, "chat_instance": "ci", "data": data, "message": message}}


def post_telegram(http: httpx.Client, update: dict[str, Any], secret: str | None = TG_SECRET) -> httpx.Response:
    headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret is not None else {}
    return http.post("/telegram/webhook", json=update, headers=headers)


# --- barriers: "nothing more will be sent" without sleeping ---------------------------------------------
# A resident's events are worked off one at a time and in order (Conversation.serial, also in LINE worker
# processes, where each resident belongs to one child), retries of a reply included. So once a sentinel
# sent after the events under test is answered, whatever those events were going to send has been sent or
# given up: an assertion that something was NOT sent can be made then, with no sleep.
def line_barrier(http: httpx.Client, line: FakeLineApi, *users: str, timeout: float = BARRIER_WAIT) -> set[str]:
    """A sentinel (the help button) from each of `users`, then waits for their replies; returns the
    sentinels' reply tokens (to leave them out of what a test counts)."""
    sentinels = [line_event("postback", user, data="help") for user in users]
    assert post_line(http, *sentinels).status_code == 200
    for event in sentinels:
        line.replies(event["replyToken"], timeout=timeout)
    return {event["replyToken"] for event in sentinels}


def telegram_barrier(http: httpx.Client, telegram: FakeTelegramApi, chat_id: int,
                     timeout: float = BARRIER_WAIT) -> Call:
    """A sentinel (a tap on the help button) from `chat_id`; returns its answerCallbackQuery, the first call
    of its turn: every call of the chat's earlier updates came before it (`sent(chat_id, before=...)`).
    Waits for the sentinel's own reply too, so that nothing of it arrives during the next test."""
    update = tg_callback(chat_id, "help")
    query_id = update["callback_query"]["id"]
    assert post_telegram(http, update).status_code == 200
    marker = telegram.wait_for("/answerCallbackQuery", timeout=timeout,
                               where=lambda c: str(c.body.get("callback_query_id")) == query_id)[0]
    wait_until(lambda: len(telegram.sent(chat_id)) > len(telegram.sent(chat_id, before=marker)), timeout)
    return marker
