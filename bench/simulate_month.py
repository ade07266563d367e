"""A simulated month of residents' questions, through the real conversation, into a database's demand counts.

usage: python bench/simulate_month.py [--db URL] [--days 30] [--end YYYY-MM-DD] [--scale 1.0] [--seed 16]

Every question goes through `core.conversation.Conversation.turn_sync` — the turn LINE, Telegram and the web
chat run — and its routing is counted by `backoffice.demand` exactly as the server counts it (bot/runtime.py),
with the simulated time of the question. The questions are the project's written question sets
(tests/questions: everyday welfare questions, vague ones, section names, questions that are not the guide's,
distress and, rarely, a crisis from the safety corpus); a third of them name where the resident lives (a town
or district of data/districts.yaml). Volume: about 40 questions on a weekday and 18 on a weekend day, more in
the week after a (simulated) 広報 article, most in the evening; LINE 68 %, the web chat 22 %, Telegram 10 %;
one question in eight is a resident's second question. Seeded: the same arguments give the same month.

Default database: var/simulated_month.db (made afresh). Then `python -m bot serve` with that DATABASE_URL
shows the month at /admin/demand.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from backoffice import demand  # noqa: E402
from backoffice.demand import DemandEvent  # noqa: E402
from backoffice.drafts import JST  # noqa: E402

QUESTIONS = ROOT / "tests" / "questions"
# share of each kind of question in a month (the rest of the welfare questions: route, vague, section)
MIX = {"welfare": 0.83, "oos": 0.07, "soft": 0.05, "calm": 0.03, "crisis": 0.02}
CHANNELS = {"line": 0.68, "web": 0.22, "telegram": 0.10}
# where residents say they live (a simulation's weights, roughly by population)
PLACES = {"大船": 6, "玉縄": 3, "深沢": 3, "腰越": 2, "鎌倉地域": 3, "由比ガ浜": 1, "岩瀬": 2, "西鎌倉": 1,
          "材木座": 1, "梶原": 1, "今泉": 1}
PLACE_PHRASES = ("{}に住んでいます。", "{}在住です。", "{}の者ですが、", "{}で一人暮らしです。")
HOURS = [0.2, 0.1, 0.1, 0.1, 0.1, 0.3, 0.6, 1.2, 1.8, 2.0, 2.0, 1.8, 2.2, 1.8, 1.7, 1.6, 1.6, 1.8, 2.2, 2.8, 3.2,
         3.0, 2.2, 1.0]


@dataclass
class Month:
    questions: int
    outcomes: Counter[str]
    channels: Counter[str]
    first: dt.date
    last: dt.date
    seconds: float


def question_pool() -> dict[str, list[str]]:
    pool: dict[str, list[str]] = {k: [] for k in MIX}
    for name in ("own", "holdout", "long_tune"):
        for line in (QUESTIONS / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                kind = row.get("kind")
                pool["oos" if kind == "oos" else "crisis" if kind == "crisis" else "welfare"].append(row["q"])
    for line in (QUESTIONS / "safety_tune.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if row.get("kind") in ("soft", "calm", "crisis"):
                pool[row["kind"]].append(row["q"])
    return pool


def simulate(engine, settings, days: int = 30, end: dt.date | None = None, scale: float = 1.0, seed: int = 16,
             index_cache: Path | None = None) -> Month:
    """Drive the conversation through `days` days ending with `end` (default yesterday in Japan)."""
    from core.conversation import Conversation
    from core.guide import Guide
    from core.loading import ensure_loaded
    from core.router import RouteResult
    from core.state import StateStore

    ensure_loaded(engine, settings)
    guide = Guide(engine, index_cache=index_cache or settings.cache_dir)
    guide.warm()
    rng = random.Random(seed)
    pool = question_pool()
    end = end or dt.datetime.now(JST).date() - dt.timedelta(days=1)
    first = end - dt.timedelta(days=days - 1)
    events: list[DemandEvent] = []
    clock = {"now": dt.datetime.now(dt.UTC)}

    def on_routed(channel: str, user_id: str, result: RouteResult) -> None:
        events.append(demand.event(result, channel, clock["now"]))  # what bot/runtime.py queues

    store = StateStore(engine, settings.user_id_salt, settings.state_ttl_hours)
    conversation = Conversation(guide, store, on_routed=on_routed, recheck=False)
    residents: list[tuple[str, str]] = []
    started = time.perf_counter()
    spike = first + dt.timedelta(days=days // 2)  # the week after a 広報 article
    outcomes: Counter[str] = Counter()
    channels: Counter[str] = Counter()
    for offset in range(days):
        day = first + dt.timedelta(days=offset)
        mean = (18 if day.weekday() >= 5 else 40) * (1.35 if spike <= day < spike + dt.timedelta(days=7) else 1.0)
        for _ in range(max(0, round(rng.gauss(mean * scale, (mean * scale) ** 0.5)))):
            hour = rng.choices(range(24), HOURS)[0]
            clock["now"] = dt.datetime.combine(day, dt.time(hour, rng.randrange(60)), JST).astimezone(dt.UTC)
            if residents and rng.random() < 0.125:
                channel, user = rng.choice(residents)
            else:
                channel = rng.choices(list(CHANNELS), list(CHANNELS.values()))[0]
                user = f"sim-{rng.getrandbits(48):012x}"
                residents.append((channel, user))
            kind = rng.choices(list(MIX), list(MIX.values()))[0]
            text = rng.choice(pool[kind] or pool["welfare"])
            if kind == "welfare" and rng.random() < 0.33:
                place = rng.choices(list(PLACES), list(PLACES.values()))[0]
                text = rng.choice(PLACE_PHRASES).format(place) + text
            before = len(events)
            conversation.turn_sync(channel, user, text=text)
            if len(events) > before:
                outcomes[events[-1].outcome] += 1
                channels[channel] += 1
        demand.write(engine, events)  # one day's counts, as the outbox writes a batch
        events.clear()
    return Month(sum(outcomes.values()), outcomes, channels, first, end, time.perf_counter() - started)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="database URL (default: a fresh var/simulated_month.db)")
    ap.add_argument("--days", type=int, default=30)
    ap.add_argument("--end", type=dt.date.fromisoformat, help="the last day (default: yesterday, JST)")
    ap.add_argument("--scale", type=float, default=1.0, help="volume factor (1.0 ≈ 1,000 questions a month)")
    ap.add_argument("--seed", type=int, default=16)
    args = ap.parse_args()
    import dataclasses

    from bot.config import load_settings
    from bot.schema import migrate
    from knowledge.db import make_engine

    settings = load_settings()
    url = args.db
    if url is None:
        path = ROOT / "var" / "simulated_month.db"
        path.parent.mkdir(exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        url = f"sqlite:///{path}"
    settings = dataclasses.replace(settings, database_url=url)
    engine = make_engine(url)
    migrate(engine)
    month = simulate(engine, settings, args.days, args.end, args.scale, args.seed)
    engine.dispose()
    print(f"{month.questions} questions from {month.first} to {month.last} in {month.seconds:.1f} s "
          f"({1000 * month.seconds / max(month.questions, 1):.0f} ms a turn) into {url}")
    print("outcomes: " + ", ".join(f"{k} {v}" for k, v in month.outcomes.most_common()))
    print("channels: " + ", ".join(f"{k} {v}" for k, v in month.channels.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
