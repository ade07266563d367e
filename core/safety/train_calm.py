"""Train the calm head (calm.py) on tuning parts only — never on a locked part.

    python -m core.safety.train_calm [--cv]

Distress (1): the soft and crisis lines of the safety sets the backstop trains on and worry_v_tune's soft lines;
plain (0): their calm lines, worry_v_tune's plain lines (a relative's forgetfulness, a service asked for) and the
ordinary questions the backstop reads as routine. `--cv` prints, for worry_v_tune cut in five, how many soft lines
keep the quiet line and how many plain ones lose it at each cut, the head trained without that fifth.
Needs scikit-learn (a development tool; the bot reads only calm.json).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from .backstop import LIMIT, NGRAMS
from .normalize import fold
from .train_backstop import TUNE, _place_words, _rows, drop_places

ROOT = Path(__file__).resolve().parents[2]
MODEL = Path(__file__).with_name("calm.json")
QUESTIONS = ROOT / "tests/questions"
SETS = (*TUNE, "safety_train_e.jsonl", "safety_train_f.jsonl")
WORRY = "worry_v_tune.jsonl"
# Ordinary questions as plain lines: the short ones only. The long LINE-style sets tell a resident's own exhaustion
# beside the counter they ask for (正直疲れ果ててます…相談先), and as plain lines they taught the head that a weight
# told with a question is no weight.
ROUTES: tuple[str, ...] = ("own.jsonl",)
WORRY_WEIGHT = 3.0  # the plain worries are few beside ten thousand other lines, and they are the ones that teach it
C, MIN_WEIGHT = 1.0, 0.02
# Cuts chosen on worry_v_tune (--cv, combined with the screen) and the safety tune parts the head never read (m, o, p,
# q): a rule's quiet line needs little evidence (its soft lines stay), the danger head's alone more, and the head alone
# much more (0.8 gave the quiet line to 1 % more of the routing sets' ordinary questions than 0.9, for 2 soft lines; at
# 0.9 a long question about an aunt's guardian, 困っています, got it).
CUT_RULE, CUT_MODEL, CUT_RAISE = 0.08, 0.5, 0.95


def rows() -> list[tuple[str, bool, float]]:
    """(text, distress, weight) of every line the head is trained on."""
    out = [(r["q"], r["kind"] in ("soft", "crisis"), 1.0) for name in SETS for r in _rows(QUESTIONS / name)
           if r["kind"] in ("soft", "crisis", "calm")]
    out += [(r["q"], False, 1.0) for name in ROUTES for r in _rows(QUESTIONS / name)]
    out += [(r["q"], r["kind"] == "soft", WORRY_WEIGHT) for r in _rows(QUESTIONS / WORRY)]
    return out


def _vectorizer() -> Any:
    from sklearn.feature_extraction.text import CountVectorizer
    return CountVectorizer(analyzer="char", ngram_range=(min(NGRAMS), max(NGRAMS)), min_df=2, binary=True,
                           preprocessor=fold, lowercase=False)


def _fit(data: list[tuple[str, bool, float]]) -> tuple[Any, Any]:
    from sklearn.linear_model import LogisticRegression
    vec = _vectorizer()
    x = vec.fit_transform([t[:LIMIT] for t, _, _ in data])
    model = LogisticRegression(C=C, max_iter=3000, class_weight="balanced")
    model.fit(x, [y for _, y, _ in data], sample_weight=[w for _, _, w in data])
    return vec, model


def cross_validate(data: list[tuple[str, bool, float]]) -> None:
    """The cuts' effect on worry_v_tune, each fifth scored by a head trained without it."""
    worry = [d for d in data if d[2] == WORRY_WEIGHT]
    rest = [d for d in data if d[2] != WORRY_WEIGHT]
    probs: list[tuple[float, bool]] = []
    for k in range(5):
        held = worry[k::5]
        vec, model = _fit(rest + [d for i, d in enumerate(worry) if i % 5 != k])
        p = model.predict_proba(vec.transform([t[:LIMIT] for t, _, _ in held]))[:, 1]
        probs += [(float(pi), y) for pi, (_, y, _) in zip(p, held, strict=True)]
    soft = [p for p, y in probs if y]
    plain = [p for p, y in probs if not y]
    for cut in (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7):
        print(f"cut {cut}: soft lines kept {sum(p > cut for p in soft)}/{len(soft)}, "
              f"plain lines kept plain {sum(p <= cut for p in plain)}/{len(plain)}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cv", action="store_true", help="cross-validate on worry_v_tune instead of writing calm.json")
    args = ap.parse_args()
    data = rows()
    if args.cv:
        cross_validate(data)
        return
    vec, model = _fit(data)
    weights = {str(g): round(float(w), 3) for g, w in zip(vec.get_feature_names_out(), model.coef_[0], strict=True)
               if abs(w) >= MIN_WEIGHT}
    weights = drop_places(weights, _place_words())
    out = {"bias": round(float(model.intercept_[0]), 4), "cut_rule": CUT_RULE, "cut_model": CUT_MODEL, "cut_raise": CUT_RAISE,
           "trained_on": len(data), "weights": weights}
    MODEL.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(data)} lines ({sum(y for _, y, _ in data)} distress), {len(weights)} n-grams → {MODEL}")


if __name__ == "__main__":
    main()
