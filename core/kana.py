"""Messages written in kana (やさしい日本語, a phone left in hiragana): the knowledge's own kanji put back.

A resident who writes 「おかねが ありません」 or 「からだの ちょうしが わるい」 means the words the knowledge
holds as お金・体・調子・悪い. Every content word of the knowledge (names, keywords, the topics' everyday words)
is read once by Sudachi; a kana word of the message whose reading is one of them is written as that word
(the most frequent when several share a reading), so the ordinary routing can find it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from knowledge.text import morphemes_read

_KANJI = re.compile(r"[\u3400-\u9fff々]")
_KANA = re.compile(r"[\u3041-\u309f\u30a1-\u30ff]")
_CONTENT = ("名詞", "動詞", "形容詞", "接頭辞")


def mostly_kana(text: str) -> bool:
    """At least four kana letters and (almost) no kanji: a message the ordinary words may not meet."""
    kana, kanji = len(_KANA.findall(text)), len(_KANJI.findall(text))
    return kana >= 4 and kanji <= kana // 10


class KanaReader:
    """Reading → the knowledge's own spelling of that word."""

    def __init__(self, phrases: Iterable[str]) -> None:
        seen: dict[str, Counter[str]] = defaultdict(Counter)
        for phrase in set(phrases):
            for surface, _norm, pos, _conj, reading in morphemes_read(phrase):
                if pos in _CONTENT and _KANJI.search(surface) and len(reading) >= 2:
                    seen[reading][surface] += 1
        self.spelling = {r: c.most_common(1)[0][0] for r, c in seen.items()}

    def to_kanji(self, text: str) -> str:
        """The text with its kana content words spelt as the knowledge spells them (spaces between words
        dropped: the knowledge writes none)."""
        out: list[str] = []
        for surface, _norm, pos, _conj, _reading in morphemes_read(text):
            if pos == "空白":
                continue
            known = self.spelling.get(surface) if pos in _CONTENT and not _KANJI.search(surface) else None
            out.append(known if known and len(surface) >= 2 else surface)
        return "".join(out)
