"""A second, plain signal beside the curated phrases: character n-grams of each entry's own text.

The phrases of knowledge/search.py find the words the knowledge lists; a resident who writes the same thing
in other words (「お金の出し入れを手伝って」 for 金銭管理) matches none of them. Character 2- and 3-grams of an
entry's name, aliases, keywords, problems, targets and description, weighted by TF-IDF (sublinear tf, n-grams
in more than MAX_DF of the entries left out), give a cosine similarity that still moves with such wording. A
service's similarity also speaks for the counters that deliver it (its best service only). Pure Python over
dicts: a 300-character message costs a few hundred lookups.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict

from knowledge.kb import KnowledgeBase
from knowledge.text import normalize

MAX_DF = 0.08       # an n-gram in more entries than this share says nothing about which one
SIZES = (2, 3)
_RUNS = re.compile(r"[^ 、。,.!?！？・「」『』()（）\[\]【】:：;；/\n\t]+")


def _grams(text: str) -> Counter[str]:
    """The character 2- and 3-grams of the text's runs between punctuation and spaces."""
    out: Counter[str] = Counter()
    for run in _RUNS.findall(text):
        for n in SIZES:
            out.update(run[i:i + n] for i in range(len(run) - n + 1))
    return out


def _document(e: dict) -> str:
    parts = [e["name"], *e.get("aliases", ()), *e.get("keywords", ()), *e.get("problems", ()),
             *e.get("targets", ()), e.get("description") or ""]
    return normalize(" ".join(p for p in parts if isinstance(p, str)))


class GramIndex:
    """Build once per knowledge generation; `similar` is read-only."""

    def __init__(self, kb: KnowledgeBase) -> None:
        docs = {eid: _grams(_document(e)) for eid, e in kb.entries.items()}
        n = max(len(docs), 1)
        df: Counter[str] = Counter(g for grams in docs.values() for g in grams)
        self.idf = {g: math.log((1 + n) / (1 + d)) + 1.0 for g, d in df.items() if d <= MAX_DF * n}
        self.postings: dict[str, list[tuple[str, float]]] = defaultdict(list)
        for eid, grams in docs.items():
            weights = {g: (1.0 + math.log(c)) * self.idf[g] for g, c in grams.items() if g in self.idf}
            norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
            for g, w in weights.items():
                self.postings[g].append((eid, w / norm))
        self.delivered_by = {k: tuple(v) for k, v in kb.delivered_by.items()}

    def similar(self, text: str) -> dict[str, float]:
        """Cosine similarity of the text to each entry sharing an n-gram with it; a counter also gets the best
        similarity of the services it delivers."""
        grams = _grams(normalize(text))
        weights = {g: (1.0 + math.log(c)) * self.idf[g] for g, c in grams.items() if g in self.idf}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        sims: defaultdict[str, float] = defaultdict(float)
        for g, w in weights.items():
            q = w / norm
            for eid, d in self.postings[g]:
                sims[eid] += q * d
        for eid, s in list(sims.items()):
            for cid in self.delivered_by.get(eid, ()):
                if s > sims.get(cid, 0.0):
                    sims[cid] = s
        return dict(sims)
