"""The trained backstop: character n-gram models for the phrasings no rule was written for.

Rules miss phrasings nobody wrote down; a person speaking of a present danger must still never meet silence,
and a crisis must not be met with only the quiet line (issue #11). Three heads, each a logistic regression over
the distinct 1–3 character n-grams of the folded text, trained on the tuning parts only by
`python -m core.safety.train_backstop` and read from backstop.json:
- `hears_danger`: danger or distress at all (raises a silent message to soft);
- `hears_crisis`: a crisis rather than distress or a routine question, and which situation it most likely is
  (raises a message the rules found no cue in to that situation's lines). A message the rules heard as
  distress needs less evidence than one they found nothing in: that is where unwritten crises showed up.
They never silence or lower a rule.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from operator import add, itemgetter
from pathlib import Path
from typing import Any

from core.kana import mostly_kana
from knowledge.build_cache import built

from .normalize import fold

MODEL = Path(__file__).with_name("backstop.json")
NGRAMS = (1, 2, 3)  # from 1: grams() takes the characters themselves first
LIMIT = 400  # characters read: a danger told in the middle of a long message is still in them
_SPACES = re.compile(r"\s\s+")  # as scikit-learn's character analyzer reads a text


@lru_cache(maxsize=64)
def grams(text: str) -> frozenset[str]:
    """The distinct 1–3 character n-grams of the folded text (the features of the models; cached: two heads read them)."""
    t = _SPACES.sub(" ", fold(text))
    pairs = list(map(add, t, t[1:]))  # the n-grams made in C: a long message has a thousand of them
    return frozenset(chain(t, pairs, map(add, pairs, t[2:])))


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    """backstop.json, parsed once for all three heads (≈ 0.45 s of a cold start a parse)."""
    return json.loads(MODEL.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _model() -> tuple[dict[str, float], float, float]:
    data = _data()
    threshold = float(data["threshold"])
    return data["weights"], float(data["bias"]), math.log(threshold / (1 - threshold))


# What the heads know of one n-gram, looked up once for all three: the danger head's weight, the crisis head's, and
# the situation head's idf (None: not one of its features) with its cells (class index, weight × idf).
_Row = tuple[float, float, "float | None", tuple[tuple[int, float], ...]]
_TABLES: dict[tuple[int, int], dict[str, _Row]] = {}


def _table() -> tuple[tuple[int, int], dict[str, _Row]]:
    """The three heads' weights by n-gram in one dictionary (built once for the heads loaded)."""
    weights, _, _ = _model()
    heads = _crisis_heads()
    key = (id(weights), id(heads))
    if key not in _TABLES:
        _TABLES.clear()
        crisis = heads.weights if heads else {}
        cells = heads.cells if heads else {}
        _TABLES[key] = {g: (weights.get(g, 0.0), crisis.get(g, 0.0), *cells.get(g, (None, ())))
                        for g in weights.keys() | crisis.keys() | cells.keys()}
    return key, _TABLES[key]


@lru_cache(maxsize=64)
def _rows(text: str) -> tuple[_Row, ...]:
    """The rows of the text's n-grams the heads know, in the order of grams(text): a long message has a thousand
    n-grams, looked up once instead of once a head. A sum over them is the sum over every n-gram with 0.0 for an
    unknown one (adding 0.0 changes no float), so every score is the one the heads always gave."""
    return tuple(filter(None, map(_kept().table.get, grams(text))))


def _found(text: str) -> tuple[_Row, ...]:
    return _rows(text[:LIMIT])


def hears_danger(text: str) -> bool:
    """Whether the model hears danger or distress in a message the rules found nothing in."""
    kept = _kept()
    return kept.bias + sum(map(itemgetter(0), _found(text))) > kept.cut


@dataclass(frozen=True)
class _CrisisHeads:
    weights: dict[str, float]
    bias: float
    cut_heard: float                              # log-odds needed when the rules heard distress
    cut_silent: float                             # … and when they heard nothing
    cut_kana: float                               # the least for a message written almost all in kana
    labels: tuple[str, ...]                       # the situations, in the order of the class weights
    class_bias: tuple[float, ...]
    class_weights: dict[str, list]               # n-gram → [idf, [[class index, weight], …]] (sparse)
    # the same, read once: n-gram → (idf, ((class index, weight × idf), …)); the products are the ones the scores
    # were summed from (w * idf / norm is (w * idf) / norm), so every score is the same float
    cells: dict[str, tuple[float, tuple[tuple[int, float], ...]]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "cells", {g: (idf, tuple((int(i), w * idf) for i, w in cells))
                                           for g, (idf, cells) in self.class_weights.items()})


def _logit(p: float) -> float:
    return math.log(p / (1 - p))


@lru_cache(maxsize=1)
def _crisis_heads() -> _CrisisHeads | None:
    data = _data()
    if "crisis" not in data:
        return None
    c, s = data["crisis"], data["situations"]
    return _CrisisHeads(c["weights"], float(c["bias"]), _logit(float(c["threshold_heard"])),
                        _logit(float(c["threshold_silent"])), _logit(float(c.get("threshold_kana", 0.5))),
                        tuple(s["labels"]), tuple(s["bias"]), s["weights"])


def hears_crisis(text: str, heard: bool) -> tuple[float, tuple[str, ...]] | None:
    """Whether the model hears a crisis in a message no rule found a cue in: the crisis head's log-odds above
    its cut, and the situations, most likely first — or None.

    `heard`: whether the rules (or the danger head) already heard distress in it."""
    heads = _cuts()
    if heads is None:
        return None
    found = _found(text)
    cut = heads.cut_heard if heard else heads.cut_silent
    if mostly_kana(text):  # kana-only lines were mostly crises in training: a kana routine line must not pass
        cut = max(cut, heads.cut_kana)
    margin = heads.bias + sum(map(itemgetter(1), found)) - cut
    if margin <= 0:
        return None
    known = [(idf, cells) for _, _, idf, cells in found if idf is not None]
    norm = math.sqrt(sum([idf * idf for idf, _ in known])) or 1.0  # the L2 norm of the TF-IDF vector
    scores = list(heads.class_bias)
    for _, cells in known:
        for i, wi in cells:
            scores[i] += wi / norm
    return margin, tuple(heads.labels[i] for i in sorted(range(len(scores)), key=scores.__getitem__, reverse=True))


@dataclass(frozen=True)
class _Cuts:
    """What the crisis head decides with besides its weights."""

    bias: float
    cut_heard: float
    cut_silent: float
    cut_kana: float
    labels: tuple[str, ...]
    class_bias: tuple[float, ...]


@dataclass(frozen=True)
class _Kept:
    """The heads as the screen reads them: the danger head's bias and cut, the crisis head's cuts, the table."""

    bias: float
    cut: float
    crisis: _Cuts | None
    table: dict[str, _Row]


def _keep() -> _Kept:
    _, bias, cut = _model()
    h = _crisis_heads()
    cuts = None if h is None else _Cuts(h.bias, h.cut_heard, h.cut_silent, h.cut_kana, h.labels, h.class_bias)
    return _Kept(bias, cut, cuts, _table()[1])


@lru_cache(maxsize=1)
def _kept() -> _Kept:
    """The heads from var/cache when backstop.json and this code are those they were read from: parsing the JSON
    and building the table cost a new process ≈ 0.6 s of CPU before its first answer, reading the copy ≈ 0.1 s.
    The numbers are the same floats (pickled exactly), so every score is the one the heads always gave."""
    return built("backstop", _Kept, (MODEL, Path(__file__)), _keep)


def _cuts() -> _Cuts | None:
    return _kept().crisis
