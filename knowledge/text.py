"""Japanese text as the index and the router see it: NFKC, kana folding, Sudachi terms and readings.

Index and query go through the same functions, so ひきこもり / 引きこもり / ヒキコモリ / ﾋｷｺﾓﾘ meet
(by reading) and 介護保険 also matches 介護 (split modes C and A together).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import jaconv
from sudachipy import Dictionary, SplitMode

# Parts of speech that carry meaning for routing; particles, auxiliaries and symbols do not.
_CONTENT_POS = {"名詞", "動詞", "形容詞", "形状詞", "副詞", "接頭辞", "接尾辞", "代名詞", "感動詞"}
# Small-kana and ヶ variants that differ between writers of the same place name (由比ヶ浜 / 由比ガ浜).
_PLACE_FOLD = str.maketrans({"ヶ": "ガ", "ケ": "ガ", "が": "ガ", "ヵ": "カ", "之": "ノ", "の": "ノ"})
_SPACE_RE = re.compile(r"\s+")


def normalize(text: str) -> str:
    """NFKC (half-width kana, full-width ASCII), lower-case, single spaces."""
    return _SPACE_RE.sub(" ", unicodedata.normalize("NFKC", text)).strip().lower()


def hira(text: str) -> str:
    """Katakana folded to hiragana (ー kept), after normalisation."""
    return jaconv.kata2hira(normalize(text))


def place_fold(text: str) -> str:
    """Fold ヶ/ケ/が→ガ and の/之→ノ so town names match however they are written."""
    return normalize(text).translate(_PLACE_FOLD)


@lru_cache(maxsize=1)
def _tokenizer():
    return Dictionary(dict="core").tokenizer()


def warm_up() -> None:
    """Load the Sudachi dictionary now rather than on the first question."""
    _tokenizer()


@lru_cache(maxsize=4096)
def analyse(text: str) -> tuple[tuple[str, str, str], ...]:
    """Content morphemes of both split modes as (normalized form, surface, hiragana reading)."""
    norm = normalize(text)
    if not norm:
        return ()
    tok = _tokenizer()
    seen: set[tuple[str, str, str]] = set()
    out: list[tuple[str, str, str]] = []
    for mode in (SplitMode.C, SplitMode.A):
        for m in tok.tokenize(norm, mode):
            if m.part_of_speech()[0] not in _CONTENT_POS:
                continue
            item = (m.normalized_form().lower(), m.surface(), jaconv.kata2hira(m.reading_form()))
            if item not in seen:
                seen.add(item)
                out.append(item)
    return tuple(out)


def terms(text: str) -> list[str]:
    """Index terms: normalized forms and readings of content words (modes C and A)."""
    out: list[str] = []
    for norm_form, surface, reading in analyse(text):
        out.append(norm_form)
        if surface != norm_form:
            out.append(surface)
        if reading and len(reading) > 1:
            out.append("~" + reading)  # readings live in their own namespace: かんり ≠ 管理's surface
    return out


def reading(text: str) -> str:
    """The whole text as one hiragana reading (for fuzzy matching of kana-only input)."""
    tok = _tokenizer()
    norm = normalize(text)
    if not norm:
        return ""
    return "".join(jaconv.kata2hira(m.reading_form()) if m.reading_form() != "キゴウ" else m.surface()
                   for m in tok.tokenize(norm, SplitMode.C))


def char_ngrams(text: str, n: int = 2) -> list[str]:
    """Character n-grams of the normalised text without spaces (robust to tokenisation slips)."""
    s = normalize(text).replace(" ", "")
    return [s[i:i + n] for i in range(len(s) - n + 1)] if len(s) >= n else ([s] if s else [])
