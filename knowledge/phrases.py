"""The knowledge's phrases (`Phrase`), spellings of one word counted once (`one_per_reading`), and phrases
found by their content words: the knowledge's 「お風呂に入っていない子」 in a resident's 「お風呂にも何日も
入っていない様子の子」, 「ローンが払えない」 in 「住宅ローンも払えなくなりそう」.

A phrase of the knowledge is matched as written (knowledge/search.py); residents put the same words in another
order, with other particles, or conjugated. A phrase of two or more content words (Sudachi's normalised forms,
consulting and question words left out) is also found when one sentence of the text holds all of them, at a
lower strength (LEMMA_STRENGTH) than a phrase found as written. Each phrase is filed under its rarest word, so a
sentence only checks the phrases of the words it holds.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from knowledge.text import GENERIC_TERMS, morphemes_read, terms

LEMMA_STRENGTH = 0.6
MIN_WORDS = 2
_SENTENCE = re.compile(r"[^。．.!?！？\n]+")


@dataclass
class Phrase:
    text: str
    reading: str
    generic: bool = False
    who: bool = False  # only says who (実家の母, 赤ちゃん): see knowledge.text.phrase_traits
    adjective: bool = False  # ends in an adjective: its stem is matched too (さみしい ~ さみしさ)
    entries: dict[str, float] = field(default_factory=dict)  # entry id -> field weight
    topics: dict[str, float] = field(default_factory=dict)   # topic id -> weight


_KANJI_ONLY = re.compile(r"[\u4e00-\u9fff々]+")


def one_per_reading(hits: dict[str, tuple[Phrase, float]]) -> dict[str, tuple[Phrase, float]]:
    """Spellings of one word (障害・障がい・しょうがい) are one piece of evidence, not four.

    The merged hit keeps the strongest match and the union of the spellings' entries and topics.
    """
    groups: dict[str, list[tuple[Phrase, float]]] = defaultdict(list)
    for ph, strength in hits.values():
        groups[ph.reading or ph.text].append((ph, strength))
    out: dict[str, tuple[Phrase, float]] = {}
    for items in groups.values():
        # Two words all in kanji that only sound alike are two words (就活 written is no 終活, 公園 no 講演): a
        # word heard only by its reading beside another written in full is left out.
        written = {ph.text for ph, strength in items if strength >= 1.0 and _KANJI_ONLY.fullmatch(ph.text)}
        if written:
            items = [(ph, s) for ph, s in items if s >= 1.0 or ph.text in written or not _KANJI_ONLY.fullmatch(ph.text)]
        if len(items) == 1:
            ph, strength = items[0]
        else:
            best, strength = max(items, key=lambda x: (x[1], len(x[0].text)))
            ph = Phrase(text=best.text, reading=best.reading, generic=best.generic, who=best.who)
            for other, _ in items:
                for k, w in other.entries.items():
                    ph.entries[k] = max(ph.entries.get(k, 0.0), w)
                for k, w in other.topics.items():
                    ph.topics[k] = max(ph.topics.get(k, 0.0), w)
        out[ph.text] = (ph, strength)
    return out


# Verbs that after 〜て only say for whom or how far (してあげる, 見てやる, 置いておく): no act of their own. The
# knowledge's 親に手をあげて (a blow) is not in 親としてどうしてあげれば (what a parent could do).
_AUXILIARY = frozenset("上げる 遣る 呉れる 貰う 置く 見る 行く 来る 居る 仕舞う 差し上げる 頂く 下さる".split())


@lru_cache(maxsize=4096)
def auxiliaries(text: str) -> frozenset[str]:
    """The terms (normalised form and `~` reading) of the verbs of the text used only as auxiliaries after て / で
    (never on their own in it)."""
    aux: set[str] = set()
    own: set[str] = set()
    prev = ""
    for surface, norm, pos, _, read in morphemes_read(text):
        if pos == "動詞" and norm in _AUXILIARY:
            (aux if prev in ("て", "で") else own).update((norm.lower(), "~" + read))
        prev = surface if pos == "助詞" else ""
    return frozenset(aux - own)


def content_words(text: str, question_terms: frozenset[str]) -> frozenset[str]:
    """The normalised content words of a text (no readings, no consulting or question words, no verb used as
    an auxiliary after て)."""
    aux = auxiliaries(text)
    return frozenset(t for t in terms(text) if not t.startswith("~") and t not in GENERIC_TERMS
                     and t not in question_terms and t not in aux)


class LemmaPhrases:
    """The knowledge's phrases of several content words, filed under their rarest word."""

    def __init__(self, phrases: Iterable[Phrase], question_terms: frozenset[str]) -> None:
        self.question_terms = question_terms
        words = [(ph, content_words(ph.text, question_terms)) for ph in phrases]
        self.words_of = {ph.text: ws for ph, ws in words}
        words = [(ph, ws) for ph, ws in words if len(ws) >= MIN_WORDS]
        freq = Counter(w for _, ws in words for w in ws)
        self.by_word: dict[str, list[tuple[frozenset[str], Phrase]]] = defaultdict(list)
        for ph, ws in words:
            rarest = min(ws, key=lambda w: (freq[w], w))
            self.by_word[rarest].append((ws, ph))

    def hits(self, text: str, found: dict[str, tuple[Phrase, float]]) -> dict[str, tuple[Phrase, float]]:
        """Phrases whose content words one sentence of the text holds, not already `found` as written."""
        out: dict[str, tuple[Phrase, float]] = {}
        # Another form of a phrase found as written (夫が亡くなって beside 夫が亡くなった) is the same evidence.
        seen = {self.words_of.get(t) for t in found}
        # Forms of one phrase (保護を受けたい, 保護を受けている, 保護を受けています) have the same words: one piece of
        # evidence for the entries and topics they share, not one per form.
        told: dict[frozenset[str], set[str]] = defaultdict(set)
        for sentence in _SENTENCE.findall(text):
            have = content_words(sentence, self.question_terms)
            for w in have:
                for ws, ph in self.by_word.get(w, ()):
                    if ph.text not in found and ph.text not in out and ws <= have and ws not in seen:
                        keys = {*ph.entries, *("#" + t for t in ph.topics)}
                        if keys <= told[ws]:
                            continue
                        told[ws] |= keys
                        out[ph.text] = (ph, LEMMA_STRENGTH)
        return out


# Residents drop the particle between a noun and what it does (タバコやめたい, お金ない, 足悪くて): the knowledge's
# たばこをやめたい, お金がない, 足が悪い are heard in that form too. Only が and を between a noun and a verb or an
# adjective (は marks a topic, not a dropped case); the reading without it, long enough to be no accident.
_DROPPED = frozenset("がを")
_NOUNISH = frozenset(("名詞", "接尾辞", "代名詞"))
_PREDICATE = frozenset(("動詞", "形容詞", "名詞"))
MIN_DROPPED_READING = 6


def particle_dropped(text: str) -> str | None:
    """The hiragana reading of a phrase without its particles が / を between a noun and a predicate, or None."""
    ms = morphemes_read(text)
    keep: list[str] = []
    dropped = False
    for n, (surface, _, pos, _, read) in enumerate(ms):
        if (pos == "助詞" and surface in _DROPPED and 0 < n < len(ms) - 1 and ms[n - 1][2] in _NOUNISH
                and ms[n + 1][2] in _PREDICATE):
            dropped = True
            continue
        keep.append(read)
    out = "".join(keep)
    return out if dropped and len(out) >= MIN_DROPPED_READING else None

