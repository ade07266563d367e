"""A plain FAQ retriever as the router's peer: TF-IDF over character n-grams of each entry's text.

Same knowledge base as the router (names, aliases, keywords, problems, targets, summary, description of every
counter and service), scikit-learn's TfidfVectorizer (char_wb 1–3-grams, sublinear tf), cosine similarity, the
best five entries. It has no crisis screen and no out-of-scope decision: it answers every message (its
out-of-scope rate is what a similarity floor of MIN_SIMILARITY gives).
"""

from __future__ import annotations

from typing import Any

from sklearn.feature_extraction.text import TfidfVectorizer

from knowledge.kb import KnowledgeBase
from knowledge.text import normalize

MIN_SIMILARITY = 0.0  # a plain retriever: always answers


def _document(e: dict[str, Any]) -> str:
    parts = [e["name"], *e["aliases"], *e["keywords"], *e["problems"], *e["targets"], e.get("summary") or "",
             e.get("description") or ""]
    return normalize(" ".join(p for p in parts if p))


class TfidfRetriever:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.entries = list(kb.entries.values())
        self.vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 3), sublinear_tf=True, min_df=1)
        self.matrix = self.vectorizer.fit_transform([_document(e) for e in self.entries])

    def answer(self, text: str, k: int = 5) -> dict[str, Any]:
        """A contract-shaped answer: the k most similar entries, never a crisis."""
        sims = (self.matrix @ self.vectorizer.transform([normalize(text)]).T).toarray().ravel()
        best = sims.argsort()[::-1][:k]
        results = [{"id": self.entries[i]["id"], "plan_refs": self.entries[i]["plan_refs"],
                    "score": float(sims[i])} for i in best if sims[i] > MIN_SIMILARITY]
        return {"results": results, "crisis": False, "district": None}
