"""District recognition: a 地区社協圏域, 行政地域 or town named in the text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.kb import KnowledgeBase
from knowledge.text import place_fold

# A one-character town (津, 台) counts only when the text uses it as a place, not inside 津波 or 台風.
_ONE_CHAR_CONTEXT = re.compile(r"^(に住|在住|地区|地域|町内|の自治会|で暮ら|に暮ら)")


@dataclass(frozen=True)
class PlaceHit:
    district_id: str
    said: str
    confirmed: bool
    start: int = 0  # span in normalize(text) (place_fold keeps positions)
    end: int = 0


def find_district(kb: KnowledgeBase, text: str) -> PlaceHit | None:
    """The most specific district the text names; the longest name wins (西鎌倉 over 鎌倉)."""
    t = place_fold(text)
    best: PlaceHit | None = None
    best_key = (0, 0)
    for i in range(len(t)):
        for j in range(i + 1, min(len(t), i + 12) + 1):
            hit = kb.place_names.get(t[i:j])
            if hit is None:
                continue
            if j - i == 1 and not _ONE_CHAR_CONTEXT.match(t[j:]):
                continue
            district_id, confirmed = hit
            specific = 1 if kb.districts[district_id]["kind"] == "shakyo" else 0
            key = (j - i, specific)
            if key > best_key:
                best, best_key = PlaceHit(district_id, t[i:j], confirmed, i, j), key
    return best
