"""Does a classifier trained on how residents word their trouble help the router's ranking? (issue #17)

    python bench/route_learn_loso.py [--variants NAME ...]

Leave-one-set-out over the routing tune sets (the held-out set is never trained on; no *_locked.jsonl is ever
read), and the fresh check: trained on the older sets only, scored on short10_tune and long10_tune. The router's
answers are computed once (with up to 10 results) and reranked offline. Needs scikit-learn (a development tool).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUESTIONS = ROOT / "tests" / "questions"
OLD = ["own", "long_tune", "long2_tune", "long3_tune", *[f"short{i}_tune" for i in range(5, 10)],
       *[f"long{i}_tune" for i in range(5, 10)]]
FRESH = ["short10_tune", "long10_tune"]
SETS = OLD + FRESH
TRAIN_ONLY = ["route_train"]
CACHE = Path("/tmp/learn/routed.pkl")


def rows_of(name: str) -> list[dict[str, Any]]:
    assert "locked" not in name
    return [json.loads(line) for line in (QUESTIONS / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]


def routed_cache(texts: list[str]) -> dict[str, dict[str, Any]]:
    """The router's answer to each text: up to 10 result ids, and the path it took."""
    cache: dict[str, dict[str, Any]] = pickle.loads(CACHE.read_bytes()) if CACHE.exists() else {}
    todo = [t for t in texts if t not in cache]
    if todo:
        import core.router as router_mod
        from bot.config import load_settings
        from core.foreign import third_language
        from knowledge.db import make_engine
        from knowledge.kb import KnowledgeBase
        from knowledge.search import Index
        from knowledge.store import read_doc

        router_mod.MAX_RESULTS = 10
        kb = KnowledgeBase.from_doc(read_doc(make_engine(load_settings().database_url)))
        router = router_mod.Router(kb, Index(kb))
        # the rules alone: the shipped reranker was trained on every set, the one left out too
        router.reranker.rerank = lambda text, ids, aside=frozenset(), told=None: ids  # type: ignore[method-assign]
        for t in todo:
            res = router.route(t)
            plain = not (res.crisis or res.clarify or res.out_of_scope or third_language(t) is not None)
            cache[t] = {"ids": [r.entry["id"] for r in res.results], "plain": plain}
        CACHE.parent.mkdir(parents=True, exist_ok=True)
        CACHE.write_bytes(pickle.dumps(cache))
    return cache


def kb_refs() -> dict[str, set[str]]:
    from bot.config import load_settings
    from knowledge.db import make_engine
    from knowledge.kb import KnowledgeBase
    from knowledge.store import read_doc

    kb = KnowledgeBase.from_doc(read_doc(make_engine(load_settings().database_url)))
    return {eid: set(e["plan_refs"]) for eid, e in kb.entries.items()}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--variants", nargs="*", default=["char"])
    args = ap.parse_args()
    from tests.fixtures import CONTRACT
    from tests.scoring import registry_refs

    data = {s: rows_of(s) for s in SETS + TRAIN_ONLY}
    dev = [json.loads(line) for line in (CONTRACT / "dev_questions.jsonl").read_text(encoding="utf-8").splitlines()
           if line.strip()]
    texts = [r["q"] for rows in data.values() for r in rows] + [r["q"] for r in dev]
    cache = routed_cache(texts)
    registry = registry_refs(CONTRACT / "counters.tsv")
    refs = kb_refs()
    if args.variants == ["prune"]:
        from learn_models import prune_sweep
        prune_sweep(data, cache, registry, refs, [0.0, 1.5, 2.0, 3.0], [0.0, 0.6, 0.8, 1.2])
        return
    from learn_models import evaluate
    evaluate(data, dev, cache, registry, refs, args.variants)


if __name__ == "__main__":
    main()
