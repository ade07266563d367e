"""Train the router's learned reranker (core/rerank.py) on the routing tune parts only — never on a locked part.

    python -m core.train_rerank

One binary logistic regression a counter (one-vs-rest) over the distinct 1–3 character n-grams of the message,
weighed by their rarity (binary TF-IDF, L2-normalised), trained on how residents word their trouble: the routing
lines of the tune parts and of route_train*.jsonl (written for training only). A line is a positive example of each
counter it accepts (the first fully, the others less). Needs scikit-learn (a development tool; the bot itself reads
only rerank.json). bench/route_learn_loso.py measures it, each set left out in turn.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from core.rerank import LIMIT, MODEL, WEIGHT
from core.safety.train_backstop import _place_words
from knowledge.text import normalize

ROOT = Path(__file__).resolve().parents[1]
SETS = ("own", "long_tune", "long2_tune", "long3_tune", *(f"short{i}_tune" for i in range(5, 14)),
        *(f"long{i}_tune" for i in range(5, 14)), "route_train", "route_train_u", "route_train_v")
HELD_OUT = ("short14", "long14")  # session 17's held-out sets: neither part is ever trained on
C = 10.0
MIN_WEIGHT = 1.5  # |weight × idf| below this is dropped: ~90 000 weights, not 1.3 million (FRESH top-1 0.908 → 0.904)


def rows_of(name: str) -> list[dict[str, Any]]:
    """The routing lines of one set that name the counters they accept."""
    assert "locked" not in name, "a locked part is never read for training"
    assert not name.startswith(HELD_OUT), "a held-out set is never read for training"
    path = ROOT / "tests" / "questions" / f"{name}.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if r.get("kind") == "route" and r.get("ids")]


def training_rows(sets: tuple[str, ...] = SETS) -> list[dict[str, Any]]:
    return [r for s in sets for r in rows_of(s)]


def fingerprint(rows: list[dict[str, Any]]) -> str:
    """What the model was trained on, to tell a model file out of step with its data (tests/test_rerank*.py)."""
    text = "\n".join(f"{r['q']}\t{' '.join(r['ids'][:3])}" for r in rows)
    return hashlib.sha256(f"{C} {MIN_WEIGHT} {LIMIT}\n{text}".encode()).hexdigest()[:16]


def _prepare(text: str) -> str:
    return normalize(text)[:LIMIT]


def fit(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The model (rerank.json's content) trained on these rows."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), min_df=2, binary=True, preprocessor=_prepare,
                          lowercase=False)
    x = vec.fit_transform([r["q"] for r in rows])
    names = vec.get_feature_names_out()
    idf = {str(g): round(float(v), 4) for g, v in zip(names, vec.idf_, strict=True)}
    classes: dict[str, Any] = {}
    for c in sorted({i for r in rows for i in r["ids"][:3]}):
        rank = [r["ids"][:3].index(c) if c in r["ids"][:3] else -1 for r in rows]
        y = [k >= 0 for k in rank]
        if sum(y) < 2:
            continue  # a counter accepted once is no class to learn
        weight = [1.0 / (k + 1) if k >= 0 else 1.0 for k in rank]
        model = LogisticRegression(C=C, solver="liblinear", random_state=0).fit(x, y, sample_weight=weight)
        cells = {str(g): round(float(w * vec.idf_[j]), 3) for j, (g, w) in enumerate(zip(names, model.coef_[0],
                                                                                          strict=True))
                 if abs(w * vec.idf_[j]) >= MIN_WEIGHT}
        classes[c] = [round(float(model.intercept_[0]), 4), cells]
    # n-grams naming the city or a district are dropped, as the safety heads' are: the program holds no city's names
    places = _place_words()
    idf = {g: v for g, v in idf.items() if not any(w in g for w in places)}
    for c, (bias, cells) in classes.items():
        classes[c] = [bias, {g: w for g, w in cells.items() if g in idf}]
    return {"trained_on": len(rows), "data": fingerprint(rows), "weight": WEIGHT, "idf": idf, "classes": classes}


def main() -> None:
    rows = training_rows()
    model = fit(rows)
    MODEL.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n",
                     encoding="utf-8")
    cells = sum(len(v[1]) for v in model["classes"].values())
    print(f"{len(rows)} lines, {len(model['classes'])} counters, {len(model['idf'])} n-grams, {cells} weights → {MODEL}")


if __name__ == "__main__":
    main()
