"""How long the event loop stands still while the knowledge is rebuilt after a staff publish.

usage: python bench/reload_stall.py [--rounds 3]

Over the database of the settings (`python -m bot kb load` first), without the index cache (a publish changes
the knowledge, so the index is built anew), the garbage collector frozen as `bot/runtime.Runtime.start` does.
A ticker on the loop wakes every 5 ms; its longest lateness is the stall a resident's turn would wait.
"before": the router rebuilt on the loop (`Guide.refresh`, what the watcher did); "after":
`Conversation.reload` (built in a thread by `Guide.build`, swapped in on the loop).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import time
from collections.abc import Awaitable, Callable

from bot.config import load_settings
from core.conversation import Conversation
from core.guide import Guide
from core.state import StateStore
from knowledge.db import make_engine

TICK = 0.005


async def stalled(rebuild: Callable[[], Awaitable[None]]) -> tuple[float, float]:
    """(seconds the rebuild took, the loop's longest stall meanwhile)."""
    late: list[float] = []
    done = False

    async def ticker() -> None:
        while not done:
            t = time.perf_counter()
            await asyncio.sleep(TICK)
            late.append(time.perf_counter() - t - TICK)

    task = asyncio.create_task(ticker())
    await asyncio.sleep(4 * TICK)
    start = time.perf_counter()
    await rebuild()
    took = time.perf_counter() - start
    done = True
    await task
    return took, max(late)


async def main(rounds: int) -> None:
    settings = load_settings()
    engine = make_engine(settings.database_url)
    guide = Guide(engine, index_cache=None)
    conversation = Conversation(guide, StateStore(engine, "bench"), recheck=False)
    await asyncio.to_thread(guide.warm)
    gc.collect()
    gc.freeze()
    first = guide.generation
    for n in range(1, rounds + 1):
        async def on_loop(generation: int = first + 2 * n) -> None:
            conversation._router = guide.refresh(generation)

        async def in_thread(generation: int = first + 2 * n + 1) -> None:
            await conversation.reload(generation)

        before, after = await stalled(on_loop), await stalled(in_thread)
        print(f"before: rebuilt in {before[0]:.2f} s, loop stalled {before[1]:.3f} s | "
              f"after: rebuilt in {after[0]:.2f} s, loop stalled {after[1]:.3f} s", flush=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    asyncio.run(main(parser.parse_args().rounds))
