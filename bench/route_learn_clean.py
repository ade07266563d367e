"""The learned reranker's second round (issue #17): the clean check and leave-one-group-out, variant by variant.

    python bench/route_learn_clean.py [VARIANT ...]     (default: ship)

CLEAN: trained on what rerank.json was trained on before session 16 (SHIPPED) + route_train_u/_v.jsonl, scored on
the tune parts of six sets it never saw (short11 to short13, long11 to long13). LOGO: each older group left out in
turn, trained on every other tune part and the training-only files. No *_locked.jsonl is ever read. The rules'
answers are computed once (up to 30 ids and what the resident set aside) and reranked offline by core/rerank.py's
own arithmetic. A variant is the fit's knobs joined by "+" — C<x> (regularisation), m<x> (smallest weight kept),
noU / noV (without route_train_u / _v) —, then after commas the readings scored with that fit, each "+"-joined: en (English
reranked as written), enja (English reranked through its Japanese words), enq (through those of its ask, as the router reads it), ws<x> / wl<x> (the blend's weight for a
short / long message), own / ownsub / sub / keep / harm1 (how an entry gets the model's counters; the rules' harm
counter kept first). `--logo` adds leave-one-group-out. Needs scikit-learn (a development tool).
"""

from __future__ import annotations

import pickle
import sys
import time
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.train_rerank import SETS, rows_of  # noqa: E402  (the shipped recipe and its reading of a set)

NEW_TRAIN = ["route_train_u", "route_train_v"]
CLEAN = ["short11_tune", "long11_tune", "short12_tune", "long12_tune", "short13_tune", "long13_tune"]
SHIPPED = [s for s in SETS if s not in NEW_TRAIN + CLEAN]  # what session 15's model was trained on
GROUPS = {"G1": ["own", "long_tune", "long2_tune", "long3_tune"],
          "G2": ["short5_tune", "long5_tune", "short6_tune", "long6_tune"],
          "G3": ["short7_tune", "long7_tune", "short8_tune", "long8_tune"],
          "G4": ["short9_tune", "long9_tune", "short10_tune", "long10_tune"]}
CACHE = Path("/tmp/learn17/routed.pkl")
LONG = 60  # characters: a long message


def _kb() -> Any:
    from bot.config import load_settings
    from knowledge.db import make_engine
    from knowledge.kb import KnowledgeBase
    from knowledge.store import read_doc

    return KnowledgeBase.from_doc(read_doc(make_engine(load_settings().database_url)))


def routed_cache(kb: Any, texts: list[str]) -> dict[str, dict[str, Any]]:
    """The rules' answer to each text: up to 30 ids, what was set aside, whether the reranker was asked."""
    cache: dict[str, dict[str, Any]] = pickle.loads(CACHE.read_bytes()) if CACHE.exists() else {}
    harm_led = {e for e, v in kb.entries.items() if (v.get("topics") or [""])[0] in ("dv", "gyakutai")}
    # the rules' topics are recorded for an answer led by a harm's own counter (core/rerank.py keeps it first)
    todo = [t for t in texts if t not in cache or ("told" not in cache[t] and cache[t]["ids"][:1] and
                                                   cache[t]["ids"][0] in harm_led)]
    if todo:
        import core.router as router_mod
        from knowledge.search import Index

        router_mod.MAX_RESULTS = 30
        router = router_mod.Router(kb, Index(kb))
        seen: dict[str, Any] = {}

        def record(text: str, ids: list[str], aside: frozenset[str] = frozenset(), told: Any = None) -> list[str]:
            seen.update(asked=True, aside=aside, told=dict(told or {}))
            return ids

        router.reranker.rerank = record  # type: ignore[method-assign]
        for t in todo:
            seen.clear()
            res = router.route(t)
            cache[t] = {"ids": [r.entry["id"] for r in res.results], "asked": bool(seen.get("asked")),
                        "aside": seen.get("aside", frozenset()), "lang": res.lang, "told": seen.get("told", {}),
                        "plain": not (res.crisis or res.clarify or res.out_of_scope)}
        CACHE.parent.mkdir(parents=True, exist_ok=True)
        CACHE.write_bytes(pickle.dumps(cache))
    return cache


def train(variant: str, rows: list[dict[str, Any]]) -> Any:
    """core/train_rerank.fit with the variant's knobs; the runtime model it gives."""
    import core.rerank as rr
    import core.train_rerank as tr

    opts = variant.split("+")
    saved = (tr.C, tr.MIN_WEIGHT)
    for part in opts:
        for key, attr in (("C", "C"), ("m", "MIN_WEIGHT")):
            if part.startswith(key) and part[len(key):].replace(".", "").isdigit():
                setattr(tr, attr, float(part[len(key):]))
    try:
        data = tr.fit(rows)
    finally:
        tr.C, tr.MIN_WEIGHT = saved
    return rr._Model({g: v * v for g, v in data["idf"].items()},
                     {c: (float(b), w) for c, (b, w) in data["classes"].items()}, rr.WEIGHT)


ABUSE = ("koreisha-gyakutai", "shogai-gyakutai-boushi", "jido-gyakutai", "dv-soudan")


def _reranker(kb: Any, model: Any, opts: list[str]) -> Any:
    """core/rerank.Reranker, with the readings' way of giving an entry the model's counters (experiments)."""
    import core.rerank as rr

    reranker = rr.Reranker(kb)
    base = reranker.counters_of

    def refs(e: str) -> set[str]:
        return set(kb.entries[e].get("plan_refs") or ())

    def counters_of(eid: str) -> tuple[str, ...]:
        got = base(eid)
        if kb.entries[eid]["kind"] != "counter":
            return tuple(c for c in got if refs(eid) <= refs(c)) if "svcsub" in opts else got
        if eid in model.classes and any(o in opts for o in ("own", "ownsub", "ownnone", "ownkeep")):
            return (eid,)
        if eid in model.classes and "sub" in opts:  # a learned counter with the counters it shares a reference with
            return tuple(c for c in model.classes if c == eid or (c in kb.entries and refs(eid) & refs(c)))
        if "ownsub" in opts:
            return tuple(c for c in got if refs(eid) <= refs(c))
        if "ownnone" in opts or "ownkeep" in opts:
            return ()
        return got

    reranker.counters_of = counters_of  # type: ignore[method-assign]
    if "ownkeep" in opts or "keep" in opts or "abuse1" in opts:
        plain = reranker.rerank

        def rerank(text: str, ids: list[str], aside: frozenset[str] = frozenset(),
                   told: Mapping[str, float] | None = None) -> list[str]:
            ids = ids[:rr.CANDIDATES]
            if "abuse1" in opts and ids and ids[0] in ABUSE:
                return [ids[0], *[i for i in plain(text, ids[1:], aside) if i != ids[0]]]
            if "ownkeep" in opts or "keep" in opts:  # a counter the model has no say on keeps its place
                known = [k for k, e in enumerate(ids) if counters_of(e)]
                out = list(ids)
                for place, e in zip(known, plain(text, [ids[k] for k in known], aside), strict=True):
                    out[place] = e
                return out
            return plain(text, ids, aside)
        reranker.rerank = rerank  # type: ignore[method-assign]
    return reranker


def rerank_all(kb: Any, model: Any, variant: str, qs: list[dict[str, Any]],
               cache: dict[str, dict[str, Any]]) -> list[list[str]]:
    import core.rerank as rr

    opts = variant.split("+")
    saved = rr._model
    reranker = _reranker(kb, model, opts)
    short_w = next((float(p[2:]) for p in opts if p.startswith("ws")), model.weight)
    long_w = next((float(p[2:]) for p in opts if p.startswith("wl")), model.weight)
    by_length = {False: replace(model, weight=short_w), True: replace(model, weight=long_w)}
    out = []
    try:
        for q in qs:
            c = cache[q["q"]]
            ids = c["ids"]
            rr._model = lambda q=q: by_length[len(q["q"]) >= LONG]  # type: ignore[assignment]
            english = c["lang"] == "en" and c["plain"] and bool(ids)
            if c["asked"] or ("en" in opts and english):
                ids = reranker.rerank(q["q"], ids, c["aside"], c.get("told") if "harm1" in opts else None)
            elif ("enja" in opts or "enq" in opts) and english:
                from core.ask import find_ask
                from core.english import to_japanese
                text = q["q"] if "enja" in opts else find_ask(q["q"], True).text
                ids = reranker.rerank(to_japanese(text), ids, c["aside"])
            out.append(ids[:5])
    finally:
        rr._model = saved
    return out


def hitter(kb: Any) -> Any:
    from tests.fixtures import CONTRACT
    from tests.scoring import registry_refs

    registry = registry_refs(CONTRACT / "counters.tsv")
    refs = {eid: set(e.get("plan_refs") or ()) for eid, e in kb.entries.items()}

    def hit(eid: str, q: dict[str, Any]) -> bool:
        want = set(q.get("refs", []))
        for i in q.get("ids", []):
            want |= registry.get(i, set())
        return eid in q.get("ids", []) or bool(refs.get(eid, set()) & want)
    return hit


def tally(qs: list[dict[str, Any]], lists: list[list[str]], hit: Any) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for q, lst in zip(qs, lists, strict=True):
        for key in ("all", "long" if len(q["q"]) >= LONG else "short", "en" if q["q"].isascii() else "ja"):
            t = out.setdefault(key, [0, 0, 0])
            t[0] += bool(lst) and hit(lst[0], q)
            t[1] += any(hit(e, q) for e in lst[:3])
            t[2] += 1
    return out


def _fmt(t: dict[str, list[int]]) -> str:
    return "  ".join(f"{k} {v[0] / v[2]:.3f}/{v[1] / v[2]:.3f} n{v[2]}" for k, v in t.items())


def misses(qs: list[dict[str, Any]], cache: dict[str, dict[str, Any]], hit: Any) -> None:
    """How often the right counter is not among the rules' first ten at all (plain answers only)."""
    plain = [q for q in qs if cache[q["q"]]["plain"] and cache[q["q"]]["ids"]]
    no10 = [q for q in plain if not any(hit(e, q) for e in cache[q["q"]]["ids"][:10])]
    in30 = [q for q in no10 if any(hit(e, q) for e in cache[q["q"]]["ids"][10:30])]
    print(f"right counter not in the rules' first ten: {len(no10)} of {len(plain)} plain answers "
          f"({len(in30)} of them in 11–30)")


def main() -> None:
    args = sys.argv[1:]
    logo_too = "--logo" in args
    variants = [a for a in args if a != "--logo"] or ["ship"]
    kb = _kb()
    hit = hitter(kb)
    route = {s: rows_of(s) for s in SHIPPED + NEW_TRAIN + CLEAN}  # routing lines with the counters they accept
    cache = routed_cache(kb, [r["q"] for rows in route.values() for r in rows])
    misses([q for s in CLEAN for q in route[s]], cache, hit)
    base = [cache[q["q"]]["ids"][:5] for s in CLEAN for q in route[s]]
    print(f"{'rules alone':<28} CLEAN {_fmt(tally([q for s in CLEAN for q in route[s]], base, hit))}", flush=True)
    for variant in variants:  # the readings after a comma: "C10+m1.5,en,en+ws0.6"
        fitting, *readings = variant.split(",")
        readings = ["", *readings]
        t0 = time.process_time()
        extra = [s for s in NEW_TRAIN if f"no{s[-1].upper()}" not in fitting.split("+")]
        model = train(fitting, [r for s in SHIPPED + extra for r in route[s]])
        qs = [q for s in CLEAN for q in route[s]]
        for how in readings:
            clean = tally(qs, rerank_all(kb, model, f"{fitting}+{how}", qs, cache), hit)
            print(f"{fitting + ',' + how:<28} CLEAN {_fmt(clean)}  ({time.process_time() - t0:.0f} s CPU)", flush=True)
        if not logo_too:
            continue
        logo: dict[str, dict[str, list[int]]] = {}
        for held in GROUPS.values():
            rest = [s for s in SHIPPED + extra + CLEAN if s not in held]
            model = train(fitting, [r for s in rest for r in route[s]])
            qs = [q for s in held for q in route[s]]
            for how in [*readings, "rules"]:
                lists = ([cache[q["q"]]["ids"][:5] for q in qs] if how == "rules"
                         else rerank_all(kb, model, f"{fitting}+{how}", qs, cache))
                for k, v in tally(qs, lists, hit).items():
                    acc = logo.setdefault(how, {}).setdefault(k, [0, 0, 0])
                    for i in range(3):
                        acc[i] += v[i]
        for how, t in logo.items():
            print(f"{fitting + ',' + how:<28} LOGO  {_fmt(t)}  ({time.process_time() - t0:.0f} s CPU)", flush=True)


if __name__ == "__main__":
    main()
