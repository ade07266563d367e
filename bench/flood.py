"""The web API flooded while LINE crisis messages arrive (issue #15, H1): are the crisis replies and
/healthz still quick?

usage: python bench/flood.py [--clients 200] [--seconds 20] [--workers 2] [--polite] [--chars 1000] [--no-limits]

Starts the real server (`python -m bot serve` on 127.0.0.1, a new SQLite file, LINE pointed at a lean fake
reply API in this process, `LINE_WORKERS=--workers`, the public limits as shipped). Then for `--seconds`:
- `--clients` httpx clients, each from its own loopback address (127.0.x.y, so the per-address limit
  sees 200 clients, not one), post `--chars`-character questions to /api/chat as fast as they are
  answered; a refused one (429) is sent again at once, or with `--polite` after its Retry-After;
- every 0.1 s a signed LINE webhook with a crisis message from a new resident: latency from the POST
  to the reply arriving at the fake LINE API;
- every 0.1 s GET /healthz: its latency.
Prints p50/p95/p99 of each, the web answers and refusals (429 by reason, from /readyz counts), and the
CPU seconds of the server, its workers and this harness. Everything shares the machine's cores.
Goal (issue #15): LINE crisis replies p99 ≤ 200 ms and /healthz p99 ≤ 50 ms on 2 cores.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import ssl
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from line_load import (  # noqa: E402
    QUESTIONS,
    SECRET,
    TOKEN,
    LeanLineApi,
    Replies,
    Run,
    cpu_seconds,
    deliver,
    free_port,
    run_on_uvloop,
    stop,
    wait_ready,
)

CRISIS = ["もう死にたい。生きているのがつらいです", "夫に殴られて家にいられない。助けて", "消えてしまいたい、もう限界です",
          "子どもが息をしていない", "薬をたくさん飲んでしまった"]
GOALS = {"LINE crisis reply": 200.0, "/healthz": 50.0}  # p99, ms


@dataclass
class Flood:
    statuses: Counter[int] = field(default_factory=Counter)
    cpu: float = 0.0  # CPU seconds of the flood process
    answered: list[float] = field(default_factory=list)  # seconds per answered (200) question
    errors: Counter[str] = field(default_factory=Counter)


def percentiles(values: list[float]) -> str:
    if not values:
        return "none"
    ms = sorted(v * 1000 for v in values)

    def at(q: float) -> float:
        return ms[min(len(ms) - 1, int(len(ms) * q))]

    return f"p50 {statistics.median(ms):7.1f} ms  p95 {at(0.95):7.1f} ms  p99 {at(0.99):7.1f} ms  max {ms[-1]:7.1f} ms"


def long_question(i: int, chars: int) -> str:
    """A resident's long story of about `chars` characters, different for each client."""
    parts: list[str] = []
    n = i
    while sum(map(len, parts)) < chars:
        parts.append(QUESTIONS[n % len(QUESTIONS)] + "。")
        n += 3
    return "".join(parts)[:chars]


def flood_client_for(i: int, url: str, tls: ssl.SSLContext) -> httpx.AsyncClient:
    """Web chat user `i`, with its own loopback address (one TLS context for all: making one costs ~20 ms)."""
    transport = httpx.AsyncHTTPTransport(local_address=f"127.0.{1 + i // 250}.{1 + i % 250}", verify=tls)
    return httpx.AsyncClient(base_url=url, transport=transport, timeout=30, verify=tls)


async def flood_client(i: int, http: httpx.AsyncClient, until: float, chars: int, polite: bool,
                       flood: Flood) -> None:
    """One web chat user, posting until `until`."""
    session = f"flood-{i:04d}-{uuid.uuid4().hex[:12]}"
    text = long_question(i, chars)
    async with http:
        while time.perf_counter() < until:
            started = time.perf_counter()
            try:
                r = await http.post("/api/chat", json={"session": session, "text": text})
            except httpx.HTTPError as exc:
                flood.errors[type(exc).__name__] += 1
                await asyncio.sleep(0.1)
                continue
            flood.statuses[r.status_code] += 1
            if r.status_code == 200:
                flood.answered.append(time.perf_counter() - started)
            elif r.status_code == 429 and polite:
                await asyncio.sleep(min(float(r.headers.get("Retry-After", "1")), until - time.perf_counter()))


async def crisis_events(url: str, replies: Replies, until: float) -> Run:
    """A crisis message from a new resident every 0.1 s; each waits up to 10 s for its reply."""
    run, tasks, n = Run("LINE crisis reply"), [], itertools.count()
    async with aiohttp.ClientSession() as http:
        while time.perf_counter() < until:
            i = next(n)
            token = uuid.uuid4().hex
            event = {"type": "message", "mode": "active", "timestamp": int(time.time() * 1000),
                     "source": {"type": "user", "userId": f"U-crisis-{i}-{token[:8]}"},
                     "webhookEventId": uuid.uuid4().hex.upper()[:26], "deliveryContext": {"isRedelivery": False},
                     "replyToken": token,
                     "message": {"type": "text", "id": str(i), "quoteToken": "q", "text": CRISIS[i % len(CRISIS)]}}
            body = json.dumps({"destination": "U0", "events": [event]}, ensure_ascii=False).encode()
            tasks.append(asyncio.create_task(deliver(http, url, replies, run, body, token, 10.0)))
            await asyncio.sleep(0.1)
        await asyncio.gather(*tasks)
    return run


async def health_probes(url: str, until: float) -> list[float]:
    latencies: list[float] = []
    async with aiohttp.ClientSession() as http:
        while time.perf_counter() < until:
            started = time.perf_counter()
            async with http.get(url) as response:
                await response.read()
                if response.status == 200:
                    latencies.append(time.perf_counter() - started)
            await asyncio.sleep(0.1)
    return latencies


async def refusals(base: str) -> dict[str, int]:
    async with aiohttp.ClientSession() as http, http.get(f"{base}/readyz") as response:
        counts = (await response.json())["counts"]
    return {k.rsplit(".", 1)[1]: v for k, v in counts.items() if k.startswith("public.refused.")}


def server_env(tmp: str, fake_url: str, workers: int, limits: bool) -> dict[str, str]:
    env = dict(os.environ, DATABASE_URL=f"sqlite:///{tmp}/flood.db", LINE_CHANNEL_SECRET=SECRET,
               LINE_CHANNEL_ACCESS_TOKEN=TOKEN, LINE_API_BASE_URL=fake_url, USER_ID_SALT="bench",
               LINE_WORKERS=str(workers))
    for name in ("TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET", "PUBLIC_PER_IP_MINUTE", "PUBLIC_TOTAL_SECOND",
                 "PUBLIC_CONCURRENT", "PUBLIC_WAITING"):
        env.pop(name, None)  # the limits as shipped
    if not limits:  # the rate limits off (the gate stays): what they are worth
        env |= {"PUBLIC_PER_IP_MINUTE": "0", "PUBLIC_TOTAL_SECOND": "0"}
    return env


async def run_flood(base: str, args: argparse.Namespace) -> None:
    """The flood process (`--flood-of URL`): the clients for `--seconds`, then its figures as JSON on stdout."""
    flood, tls = Flood(), ssl.create_default_context()
    made = [flood_client_for(i, base, tls) for i in range(args.clients)]
    until = time.perf_counter() + args.seconds
    await asyncio.gather(*(flood_client(i, http, until, args.chars, args.polite, flood)
                           for i, http in enumerate(made)))
    print(json.dumps({"statuses": flood.statuses, "answered": flood.answered, "errors": flood.errors,
                      "cpu": time.process_time()}))


async def measure(base: str, replies: Replies, args: argparse.Namespace) -> tuple[Flood, Run, list[float]]:
    """The flood in its own process (its clients' CPU is not this process's: the fake LINE API and the
    probes here time replies without waiting behind 200 clients); the crisis events and probes here."""
    command = [sys.executable, __file__, "--flood-of", base, "--clients", str(args.clients),
               "--seconds", str(args.seconds), "--chars", str(args.chars), *(["--polite"] if args.polite else [])]
    flooding = await asyncio.create_subprocess_exec(*command, stdout=asyncio.subprocess.PIPE)
    await asyncio.sleep(2.0)  # the flood is on before the first crisis message
    until = time.perf_counter() + args.seconds - 3.0
    crisis, health = await asyncio.gather(crisis_events(f"{base}/line/webhook", replies, until),
                                          health_probes(f"{base}/healthz", until))
    out, _ = await flooding.communicate()
    figures = json.loads(out)
    flood = Flood(Counter({int(k): v for k, v in figures["statuses"].items()}), figures["cpu"], figures["answered"],
                  Counter(figures["errors"]))
    return flood, crisis, health


def report(args: argparse.Namespace, flood: Flood, crisis: Run, health: list[float], refused: dict[str, int],
           cpu: dict[str, float]) -> None:
    total = sum(flood.statuses.values())
    print(f"Flood: {args.clients} web clients (one address each) on /api/chat, {args.chars}-character questions, "
          f"{args.seconds:g} s, {'polite (Retry-After)' if args.polite else 'hostile (429 → again at once)'}; "
          f"LINE_WORKERS={args.workers}{', rate limits off' if args.no_limits else ''}; {os.cpu_count()} cores shared by server, workers and this harness")
    print(f"  web: {total} requests, {flood.statuses[200]} answered ({flood.statuses[200] / args.seconds:.1f}/s), "
          f"429: {flood.statuses[429]} {refused}, other: "
          f"{ {k: v for k, v in flood.statuses.items() if k not in (200, 429)} } errors: {dict(flood.errors)}")
    print(f"  web answered:      {percentiles(flood.answered)}")
    print(f"  LINE crisis reply: {percentiles(crisis.latencies)}  ({len(crisis.latencies)} of {crisis.sent} sent, "
          f"{crisis.sent - crisis.accepted} refused, {crisis.lost} lost)")
    print(f"  /healthz:          {percentiles(health)}  ({len(health)} probes)")
    print("  CPU seconds: " + ", ".join(f"{k} {v:.1f}" for k, v in cpu.items()))
    for name, values in (("LINE crisis reply", crisis.latencies), ("/healthz", health)):
        ms = sorted(v * 1000 for v in values)
        p99 = ms[min(len(ms) - 1, int(len(ms) * 0.99))] if ms else float("inf")
        print(f"  goal {name} p99 ≤ {GOALS[name]:g} ms: {'met' if p99 <= GOALS[name] else 'NOT met'} ({p99:.1f} ms)")


async def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--workers", type=int, default=2, help="LINE_WORKERS of the server")
    ap.add_argument("--chars", type=int, default=1000, help="characters of each flood question")
    ap.add_argument("--polite", action="store_true", help="flood clients wait their Retry-After after a 429")
    ap.add_argument("--no-limits", action="store_true", help="PUBLIC_PER_IP_MINUTE=0 PUBLIC_TOTAL_SECOND=0")
    ap.add_argument("--flood-of", help=argparse.SUPPRESS)  # the flood process, started by this script
    args = ap.parse_args()
    if args.flood_of:
        await run_flood(args.flood_of, args)
        return
    replies = Replies()
    fake = await LeanLineApi(TOKEN, replies).start()
    with tempfile.TemporaryDirectory() as tmp:
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1", "--port", str(port)],
                                  cwd=ROOT, env=server_env(tmp, fake.url, args.workers, not args.no_limits),
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            await wait_ready(f"{base}/readyz", server, timeout=240.0, ready=(200,))
            before, before_self = cpu_seconds(server.pid), cpu_seconds(os.getpid())
            flood, crisis, health = await measure(base, replies, args)
            after, after_self = cpu_seconds(server.pid), cpu_seconds(os.getpid())
            refused = await refusals(base)
        finally:
            stop(server)
    await fake.stop()
    cpu = {"server": after[0] - before[0], "workers": after[1] - before[1],
           "probes and fake LINE API": after_self[0] - before_self[0], "flood clients": flood.cpu}
    report(args, flood, crisis, health, refused, cpu)


if __name__ == "__main__":
    run_on_uvloop(main)
