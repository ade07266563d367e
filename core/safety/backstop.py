"""The trained backstop: a character n-gram model that may raise a message the rules left silent to soft.

Rules miss phrasings nobody wrote down; a person speaking of a present danger must still never meet silence
(issue #11). The model (logistic regression over the 1–3 character n-grams of the folded text, trained on the
tuning parts only by `python -m core.safety.train_backstop`) is read from backstop.json. It never silences or
lowers a rule, and never raises an alarm: at most one quiet line and a gentle question back.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

from .normalize import fold

MODEL = Path(__file__).with_name("backstop.json")
NGRAMS = (1, 2, 3)  # from 1: grams() takes the characters themselves first
LIMIT = 400  # characters read: a danger told in the middle of a long message is still in them
_SPACES = re.compile(r"\s\s+")  # as scikit-learn's character analyzer reads a text


def grams(text: str) -> set[str]:
    """The distinct 1–3 character n-grams of the folded text (the features of the model)."""
    t = _SPACES.sub(" ", fold(text))
    out = set(t)
    for n in NGRAMS[1:]:
        out.update([t[i:i + n] for i in range(len(t) - n + 1)])
    return out


@lru_cache(maxsize=1)
def _model() -> tuple[dict[str, float], float, float]:
    data = json.loads(MODEL.read_text(encoding="utf-8"))
    threshold = float(data["threshold"])
    return data["weights"], float(data["bias"]), math.log(threshold / (1 - threshold))


def hears_danger(text: str) -> bool:
    """Whether the model hears danger or distress in a message the rules found nothing in."""
    weights, bias, cut = _model()
    get = weights.get
    score = bias + sum([get(g, 0.0) for g in grams(text[:LIMIT])])
    return score > cut
