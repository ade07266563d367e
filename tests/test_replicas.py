"""Two `python -m bot serve` replicas on one PostgreSQL behind a round-robin client (issue #15 point 5):
every LINE event answered exactly once, a resident's replies in the order of their events and each turn
seeing the one before it, with every event redelivered to the other replica; the rate limit counted once
for a resident whose messages reach both. PostgreSQL only (TEST_DATABASE_URL, see `make test`)."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.schema import migrate
from knowledge.db import make_engine
from tests.fakes import (
    LINE_SECRET,
    LINE_TOKEN,
    FakeLineApi,
    free_socket,
    line_barrier,
    line_event,
    post_line,
    wait_until,
)

GUIDED = ["w:family", "a:elderly", "t:ninchisho", "d:any", "handoff", "restart"]  # each step needs the last
RESIDENTS = 4


@dataclass
class Replicas:
    line: FakeLineApi
    http: list[httpx.Client]


def serve(url: str, line: FakeLineApi, folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    """A `python -m bot serve` process on `url`, LINE pointed at the fake; returns it and its base URL."""
    sock = free_socket()
    port = sock.getsockname()[1]
    sock.close()
    env = {**os.environ, "DATABASE_URL": url, "LINE_CHANNEL_SECRET": LINE_SECRET,
           "LINE_CHANNEL_ACCESS_TOKEN": LINE_TOKEN, "LINE_API_BASE_URL": line.url,
           "USER_ID_SALT": "replica-test-salt", "RATE_LIMIT_PER_MINUTE": "1", "LINE_WORKERS": "0"}
    folder.mkdir()
    with (folder / "serve.log").open("w") as err:
        proc = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1", "--port", str(port)],
                                cwd=folder, env=env, stdout=subprocess.DEVNULL, stderr=err)
    return proc, f"http://127.0.0.1:{port}"


def ready(http: httpx.Client, proc: subprocess.Popen[bytes]) -> bool:
    assert proc.poll() is None, "a replica stopped during start-up"
    try:
        return http.get("/readyz").status_code == 200
    except httpx.TransportError:
        return False


@pytest.fixture(scope="module")
def replicas(fresh_db_url, loaded_engine, tmp_path_factory) -> Iterator[Replicas]:
    if not fresh_db_url.postgresql:
        pytest.skip("replicas share a PostgreSQL database (TEST_DATABASE_URL)")
    url = fresh_db_url.copy(loaded_engine.url.render_as_string(hide_password=False))
    engine = make_engine(url)
    migrate(engine)  # once, before both start (as docker-compose.yml's migrate service does)
    engine.dispose()
    line = FakeLineApi().start()
    folder = tmp_path_factory.mktemp("replicas")
    procs = [serve(url, line, folder / name) for name in ("a", "b")]
    clients = [httpx.Client(base_url=base, timeout=30) for _, base in procs]
    try:
        for http, (proc, _) in zip(clients, procs, strict=True):
            wait_until(functools.partial(ready, http, proc), timeout=180)
        yield Replicas(line, clients)
    finally:
        for http in clients:
            http.close()
        for proc, _ in procs:
            proc.terminate()
        for proc, _ in procs:
            try:
                proc.wait(60)
            except subprocess.TimeoutExpired:
                proc.kill()
        line.stop()


def redelivered(event: dict[str, Any]) -> dict[str, Any]:
    return dict(event, deliveryContext={"isRedelivery": True})


def test_every_event_once_and_in_order_with_redeliveries_crossing_replicas(replicas):
    line, http = replicas.line, replicas.http
    users = [f"U-replica-{n}-{uuid.uuid4().hex[:8]}" for n in range(RESIDENTS)]
    stamp = int(time.time() * 1000)
    events: dict[str, list[dict[str, Any]]] = {user: [] for user in users}
    previous: list[tuple[dict[str, Any], int]] = []
    # Replies are held until every event is in: each resident's later events reach both replicas while
    # their first turn still runs, and wait for it (in-memory order alone would start them on the other one).
    line.hold = threading.Event()
    for step, data in enumerate(GUIDED):
        sent = []
        for n, user in enumerate(users):
            event = line_event("postback", user, data=data)
            event["timestamp"] = stamp + step  # LINE's order of the resident's events
            events[user].append(event)
            side = (step + n) % 2  # consecutive events of a resident alternate replicas
            assert post_line(http[side], event).status_code == 200
            sent.append((event, side))
        for event, side in previous:  # the step before, redelivered to the other replica, while turns run
            assert post_line(http[1 - side], redelivered(event)).status_code == 200
        previous = sent
    for event, side in previous:
        assert post_line(http[1 - side], redelivered(event)).status_code == 200
    line.hold.set()
    line.hold = None

    line.wait_for("/message/reply", count=RESIDENTS * len(GUIDED), timeout=120)
    sentinels = line_barrier(http[0], line, *users)  # after every earlier event of theirs: nothing more comes
    replies = [r for r in line.replies() if r["replyToken"] not in sentinels]
    tokens = [r["replyToken"] for r in replies]
    assert not line.reused_tokens and len(tokens) == len(set(tokens)), "an event was answered twice"
    for user in users:
        expected = [e["replyToken"] for e in events[user]]
        assert [t for t in tokens if t in expected] == expected, "replies out of order, or one lost"
        by_token = {r["replyToken"]: r["messages"] for r in replies}
        labels = [q["action"]["label"] for m in by_token[expected[2]] for q in m.get("quickReply", {}).get("items", [])]
        assert any(label.startswith("市内全域") for label in labels), "the third turn saw the first two"
        letter = " ".join(m.get("text", "") for m in by_token[expected[4]])
        assert "認知症" in letter and "家族のこと" in letter, "the 紹介状 holds what was chosen on both replicas"


def test_the_rate_limit_counts_a_resident_once_across_replicas(replicas):
    line, http = replicas.line, replicas.http
    user = f"U-replica-limit-{uuid.uuid4().hex[:8]}"
    stamp = int(time.time() * 1000)
    events = []
    for n in range(12):  # a burst of 10 is allowed at 1 a minute: the 11th is told to wait, the 12th not answered
        event = line_event("text", user, text=f"{n + 1}回目: 家賃が払えない")
        event["timestamp"] = stamp + n
        events.append(event)
        assert post_line(http[n % 2], event).status_code == 200
    line.wait_for("/message/reply", timeout=120, where=lambda c: c.body["replyToken"] == events[10]["replyToken"])
    # A sentinel from the resident would be limited too: both replicas with no accepted event left instead.
    wait_until(lambda: all(h.get("/readyz").json()["queued"]["line"] == 0 for h in http), timeout=120)
    answered = {r["replyToken"]: r["messages"] for r in line.replies()}
    assert all(e["replyToken"] in answered for e in events[:11])
    assert "少し待ってから" in answered[events[10]["replyToken"]][0]["text"]
    assert events[11]["replyToken"] not in answered, "told once: the next message in the stretch gets no reply"
