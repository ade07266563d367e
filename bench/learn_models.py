"""The classifiers and blends tried by bench/route_learn_loso.py (scikit-learn: a development tool)."""

from __future__ import annotations

from typing import Any

import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from knowledge.text import normalize, terms

LIMIT = 400


def _char(min_df: int = 2) -> TfidfVectorizer:
    return TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True, min_df=min_df,
                           preprocessor=lambda t: normalize(t)[:LIMIT], lowercase=False)


def _words() -> TfidfVectorizer:
    return TfidfVectorizer(analyzer=lambda t: terms(normalize(t)[:LIMIT]), sublinear_tf=True, min_df=2)


class Model:
    def __init__(self, variant: str) -> None:
        self.variant = variant
        self.vecs = [_char()] if variant.startswith("char") else []
        if "words" in variant:
            self.vecs.append(_words())
        self.c = 10.0
        for part in variant.split("+"):
            if part.startswith("C"):
                self.c = float(part[1:])

    def fit(self, texts: list[str], labels: list[str], weights: list[float]) -> Model:
        x = hstack([v.fit_transform(texts) for v in self.vecs]).tocsr()
        self.clf = LogisticRegression(C=self.c, max_iter=3000).fit(x, labels, sample_weight=weights)
        self.classes = list(self.clf.classes_)
        return self

    def proba(self, texts: list[str]) -> list[dict[str, float]]:
        x = hstack([v.transform(texts) for v in self.vecs]).tocsr()
        return [dict(zip(self.classes, p, strict=True)) for p in self.clf.predict_proba(x)]


def training(rows: list[dict[str, Any]]) -> tuple[list[str], list[str], list[float]]:
    texts, labels, weights = [], [], []
    for r in rows:
        if r.get("kind") != "route" or not r.get("ids"):
            continue
        for k, i in enumerate(r["ids"][:3]):
            texts.append(r["q"])
            labels.append(i)
            weights.append(1.0 / (k + 1))
    return texts, labels, weights


def evaluate(data: dict[str, list[dict[str, Any]]], dev: list[dict[str, Any]], cache: dict[str, dict[str, Any]],
             registry: dict[str, set[str]], refs: dict[str, set[str]], variants: list[str]) -> None:
    from route_learn_loso import FRESH, OLD, SETS, TRAIN_ONLY

    def hit(eid: str, q: dict[str, Any]) -> bool:
        ids = set(q.get("ids", []))
        want = set(q.get("refs", []))
        for i in ids:
            want |= registry.get(i, set())
        return eid in ids or bool(refs.get(eid, set()) & want)

    # sets left out in groups (each group never trained on while it is scored): five fits instead of fourteen
    groups = {"G1": ["own", "long_tune", "long2_tune", "long3_tune"], "G2": ["short5_tune", "long5_tune", "short6_tune", "long6_tune"],
              "G3": ["short7_tune", "long7_tune", "short8_tune", "long8_tune"], "G4": ["short9_tune", "long9_tune"]}
    folds = [(g, [t for t in SETS if t not in held] + TRAIN_ONLY, held) for g, held in groups.items()]
    folds.append(("FRESH", OLD + TRAIN_ONLY, FRESH))
    folds.append(("DEV", SETS + TRAIN_ONLY, ["__dev__"]))
    sets = {**data, "__dev__": dev}
    for variant in variants:
        print(f"== {variant}", flush=True)
        results: dict[str, dict[str, list[int]]] = {}
        for name, train, held in folds:
            model = ShipModel(variant).fit([r for s in train for r in sets[s] if r.get("kind") == "route" and r.get("ids")])
            qs = [r for s in held for r in sets[s] if r.get("kind") == "route"]
            probs = model.proba([q["q"] for q in qs])
            tally = results.setdefault(name, {})
            for q, p in zip(qs, probs, strict=True):
                score_line(q, cache[q["q"]], p, refs, hit, tally, len(q["q"]))
            print(f"  {name}: base {tally['base'][0]}/{tally['base'][2]} w0.8 {tally['w0.8'][0]}/{tally['w0.8'][2]}", flush=True)
        report(results)


class ShipModel:
    """The shipped trainer (core/train_rerank.py) and the runtime's own arithmetic (core/rerank.py)."""

    def __init__(self, variant: str) -> None:
        self.variant = variant

    def fit(self, rows: list[dict[str, Any]]) -> ShipModel:
        import core.rerank as rr
        import core.train_rerank as tr
        for part in self.variant.split("+")[1:]:
            if part.startswith("C"):
                tr.C = float(part[1:])
            if part.startswith("m"):
                tr.MIN_WEIGHT = float(part[1:])
        data = tr.fit(rows)
        self.model = rr._Model({g: v * v for g, v in data["idf"].items()}, {c: (float(b), w) for c, (b, w) in data["classes"].items()}, 0.8)
        return self

    def proba(self, texts: list[str]) -> list[dict[str, float]]:
        import core.rerank as rr
        saved = rr._model
        rr._model = lambda: self.model  # type: ignore[assignment]
        try:
            return [rr.probabilities(t, set(self.model.classes)) for t in texts]
        finally:
            rr._model = saved


def _cls(eid: str, p: dict[str, float], refs: dict[str, set[str]]) -> float:
    """The classifier's probability for an entry: its own class, or a class sharing a plan ref."""
    mine = refs.get(eid, set())
    return max([v for c, v in p.items() if c == eid or (mine and refs.get(c, set()) & mine)], default=0.0)


WS = [0.0, 0.2, 0.4, 0.6, 0.8, 1.2, 2.0]
TAUS = [0.3, 0.5, 0.7]


def blends(ids: list[str], p: dict[str, float], refs: dict[str, set[str]], plain: bool) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    top5 = ids[:5]
    if not plain or not top5:
        return {f"w{w}": top5 for w in WS} | {f"ins{t}@{k}": top5 for t in TAUS for k in (0, 1)} | {
            f"w0.8+ins{t}": top5 for t in TAUS} | {f"cand10w{w}": top5 for w in WS}
    n = len(top5)
    ps = [_cls(e, p, refs) for e in top5]
    for w in WS:
        sc = [(1.0 - k / (n + 1)) + w * ps[k] for k in range(n)]
        out[f"w{w}"] = [top5[i] for i in sorted(range(n), key=lambda i: -sc[i])]
    # 10 candidates, the rank prior over 10
    n10 = len(ids)
    ps10 = [_cls(e, p, refs) for e in ids]
    for w in WS:
        sc = [(1.0 - k / (n10 + 1)) + w * ps10[k] for k in range(n10)]
        out[f"cand10w{w}"] = [ids[i] for i in sorted(range(n10), key=lambda i: -sc[i])][:5]
    best, bp = max(p.items(), key=lambda x: x[1])
    covered = any(_cls(e, {best: 1.0}, refs) > 0 for e in top5)
    for t in TAUS:
        for k in (0, 1):
            lst = top5
            if bp >= t and not covered:
                lst = (top5[:k] + [best] + top5[k:])[:5]
            out[f"ins{t}@{k}"] = lst
        base = out["w0.8"]
        out[f"w0.8+ins{t}"] = ([best] + base)[:5] if bp >= t and not covered else base
    return out


def score_line(q: dict[str, Any], routed: dict[str, Any], p: dict[str, float], refs: dict[str, set[str]], hit: Any,
               tally: dict[str, list[int]], length: int) -> None:
    for key, lst in {"base": routed["ids"][:5], **blends(routed["ids"], p, refs, routed["plain"])}.items():
        for part in (key, f"{key}|{'long' if length >= 60 else 'short'}"):
            t = tally.setdefault(part, [0, 0, 0])
            t[0] += bool(lst) and hit(lst[0], q)
            t[1] += any(hit(e, q) for e in lst[:3])
            t[2] += 1


def report(results: dict[str, dict[str, list[int]]]) -> None:
    keys = list(next(iter(results.values())).keys())
    loso: dict[str, list[int]] = {}
    for name, tally in results.items():
        if name in ("FRESH", "DEV"):
            continue
        for k, v in tally.items():
            acc = loso.setdefault(k, [0, 0, 0])
            for i in range(3):
                acc[i] += v[i]
    rows = {"LOSO": loso, "FRESH": results["FRESH"], "DEV": results["DEV"]}
    main = [k for k in keys if "|" not in k]
    print(f"{'blend':<16}" + "".join(f"{n:>22}" for n in rows))
    for k in main:
        print(f"{k:<16}" + "".join(f"   {v[k][0] / v[k][2]:.3f}/{v[k][1] / v[k][2]:.3f} n{v[k][2]:<4}" for v in rows.values()))
    for label, tally in (("LOSO", loso), ("FRESH", results["FRESH"])):
        print(f"{label} long | short:")
        for k in main:
            a, b = tally.get(f"{k}|long", [0, 0, 1]), tally.get(f"{k}|short", [0, 0, 1])
            print(f"  {k:<16} long {a[0] / a[2]:.3f}/{a[1] / a[2]:.3f} n{a[2]}  short {b[0] / b[2]:.3f}/{b[1] / b[2]:.3f} n{b[2]}")
    _ = np


def prune_sweep(data: dict[str, list[dict[str, Any]]], cache: dict[str, dict[str, Any]], registry: dict[str, set[str]],
                refs: dict[str, set[str]], thresholds: list[float], weights: list[float]) -> None:
    """One fit a fold; the weights below each threshold dropped afterwards (file size, speed) and each blend
    weight scored: top-1 / top-3 over the groups left out, and on the fresh sets trained without them."""
    from route_learn_loso import FRESH, OLD, SETS, TRAIN_ONLY

    import core.rerank as rr
    import core.train_rerank as tr

    def hit(eid: str, q: dict[str, Any]) -> bool:
        want = set(q.get("refs", []))
        for i in q.get("ids", []):
            want |= registry.get(i, set())
        return eid in q.get("ids", []) or bool(refs.get(eid, set()) & want)

    groups = {"G1": ["own", "long_tune", "long2_tune", "long3_tune"], "G2": ["short5_tune", "long5_tune", "short6_tune", "long6_tune"],
              "G3": ["short7_tune", "long7_tune", "short8_tune", "long8_tune"], "G4": ["short9_tune", "long9_tune"]}
    folds = [(g, [t for t in SETS if t not in held] + TRAIN_ONLY, held) for g, held in groups.items()]
    folds.append(("FRESH", OLD + TRAIN_ONLY, FRESH))
    folds = [f for f in folds if f[0] in ("FRESH", "G1")]  # the sweep's time: the fresh sets and one group
    tr.MIN_WEIGHT = min(thresholds)
    tally: dict[tuple[str, float, float], list[int]] = {}
    for name, train, held in folds:
        full = tr.fit([r for s in train for r in data[s] if r.get("kind") == "route" and r.get("ids")])
        qs = [r for s in held for r in data[s] if r.get("kind") == "route"]
        for t in thresholds:
            model = rr._Model({g: v * v for g, v in full["idf"].items()}, {c: (float(b), {g: v for g, v in w.items() if abs(v) >= t})
                                            for c, (b, w) in full["classes"].items()}, 0.8)
            cells = sum(len(w) for _, w in model.classes.values())
            saved = rr._model
            rr._model = lambda m=model: m  # type: ignore[assignment]
            try:
                probs = [rr.probabilities(q["q"], set(model.classes)) for q in qs]
            finally:
                rr._model = saved
            for w in weights:
                key = ("FRESH" if name == "FRESH" else "LOSO", t, w)
                acc = tally.setdefault(key, [0, 0, 0, cells])
                for q, p in zip(qs, probs, strict=True):
                    routed = cache[q["q"]]
                    lst = routed["ids"][:10] if routed["plain"] else routed["ids"][:5]  # ten candidates
                    if routed["plain"] and len(lst) > 1:
                        n = len(lst)
                        ps = [_cls(e, p, refs) for e in lst]
                        lst = [lst[i] for i in sorted(range(n), key=lambda i: (-(1 - i / (n + 1) + w * ps[i]), i))]
                    lst = lst[:5]
                    acc[0] += bool(lst) and hit(lst[0], q)
                    acc[1] += any(hit(e, q) for e in lst[:3])
                    acc[2] += 1
        print(f"  {name} done", flush=True)
    for (part, t, w), (a, b, n, cells) in sorted(tally.items()):
        print(f"{part:<6} min {t:<5} cells {cells:>8} w {w:<4} top1 {a / n:.3f} top3 {b / n:.3f} n {n}")
