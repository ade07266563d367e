"""Memory of the running server, idle after answering (issue #15, point 4): PSS of the server process and
of its worker processes, against the goals (≤ 250 MB for one process, ≤ 350 MB for the server with two
workers).

usage: python bench/memory.py [--questions 20] [--workers 0 2]

For each worker count: starts `python -m bot serve` on 127.0.0.1 (a new SQLite file, LINE pointed at a
lean fake reply API in this process), asks `--questions` questions through /api/chat and as many LINE
text events, waits until it is idle, then reads PSS (proportional set size: shared pages divided among the
processes that share them, so the figures add up) from /proc/PID/smaps_rollup. Linux only. The Sudachi
dictionary's file pages are shared with every other process on the machine that maps the file, so the total
is also given as it would be with this server alone (`dictionary_pages`).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
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
    QUESTIONS,
    SECRET,
    TOKEN,
    LeanLineApi,
    Replies,
    Run,
    deliver,
    family,
    free_port,
    stop,
    wait_ready,
)

GOALS = {0: 250.0, 2: 350.0}  # MB PSS, all processes together, by LINE_WORKERS


def rollup(folder: Path) -> dict[str, float]:
    """Pss, Rss (and the shared/private split) of one process, in MB."""
    values: dict[str, float] = {}
    for line in (folder / "smaps_rollup").read_text().splitlines()[1:]:
        name, _, rest = line.partition(":")
        parts = rest.split()
        if parts and parts[-1] == "kB":
            values[name] = int(parts[0]) / 1024
    return values


def dictionary_pages(folders: list[Path], suffix: str = "/system.dic") -> tuple[float, float]:
    """(PSS of the Sudachi dictionary's file pages in these processes, MB of the dictionary they map between
    them). Its pages are the page cache's, shared with every process on the machine that maps the file (other
    Python processes here too), so PSS gives the family only a share of them; the second figure (the union of
    the pages present, from /proc/PID/pagemap) is what the family alone would count."""
    pss, present = 0.0, set()
    page = os.sysconf("SC_PAGE_SIZE")
    for folder in folders:
        current = None
        for line in (folder / "smaps").read_text().splitlines():
            parts = line.split()
            if "-" in parts[0] and not parts[0].endswith(":"):
                current = parts if len(parts) > 5 and parts[5].endswith(suffix) else None
                if current is not None:
                    present |= _present(folder, current, page)
            elif current is not None and parts[0] == "Pss:":
                pss += int(parts[1]) / 1024
    return pss, len(present) * page / 2**20


def _present(folder: Path, mapping: list[str], page: int) -> set[int]:
    """The file's page numbers present in this mapping (bit 63 of each pagemap entry)."""
    start, end = (int(x, 16) for x in mapping[0].split("-"))
    first = int(mapping[2], 16) // page
    with (folder / "pagemap").open("rb") as f:
        f.seek(start // page * 8)
        data = f.read((end - start) // page * 8)
    return {first + i for i in range(len(data) // 8) if data[i * 8 + 7] & 0x80}


async def ask(base: str, replies: Replies, questions: int) -> int:
    """`questions` web chat turns and as many LINE messages; the LINE replies answered."""
    run = Run("memory")
    async with aiohttp.ClientSession() as http:
        for i in range(questions):
            text = QUESTIONS[i % len(QUESTIONS)]
            async with http.post(f"{base}/api/chat", json={"session": f"memory-{i:04d}-session", "text": text}) as r:
                assert r.status == 200, await r.text()
            token = uuid.uuid4().hex
            event = {"type": "message", "mode": "active", "timestamp": int(time.time() * 1000),
                     "source": {"type": "user", "userId": f"U-memory-{i}"}, "replyToken": token,
                     "webhookEventId": uuid.uuid4().hex.upper()[:26], "deliveryContext": {"isRedelivery": False},
                     "message": {"type": "text", "id": str(i), "quoteToken": "q", "text": text}}
            body = json.dumps({"destination": "U0", "events": [event]}, ensure_ascii=False).encode()
            await deliver(http, f"{base}/line/webhook", replies, run, body, token, 20.0)
    return len(run.latencies)


async def measure(workers: int, questions: int, fake: LeanLineApi, replies: Replies) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        env = dict(os.environ, DATABASE_URL=f"sqlite:///{tmp}/memory.db", LINE_CHANNEL_SECRET=SECRET,
                   LINE_CHANNEL_ACCESS_TOKEN=TOKEN, LINE_API_BASE_URL=fake.url, USER_ID_SALT="bench",
                   LINE_WORKERS=str(workers))
        for name in ("TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET"):
            env.pop(name, None)
        server = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1", "--port", str(port)],
                                  cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            await wait_ready(f"{base}/readyz", server, timeout=240.0, ready=(200,))
            answered = await ask(base, replies, questions)
            await asyncio.sleep(3.0)  # idle: write-behind flushed, counts reported
            folders = sorted(family(server.pid), key=lambda f: not f[1])
            rows = [(("server" if own else f"{(folder / 'comm').read_text().strip()} {folder.name}"), rollup(folder))
                    for folder, own in folders]
            dic_pss, dic_mapped = dictionary_pages([folder for folder, _ in folders])
        finally:
            stop(server)
    total = sum(r["Pss"] for _, r in rows)
    print(f"LINE_WORKERS={workers}: {questions} web questions and {answered} LINE replies, then idle")
    for name, r in rows:
        print(f"  {name:14} PSS {r['Pss']:6.1f} MB  (RSS {r['Rss']:6.1f}, shared {r.get('Shared_Clean', 0) + r.get('Shared_Dirty', 0):6.1f}, "
              f"private {r.get('Private_Clean', 0) + r.get('Private_Dirty', 0):6.1f})")
    goal = GOALS.get(workers)
    verdict = "" if goal is None else f" — goal ≤ {goal:g} MB: {'met' if total <= goal else 'NOT met'}"
    print(f"  {'all':14} PSS {total:6.1f} MB{verdict}")
    alone = total - dic_pss + dic_mapped
    print(f"  of which the Sudachi dictionary's file pages {dic_pss:.1f} MB; the processes map {dic_mapped:.1f} MB "
          f"of it: alone on a machine, all ≈ {alone:.1f} MB{'' if goal is None else ' (met)' if alone <= goal else ' (NOT met)'}")


async def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--questions", type=int, default=20)
    ap.add_argument("--workers", type=int, nargs="+", default=[0, 2], help="LINE_WORKERS values to measure")
    args = ap.parse_args()
    replies = Replies()
    fake = await LeanLineApi(TOKEN, replies).start()
    try:
        for workers in args.workers:
            await measure(workers, args.questions, fake, replies)
    finally:
        await fake.stop()


if __name__ == "__main__":
    asyncio.run(main())
