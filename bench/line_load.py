"""LINE load on loopback: signed webhook events into `python -m bot serve`, replies caught by a fake API.

usage: python bench/line_load.py [--events 3000] [--users 32] [--rate 500] [--seconds 5] [--text-share 0.3]
                                 [--workers 0]

Three runs, each bounded in count and time (about a minute in all):
1. closed loop: `--users` residents each send an event and wait for its reply before the next;
   events/s = replies received / elapsed, latency from the webhook request to the reply at the fake API;
2. open loop at `--rate` events/s for `--seconds`: the same latencies at a fixed offered rate;
3. a bare ASGI echo app under the same uvicorn and client: the HTTP ceiling of this machine.
Events lost = accepted webhooks whose reply never arrived (must be 0). The server, the fake API and
this client share the machine's cores, as on a single small host; the CPU each used a reply is printed
(the fake API only reads the reply token: tests/fakes.py is the one that checks the messages).
`--workers N` runs the server with LINE_WORKERS=N (ops/shards.py).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import hashlib
import hmac
import itertools
import json
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable, Coroutine, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

ROOT = Path(__file__).resolve().parent.parent

SECRET, TOKEN = "bench-secret", "bench-token"
GUIDED = ["w:family", "a:elderly", "t:ninchisho", "d:any", "handoff", "restart"]
QUESTIONS = ["母の物忘れがひどく、お金の管理が心配", "家賃が払えない", "ひきこもりの息子のことで相談したい",
             "子どもの発達が気になる", "介護保険の申請をしたい", "障害者手帳について知りたい",
             "仕事が見つからず生活が苦しい", "地域のボランティアに参加したい"]
ECHO_APP = """
import sys, uvicorn
async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    while (await receive()).get("more_body"):
        pass
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
    await send({"type": "http.response.body", "body": b"OK"})
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning", access_log=False)
"""


@dataclass
class Run:
    name: str
    sent: int = 0
    accepted: int = 0
    latencies: list[float] = field(default_factory=list)
    elapsed: float = 0.0
    cpu: dict[str, float] = field(default_factory=dict)  # CPU seconds used during the run, by whom

    @property
    def lost(self) -> int:
        return self.accepted - len(self.latencies)

    def report(self) -> str:
        lat = sorted(self.latencies)
        p50 = statistics.median(lat) * 1000 if lat else float("nan")
        p99 = lat[min(len(lat) - 1, int(len(lat) * 0.99))] * 1000 if lat else float("nan")
        rate = len(lat) / self.elapsed if self.elapsed else 0.0
        line = (f"{self.name}: {rate:7.1f} events/s  p50 {p50:6.1f} ms  p99 {p99:6.1f} ms  "
                f"sent {self.sent}  accepted {self.accepted}  lost {self.lost}")
        if lat and self.cpu:
            line += "\n      CPU a reply: " + ", ".join(f"{who} {seconds / len(lat) * 1000:.2f} ms"
                                                    for who, seconds in self.cpu.items())
        return line


def family(pid: int) -> Iterator[tuple[Path, bool]]:
    """The /proc folders of process `pid` (True) and of its live children (False); none off Linux."""
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = stat.read_text().rsplit(")", 1)[1].split()[1]
        except (OSError, IndexError):
            continue
        if stat.parent.name == str(pid) or parent == str(pid):
            yield stat.parent, stat.parent.name == str(pid)


def cpu_seconds(pid: int) -> tuple[float, float]:
    """User + system CPU seconds of process `pid` and of its live children (Linux /proc; 0 elsewhere)."""
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    used = {True: 0, False: 0}
    for folder, own in family(pid):
        try:
            fields = (folder / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        used[own] += int(fields[11]) + int(fields[12])
    return used[True] / tick, used[False] / tick


def add_workers_option(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--workers", type=int, default=int(os.environ.get("LINE_WORKERS") or 0),
                    help="LINE_WORKERS of the server: worker processes for the events (0: in the server's own)")


async def measured(run: Awaitable[Run], server: int) -> Run:
    """`run`, with the CPU used by the server, its LINE worker processes and this harness (client, fake API)."""
    before, before_self = cpu_seconds(server), cpu_seconds(os.getpid())[0]
    result = await run
    after, after_self = cpu_seconds(server), cpu_seconds(os.getpid())[0]
    result.cpu = {"server": after[0] - before[0]}
    if after[1] or before[1]:
        result.cpu["workers"] = after[1] - before[1]
    result.cpu["harness"] = after_self - before_self
    return result


class Replies:
    """Reply tokens → futures, resolved by the fake API as each reply arrives."""

    def __init__(self) -> None:
        self.loop = asyncio.get_running_loop()
        self.waiting: dict[str, asyncio.Future[float]] = {}

    def expect(self, token: str) -> asyncio.Future[float]:
        future: asyncio.Future[float] = self.loop.create_future()
        self.waiting[token] = future
        return future

    def arrived(self, token: str, at: float) -> None:
        future = self.waiting.pop(token, None)
        if future is not None and not future.done():
            future.set_result(at)


class LeanLineApi:
    """The reply endpoint of the Messaging API, as cheap as it can be: it shares the cores with the
    server it measures. It checks the access token and that a reply token is used once (as LINE does),
    and reads only the token from the body. (The tests' fake, tests/fakes.py, checks the messages.)"""

    TOKEN = re.compile(rb'"replyToken":\s*"([^"]+)"')

    def __init__(self, access_token: str, replies: Replies) -> None:
        self.auth = f"Bearer {access_token}"
        self.replies = replies
        self.used_tokens: set[str] = set()
        self.reused_tokens: list[str] = []
        self.url = ""
        self._runner: web.AppRunner | None = None

    async def start(self) -> LeanLineApi:
        app = web.Application(client_max_size=4 * 1024 * 1024)
        app.router.add_post("/v2/bot/message/reply", self._reply)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        self.url = f"http://127.0.0.1:{self._runner.addresses[0][1]}"
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _reply(self, request: web.Request) -> web.Response:
        body = await request.read()
        at = time.perf_counter()
        if request.headers.get("Authorization") != self.auth:
            return web.Response(status=401, text='{"message":"Authentication failed"}')
        found = self.TOKEN.search(body)
        if found is None:
            return web.Response(status=400, text='{"message":"The request body has 1 error(s)"}')
        token = found.group(1).decode()
        if token in self.used_tokens:
            self.reused_tokens.append(token)
            return web.Response(status=400, text='{"message":"Invalid reply token"}')
        self.used_tokens.add(token)
        self.replies.arrived(token, at)
        return web.Response(text='{"sentMessages":[]}', content_type="application/json")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def event_body(user: str, step: int, text_share: float, rng: random.Random) -> tuple[bytes, str]:
    token = uuid.uuid4().hex
    event: dict[str, object] = {
        "mode": "active", "timestamp": int(time.time() * 1000), "source": {"type": "user", "userId": user},
        "webhookEventId": uuid.uuid4().hex.upper()[:26], "deliveryContext": {"isRedelivery": False},
        "replyToken": token}
    if rng.random() < text_share:
        event |= {"type": "message", "message": {"type": "text", "id": "1", "quoteToken": "q",
                                                 "text": rng.choice(QUESTIONS)}}
    else:
        event |= {"type": "postback", "postback": {"data": GUIDED[step % len(GUIDED)]}}
    return json.dumps({"destination": "U0", "events": [event]}, ensure_ascii=False).encode(), token


def signed(body: bytes) -> dict[str, str]:
    sig = base64.b64encode(hmac.new(SECRET.encode(), body, hashlib.sha256).digest()).decode()
    return {"Content-Type": "application/json", "X-Line-Signature": sig}


async def send_one(http: aiohttp.ClientSession, url: str, replies: Replies, run: Run, user: str, step: int,
                   text_share: float, rng: random.Random, wait: float) -> None:
    body, token = event_body(user, step, text_share, rng)
    await deliver(http, url, replies, run, body, token, wait)


async def deliver(http: aiohttp.ClientSession, url: str, replies: Replies, run: Run, body: bytes, token: str,
                  wait: float, accepted: Callable[[], Awaitable[None]] | None = None) -> None:
    """POST one signed webhook body and wait up to `wait` s for the reply to `token` at the fake API;
    `accepted` runs once the webhook answered 200 (e.g. to send a redelivery)."""
    future = replies.expect(token)
    started = time.perf_counter()
    run.sent += 1
    async with http.post(url, data=body, headers=signed(body)) as response:
        await response.read()
        if response.status != 200:
            replies.waiting.pop(token, None)
            return
    run.accepted += 1
    if accepted is not None:
        await accepted()
    try:
        async with asyncio.timeout(wait):  # (wait_for would start a task for each event)
            arrived = await future
        run.latencies.append(arrived - started)
    except TimeoutError:
        replies.waiting.pop(token, None)


async def closed_loop(url: str, replies: Replies, users: int, events: int, seconds: float,
                      text_share: float) -> Run:
    run, rng, counter = Run(f"closed loop, {users} users"), random.Random(1), itertools.count()
    deadline = time.perf_counter() + seconds
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=users)) as http:
        async def resident(i: int) -> None:
            step = 0
            while next(counter) < events and time.perf_counter() < deadline:
                await send_one(http, url, replies, run, f"Ubench{i:04d}", step, text_share, rng, 10.0)
                step += 1

        started = time.perf_counter()
        await asyncio.gather(*(resident(i) for i in range(users)))
        run.elapsed = time.perf_counter() - started
    return run


async def open_loop(url: str, replies: Replies, rate: float, seconds: float, text_share: float) -> Run:
    run, rng = Run(f"open loop at {rate:.0f}/s"), random.Random(2)
    total = int(rate * seconds)
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=256)) as http:
        tasks = []
        started = time.perf_counter()
        for n in range(total):
            delay = started + n / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            # 200 residents, each a few steps along the guided path
            tasks.append(asyncio.create_task(send_one(http, url, replies, run, f"Uopen{n % 200:04d}", n // 200,
                                                      text_share, rng, 30.0)))
        await asyncio.gather(*tasks)
        run.elapsed = time.perf_counter() - started  # until the last reply: a backlog lowers the rate
    return run


async def echo_loop(url: str, users: int, requests: int, seconds: float) -> Run:
    run, counter = Run(f"ASGI echo ceiling, {users} clients"), itertools.count()
    deadline = time.perf_counter() + seconds
    body = b'{"events": []}'
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=users)) as http:
        async def client() -> None:
            while next(counter) < requests and time.perf_counter() < deadline:
                started = time.perf_counter()
                run.sent += 1
                async with http.post(url, data=body, headers=signed(body)) as response:
                    await response.read()
                run.accepted += 1
                run.latencies.append(time.perf_counter() - started)

        started = time.perf_counter()
        await asyncio.gather(*(client() for _ in range(users)))
        run.elapsed = time.perf_counter() - started
    return run


async def wait_ready(url: str, process: subprocess.Popen[bytes], timeout: float = 90.0,
                     ready: tuple[int, ...] = (200, 404)) -> None:
    """Poll `url` until it answers one of `ready` (404: the echo app has no such page, but it listens)."""
    deadline = time.monotonic() + timeout
    async with aiohttp.ClientSession() as http:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise SystemExit(f"server exited with {process.returncode}")
            try:
                async with http.get(url) as response:
                    if response.status in ready:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.2)
    raise SystemExit("server did not start")


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(20)
    except subprocess.TimeoutExpired:
        process.kill()


async def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=3000, help="closed loop: at most this many events")
    ap.add_argument("--users", type=int, default=32, help="closed loop: residents at once")
    ap.add_argument("--rate", type=float, default=500, help="open loop: events a second")
    ap.add_argument("--seconds", type=float, default=5, help="open loop: how long; each run is capped at 20 s")
    ap.add_argument("--text-share", type=float, default=0.3, help="share of typed questions (rest: button taps)")
    add_workers_option(ap)
    args = ap.parse_args()

    replies = Replies()
    fake = await LeanLineApi(TOKEN, replies).start()
    runs: list[Run] = []
    with tempfile.TemporaryDirectory() as tmp:
        port = free_port()
        env = dict(os.environ, DATABASE_URL=f"sqlite:///{tmp}/bench.db", LINE_CHANNEL_SECRET=SECRET,
                   LINE_CHANNEL_ACCESS_TOKEN=TOKEN, LINE_API_BASE_URL=fake.url, USER_ID_SALT="bench",
                   # A few dozen residents sending hundreds of events each: no person does that, and
                   # the per-resident limit would rightly silence them (bench/soak.py keeps it on).
                   RATE_LIMIT_PER_MINUTE="0", LINE_WORKERS=str(args.workers))
        for name in ("TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET"):
            env.pop(name, None)
        server = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1", "--port", str(port)],
                                  cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            await wait_ready(f"http://127.0.0.1:{port}/healthz", server)
            url = f"http://127.0.0.1:{port}/line/webhook"
            await closed_loop(url, replies, args.users, 200, 10, args.text_share)  # warm-up
            runs.append(await measured(closed_loop(url, replies, args.users, args.events, 20, args.text_share),
                                       server.pid))
            runs.append(await measured(open_loop(url, replies, args.rate, min(args.seconds, 20), args.text_share),
                                       server.pid))
        finally:
            stop(server)
    port = free_port()
    echo = subprocess.Popen([sys.executable, "-c", ECHO_APP, str(port)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        await wait_ready(f"http://127.0.0.1:{port}/", echo)
        runs.append(await measured(echo_loop(f"http://127.0.0.1:{port}/line/webhook", args.users, args.events, 20),
                                   echo.pid))
    finally:
        stop(echo)
    await fake.stop()

    print(f"LINE webhook load on loopback, {os.cpu_count()} cores, LINE_WORKERS={args.workers}, one event a request, "
          f"{args.text_share:.0%} typed questions / {1 - args.text_share:.0%} button taps")
    for run in runs:
        print("  " + run.report())


def run_on_uvloop(main: Callable[[], Coroutine[Any, Any, None]]) -> None:
    """On uvloop, as the server runs: the client and the fake API take less of the shared cores."""
    try:
        import uvloop
    except ImportError:
        asyncio.run(main())
    else:
        uvloop.run(main())


if __name__ == "__main__":
    run_on_uvloop(main)
