"""LINE events worked off in worker processes (LINE_WORKERS): a resident's events keep their order, a
worker that dies is started again and every accepted event is still answered, nobody twice."""

from __future__ import annotations

import os
import signal
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fakes import Stack, line_event, post_line, running_stack, wait_until


@pytest.fixture(scope="module", name="stack")
def workers_stack(loaded_engine) -> Iterator[Stack]:
    yield from running_stack(loaded_engine, line_workers=2)


def worker_pids() -> list[int]:
    """The LINE worker processes this test process started (through the server it runs in a thread): new
    interpreters (ops.shards) or forked from the zygote (ops/zygote.py; re-parented to the server)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            cmdline = (stat.parent / "cmdline").read_bytes()
            forked = b"ops.zygote" in cmdline and (stat.parent / "comm").read_bytes().strip() != b"shards-zygote"
        except OSError:
            continue
        if fields[1] == str(os.getpid()) and (b"ops.shards" in cmdline or forked) and fields[0] != "Z":
            found.append(int(stat.parent.name))
    return sorted(found)



def quick_labels(messages: list[dict]) -> list[str]:
    return [i["action"]["label"] for i in messages[-1]["quickReply"]["items"]]


def test_readyz_adds_up_the_workers_counts(stack):
    assert len(worker_pids()) == 2
    before = stack.http.get("/readyz").json()["counts"].get("line.reply.sent", 0)
    event = line_event("text", "U-count-" + uuid.uuid4().hex[:8], text="家賃が払えない")
    assert post_line(stack.http, event).status_code == 200
    stack.line.replies(event["replyToken"])

    def counted() -> bool:  # only a worker sent it; they report their counts every second
        body = stack.http.get("/readyz").json()
        return body["counts"].get("line.reply.sent", 0) == before + 1 and not body["problems"]

    wait_until(counted, 10)


def test_each_residents_events_are_answered_in_order(stack):
    """Separate webhooks, sent without waiting for the replies, residents spread over both workers."""
    users = [f"U-order-{i}-{uuid.uuid4().hex[:6]}" for i in range(12)]
    steps = ("w:family", "a:elderly", "t:ninchisho")
    last = {}
    for data in steps:
        for user in users:
            event = line_event("postback", user, data=data)
            assert post_line(stack.http, event).status_code == 200
            last[user] = event["replyToken"]
    for user in users:
        labels = quick_labels(stack.line.replies(last[user], timeout=20)[0]["messages"])
        assert any(label.startswith("市内全域") for label in labels), f"{user}'s third step came too early"


def test_a_worker_that_dies_is_started_again_and_its_events_are_answered(stack):
    before = worker_pids()
    restarts = stack.http.get("/readyz").json()["counts"].get("line.worker.restarted", 0)  # earlier tests' too
    stack.line.on_reply = lambda _call: time.sleep(0.02)  # slow replies: events wait in the workers
    try:
        events = [line_event("postback", f"U-crash-{i % 20}-{uuid.uuid4().hex[:4]}", data="w:family")
                  for i in range(120)]
        for start in range(0, len(events), 10):
            assert post_line(stack.http, *events[start:start + 10]).status_code == 200
        assert stack.http.get("/readyz").json()["queued"]["line"] > 20
        os.kill(before[0], signal.SIGKILL)  # mid-stream: many of its events are not answered yet
        tokens = {e["replyToken"] for e in events}
        wait_until(lambda: tokens <= stack.line.used_tokens, 60)
    finally:
        stack.line.on_reply = None
    # A reply the worker sent just before it died is sent again by its successor, and LINE (like the
    # fake) refuses a reply token used once: nobody gets two answers.
    wait_until(lambda: len(worker_pids()) == 2 and before[0] not in worker_pids())

    def settled() -> bool:  # a worker says "done" just after its reply arrived: allow it that moment
        body = stack.http.get("/readyz").json()
        return body["queued"]["line"] == 0 and not body["problems"]

    wait_until(settled, 10)
    assert stack.http.get("/readyz").json()["counts"].get("line.worker.restarted") == restarts + 1
