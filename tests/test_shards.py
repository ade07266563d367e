"""The worker-process pool on its own: bounded, ordered per key, drained at stop, a failed start reported."""

from __future__ import annotations

import asyncio
import dataclasses
from collections import defaultdict

import pytest

from bot.config import load_settings
from ops.metrics import METRICS
from ops.shards import MAX_TRIES, ShardFailed, ShardPool


def settings(out: str):
    return dataclasses.replace(load_settings(), extra={"out": str(out)})


def test_jobs_of_one_key_start_in_order_in_one_process_and_stop_waits_for_them(tmp_path):
    out = tmp_path / "done.txt"

    async def run() -> None:
        pool = ShardPool("tests.shard_entries:record", settings(out), 2, concurrency=8)
        await pool.start()
        for n in range(10):
            for key in ("a", "b", "c", "d"):
                assert await pool.submit(key, (key, n, 0.3), 1.0)
        assert pool.pending > 0
        await pool.stop(30)
        assert pool.pending == 0  # the jobs were done before the workers were told to stop

    asyncio.run(run())
    seen: dict[str, list[int]] = defaultdict(list)
    pids: dict[str, set[str]] = defaultdict(set)
    for line in out.read_text().splitlines():
        pid, key, n = line.split()
        seen[key].append(int(n))
        pids[key].add(pid)
    assert all(len(p) == 1 for p in pids.values()), "a key's jobs all ran in one worker"
    assert len(set().union(*pids.values())) == 2, "the keys were spread over both workers"
    assert sorted(seen) == ["a", "b", "c", "d"] and all(v == list(range(10)) for v in seen.values())


def test_a_full_pool_refuses_after_the_wait_and_takes_jobs_again_once_there_is_room(tmp_path):
    out = tmp_path / "done.txt"

    async def run() -> None:
        pool = ShardPool("tests.shard_entries:record", settings(out), 1, capacity=3, concurrency=8)
        await pool.start()
        for n in range(3):
            assert await pool.submit("k", ("k", n, 0.5), 0.0)
        assert not await pool.submit("k", ("k", 3, 0.0), 0.1)  # full: the webhook answers 503
        assert await pool.submit("k", ("k", 4, 0.0), 5.0)  # room once the first ones are done
        await pool.stop(30)

    asyncio.run(run())
    assert sorted(int(x.split()[2]) for x in out.read_text().splitlines()) == [0, 1, 2, 4]


def test_a_job_that_kills_its_worker_is_dropped_after_three_deaths_and_the_worker_goes_on(tmp_path):
    out = tmp_path / "done.txt"

    async def run() -> dict[str, int]:
        before = METRICS.snapshot()
        pool = ShardPool("tests.shard_entries:record", settings(out), 1, name="test.worker")
        await pool.start()
        assert await pool.submit("poison", ("poison", 0, 0.0), 1.0)
        async def given_up() -> None:
            while pool.pending:
                await asyncio.sleep(0.05)

        await asyncio.wait_for(given_up(), 60)
        assert await pool.submit("k", ("k", 1, 0.0), 1.0)  # the restarted worker takes new jobs
        await pool.stop(30)
        after = METRICS.snapshot()
        return {name: after.get(name, 0) - before.get(name, 0) for name in after}

    counted = asyncio.run(run())
    assert counted["test.worker.dropped"] == 1 and counted["test.worker.restarted"] == MAX_TRIES
    assert out.read_text().split()[1:] == ["k", "1"]


def test_a_worker_that_cannot_start_is_reported(tmp_path):
    async def run() -> None:
        await ShardPool("tests.shard_entries:broken", settings(tmp_path / "x"), 1).start()

    with pytest.raises(ShardFailed, match="did not start"):
        asyncio.run(run())
