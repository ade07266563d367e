"""Replicas on one PostgreSQL (issue #15 point 5): signed LINE webhooks spread over N `python -m bot serve`
processes, every event redelivered once to another replica, replies caught by a lean fake LINE API.

usage: python bench/replicas.py [--replicas 2] [--users 32] [--events 2000] [--rate 100] [--seconds 10]
                                [--workers 0]

A private PostgreSQL cluster (tests/pgserver.py) on 127.0.0.1; the first replica loads the knowledge, then the
others start. Two runs:
1. closed loop: `--users` residents each send an event and wait for its reply before the next (round robin
   over the replicas): events/s = replies / elapsed, latency from the webhook request to the reply;
2. open loop at `--rate` events/s for `--seconds`: 200 residents, each resident's consecutive events on
   different replicas and sent before the last is answered, each redelivered to the next replica once accepted.
Printed: events/s, p50/p99, lost (accepted, never answered), duplicated (a reply token used twice), out of
order (a resident's reply that arrived before the reply to their earlier event). The replicas, the database,
the fake API and this client share the machine's cores.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Awaitable
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from line_load import (  # noqa: E402
    SECRET,
    TOKEN,
    LeanLineApi,
    Replies,
    Run,
    add_workers_option,
    cpu_seconds,
    deliver,
    event_body,
    free_port,
    run_on_uvloop,
    signed,
    stop,
    wait_ready,
)

from tests.pgserver import PgServer, available  # noqa: E402


class Order:
    """Each resident's events in the order sent, and the replies in the order they arrived."""

    def __init__(self, replies: Replies) -> None:
        self.sent: dict[str, list[str]] = defaultdict(list)
        self.arrived: list[str] = []
        original = replies.arrived

        def arrived(token: str, at: float) -> None:
            self.arrived.append(token)
            original(token, at)

        replies.arrived = arrived  # type: ignore[method-assign]

    def out_of_order(self) -> int:
        """Replies that arrived before the reply to an earlier event of the same resident."""
        position = {token: n for n, token in enumerate(self.arrived)}
        late = 0
        for tokens in self.sent.values():
            seen = [position[t] for t in tokens if t in position]
            late += sum(1 for a, b in itertools.pairwise(seen) if b < a)
        return late


class Cpu:
    """CPU seconds used during a run by the replicas (their workers too), PostgreSQL and this harness."""

    def __init__(self, servers: list[int], postgres: int) -> None:
        self.groups = {"replicas": servers, "postgres": [postgres]}

    def now(self) -> dict[str, float]:
        used = {name: sum(sum(cpu_seconds(pid)) for pid in pids) for name, pids in self.groups.items()}
        return used | {"harness": cpu_seconds(os.getpid())[0]}

    async def measured(self, run: Awaitable[Run]) -> Run:
        before = self.now()
        result = await run
        result.cpu = {name: used - before[name] for name, used in self.now().items()}
        return result


async def closed_loop(urls: list[str], replies: Replies, users: int, events: int, seconds: float) -> Run:
    run, rng, counter = Run(f"closed loop, {users} users"), random.Random(1), itertools.count()
    deadline = time.perf_counter() + seconds
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=users)) as http:
        async def resident(i: int) -> None:
            step = 0
            while (n := next(counter)) < events and time.perf_counter() < deadline:
                body, token = event_body(f"Urepl{i:04d}", step, 0.3, rng)
                await deliver(http, urls[n % len(urls)], replies, run, body, token, 10.0)
                step += 1

        started = time.perf_counter()
        await asyncio.gather(*(resident(i) for i in range(users)))
        run.elapsed = time.perf_counter() - started
    return run


async def open_loop(urls: list[str], replies: Replies, order: Order, rate: float, seconds: float) -> Run:
    """Each resident's events alternate replicas; each accepted event is redelivered to the next replica."""
    run, rng = Run(f"open loop at {rate:.0f}/s, redelivered"), random.Random(2)
    redelivered = Run("redeliveries")
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=256)) as http:
        async def again(url: str, body: bytes) -> None:
            twice = body.replace(b'"isRedelivery": false', b'"isRedelivery": true')
            async with http.post(url, data=twice, headers=signed(twice)) as response:
                await response.read()
                redelivered.sent += 1
                redelivered.accepted += response.status == 200

        tasks = []
        started = time.perf_counter()
        for n in range(int(rate * seconds)):
            delay = started + n / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            user, step = f"Uopen{n % 200:04d}", n // 200
            body, token = event_body(user, step, 0.3, rng)
            order.sent[user].append(token)
            side = (n % 200 + step) % len(urls)  # the resident's next event: the next replica

            async def accepted(body: bytes = body, side: int = side) -> None:
                tasks.append(asyncio.create_task(again(urls[(side + 1) % len(urls)], body)))

            tasks.append(asyncio.create_task(deliver(http, urls[side], replies, run, body, token, 30.0, accepted)))
        while tasks:
            batch, tasks[:] = list(tasks), []
            await asyncio.gather(*batch)
        run.elapsed = time.perf_counter() - started
    return run


async def start_replicas(n: int, url: str, fake_url: str, workers: int) -> list[tuple[subprocess.Popen[bytes], int]]:
    """The first replica loads the knowledge into the empty database; then the others start together."""
    env = dict(os.environ, DATABASE_URL=url, LINE_CHANNEL_SECRET=SECRET, LINE_CHANNEL_ACCESS_TOKEN=TOKEN,
               LINE_API_BASE_URL=fake_url, USER_ID_SALT="bench", RATE_LIMIT_PER_MINUTE="0",
               LINE_WORKERS=str(workers))
    for name in ("TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET"):
        env.pop(name, None)

    def launch() -> tuple[subprocess.Popen[bytes], int]:
        port = free_port()
        return subprocess.Popen([sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1", "--port", str(port)],
                                cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL), port

    servers = [launch()]
    await wait_ready(f"http://127.0.0.1:{servers[0][1]}/readyz", servers[0][0], timeout=240, ready=(200,))
    servers += [launch() for _ in range(n - 1)]
    for proc, port in servers[1:]:
        await wait_ready(f"http://127.0.0.1:{port}/readyz", proc, timeout=240, ready=(200,))
    return servers


async def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--replicas", type=int, default=2, help="bot servers on the one database")
    ap.add_argument("--users", type=int, default=32, help="closed loop: residents at once")
    ap.add_argument("--events", type=int, default=2000, help="closed loop: at most this many events")
    ap.add_argument("--rate", type=float, default=100, help="open loop: events a second (each also redelivered)")
    ap.add_argument("--seconds", type=float, default=10, help="open loop: how long")
    add_workers_option(ap)
    args = ap.parse_args()
    if not available():
        raise SystemExit("needs Debian's PostgreSQL binaries (/usr/lib/postgresql/*/bin)")

    replies = Replies()
    order = Order(replies)
    fake = await LeanLineApi(TOKEN, replies).start()
    with tempfile.TemporaryDirectory() as tmp:
        pg = PgServer(Path(tmp) / "pg").start()
        servers = []
        try:
            url = pg.create_database("replicas")
            servers = await start_replicas(args.replicas, url, fake.url, args.workers)
            urls = [f"http://127.0.0.1:{port}/line/webhook" for _, port in servers]
            cpu = Cpu([proc.pid for proc, _ in servers], int((pg.data / "postmaster.pid").read_text().split()[0]))
            await closed_loop(urls, replies, args.users, 200, 10)  # warm-up
            closed = await cpu.measured(closed_loop(urls, replies, args.users, args.events, 20))
            opened = await cpu.measured(open_loop(urls, replies, order, args.rate, args.seconds))
        finally:
            for proc, _ in servers:
                stop(proc)
            pg.destroy()
    await fake.stop()
    print(f"LINE webhooks over {args.replicas} replicas on one PostgreSQL, {os.cpu_count()} cores, "
          f"LINE_WORKERS={args.workers}, 30% typed questions / 70% button taps")
    for run in (closed, opened):
        print("  " + run.report())
    print(f"  duplicated {len(fake.reused_tokens)}  out of order {order.out_of_order()} "
          f"(of {sum(len(t) for t in order.sent.values())} events in the open loop, each sent twice)")


if __name__ == "__main__":
    run_on_uvloop(main)
