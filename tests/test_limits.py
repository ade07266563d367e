"""Fair sharing of the public endpoints (issue #15, H1): a client over its limit gets 429 with
Retry-After while another client is still served; all clients together have a limit too; few answers
run at once and a flood beyond the waiting room is refused at once instead of queueing."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from bot.config import load_settings
from core.state import Missing
from handlers.limits import Gate, PublicLimits, TooMany
from ops.shards import ShardFailed, ShardPool
from tests.fakes import Stack, running_stack, stack_fixture  # noqa: F401  (the module's server and fakes)
from tests.test_webchat import browser as chromium  # noqa: F401  (the fixture: Chromium, skipped where missing)

SESSION = "limits-test-session-0001"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_client_over_its_limit_waits_and_another_is_served():
    clock = Clock()
    limits = PublicLimits(per_client_minute=6, total_second=0, clock=clock)  # a burst of 3, then 1 in 10 s
    for _ in range(3):
        limits.check("203.0.113.1")
    with pytest.raises(TooMany) as refused:
        limits.check("203.0.113.1")
    assert refused.value.scope == "client" and refused.value.retry_after == 10
    limits.check("203.0.113.2")  # another address is served
    clock.now += 10
    limits.check("203.0.113.1")  # after Retry-After, served again


def test_the_total_limit_refuses_every_client_and_costs_no_client_share():
    clock = Clock()
    limits = PublicLimits(per_client_minute=4, total_second=2, clock=clock)
    limits.check("a")
    limits.check("b")
    with pytest.raises(TooMany) as refused:
        limits.check("c")
    assert refused.value.scope == "total" and refused.value.retry_after == 1
    clock.now += 1  # the total refills; "c" still has its whole share (2), its refused request cost none
    limits.check("c")
    clock.now += 1
    limits.check("c")


def test_remembered_addresses_are_bounded():
    limits = PublicLimits(per_client_minute=60, total_second=0, clock=Clock())
    limits.MAX_CLIENTS = 100
    for i in range(1000):
        limits.check(f"198.51.100.{i}")
    assert len(limits) == 100


def test_a_full_gate_refuses_at_once():
    async def scenario() -> list[str]:
        gate = Gate(concurrent=1, waiting=1)
        release = asyncio.Event()
        inside = asyncio.Event()
        seen: list[str] = []

        async def hold(name: str) -> None:
            async with gate.enter():
                seen.append(name)
                inside.set()
                await release.wait()

        first = asyncio.create_task(hold("first"))
        await inside.wait()
        second = asyncio.create_task(hold("second"))  # waits for the place
        while gate.inside < 2:
            await asyncio.sleep(0)
        with pytest.raises(TooMany) as refused:
            async with gate.enter():
                seen.append("third")
        assert refused.value.scope == "busy" and refused.value.retry_after == 1
        release.set()
        await asyncio.gather(first, second)
        return seen

    assert asyncio.run(scenario()) == ["first", "second"]


def test_a_worker_process_answers_calls_and_a_failed_or_dead_one_is_reported():
    """Web turns are answered in the LINE worker processes (ShardPool.call): the answer comes back to
    the caller; a call that raises, or whose worker dies, is ShardFailed (503), never a hang."""

    async def run() -> None:
        pool = ShardPool("tests.shard_entries:answer", load_settings(), 2, concurrency=4)
        await pool.start()
        try:
            answers = [await pool.call(key, key.upper()) for key in ("a", "b", "c", "d", "a")]
            assert [job for _, job in answers] == ["A", "B", "C", "D", "A"]
            assert answers[0][0] == answers[4][0]  # one key, one worker
            assert len({pid for pid, _ in answers}) == 2
            with pytest.raises(ShardFailed):
                await pool.call("a", "fail")
            assert (await pool.call("a", "again"))[1] == "again"  # the worker still answers
            with pytest.raises(ShardFailed):
                await pool.call("b", "die")
        finally:
            await pool.stop(10)

    asyncio.run(run())


# --- the running server ------------------------------------------------------------------------------
@pytest.fixture(name="limited")
def limited_fixture(stack: Stack) -> Iterator[tuple[Stack, Any]]:
    """The stack with its public limits swapped for ones on a clock that stands still."""
    services = stack.server.app.state.services
    kept = services.limits
    yield stack, services
    services.limits = kept


def client_from(stack: Stack, address: str) -> httpx.Client:
    """A client whose requests come from `address` (any 127.x.y.z is this machine)."""
    return httpx.Client(base_url=stack.url, timeout=30, transport=httpx.HTTPTransport(local_address=address))


def chat(http: httpx.Client, text: str = "介護の相談") -> httpx.Response:
    return http.post("/api/chat", json={"session": SESSION, "text": text})


def test_server_answers_429_with_retry_after_and_serves_another_address(limited):
    stack, services = limited
    services.limits = PublicLimits(per_client_minute=2, total_second=0, clock=Clock())  # one request, then 30 s
    with client_from(stack, "127.0.0.1") as one, client_from(stack, "127.0.0.2") as other:
        assert chat(one).status_code == 200
        refused = chat(one)
        assert refused.status_code == 429
        assert refused.headers["Retry-After"] == "30"
        assert refused.json()["retry_after"] == 30
        assert one.post("/api/ask", json={"text": "介護"}).status_code == 429  # /api/ask shares the limit
        served = chat(other)
        assert served.status_code == 200 and served.json()["cards"]


def test_server_total_limit_refuses_a_new_address_too(limited):
    stack, services = limited
    services.limits = PublicLimits(per_client_minute=0, total_second=1, clock=Clock())
    with client_from(stack, "127.0.0.3") as one, client_from(stack, "127.0.0.4") as other:
        assert one.post("/api/ask", json={"text": "子育ての相談"}).status_code == 200
        refused = chat(other)
        assert refused.status_code == 429 and refused.headers["Retry-After"] == "1"
        assert stack.http.get("/healthz").status_code == 200  # health is never limited


# --- answers in the worker processes (LINE_WORKERS > 0) ------------------------------------------------
@pytest.fixture(scope="module", name="workers")
def workers_fixture(loaded_engine: Any) -> Iterator[Stack]:
    yield from running_stack(loaded_engine, line_workers=1)


def test_with_workers_the_web_chat_and_ask_are_answered_by_a_worker(workers: Stack):
    session = "limits-worker-session-01"
    first = workers.http.post("/api/chat", json={"session": session, "text": "親の介護のことで相談したい"})
    assert first.status_code == 200, first.text
    options = first.json()["options"]
    assert options
    tapped = workers.http.post("/api/chat", json={"session": session, "choice": options[0]["id"]})
    assert tapped.status_code == 200 and tapped.json()["heading"]
    asked = workers.http.post("/api/ask", json={"text": "子育ての相談はどこ"})
    assert asked.status_code == 200 and asked.json()
    server = workers.server.app.state.services
    assert isinstance(server.conversation.store.cached("web", session), Missing)  # not the server's turn


def test_the_web_chat_says_in_japanese_when_to_send_again(chromium, limited):  # noqa: F811  (the fixture)
    stack, services = limited
    page = chromium.new_page()
    try:
        page.goto(stack.url + "/chat")
        page.get_by_role("button", name="家族のこと").last.wait_for()
        services.limits = PublicLimits(per_client_minute=0, total_second=1, clock=Clock())
        services.limits.check("203.0.113.9")  # someone else just took the one place of this second
        box = page.get_by_label("困っていることを書いてください")
        box.fill("介護の相談をしたい")
        box.press("Enter")
        alert = page.locator("p.error[role=alert]")
        alert.wait_for()
        assert "ただいま混み合っています。1秒ほど待ってから、もう一度送ってください。" in alert.inner_text()
        assert "119" in alert.inner_text()
        assert box.input_value() == "介護の相談をしたい"  # kept, to send again
    finally:
        page.close()
