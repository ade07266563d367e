"""Router benchmark: quality per question set next to a TF-IDF character n-gram retriever (bench/tfidf.py) on
the same knowledge base, answer latency (all questions, and 300-character messages), cold start, a 20×
knowledge base, and a plain rapidfuzz baseline.

usage: python bench/router_bench.py [--repeat N] [--quality-only] [--set NAME=PATH ...]
Prints one line per figure. Questions: the contract's dev set (tests/fixtures/contract), the short sets
tests/questions/own.jsonl, holdout.jsonl, short5 to short10 (sessions 10–15), and the long LINE-style sets
long, long2, long5 to long10 (sessions 10–15) (issue #17; each written blind, a third locked by sha256 and only ever scored).
"""

from __future__ import annotations

import argparse
import copy
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz, process  # noqa: E402
from tfidf import TfidfRetriever  # noqa: E402  (bench/ is on the path when run as a script)

from bot.config import load_settings  # noqa: E402
from core.answer import to_contract  # noqa: E402
from core.loading import ensure_loaded  # noqa: E402
from core.router import Router  # noqa: E402
from knowledge.db import create_tables, make_engine  # noqa: E402
from knowledge.kb import KnowledgeBase  # noqa: E402
from knowledge.search import Index  # noqa: E402
from knowledge.store import read_doc  # noqa: E402
from knowledge.text import normalize  # noqa: E402
from tests.fixtures import CONTRACT  # noqa: E402
from tests.scoring import Report, load_questions, registry_refs, score  # noqa: E402

QUESTIONS = ROOT / "tests" / "questions"
# name → file; short sets first, then the long LINE-style messages (issue #17)
QUALITY_SETS = {"dev (contract)": CONTRACT / "dev_questions.jsonl", "own": QUESTIONS / "own.jsonl",
                "holdout": QUESTIONS / "holdout.jsonl", "long tune": QUESTIONS / "long_tune.jsonl",
                "long locked": QUESTIONS / "long_locked.jsonl", "long2 tune": QUESTIONS / "long2_tune.jsonl",
                "long2 locked": QUESTIONS / "long2_locked.jsonl", "short5 tune": QUESTIONS / "short5_tune.jsonl",
                "short5 locked": QUESTIONS / "short5_locked.jsonl", "long5 tune": QUESTIONS / "long5_tune.jsonl",
                "long5 locked": QUESTIONS / "long5_locked.jsonl",
                "short6 tune": QUESTIONS / "short6_tune.jsonl", "short6 locked": QUESTIONS / "short6_locked.jsonl",
                "long6 tune": QUESTIONS / "long6_tune.jsonl", "long6 locked": QUESTIONS / "long6_locked.jsonl",
                "short7 tune": QUESTIONS / "short7_tune.jsonl", "short7 locked": QUESTIONS / "short7_locked.jsonl",
                "long7 tune": QUESTIONS / "long7_tune.jsonl", "long7 locked": QUESTIONS / "long7_locked.jsonl",
                "short8 tune": QUESTIONS / "short8_tune.jsonl", "short8 locked": QUESTIONS / "short8_locked.jsonl",
                "long8 tune": QUESTIONS / "long8_tune.jsonl", "long8 locked": QUESTIONS / "long8_locked.jsonl",
                "short9 tune": QUESTIONS / "short9_tune.jsonl", "short9 locked": QUESTIONS / "short9_locked.jsonl",
                "long9 tune": QUESTIONS / "long9_tune.jsonl", "long9 locked": QUESTIONS / "long9_locked.jsonl",
                "short10 tune": QUESTIONS / "short10_tune.jsonl", "short10 locked": QUESTIONS / "short10_locked.jsonl",
                "long10 tune": QUESTIONS / "long10_tune.jsonl", "long10 locked": QUESTIONS / "long10_locked.jsonl",
                # sealed in session 15 (scored only at its start and end, then split like the others)
                "short11 tune": QUESTIONS / "short11_tune.jsonl", "short11 locked": QUESTIONS / "short11_locked.jsonl",
                "long11 tune": QUESTIONS / "long11_tune.jsonl", "long11 locked": QUESTIONS / "long11_locked.jsonl",
                "short12 tune": QUESTIONS / "short12_tune.jsonl", "short12 locked": QUESTIONS / "short12_locked.jsonl",
                "long12 tune": QUESTIONS / "long12_tune.jsonl", "long12 locked": QUESTIONS / "long12_locked.jsonl",
                "short13 tune": QUESTIONS / "short13_tune.jsonl", "short13 locked": QUESTIONS / "short13_locked.jsonl",
                "long13 tune": QUESTIONS / "long13_tune.jsonl", "long13 locked": QUESTIONS / "long13_locked.jsonl",
                # sealed in session 17: the route helper's held-out check (only their figures are read)
                "short14 tune": QUESTIONS / "short14_tune.jsonl", "short14 locked": QUESTIONS / "short14_locked.jsonl",
                "long14 tune": QUESTIONS / "long14_tune.jsonl", "long14 locked": QUESTIONS / "long14_locked.jsonl",
                # sealed in session 17 (scored only at its start and end, then split like the others)
                "short15 tune": QUESTIONS / "short15_tune.jsonl", "short15 locked": QUESTIONS / "short15_locked.jsonl",
                "long15 tune": QUESTIONS / "long15_tune.jsonl", "long15 locked": QUESTIONS / "long15_locked.jsonl"}
LONG_CHARS = 300


def _question_sets() -> list[Path]:
    return [CONTRACT / "dev_questions.jsonl", *sorted((ROOT / "tests" / "questions").glob("*.jsonl"))]


def _latency_wall_and_cpu(router: Router, questions: list[str], repeat: int) -> tuple[float, float, float]:
    """p50 and p99 wall time, and p99 CPU time of this thread (what the router itself costs when other
    processes share the cores)."""
    for q in questions:
        router.route(q)
    wall, cpu = [], []
    for _ in range(repeat):
        for q in questions:
            t0, c0 = time.perf_counter(), time.thread_time()
            router.route(q)
            wall.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.thread_time() - c0) * 1000)
    p50, p99 = _percentiles(wall)
    return p50, p99, _percentiles(cpu)[1]


def _messages_of(texts: list[str], chars: int) -> list[str]:
    """Messages of exactly `chars` characters, made of the long questions one after another."""
    out: list[str] = []
    for n in range(len(texts)):
        msg = ""
        k = n
        while len(msg) < chars:
            msg += texts[k % len(texts)]
            k += 1
        out.append(msg[:chars])
    return out


def _fmt(rep: Report, name: str) -> str:
    total, _ = rep.tally.get(name, [0, 0])
    return f"{rep.rate(name):.3f}" if total else "  —  "


def quality(kb: KnowledgeBase, router: Router) -> None:
    """Router and TF-IDF retriever side by side, per question set."""
    registry = registry_refs(CONTRACT / "counters.tsv")
    peer = TfidfRetriever(kb)
    print("quality per set (router | TF-IDF char n-grams): top1, top3, out of scope; router false alarms; "
          "questions answered soft (the quiet line) and crisis/emergency")
    for name, path in QUALITY_SETS.items():
        if not path.exists():
            continue
        items = load_questions(path)
        tiers: Counter[str] = Counter()

        def answer(q: str, tiers: Counter[str] = tiers) -> dict:
            out = to_contract(kb, router.route(q))
            tiers[out.get("urgency") or "none"] += 1
            return out

        rep = score(items, answer, registry)
        base = score(items, peer.answer, registry)
        d1 = rep.rate("top1") - base.rate("top1")
        d3 = rep.rate("top3") - base.rate("top3")
        print(f"  {name:<15} n={len(items):>3}  router top1 {_fmt(rep, 'top1')} top3 {_fmt(rep, 'top3')} "
              f"oos {_fmt(rep, 'oos')} false alarms {rep.crisis_false_positive}/{rep.non_crisis}  |  "
              f"tfidf top1 {_fmt(base, 'top1')} top3 {_fmt(base, 'top3')} oos {_fmt(base, 'oos')}  |  "
              f"lead top1 {d1 * 100:+.1f} top3 {d3 * 100:+.1f} points  |  "
              f"soft {tiers['soft']}/{len(items)} crisis {tiers['crisis'] + tiers['emergency']}/{len(items)}")


def _percentiles(samples_ms: list[float]) -> tuple[float, float]:
    qs = statistics.quantiles(samples_ms, n=100, method="inclusive")
    return statistics.median(samples_ms), qs[98]


def _latency(router: Router, questions: list[str], repeat: int) -> tuple[float, float]:
    for q in questions:  # warm caches, as a running server is
        router.route(q)
    samples = []
    for _ in range(repeat):
        for q in questions:
            t0 = time.perf_counter()
            router.route(q)
            samples.append((time.perf_counter() - t0) * 1000)
    return _percentiles(samples)


def _replicated(doc: dict, times: int) -> dict:
    """The knowledge base with every counter and service repeated `times` times under new ids."""
    big = copy.deepcopy(doc)
    for kind in ("counters", "services"):
        extra = []
        for n in range(1, times):
            for e in doc[kind]:
                clone = copy.deepcopy(e)
                clone["id"] = f"{e['id']}-r{n}"
                clone["name"] = f"{e['name']}（{n}）"
                extra.append(clone)
        big[kind] = big[kind] + extra
    return big


def _cold_start() -> float:
    """Seconds from a new process to the first answer on stdout (knowledge base already loaded)."""
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "bot", "ask", "--json", "母の物忘れがひどい"], cwd=ROOT,
                   check=True, capture_output=True)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--quality-only", action="store_true", help="only the per-set quality and the 300-char p99")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=PATH",
                    help="one more question set to score (a blind set kept outside the repository)")
    args = ap.parse_args()
    for named in args.set:
        name, _, path = named.partition("=")
        QUALITY_SETS[name] = Path(path)
    settings = load_settings()
    engine = make_engine(settings.database_url)
    create_tables(engine)
    ensure_loaded(engine, settings)
    doc = read_doc(engine)
    items = load_questions(*_question_sets())
    texts = [it["q"] for it in items]

    kb = KnowledgeBase.from_doc(doc)
    t0 = time.perf_counter()
    router = Router(kb, Index(kb))
    build_s = time.perf_counter() - t0
    quality(kb, router)
    long_texts = [it["q"] for p in (QUESTIONS / "long_tune.jsonl", QUESTIONS / "long_locked.jsonl")
                  if p.exists() for it in load_questions(p)]
    if long_texts:
        p50, p99, cpu99 = _latency_wall_and_cpu(router, _messages_of(long_texts, LONG_CHARS), args.repeat)
        print(f"answer latency, {LONG_CHARS}-character messages (warm, {len(long_texts)} × {args.repeat}): "
              f"p50 {p50:.2f} ms, p99 {p99:.2f} ms, p99 CPU {cpu99:.2f} ms (goal p99 <= 10 ms)")
    if args.quality_only:
        return
    p50, p99 = _latency(router, texts, args.repeat)
    print(f"questions: {len(texts)} from {', '.join(p.name for p in _question_sets())}")
    print(f"index build: {build_s * 1000:.0f} ms for {len(kb.entries)} entries")
    print(f"answer latency (warm): p50 {p50:.2f} ms, p99 {p99:.2f} ms (goal p99 <= 10 ms)")

    cold = min(_cold_start() for _ in range(3))
    print(f"cold start to first answer (python -m bot ask, best of 3): {cold:.2f} s (goal <= 1.5 s)")

    big = KnowledgeBase.from_doc(_replicated(doc, 20))
    t0 = time.perf_counter()
    big_router = Router(big, Index(big))
    print(f"20x knowledge base: {len(big.entries)} entries, index build {time.perf_counter() - t0:.2f} s")
    p50, p99 = _latency(big_router, texts, 1)
    print(f"answer latency 20x (warm): p50 {p50:.2f} ms, p99 {p99:.2f} ms (goal p99 <= 30 ms)")

    registry = registry_refs(CONTRACT / "counters.tsv")
    rep = score(items, lambda q: to_contract(kb, router.route(q)), registry)
    entries = list(kb.entries.values())
    names = [normalize(e["name"]) for e in entries]

    def baseline(q: str) -> dict:
        best = process.extractOne(normalize(q), names, scorer=fuzz.partial_ratio)
        hit = entries[best[2]] if best else None
        return {"results": [{"id": hit["id"], "plan_refs": hit["plan_refs"]}] if hit else [], "crisis": False}

    base = score(items, baseline, registry)
    ratio = rep.rate("top1") / base.rate("top1") if base.rate("top1") else float("inf")
    print(f"router: {rep.summary()}")
    print(f"baseline rapidfuzz over names: top1={base.rate('top1'):.3f} top3={base.rate('top3'):.3f}")
    print(f"router top-1 / baseline top-1 = {ratio:.2f}x")


if __name__ == "__main__":
    main()
