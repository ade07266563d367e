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
TUNE = ("safety_tune.jsonl", "safety_d_tune.jsonl", "safety_e_tune.jsonl", "safety_f_tune.jsonl",  # crisis / soft / calm
        "safety_g_tune.jsonl", "safety_h_tune.jsonl", "safety_i_tune.jsonl", "safety_j_tune.jsonl", "safety_k_tune.jsonl",
        "safety_l_tune.jsonl", "safety_n_tune.jsonl",
        "safety_h_train.jsonl",   # h_train: written for training only (no locked part)
        # session 14: four sets written blind for training only (no locked part): on the held-out tune parts of crisisM and
        # crisisN (in none of the training), the heads rescued 10 crises more than the heads trained without them
        "safety_train_a.jsonl", "safety_train_b.jsonl", "safety_train_c.jsonl", "safety_train_d.jsonl",
        "safety_convo_tune.jsonl")  # the resident's own steps of the blind conversations' tuning parts, by urgency
ROUTES = ("own.jsonl", "long_tune.jsonl", "long2_tune.jsonl", "long3_tune.jsonl")  # ordinary questions: negatives
THRESHOLD = 0.75  # 5-fold cross-validation on the tuning parts: ~3 % of calm lines raised, ~3/5 of silent crises rescued
MIN_WEIGHT = 0.02
CRISIS_C = 1.0
CRISIS_HEARD, CRISIS_SILENT = 0.75, 0.95  # leave-one-set-out over the tuning sets (bench/safety_loso.py)
CRISIS_KANA = 0.9  # kana-only routine questions (こどもが ことばを はなしません) sat at 0.8; kana crises rescued, at 0.99
SITUATION_C, SITUATION_MIN_WEIGHT = 10.0, 0.05


def _rows(path: Path, sha_tune: bool = False) -> list[dict[str, str]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        it = json.loads(line)
        q = it.get("q") or ""
        if sha_tune and int(hashlib.sha256(q.encode()).hexdigest(), 16) % 3 == 0:
            continue  # the locked third: never read for training
        out.append({"q": q, "kind": it.get("kind") or "route", "situation": it.get("situation") or ""})
    return out


def tuning_rows(extra: list[Path] = (), sha_tune: list[Path] = ()) -> list[dict[str, str]]:  # type: ignore[assignment]
    """The tuning parts (and the ordinary questions as routine lines): all the heads are trained on."""
    rows = [r for name in TUNE for r in _rows(ROOT / "tests/questions" / name)]
    rows += [{**r, "kind": "route"} for name in ROUTES for r in _rows(ROOT / "tests/questions" / name)]
    rows += [r for p in sha_tune for r in _rows(Path(p), sha_tune=True)]
    rows += [r for p in extra for r in _rows(Path(p))]
    return rows


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


def _binary(texts: list[str], labels: list[bool], c: float) -> tuple[dict[str, float], float]:
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = CountVectorizer(analyzer="char", ngram_range=(min(NGRAMS), max(NGRAMS)), min_df=2, binary=True,
                          preprocessor=fold, lowercase=False)
    model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced").fit(vec.fit_transform(texts), labels)
    weights = {g: round(float(w), 3) for g, w in zip(vec.get_feature_names_out(), model.coef_[0], strict=True)
               if abs(w) >= MIN_WEIGHT}
    return weights, round(float(model.intercept_[0]), 4)


def _situations(texts: list[str], labels: list[str]) -> dict[str, object]:
    """Which situation a crisis most likely is: a multinomial model over the crisis lines alone, on the
    n-grams weighed by their rarity (binary TF-IDF, L2-normalised: the right kind of line first in 0.95 of the
    tuning sets' crises, each set left out in turn, against 0.88 for plain presence)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = TfidfVectorizer(analyzer="char", ngram_range=(min(NGRAMS), max(NGRAMS)), min_df=2, binary=True,
                          preprocessor=fold, lowercase=False)
    model = LogisticRegression(C=SITUATION_C, max_iter=3000).fit(vec.fit_transform(texts), labels)
    weights: dict[str, list[object]] = {}
    for j, g in enumerate(vec.get_feature_names_out()):
        cells = [[i, round(float(model.coef_[i, j]), 3)] for i in range(len(model.classes_))
                 if abs(model.coef_[i, j]) >= SITUATION_MIN_WEIGHT]
        weights[str(g)] = [round(float(vec.idf_[j]), 3), cells]
    return {"labels": [str(c) for c in model.classes_], "bias": [round(float(b), 4) for b in model.intercept_],
            "weights": weights}


def fit(rows: list[dict[str, str]], places: set[str] | None = None) -> dict[str, object]:
    """The three heads (backstop.py) trained on these rows; n-grams naming a place are dropped."""
    texts = [r["q"][:LIMIT] for r in rows]
    danger, danger_bias = _binary(texts, [r["kind"] in ("crisis", "soft") for r in rows], 1.0)
    crisis, crisis_bias = _binary(texts, [r["kind"] == "crisis" for r in rows], CRISIS_C)
    crises = [r for r in rows if r["kind"] == "crisis" and r["situation"]]
    situations = _situations([r["q"][:LIMIT] for r in crises], [r["situation"] for r in crises])
    if places:
        danger, crisis = drop_places(danger, places), drop_places(crisis, places)
        situations["weights"] = drop_places(situations["weights"], places)  # type: ignore[arg-type]
    return {"threshold": THRESHOLD, "bias": danger_bias, "trained_on": len(rows),
            "positives": sum(r["kind"] in ("crisis", "soft") for r in rows), "weights": danger,
            "crisis": {"threshold_heard": CRISIS_HEARD, "threshold_silent": CRISIS_SILENT,
                       "threshold_kana": CRISIS_KANA, "bias": crisis_bias,
                       "weights": crisis},
            "situations": situations}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sha-tune", nargs="*", default=[], help="whole blind sets: only their tune part is read")
    ap.add_argument("--tune", nargs="*", default=[], help="tune files (kind crisis/soft/calm)")
    args = ap.parse_args()
    rows = tuning_rows([Path(p) for p in args.tune], [Path(p) for p in args.sha_tune])
    model = fit(rows, _place_words())
    danger = model["weights"]
    assert isinstance(danger, dict)
    MODEL.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n",
                     encoding="utf-8")
    print(f"{len(rows)} lines ({model['positives']} crisis or soft), {len(danger)} n-grams → {MODEL}")


if __name__ == "__main__":
    main()
