"""Soak: a 10x burst of signed LINE events against `python -m bot serve` backed by PostgreSQL.

usage: python bench/soak.py [--rate 50] [--burst 10] [--seconds 10] [--users 3000] [--redeliver 0.02] [--workers 0]

A private PostgreSQL cluster (Debian's binaries, tests/pgserver.py) on 127.0.0.1, the server on it, a
fake LINE API catching the replies. Three phases, bounded in count and time: `--rate` events/s for
`--seconds`, then `--burst` times that rate for half as long, then `--rate` again. A share of the
events is sent a second time as LINE redeliveries (same webhookEventId). Printed: events accepted,
answered, lost (must be 0), duplicated (must be 0), latency p50/p99 from the webhook request to the
reply at the fake API, and the server's peak memory (VmHWM, its worker processes added). Residents are
many, as in a city: each sends a few events, within the per-resident rate limit, which stays on; a
resident's first event is a typed question (about 70 % of all events are typed, against 30 % in
line_load.py) and their state is not yet in the server's memory.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from line_load import (  # noqa: E402
    GUIDED,
    QUESTIONS,
    SECRET,
    TOKEN,
    LeanLineApi,
    Replies,
    Run,
    add_workers_option,
    cpu_seconds,
    deliver,
    family,
    free_port,
    run_on_uvloop,
    signed,
    stop,
    wait_ready,
)

from tests.pgserver import PgServer, available  # noqa: E402


def event(user: str, step: int, rng: random.Random) -> dict[str, object]:
    base: dict[str, object] = {
        "mode": "active", "timestamp": int(time.time() * 1000), "source": {"type": "user", "userId": user},
        "webhookEventId": uuid.uuid4().hex.upper()[:26], "deliveryContext": {"isRedelivery": False},
        "replyToken": uuid.uuid4().hex}
    if step == 0 or rng.random() < 0.3:
        return base | {"type": "message", "message": {"type": "text", "id": "1", "quoteToken": "q",
                                                      "text": rng.choice(QUESTIONS)}}
    return base | {"type": "postback", "postback": {"data": GUIDED[step % len(GUIDED)]}}


async def phase(http: aiohttp.ClientSession, url: str, replies: Replies, run: Run, rate: float, seconds: float,
                users: list[str], steps: dict[str, int], redeliver: float, rng: random.Random,
                redelivered: list[str]) -> None:
    total = int(rate * seconds)
    started = time.perf_counter()
    tasks = []
    for n in range(total):
        delay = started + n / rate - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        user = users[rng.randrange(len(users))]
        ev = event(user, steps.get(user, 0), rng)
        steps[user] = steps.get(user, 0) + 1
        again = rng.random() < redeliver
        if again:
            redelivered.append(str(ev["replyToken"]))
        tasks.append(asyncio.create_task(send(http, url, replies, run, ev, again)))
    await asyncio.gather(*tasks)


async def send(http: aiohttp.ClientSession, url: str, replies: Replies, run: Run, ev: dict[str, object],
               again: bool) -> None:
    body = json.dumps({"destination": "U0", "events": [ev]}, ensure_ascii=False).encode()

    async def redeliver() -> None:  # LINE's redelivery of the same event: must not be answered a second time
        repeat = dict(ev, deliveryContext={"isRedelivery": True})
        body = json.dumps({"destination": "U0", "events": [repeat]}, ensure_ascii=False).encode()
        async with http.post(url, data=body, headers=signed(body)) as response:
            await response.read()

    await deliver(http, url, replies, run, body, str(ev["replyToken"]), 60.0, redeliver if again else None)


def peak_memory_mb(pid: int) -> float:
    """Peak resident memory (VmHWM) of the server plus its LINE worker processes."""
    total = 0
    for folder, _ in family(pid):
        try:
            total += int(next(line for line in (folder / "status").read_text().splitlines()
                              if line.startswith("VmHWM:")).split()[1])
        except (OSError, StopIteration):
            continue
    return total / 1024 if total else float("nan")


async def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rate", type=float, default=50, help="normal events a second")
    ap.add_argument("--burst", type=float, default=10, help="the burst is this many times the normal rate")
    ap.add_argument("--seconds", type=float, default=10, help="each normal phase (capped at 60); the burst lasts half")
    ap.add_argument("--users", type=int, default=3000, help="residents the events come from")
    ap.add_argument("--redeliver", type=float, default=0.02, help="share of events LINE sends twice")
    add_workers_option(ap)
    args = ap.parse_args()
    if not available():
        raise SystemExit("PostgreSQL server binaries not found (Debian's postgresql: `make test` installs it as root)")
    seconds = min(args.seconds, 60)

    replies = Replies()
    fake = await LeanLineApi(TOKEN, replies).start()
    run, rng = Run("soak"), random.Random(3)
    redelivered: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        pg = PgServer(Path(tmp) / "pg").start()
        try:
            url = pg.create_database("soak")
            port = free_port()
            env = dict(os.environ, DATABASE_URL=url, LINE_CHANNEL_SECRET=SECRET, LINE_CHANNEL_ACCESS_TOKEN=TOKEN,
                       LINE_API_BASE_URL=fake.url, USER_ID_SALT="soak", LINE_WORKERS=str(args.workers))
            for name in ("TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET", "RATE_LIMIT_PER_MINUTE"):
                env.pop(name, None)
            server = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1",
                                       "--port", str(port)], cwd=ROOT, env=env,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                await wait_ready(f"http://127.0.0.1:{port}/readyz", server, 300.0, ready=(200,))
                webhook = f"http://127.0.0.1:{port}/line/webhook"
                users = [f"Usoak{i:05d}" for i in range(args.users)]
                steps: dict[str, int] = {}
                started = time.perf_counter()
                cpu_before = cpu_seconds(server.pid), cpu_seconds(os.getpid())[0]
                async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=512)) as http:
                    for rate, length in ((args.rate, seconds), (args.rate * args.burst, seconds / 2),
                                         (args.rate, seconds)):
                        await phase(http, webhook, replies, run, rate, length, users, steps, args.redeliver, rng,
                                    redelivered)
                run.elapsed = time.perf_counter() - started
                (server_cpu, workers_cpu), harness_cpu = cpu_seconds(server.pid), cpu_seconds(os.getpid())[0]
                run.cpu = {"server": server_cpu - cpu_before[0][0], "workers": workers_cpu - cpu_before[0][1],
                           "harness": harness_cpu - cpu_before[1]}
                await asyncio.sleep(2.0)  # a late duplicate would arrive now
                memory = peak_memory_mb(server.pid)
            finally:
                stop(server)
        finally:
            pg.destroy()
    await fake.stop()

    answered = len(fake.used_tokens)
    duplicated = len(fake.reused_tokens)
    lat = sorted(run.latencies)
    p50 = lat[len(lat) // 2] * 1000 if lat else float("nan")
    p99 = lat[min(len(lat) - 1, int(len(lat) * 0.99))] * 1000 if lat else float("nan")
    print(f"soak on PostgreSQL, {os.cpu_count()} cores: {args.rate:.0f}/s for {seconds:.0f} s, "
          f"{args.rate * args.burst:.0f}/s for {seconds / 2:.0f} s, {args.rate:.0f}/s for {seconds:.0f} s; "
          f"{len(redelivered)} events redelivered")
    print(f"  sent {run.sent}  accepted {run.accepted}  answered {answered}  lost {run.accepted - answered}  "
          f"duplicated {duplicated}  p50 {p50:.1f} ms  p99 {p99:.1f} ms  peak memory {memory:.0f} MB")
    if answered:
        print("  CPU a reply: " + ", ".join(f"{who} {seconds / answered * 1000:.2f} ms"
                                           for who, seconds in run.cpu.items() if seconds or who != "workers"))


if __name__ == "__main__":
    run_on_uvloop(main)
