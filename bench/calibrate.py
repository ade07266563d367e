"""Calibrate the router's out-of-scope thresholds on the question sets, and print the evidence.

usage: python bench/calibrate.py [QUESTIONS.jsonl ...]
For every question: the best curated (phrase/topic) score and the best raw BM25 score. Prints the
in-scope and out-of-scope distributions and, for candidate thresholds, how many of each side they keep.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.config import load_settings  # noqa: E402
from core.english import is_english, to_japanese  # noqa: E402
from core.guide import Guide  # noqa: E402
from core.loading import ensure_loaded  # noqa: E402
from core.relations import infer_topics  # noqa: E402
from knowledge.db import create_tables, make_engine  # noqa: E402
from knowledge.text import normalize  # noqa: E402
from tests.fixtures import CONTRACT  # noqa: E402
from tests.scoring import load_questions  # noqa: E402


def main() -> None:
    paths = [Path(p) for p in sys.argv[1:]] or [CONTRACT / "dev_questions.jsonl", ROOT / "tests/questions/own.jsonl"]
    settings = load_settings()
    engine = make_engine(settings.database_url)
    create_tables(engine)
    ensure_loaded(engine, settings)
    router = Guide(engine).router
    rows = []
    for q in load_questions(*[p for p in paths if p.exists()]):
        if q["kind"] in ("crisis", "vague"):
            continue
        text = to_japanese(q["q"]) if is_english(q["q"]) else normalize(q["q"])
        a = router.index.analyse(text, extra_topics=infer_topics(text))
        rows.append((q["kind"] == "oos", a.lexical_top, a.bm25_top, q["q"]))
    for lex_t in (1.5, 2.0, 2.4, 3.0, 3.5):
        for bm_t in (8.0, 10.0, 12.0, 15.0, 20.0):
            kept_in = sum(1 for oos, lx, bm, _ in rows if not oos and (lx >= lex_t or bm >= bm_t))
            kept_oos = sum(1 for oos, lx, bm, _ in rows if oos and (lx >= lex_t or bm >= bm_t))
            n_in = sum(1 for r in rows if not r[0])
            n_oos = sum(1 for r in rows if r[0])
            print(f"lexical>={lex_t:<4} or bm25>={bm_t:<5}: in-scope kept {kept_in}/{n_in}, "
                  f"out-of-scope wrongly kept {kept_oos}/{n_oos}")
    print("\nlowest in-scope:")
    for _oos, lx, bm, q in sorted((r for r in rows if not r[0]), key=lambda r: max(r[1], r[2] / 5))[:8]:
        print(f"  lexical {lx:5.2f} bm25 {bm:5.2f}  {q}")
    print("highest out-of-scope:")
    for _oos, lx, bm, q in sorted((r for r in rows if r[0]), key=lambda r: -max(r[1], r[2] / 5))[:8]:
        print(f"  lexical {lx:5.2f} bm25 {bm:5.2f}  {q}")


if __name__ == "__main__":
    main()
