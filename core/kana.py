"""Messages written in kana (やさしい日本語, a phone left in hiragana): the knowledge's own kanji put back.

A resident who writes 「おかねが ありません」 or 「からだの ちょうしが わるい」 means the words the knowledge
holds as お金・体・調子・悪い. Every content word of the knowledge (names, keywords, the topics' everyday words)
is read once by Sudachi. A message written with spaces between its words (わかちがき) is read word by word: a
word that begins with a noun's reading and goes on with a particle (おっとが, しょくひんを) gets the noun's
spelling. Then the message is read by Sudachi: a kana word whose reading is a word of the knowledge of the same
part of speech is written as that word (the most frequent when several share a reading), so the ordinary
routing can find it. (Sudachi reads kana loosely: しまい of かってしまいました is no 姉妹, いい no 言い.)
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable

from knowledge.text import morphemes_read

_KANJI = re.compile(r"[\u3400-\u9fff々]")
_KANA = re.compile(r"[\u3041-\u309f\u30a1-\u30ff]")
_CONTENT = ("名詞", "動詞", "形容詞", "接頭辞")
# A word of a text written with spaces: kana, then what ends it (a space, a punctuation mark, the end).
_CHUNK = re.compile(r"[\u3041-\u309f]+")
# The particles that may follow a noun within one spaced word (おっとが, いえに, がっこうには).
_PARTICLES = ("", "が", "を", "に", "で", "の", "は", "も", "と", "へ", "や", "から", "まで", "には", "では",
              "とか", "より", "って", "にも", "でも", "との", "への")
MIN_NOUN_READING = 3
_COMPOUND = ("名詞", "接頭辞", "接尾辞")
_KANA_ONLY = re.compile(r"[\u3041-\u309f]+")  # a shorter noun reading (いえ, こと) is too often part of another word


_KATAKANA = re.compile(r"[\u30a1-\u30fa]")
# Half-width katakana (an old phone's or a PC's habit: 「ﾃﾞﾝﾜﾊﾞﾝｺﾞｳ ｵｼｴﾃ」), a run at a time so a voicing mark joins its letter.
_HALF_WIDTH = re.compile(r"[\uff61-\uff9f]+")


def widen(text: str) -> str:
    """Half-width katakana written full-width (ﾃﾞﾝﾜ → デンワ); nothing else of the text changes."""
    return _HALF_WIDTH.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def mostly_katakana(text: str) -> bool:
    """A message typed in katakana (an old phone's habit: 「ヒトリグラシデス。…アリマスカ」): no kanji, and four
    kana out of five katakana. Read as hiragana, its endings (ですか, ません) and its words are found as usual."""
    kana, kata = len(_KANA.findall(text)), len(_KATAKANA.findall(text))
    return kana >= 8 and not _KANJI.search(text) and kata * 5 >= kana * 4


def mostly_kana(text: str) -> bool:
    """At least four kana letters and (almost) no kanji: a message the ordinary words may not meet."""
    kana, kanji = len(_KANA.findall(text)), len(_KANJI.findall(text))
    return kana >= 4 and kanji <= kana // 10


def _kind(pos: str) -> str:
    return "名詞" if pos in ("名詞", "接頭辞") else pos


def _compounds(phrases: Iterable[str]) -> Iterable[tuple[str, str]]:
    """The knowledge's compound nouns by their whole reading (ひとり親 is ひとり + 親 to Sudachi: a spaced
    ひとりおや would be read 一人おや; 保育園 is 保育 + 園): nouns and affixes only, with a kanji."""
    for phrase in sorted(phrases):
        parts = morphemes_read(phrase)
        if len(parts) < 2 or not _KANJI.search(phrase) or any(p[2] not in _COMPOUND for p in parts):
            continue
        reading = "".join(p[4] for p in parts)
        if len(reading) >= MIN_NOUN_READING + 1 and _KANA_ONLY.fullmatch(reading):
            yield reading, phrase


class KanaReader:
    """Reading → the knowledge's own spelling of that word."""

    def __init__(self, phrases: Iterable[str]) -> None:
        seen: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        phrases_seen = sorted(set(phrases))  # in a fixed order: a tie between spellings is broken the same way every run
        for phrase in phrases_seen:
            for surface, _norm, pos, _conj, reading in morphemes_read(phrase):
                if pos in _CONTENT and _KANJI.search(surface) and len(reading) >= 2:
                    seen[reading, _kind(pos)][surface] += 1
        self.spelling = {key: c.most_common(1)[0][0] for key, c in seen.items()}
        self.nouns = {r: s for (r, kind), s in self.spelling.items() if kind == "名詞" and len(r) >= MIN_NOUN_READING}
        for reading, spelt in _compounds(phrases_seen):
            self.nouns.setdefault(reading, spelt)  # ひとりおや → ひとり親, ほいくえん → 保育園

    def _spaced_word(self, m: re.Match[str]) -> str:
        """A spaced word that is a noun of the knowledge and a particle (しょくひんを → 食品を), else as it is."""
        word = m.group(0)
        for particle in _PARTICLES:
            noun = word[:len(word) - len(particle)] if particle else word
            if word.endswith(particle) and noun in self.nouns:
                return self.nouns[noun] + particle
        return word

    def to_kanji(self, text: str) -> str:
        """The text with its kana content words spelt as the knowledge spells them (spaces between words
        dropped: the knowledge writes none)."""
        if " " in text.strip():
            text = _CHUNK.sub(self._spaced_word, text)
        out: list[str] = []
        for surface, _norm, pos, _conj, _reading in morphemes_read(text):
            if pos == "空白":
                continue
            known = (self.spelling.get((surface, _kind(pos))) if pos in _CONTENT and not _KANJI.search(surface)
                     else None)
            out.append(known if known and len(surface) >= 2 else surface)
        return "".join(out)
