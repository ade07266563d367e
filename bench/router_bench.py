"""Router benchmark: answer latency, cold start, a 20× knowledge base, and a plain rapidfuzz baseline.

usage: python bench/router_bench.py [--repeat N]
Prints one line per figure. Questions: the contract's dev set (tests/fixtures/contract) and tests/questions/*.jsonl.
"""

from __future__ import annotations

import argparse
import copy
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz, process  # noqa: E402

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
from tests.scoring import load_questions, registry_refs, score  # noqa: E402


def _question_sets() -> list[Path]:
    return [CONTRACT / "dev_questions.jsonl", *sorted((ROOT / "tests" / "questions").glob("*.jsonl"))]


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
    args = ap.parse_args()
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
