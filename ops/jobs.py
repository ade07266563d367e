"""Accepted jobs worked off in the background, in the server's own event loop (`LocalJobs`, LINE_WORKERS=0);
ops/shards.py works them off in worker processes instead (`ShardPool`), behind the same `Jobs` protocol."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from ops.logs import describe
from ops.metrics import METRICS

log = logging.getLogger(__name__)
Handle = Callable[[Any], Awaitable[Any]]  # a job's answer is returned to the caller of ShardPool.call


class Jobs(Protocol):
    """Accepted jobs, worked off in the background; none is dropped once `submit` returned True."""

    async def start(self) -> None: ...
    async def submit(self, key: str, job: Any, wait: float) -> bool: ...
    async def stop(self, drain: float) -> None: ...
    @property
    def pending(self) -> int: ...
    def counts(self) -> dict[str, int]: ...
    def problems(self) -> dict[str, str]: ...


class LocalJobs:
    """A bounded queue and `workers` tasks in the server's own event loop (LINE_WORKERS=0)."""

    def __init__(self, handle: Handle, workers: int = 64, size: int = 2000, *, failed: str = "jobs.failed") -> None:
        self._handle = handle
        self._failed = failed  # the count of jobs that raised
        self._workers = workers
        self._queue: asyncio.Queue[Any] = asyncio.Queue(size)
        self._tasks: list[asyncio.Task[None]] = []

    async def start(self) -> None:
        self._tasks = [asyncio.create_task(self._work(), name=f"jobs-{i}") for i in range(self._workers)]

    async def submit(self, key: str, job: Any, wait: float) -> bool:
        try:
            self._queue.put_nowait(job)
        except asyncio.QueueFull:
            try:
                await asyncio.wait_for(self._queue.put(job), wait)
            except TimeoutError:
                return False
        return True

    @property
    def pending(self) -> int:
        return self._queue.qsize()

    async def stop(self, drain: float) -> None:
        try:
            await asyncio.wait_for(self._queue.join(), drain)
        except TimeoutError:
            log.error("%d accepted jobs left undone at shutdown", self._queue.qsize())
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    def counts(self) -> dict[str, int]:
        return {}

    def problems(self) -> dict[str, str]:
        return {}

    async def _work(self) -> None:
        while True:
            job = await self._queue.get()
            try:
                await run_job(self._handle, job, self._failed)
            finally:
                self._queue.task_done()


async def run_job(handle: Handle, job: Any, failed: str) -> None:
    try:
        await handle(job)
    except (asyncio.CancelledError, KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # one bad job must not stop the worker (a Rust panic is a BaseException)
        METRICS.count(failed)
        log.error("job failed: %s", describe(exc))
