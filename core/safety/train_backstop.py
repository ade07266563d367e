"""Train the backstop (backstop.py) on the tuning parts only — never on a locked part.

    python -m core.safety.train_backstop [--tune MORE_TUNE.jsonl ...] [--sha-tune WHOLE_SET.jsonl ...]

Positives: crisis and soft lines; negatives: routine lines with alarming words (calm) and ordinary routing
questions. A whole blind set given with --sha-tune is cut as the benches cut it (sha256(q) % 3 != 0 is tune).
Needs scikit-learn (a development tool; the bot itself reads only backstop.json).
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from .backstop import LIMIT, MODEL, NGRAMS
from .normalize import fold

ROOT = Path(__file__).resolve().parents[2]
TUNE = ("safety_tune.jsonl", "safety_d_tune.jsonl", "safety_e_tune.jsonl", "safety_f_tune.jsonl")  # crisis / soft / calm
ROUTES = ("own.jsonl", "long_tune.jsonl")               # ordinary questions: negatives
THRESHOLD = 0.75  # 5-fold cross-validation on the tuning parts: ~3 % of calm lines raised, ~3/5 of silent crises rescued
MIN_WEIGHT = 0.02


def _rows(path: Path, sha_tune: bool = False) -> list[tuple[str, bool]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        it = json.loads(line)
        q = it.get("q") or ""
        if sha_tune and int(hashlib.sha256(q.encode()).hexdigest(), 16) % 3 == 0:
            continue  # the locked third: never read for training
        out.append((q, it.get("kind") in ("crisis", "soft")))
    return out


def _place_words() -> set[str]:
    """The city's and its districts' names (data/): an n-gram holding one is a fact of one city, not of a crisis."""
    import yaml

    city = yaml.safe_load((ROOT / "data/city.yaml").read_text(encoding="utf-8"))
    names = [str(v) for v in city["name"].values()]
    names += [d["name"] for d in yaml.safe_load((ROOT / "data/districts.yaml").read_text(encoding="utf-8"))]
    return {fold(n.removesuffix("市").removesuffix("City").removesuffix("地域").removesuffix("地区").strip())
            for n in names} - {""}


def drop_places(weights: dict[str, float], places: set[str]) -> dict[str, float]:
    """The weights without the n-grams that name a place (the program holds no city's names)."""
    return {g: w for g, w in weights.items() if not any(p in g for p in places)}


def main() -> None:
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    ap = argparse.ArgumentParser()
    ap.add_argument("--sha-tune", nargs="*", default=[], help="whole blind sets: only their tune part is read")
    ap.add_argument("--tune", nargs="*", default=[], help="tune files (kind crisis/soft/calm)")
    args = ap.parse_args()
    rows = [r for name in TUNE for r in _rows(ROOT / "tests/questions" / name)]
    rows += [(q, False) for name in ROUTES for q, _ in _rows(ROOT / "tests/questions" / name)]
    rows += [r for p in args.sha_tune for r in _rows(Path(p), sha_tune=True)]
    rows += [r for p in args.tune for r in _rows(Path(p))]
    texts, labels = [q[:LIMIT] for q, _ in rows], [y for _, y in rows]
    vec = CountVectorizer(analyzer="char", ngram_range=(min(NGRAMS), max(NGRAMS)), min_df=2, binary=True,
                          preprocessor=fold, lowercase=False)
    model = LogisticRegression(C=1.0, max_iter=3000, class_weight="balanced").fit(vec.fit_transform(texts), labels)
    weights = {g: round(float(w), 3) for g, w in zip(vec.get_feature_names_out(), model.coef_[0], strict=True)
               if abs(w) >= MIN_WEIGHT}
    weights = drop_places(weights, _place_words())
    MODEL.write_text(json.dumps({"threshold": THRESHOLD, "bias": round(float(model.intercept_[0]), 4),
                                 "trained_on": len(rows), "positives": sum(labels), "weights": weights},
                                ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(rows)} lines ({sum(labels)} crisis or soft), {len(weights)} n-grams → {MODEL}")


if __name__ == "__main__":
    main()
