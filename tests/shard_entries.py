"""Entries for worker processes in tests of ops/shards.py (run by `python -m ops.shards`)."""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

from bot.config import Settings


@contextlib.asynccontextmanager
async def record(settings: Settings) -> AsyncIterator[Callable[[Any], Awaitable[None]]]:
    """Each job, a (key, n, seconds) tuple: append "pid key n" to settings.extra["out"] as it starts,
    then take `seconds`; a job of key "poison" kills the worker."""
    out = Path(settings.extra["out"])

    async def handle(job: tuple[str, int, float]) -> None:
        key, n, seconds = job
        if key == "poison":
            os._exit(3)  # the worker dies hard (as on a crash in a C extension)
        with out.open("a") as f:
            f.write(f"{os.getpid()} {key} {n}\n")
        await asyncio.sleep(seconds)

    yield handle


@contextlib.asynccontextmanager
async def broken(settings: Settings) -> AsyncIterator[Callable[[Any], Awaitable[None]]]:
    """A worker that cannot start (e.g. its database is unreachable)."""
    raise RuntimeError("cannot start")
    yield  # pragma: no cover


@contextlib.asynccontextmanager
async def answer(settings: Settings) -> AsyncIterator[Callable[[Any], Awaitable[Any]]]:
    """A call's answer: (pid, the job); a job "fail" raises, a job "die" kills the worker."""

    async def handle(job: Any) -> Any:
        if job == "fail":
            raise ValueError("failed on purpose")
        if job == "die":
            os._exit(3)
        return os.getpid(), job

    yield handle
