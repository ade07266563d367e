"""Where accepted webhook events are worked off: in the server's own event loop, or in worker processes.

One Python process runs one event loop on one core (the GIL), and a LINE event's webhook, turn and reply
cost about 1.5–1.9 ms of it, so one process at 500 events a second is nearly always busy (p99 ≈ 0.5 s in
bench/line_load.py). `ShardPool` runs the turns and replies in
`LINE_WORKERS` child processes. Each resident belongs to one child (a stable hash of the key), so a
resident's events keep their order, their state stays in that child's memory (core/state.py
`WriteBehind`), and their rate limit is counted in one place; redelivery memory stays in the server,
which sees every webhook.

Every job is held by the server until its child says it is done: a child that dies is started again and
gets its unfinished jobs again (a LINE reply token already used is refused by LINE, so nobody is answered
twice). Jobs still unfinished after MAX_TRIES children died in a row are dropped and counted: one of them
may be what kills the child, and the child's other residents would wait behind it for ever. The server stops a child by closing its half of the socket once the jobs are done; children
ignore SIGINT/SIGTERM, which reach the whole process group on Ctrl-C.

A `call` is a job whose answer the server waits for (a web chat turn, an /api/ask question): it is not
held across a child's death (the caller gets ShardFailed and answers 503), and a child takes its queued
jobs (LINE events, whose reply tokens expire) before its queued calls, so a flood of web turns delays a
LINE reply by at most the call being worked on.

Frames on the socket pair: 4-byte length + pickle (both ends are this program).
  server → child: ("start", settings, concurrency, failed), then ("job", id, job) / ("call", id, job) …,
                  then end of stream
  child → server: ("ready",), ("done", [id, …]) …, ("result", id, ok, value) for each call,
                  ("counts", {name: n}) every second and at exit
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import itertools
import logging
import os
import pickle
import signal
import socket
import subprocess
import sys
import time
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ops.jobs import Handle, Jobs, LocalJobs, run_job
from ops.logs import describe
from ops.metrics import METRICS
from ops.zygote import Forked, Zygote, become_subreaper

__all__ = ["Entry", "Handle", "Jobs", "LocalJobs", "ShardFailed", "ShardPool"]

log = logging.getLogger(__name__)
ROOT = Path(__file__).resolve().parent.parent
START_TIMEOUT = 180.0  # seconds a child may take to build its index and say it is ready
REPORT_EVERY = 1.0  # seconds between a child's counts
MAX_TRIES = 3  # workers that may die holding one job before it is given up
# What a child runs: settings → (async context) a coroutine function that works off one job. The settings
# are whatever value the pool was given (picklable; the composition root's Settings), passed on untouched.
Entry = Callable[[Any], contextlib.AbstractAsyncContextManager[Handle]]


@dataclass
class _Shard:
    index: int
    process: subprocess.Popen[bytes] | Forked | None = None
    writer: asyncio.StreamWriter | None = None
    reader: asyncio.Task[None] | None = None
    unacked: dict[int, Any] = field(default_factory=dict)  # job id → job, in the order sent
    tries: dict[int, int] = field(default_factory=dict)  # job id → workers that died while holding it
    counts: dict[str, int] = field(default_factory=dict)  # the child's last report
    calls: dict[int, asyncio.Future[Any]] = field(default_factory=dict)  # call id → its caller's future

    @property
    def alive(self) -> bool:
        return self.writer is not None


class ShardFailed(RuntimeError):
    """A worker process did not start (its own log lines say why)."""


class ShardPool:
    """`processes` children running `entry` ("module:function", an `Entry`); jobs by a stable hash of key."""

    def __init__(self, entry: str, settings: Any, processes: int, *, capacity: int = 2000,
                 concurrency: int = 64, name: str = "worker", failed: str = "jobs.failed", fork: bool = True) -> None:
        self.entry = entry
        self.settings = settings
        self.name = name
        self.capacity = capacity
        self.concurrency = concurrency
        self.failed = failed  # the count (in the children) of jobs that raised
        self._shards = [_Shard(i) for i in range(processes)]
        self._ids = itertools.count(1)
        self._room: asyncio.Semaphore | None = None
        self._idle = asyncio.Event()
        self._retired: Counter[str] = Counter()  # counts of children that died
        self._closing = False
        self.fork = fork
        self._zygote: Zygote | None = None

    async def start(self) -> None:
        self._room = asyncio.Semaphore(self.capacity)
        self._idle.set()
        if self.fork and become_subreaper():  # the workers forked from a zygote share its pages (ops/zygote.py)
            zygote = Zygote(self.entry, START_TIMEOUT)
            self._zygote = zygote if await asyncio.to_thread(zygote.open, self.settings, self.name) else None
        try:
            await asyncio.gather(*(self._spawn(shard) for shard in self._shards))
        finally:
            if self._zygote is not None:  # its part is done: a worker started again is a new interpreter
                await asyncio.to_thread(self._zygote.close)
                self._zygote = None

    async def submit(self, key: str, job: Any, wait: float) -> bool:
        assert self._room is not None, "ShardPool.start() was not awaited"
        if self._room.locked():  # full: wait a little for room, else the caller answers 503
            try:
                await asyncio.wait_for(self._room.acquire(), wait)
            except TimeoutError:
                return False
        else:
            await self._room.acquire()  # returns at once
        shard = self._shards[zlib.crc32(key.encode()) % len(self._shards)]
        job_id = next(self._ids)
        shard.unacked[job_id] = job
        self._idle.clear()
        if shard.writer is not None:  # else it is sent when the child is back
            _write(shard.writer, ("job", job_id, job))
        return True

    async def call(self, key: str, job: Any) -> Any:
        """`job` worked off by the child of `key`, and its answer; ShardFailed if that child is not running
        or dies first (the caller answers 503; the server bounds the calls in flight itself)."""
        shard = self._shards[zlib.crc32(key.encode()) % len(self._shards)]
        if shard.writer is None:
            raise ShardFailed(f"{self.name} {shard.index} is restarting")
        call_id = next(self._ids)
        answer = shard.calls[call_id] = asyncio.get_running_loop().create_future()
        _write(shard.writer, ("call", call_id, job))
        try:
            return await answer
        finally:
            shard.calls.pop(call_id, None)

    @property
    def pending(self) -> int:
        return sum(len(shard.unacked) for shard in self._shards)

    def counts(self) -> dict[str, int]:
        total = Counter(self._retired)
        for shard in self._shards:
            total.update(shard.counts)
        return dict(total)

    def problems(self) -> dict[str, str]:
        return {f"{self.name} {s.index}": "restarting" for s in self._shards if not s.alive}

    async def stop(self, drain: float) -> None:
        """Wait (at most `drain` s) for the jobs to be done, then end each child's stream and wait for it."""
        try:
            await asyncio.wait_for(self._idle.wait(), drain)
        except TimeoutError:
            log.error("%s: %d accepted jobs left undone at shutdown", self.name, self.pending)
        self._closing = True
        for shard in self._shards:
            if shard.writer is not None:
                shard.writer.write_eof()  # the child finishes, reports and exits
        for shard in self._shards:
            if shard.process is not None:
                await asyncio.to_thread(_wait_or_kill, shard.process, 30.0)
            if shard.reader is not None:
                await asyncio.gather(shard.reader, return_exceptions=True)

    # --- the server's side of one child ---------------------------------------------------------------
    async def _spawn(self, shard: _Shard) -> None:
        ours, theirs = socket.socketpair()
        with theirs:
            shard.process = None
            if self._zygote is not None and self._zygote.alive:
                self._zygote.fork(theirs.fileno())
            else:
                shard.process = subprocess.Popen(
                    [sys.executable, "-m", "ops.shards", self.entry, str(theirs.fileno())],
                    pass_fds=(theirs.fileno(),), cwd=ROOT)
        reader, writer = await asyncio.open_unix_connection(sock=ours)
        _write(writer, ("start", self.settings, self.concurrency, self.failed))
        try:
            async with asyncio.timeout(START_TIMEOUT):
                pid = await _read(reader)  # ("pid", n): a forked worker is known by it
                if shard.process is None and pid is not None:
                    shard.process = Forked(pid[1])
                ready = await _read(reader)
        except TimeoutError:
            ready = None
        if ready != ("ready",):
            writer.close()
            if shard.process is not None:
                await asyncio.to_thread(_wait_or_kill, shard.process, 5.0)
            code = shard.process.returncode if shard.process is not None else "?"
            raise ShardFailed(f"{self.name} {shard.index} did not start (exit status {code})")
        assert shard.process is not None
        for job_id, job in shard.unacked.items():  # after a crash: the jobs it had not finished
            _write(writer, ("job", job_id, job))
        shard.writer = writer
        shard.reader = asyncio.create_task(self._listen(shard, reader), name=f"{self.name}-{shard.index}")
        log.info("%s %d started (pid %d)", self.name, shard.index, shard.process.pid)

    async def _listen(self, shard: _Shard, reader: asyncio.StreamReader) -> None:
        assert self._room is not None
        while (frame := await _read(reader)) is not None:
            if frame[0] == "done":
                for job_id in frame[1]:
                    shard.tries.pop(job_id, None)
                    if shard.unacked.pop(job_id, None) is not None:
                        self._room.release()
                if not self.pending:
                    self._idle.set()
            elif frame[0] == "result":
                answer = shard.calls.get(frame[1])
                if answer is not None and not answer.done():
                    if frame[2]:
                        answer.set_result(frame[3])
                    else:
                        answer.set_exception(ShardFailed(f"{self.name} {shard.index}: the call failed"))
            elif frame[0] == "counts":
                shard.counts = frame[1]
        # End of stream: the child exited (at our request, or it died).
        for answer in shard.calls.values():
            if not answer.done():
                answer.set_exception(ShardFailed(f"{self.name} {shard.index} stopped"))
        if shard.writer is not None:
            shard.writer.close()
        shard.writer = None
        if shard.process is not None:
            await asyncio.to_thread(_wait_or_kill, shard.process, 10.0)
        if self._closing:
            return
        log.error("%s %d stopped (exit status %s): starting it again with its %d unfinished jobs", self.name,
                  shard.index, shard.process.returncode if shard.process else "?", len(shard.unacked))
        METRICS.count(f"{self.name}.restarted")
        self._retired.update(shard.counts)
        shard.counts = {}
        self._give_up_on_poison(shard)
        delay = 0.5
        while not self._closing:
            try:
                await self._spawn(shard)
                return
            except (ShardFailed, OSError) as exc:
                log.error("%s %d: %s; trying again in %.0f s", self.name, shard.index, exc, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 30.0)

    def _give_up_on_poison(self, shard: _Shard) -> None:
        """A job that was held by MAX_TRIES workers as they died is dropped (and counted): it may be what
        kills them, and every other resident of the worker would wait behind it for ever."""
        assert self._room is not None
        for job_id in list(shard.unacked):
            shard.tries[job_id] = shard.tries.get(job_id, 0) + 1
            if shard.tries[job_id] >= MAX_TRIES:
                del shard.unacked[job_id], shard.tries[job_id]
                self._room.release()
                METRICS.count(f"{self.name}.dropped")
                log.error("%s %d: a job held by %d workers that died is dropped", self.name, shard.index, MAX_TRIES)
        if not self.pending:
            self._idle.set()


def _wait_or_kill(process: subprocess.Popen[bytes] | Forked, timeout: float) -> None:
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _write(writer: asyncio.StreamWriter, frame: tuple[Any, ...]) -> None:
    data = pickle.dumps(frame, protocol=pickle.HIGHEST_PROTOCOL)
    writer.write(len(data).to_bytes(4, "big") + data)


async def _read(reader: asyncio.StreamReader) -> Any:
    """The next frame, or None at the end of the stream."""
    try:
        size = int.from_bytes(await reader.readexactly(4), "big")
        return pickle.loads(await reader.readexactly(size))
    except (asyncio.IncompleteReadError, ConnectionError):
        return None


# --- the child ---------------------------------------------------------------------------------------
async def _answer(handle: Handle, call_id: int, job: Any, failed: str, writer: asyncio.StreamWriter) -> None:
    """Work off a call and send its answer (or that it failed) back at once."""
    try:
        value = await handle(job)
    except (asyncio.CancelledError, KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # like run_job: one bad call must not stop the worker
        METRICS.count(failed)
        log.error("call failed: %s", describe(exc))
        _write(writer, ("result", call_id, False, None))
        return
    _write(writer, ("result", call_id, True, value))


def _entry(name: str) -> Entry:
    module, _, attr = name.partition(":")
    entry: Entry = getattr(importlib.import_module(module), attr)
    return entry


async def _child(entry: str, fd: int) -> None:
    reader, writer = await asyncio.open_unix_connection(sock=socket.socket(fileno=fd))
    _write(writer, ("pid", os.getpid()))
    start = await _read(reader)
    if not start or start[0] != "start":
        return
    _, settings, concurrency, failed = start
    # Jobs (priority 0) before calls (1), each in the order received.
    queue: asyncio.PriorityQueue[tuple[int, int, int, Any]] = asyncio.PriorityQueue()
    received = itertools.count()
    done: list[int] = []  # finished jobs, told to the server once per turn of the loop

    def tell_done() -> None:
        _write(writer, ("done", done[:]))
        done.clear()

    async def work(handle: Handle) -> None:
        while True:
            priority, _, job_id, job = await queue.get()
            try:
                if priority:
                    await _answer(handle, job_id, job, failed, writer)
                    continue
                await run_job(handle, job, failed)
                if not done:
                    asyncio.get_running_loop().call_soon(tell_done)
                done.append(job_id)
            finally:
                queue.task_done()

    async def report() -> None:
        last: dict[str, int] = {}
        while True:
            await asyncio.sleep(REPORT_EVERY)
            if (now := METRICS.snapshot()) != last:
                _write(writer, ("counts", now))
                last = now

    async with _entry(entry)(settings) as handle:
        _write(writer, ("ready",))
        tasks = [asyncio.create_task(work(handle)) for _ in range(concurrency)]
        tasks.append(asyncio.create_task(report()))
        while (frame := await _read(reader)) is not None:
            queue.put_nowait((int(frame[0] == "call"), next(received), frame[1], frame[2]))
        await queue.join()  # the server ended the stream: finish what it sent
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    _write(writer, ("counts", METRICS.snapshot()))
    await writer.drain()
    writer.close()


def run_child(entry: str, fd: int) -> int:
    """A worker's life, on socket `fd`: in a new interpreter (main) or forked from the zygote."""
    started = time.monotonic()
    try:
        import uvloop

        uvloop.run(_child(entry, fd))
    except ImportError:
        asyncio.run(_child(entry, fd))
    log.info("worker stopped after %.0f s", time.monotonic() - started)
    return 0


def main(argv: list[str]) -> int:
    """`python -m ops.shards ENTRY FD`: started by ShardPool, never by hand."""
    from ops.logs import configure

    for stop in (signal.SIGINT, signal.SIGTERM):
        signal.signal(stop, signal.SIG_IGN)  # the server ends our stream once the jobs are done
    configure()
    return run_child(argv[1], int(argv[2]))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
