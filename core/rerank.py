"""The router's learned reranker: how residents word their trouble, learned from their own lines (issue #17).

The router's rules are fitted to the sentences they were tuned on; a classifier trained on a few thousand lines
written blind by residents' voices hears wordings no rule names. It only reorders the router's first results (it
never adds a counter of its own, never answers a message the rules left alone, never touches a crisis or a question
back): each of the rules' first ten keeps its place's share (1 − k/(n+1)) and gains WEIGHT × the probability that the
message is for its counter; the router shows the first five. One logistic regression a counter over the distinct
1–3 character n-grams of the message (binary TF-IDF, L2-normalised), trained by `python -m core.train_rerank` and
read from rerank.json; no scikit-learn here. What the resident set aside gains nothing; an English message is not
reordered (the rules read it through its Japanese words, and the model learned few English lines).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from operator import add
from pathlib import Path

from knowledge.build_cache import built
from knowledge.kb import KnowledgeBase
from knowledge.text import normalize

MODEL = Path(__file__).with_name("rerank.json")
LIMIT = 400   # characters read (as the backstop): the ask of a long message is within them
WEIGHT = 0.8  # leave-one-set-out over the routing tune sets (bench/route_learn_loso.py)
CANDIDATES = 10  # the rules' first ten are reordered (LOSO: ten as good as five on the top-1, better on the top-3)
HARM_TOPICS = ("dv", "gyakutai")  # as core/router.py's: who harms whom
TOLD = 1.0  # a topic this strong is one of the resident's concerns (core/router.py's STRONG_TOPIC)


@dataclass(frozen=True)
class _Model:
    idf2: dict[str, float]                                  # every n-gram of the vectoriser, its idf squared: the norm
    classes: dict[str, tuple[float, dict[str, float]]]      # counter → (bias, n-gram → weight × idf)
    weight: float


@lru_cache(maxsize=1)
def _model() -> _Model | None:
    """The model, from var/cache when rerank.json and this code are those it was read from (parsing the JSON cost a
    new process ≈ 0.2 s of CPU before its first answer; the pickled copy holds the same floats)."""
    if not MODEL.exists():
        return None
    return built("rerank", _Model, (MODEL, Path(__file__)), _read)


def _read() -> _Model:
    data = json.loads(MODEL.read_text(encoding="utf-8"))
    return _Model({g: v * v for g, v in data["idf"].items()}, {c: (float(b), w) for c, (b, w) in data["classes"].items()},
                  float(data["weight"]))


def grams(text: str) -> frozenset[str]:
    """The distinct 1–3 character n-grams of the normalised text, as scikit-learn's character analyzer makes them."""
    t = normalize(text)[:LIMIT]
    pairs = list(map(add, t, t[1:]))
    return frozenset(chain(t, pairs, map(add, pairs, t[2:])))


def probabilities(text: str, counters: set[str]) -> dict[str, float]:
    """The probability that the message is for each of these counters (those the model knows)."""
    model = _model()
    if model is None:
        return {}
    found = grams(text)
    norm = math.sqrt(sum(filter(None, map(model.idf2.get, found)))) or 1.0  # all in C: no Python step an n-gram
    out = {}
    for c in counters:
        if c in model.classes:
            bias, weights = model.classes[c]
            z = bias + sum(filter(None, map(weights.get, found))) / norm
            out[c] = 1.0 / (1.0 + math.exp(-z))
    return out


class Reranker:
    """Reorders the router's first results by the model; which counters an entry stands for is read once."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._of: dict[str, tuple[str, ...]] = {}

    def counters_of(self, eid: str) -> tuple[str, ...]:
        """The model's counters an entry stands for: its own, and those that share a plan reference with it. A counter
        it never learned: only those whose plan references hold all of its own — a branch of the same service (a
        district's 地域包括支援センター) —, not one that shares a single reference (the education centre is no youth job
        counter)."""
        if eid not in self._of:
            model = _model()
            known = model.classes if model is not None else {}
            entry = self.kb.entries[eid]
            refs = set(entry.get("plan_refs") or ())
            branch = entry["kind"] == "counter" and eid not in known
            self._of[eid] = tuple(c for c in known if c == eid or (refs and c in self.kb.entries and (
                refs.issubset if branch else refs.intersection)(set(self.kb.entries[c].get("plan_refs") or ()))))
        return self._of[eid]

    def rerank(self, text: str, ids: list[str], aside: frozenset[str] = frozenset(),
               told: Mapping[str, float] | None = None) -> list[str]:
        """`told`: the rules' topics of the message. When it tells a harm (虐待, DV: its words, or who harms whom,
        core/relations.py) and the rules lead with that harm's own counter, it stays first: the model reads the
        story's people (a disabled son, his workshop), not the pinch they told."""
        model = _model()
        ids = ids[:CANDIDATES]
        if model is None or len(ids) < 2:
            return ids
        lead = (self.kb.entries[ids[0]].get("topics") or [""])[0]
        if told and lead in HARM_TOPICS and told.get(lead, 0.0) >= TOLD:
            return [ids[0], *self.rerank(text, ids[1:], aside)]
        # A service the model knows no counter of keeps its place: the model has no say on it, and a zero would push
        # the very subsidy asked for (タクシー代の補助) below a counter.
        known = [k for k, eid in enumerate(ids) if self.counters_of(eid) or self.kb.entries[eid]["kind"] == "counter"]
        if len(known) < 2:
            return ids
        p = probabilities(text, {c for k in known for c in self.counters_of(ids[k])})
        of = {k: max((p[c] for c in self.counters_of(ids[k]) if c in p), default=None) for k in known}
        # A counter no line was written for gets the mean of the candidates the model learned: it has no word for it,
        # so it is as likely as the field — not pushed below the parents' counter (0.16) for a pupil ignored by the
        # class (the education centre), still below disability counselling (0.42) for going out with a wife in a
        # wheelchair (the wheelchair loan).
        learned = [v for v in of.values() if v is not None]
        rest = sum(learned) / len(learned) if learned else 0.0
        n = len(ids)
        # What the resident set aside (介護のことはもう相談済みです) gains nothing: the model reads words, not their denial.
        score = {k: 1.0 - k / (n + 1) + (0.0 if ids[k] in aside else model.weight * (rest if v is None else v))
                 for k, v in of.items()}
        out = list(ids)
        for place, k in zip(known, sorted(known, key=lambda k: (-score[k], k)), strict=True):
            out[place] = ids[k]
        return out
