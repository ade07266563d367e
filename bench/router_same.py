"""The router's full outcome for every question the project has, to prove that a change of machinery (speed)
changed no answer: the ranked ids in order with their scores, the urgency and situations, the emergency lines,
the district, the section, a question back, out of scope and the other business, the topics heard.

    python bench/router_same.py OUT.json                 # write the outcomes
    python bench/router_same.py OUT.json --against A.json # … and list the places whose outcome differs (exit 1)

Texts: every line of tests/questions/*.jsonl and of the contract's question sets, and the 300-character messages
bench/router_bench.py times. Each is routed twice, by a router fresh for the first pass and again warm; the two
must agree. Only a text's place (file:line) and its outcome are written, never its words: the locked parts are
checked without being read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.config import load_settings  # noqa: E402
from core.loading import ensure_loaded  # noqa: E402
from core.route_result import RouteResult  # noqa: E402
from core.router import Router  # noqa: E402
from knowledge.db import create_tables, make_engine  # noqa: E402
from knowledge.kb import KnowledgeBase  # noqa: E402
from knowledge.search import Index  # noqa: E402
from knowledge.store import read_doc  # noqa: E402
from tests.fixtures import CONTRACT  # noqa: E402

QUESTIONS = ROOT / "tests" / "questions"
LONG_CHARS = 300


def texts() -> Iterator[tuple[str, str]]:
    paths = [*sorted(CONTRACT.glob("*.jsonl")), *sorted(QUESTIONS.glob("*.jsonl"))]
    for path in paths:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                q = json.loads(line).get("q")
                if isinstance(q, str):
                    yield f"{path.name}:{n}", q
    longs = [json.loads(x)["q"] for p in ("long_tune.jsonl", "long_locked.jsonl")
             for x in (QUESTIONS / p).read_text(encoding="utf-8").splitlines() if x.strip()]
    for n in range(len(longs)):  # as bench/router_bench.py _messages_of makes them
        msg, k = "", n
        while len(msg) < LONG_CHARS:
            msg += longs[k % len(longs)]
            k += 1
        yield f"300chars:{n}", msg[:LONG_CHARS]


def outcome(r: RouteResult) -> dict[str, Any]:
    return {
        "lang": r.lang, "urgency": r.urgency, "situations": list(r.safety.situations), "by_model": r.safety.by_model,
        "emergency": [e.get("id") for e in r.emergency],
        "district": r.place.district_id if r.place else None, "place_confirmed": r.place.confirmed if r.place else None,
        "section": r.section.section.get("id") if r.section else None,
        "results": [[x.entry["id"], round(x.score, 9)] for x in r.results],
        "clarify": [r.clarify.text, r.clarify.options] if r.clarify else None,
        "topics": {k: round(v, 9) for k, v in sorted(r.topics.items())},
        "out_of_scope": r.out_of_scope,
        "other_business": r.other_business.topic_id if r.other_business else None,
        "top_score": round(r.top_score, 9),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--against")
    args = ap.parse_args()
    settings = load_settings()
    engine = make_engine(settings.database_url)
    create_tables(engine)
    ensure_loaded(engine, settings)
    kb = KnowledgeBase.from_doc(read_doc(engine))
    router = Router(kb, Index(kb))
    every = list(texts())
    rows = {where: outcome(router.route(text)) for where, text in every}
    for where, text in every:  # warm: every cache of the whole run kept
        if outcome(router.route(text)) != rows[where]:
            print(f"first and second pass differ: {where}")
    Path(args.out).write_text(json.dumps(rows, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(rows)} texts routed")
    if args.against:
        before = json.loads(Path(args.against).read_text(encoding="utf-8"))
        diff = [w for w in sorted(set(before) | set(rows)) if before.get(w) != rows.get(w)]
        for where in diff:  # a locked line's (or a 300-character mix's) outcome is not shown, only its place
            print(f"differs: {where}")
            if "locked" not in where and not where.startswith("300chars"):
                print(f"- {json.dumps(before.get(where), ensure_ascii=False)}\n"
                      f"+ {json.dumps(rows.get(where), ensure_ascii=False)}")
        print(f"{len(diff)} outcomes differ")
        sys.exit(1 if diff else 0)


if __name__ == "__main__":
    main()
