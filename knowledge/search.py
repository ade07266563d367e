"""Ranking counters and services together for a resident's text.

Three signals, summed per entry:
- phrase hits: every name, alias, keyword, problem and target of an entry (and every topic synonym) is a
  phrase; a phrase found in the text, by surface or by hiragana reading, scores by field, length and rarity.
  Lookup enumerates the text's substrings, so its cost does not grow with the knowledge base.
- BM25 over Sudachi terms (modes A and C, normalised forms and readings) of all fields, descriptions
  included: the fallback that finds plan services by their own wording.
- fuzzy readings (rapidfuzz) when nothing matched exactly: typos and all-kana input (にんちしよう).
Topics found in the text boost their main counters (everyday words reach a counter whose entry lacks them).
"""

from __future__ import annotations

import heapq
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from knowledge import text as ktext
from knowledge.kb import KnowledgeBase
from knowledge.phrases import (
    LEMMA_STRENGTH,
    LemmaPhrases,
    Phrase,
    auxiliaries,
    one_per_reading,
    particle_dropped,
)
from knowledge.text import GENERIC_TERMS, hira, normalize, phrase_traits, reading, reading_with_starts, terms
from knowledge.validate import OUTSIDE_AREA

FIELD_WEIGHTS = {"name": 3.0, "alias": 3.0, "keyword": 2.2, "problem": 1.6, "target": 1.0, "section": 0.6}
TOPIC_MAIN_DECAY = (1.0, 0.55, 0.35, 0.25, 0.2)
TOPIC_MAIN = 1.1      # boost of a topic's main counters per unit of topic strength (position-decayed)
TOPIC_LISTED = 0.6    # boost of every entry that lists the topic
TOPIC_CAP = 3.0
MIN_SURFACE = 2  # one-character phrases match too much of ordinary Japanese
MIN_READING = 3
FUZZY_CUTOFF = 83.0  # one wrong kana in six (にんちしよう) still matches
FUZZY_MAX_TEXT = 30   # fuzzy matching is for short messages (typos, all-kana input)
FUZZY_MAX_LEN = 12    # typos are corrected against short phrases (keywords, aliases), not long titles
TOP_K = 40
_NOWHERE = object()  # a walk that left every phrase behind
BM25_MAX_DF = 0.15    # a term in more than this share of entries is skipped: it cannot rank anything
_RENYOU_ENDINGS = set("りきしちにみびぎれえけせてねめべげ")
GENERIC_FACTOR = 0.2  # a phrase made only of consulting words (相談したい, 困っている) says little
# Where-to-ask words (どこに相談すれば, どの課か) are generic too: a story's closing question never outweighs it.
QUESTION_TERMS = frozenset("為る 先 課 どう 出来る 所 良い 言う 行く 分かる 知る 話".split())
BM25_WEIGHT = 4.0
BM25_FLOOR = 6.0      # below this raw BM25 score the best entry gets proportionally less than BM25_WEIGHT
ROLL_UP = 0.5         # share of a service's score added to its counters
SERVICE_FACTOR = 0.8  # services rank below an equally matched counter


@dataclass
class Scored:
    """One ranked entry with the evidence that put it there (for debugging and the review page)."""

    entry_id: str
    score: float
    phrases: list[str] = field(default_factory=list)


@dataclass
class Analysis:
    """What the index saw in one text."""

    scores: list[Scored]
    topics: dict[str, float]
    matched: list[str]
    fuzzy: bool = False
    lexical_top: float = 0.0  # best score from phrases and topics alone (curated evidence), other business left out
    bm25_top: float = 0.0     # best raw BM25 score (the plans' own wording)
    other: dict[str, float] = field(default_factory=dict)  # other city business (topics of area outside) found
    concern_top: float = 0.0  # lexical_top without words that only name who (targets: 子ども, 高齢者) or a section
    who: dict[str, float] = field(default_factory=dict)  # the topics' strength that comes from who-words (is_who)


@dataclass
class _Tally:
    """The running sums of one analysis."""

    scores: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    evidence: defaultdict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    topic_strength: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    other: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    outside_only: set[str] = field(default_factory=set)  # entries whose only evidence is other city business
    concern: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))  # no target, section words
    who: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))  # topics' share from who-words


@lru_cache(maxsize=65536)
def _reading(text: str) -> str:
    return reading(text)


_SAME = re.compile(r"同じ|おなじ")
_ASKING = re.compile(r"聞|きけ|言えば|行けば|わから|分から|教えて|何でも|なんでも|だれでも|誰でも|大した|小さなこと|福祉")


class Index:
    """Build once per knowledge generation; `analyse` is read-only and thread-safe."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.phrases: dict[str, Phrase] = {}
        self.by_reading: dict[str, list[Phrase]] = defaultdict(list)
        self.by_stem: dict[str, list[Phrase]] = defaultdict(list)
        # Other city business (ごみ, 住民票, 観光 …): found like any topic, kept apart from the welfare topics.
        self.outside = frozenset(t["id"] for t in kb.topics.values() if t["area"] == OUTSIDE_AREA)
        for e in kb.entries.values():
            fields = [("name", [e["name"]]), ("alias", e["aliases"]), ("keyword", e["keywords"]),
                      ("problem", e["problems"]), ("target", e["targets"])]
            if e["kind"] == "counter":
                fields.append(("section", [kb.sections[s]["name"] for s in e["sections"][:1]]))
            for fname, values in fields:
                for v in values:
                    ph = self._phrase(v)
                    if ph is not None:
                        ph.entries[e["id"]] = max(ph.entries.get(e["id"], 0.0), FIELD_WEIGHTS[fname])
        for t in kb.topics.values():
            for v in [t["name"], *t["synonyms"]]:
                ph = self._phrase(v)
                if ph is not None:
                    ph.topics[t["id"]] = 1.0
        # A reading shared by a welfare word and a word of other city business is the welfare word's
        # (しゃきょう is 社協, not 写経; けんしん is 健診, not 検針): the other word still matches as written.
        welfare_readings = {ph.reading for ph in self.phrases.values() if not self._is_outside(ph)}
        for ph in self.phrases.values():
            if self._is_outside(ph) and ph.reading in welfare_readings:
                continue
            # (and said without its particle: タバコやめたい is たばこをやめたい, knowledge/phrases.particle_dropped)
            for r in {ph.reading, particle_dropped(ph.text) or ph.reading}:
                if len(r) >= MIN_READING:
                    self.by_reading[r].append(ph)
                # 連用形 nouns also match their conjugated verbs (ひきこもり ~ ひきこもって), adjectives and past forms
                # their other forms (さみしい ~ さみしさ, お金がきつい ~ お金がきつくて, 解雇された ~ 解雇されて).
                if (len(r) >= 5 and r[-1] in _RENYOU_ENDINGS) or ph.adjective or (len(r) >= 6 and r.endswith("た")):
                    self.by_stem[r[:-1]].append(ph)
        # Phrases of several content words are also found by those words in one sentence (knowledge/phrases.py).
        self.lemmas = LemmaPhrases(self.phrases.values(), QUESTION_TERMS)
        self.n_entries = max(len(kb.entries), 1)
        # Scanning a text walks forward from each position only while the substring is the start of some
        # phrase, so a 300-character message costs a few lookups per character: one map per walk holds every
        # prefix, with what ends there (one dict lookup a step, not a prefix test and then the lookups).
        self.surface_walk: dict[str, Phrase | None] = {t[:n]: None for t in self.phrases for n in range(1, len(t))}
        self.surface_walk.update(self.phrases)
        prefixes = {k[:n] for k in [*self.by_reading, *self.by_stem] for n in range(1, len(k) + 1)}
        self.reading_walk: dict[str, tuple[tuple[Phrase, ...], tuple[Phrase, ...]]] = {
            k: (tuple(self.by_reading.get(k, ())), tuple(self.by_stem.get(k, ()))) for k in prefixes}
        self._fuzzy_keys = [r for r in self.by_reading if 4 <= len(r) <= FUZZY_MAX_LEN]
        # Reading bigram → fuzzy keys: a key one typo away shares most of its bigrams with the text,
        # so only those few are scored.
        self._fuzzy_grams: dict[str, list[int]] = defaultdict(list)
        for n, key in enumerate(self._fuzzy_keys):
            for g in {key[i:i + 2] for i in range(len(key) - 1)}:
                self._fuzzy_grams[g].append(n)
        self._build_bm25()

    def __getstate__(self) -> dict:
        """Pickled without the knowledge base (knowledge/index_cache.py attaches the current one)."""
        state = dict(self.__dict__)
        state["kb"] = None
        return state

    def _is_outside(self, ph: Phrase) -> bool:
        return bool(ph.topics) and all(t in self.outside for t in ph.topics)

    def _phrase(self, value: str) -> Phrase | None:
        text = normalize(value)
        if len(text) < MIN_SURFACE:
            return None
        ph = self.phrases.get(text)
        if ph is None:
            content = terms(text)
            r = hira(_reading(text))
            who, adjective = phrase_traits(text, r)
            # (the same talk again and again, 同じ話ばかり, 同じことばっかり言う, is a symptom, not a consulting word; a
            # phrase of stop words only is generic when it asks where or whom — どこに聞けば — not when it tells a
            # concern in everyday words: 家から出てない, 家がない, 誰も来ない)
            ph = Phrase(text=text, reading=r, who=who, adjective=adjective,
                        generic=all(t.lstrip("~") in GENERIC_TERMS or t in QUESTION_TERMS or t.startswith("~")
                                    for t in content) and not _SAME.search(text)
                        and (bool(content) or bool(_ASKING.search(text))))
            self.phrases[text] = ph
        return ph

    def _build_bm25(self) -> None:
        postings: dict[str, dict[str, float]] = defaultdict(dict)
        self.doc_len: dict[str, float] = {}
        for e in self.kb.entries.values():
            # Not the `summary` (texts for residents, docs/DATA.md): it repeats the plan in other words and
            # names sections and places, which moved answers when the texts were written (issue #14).
            weighted = [(e["name"], 3.0), (" ".join(e["aliases"]), 3.0), (" ".join(e["keywords"]), 2.0),
                        (" ".join(e["problems"] + e["targets"]), 1.5), (e["description"], 1.0)]
            tf: dict[str, float] = defaultdict(float)
            for text, w in weighted:
                for term in terms(text):
                    tf[term] += w
            self.doc_len[e["id"]] = sum(tf.values())
            for term, n in tf.items():
                postings[term][e["id"]] = n
        self.avg_len = sum(self.doc_len.values()) / max(len(self.doc_len), 1)
        # Per-term weights are computed once here, so a question only adds numbers up.
        max_df = max(2, int(BM25_MAX_DF * len(self.doc_len)))
        k1, b = 1.2, 0.75
        self.weights: dict[str, list[tuple[str, float]]] = {}
        for term, docs in postings.items():
            if len(docs) > max_df:
                continue  # in too many entries to rank anything
            idf = self._idf(len(docs))
            self.weights[term] = [
                (doc_id, idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * self.doc_len[doc_id] / self.avg_len)))
                for doc_id, tf in docs.items()]

    def _idf(self, df: int) -> float:
        return math.log(1 + (self.n_entries - df + 0.5) / (df + 0.5))

    def bm25(self, text: str) -> tuple[dict[str, float], dict[str, int]]:
        """BM25 scores, and how many distinct (non-reading) query terms each entry matched."""
        out: dict[str, float] = defaultdict(float)
        matched: dict[str, int] = defaultdict(int)
        for term in set(terms(text)) - auxiliaries(text):  # してあげれば: no あげる of its own
            docs = self.weights.get(term)
            if docs is None:
                continue
            counts = not term.startswith("~")
            for doc_id, w in docs:
                out[doc_id] += w
                if counts:
                    matched[doc_id] += 1
        return out, matched

    def _hits(self, text: str) -> dict[str, tuple[Phrase, float]]:
        """Phrases found in the text, each with a match strength (1.0 exact, less for fuzzy)."""
        found: dict[str, tuple[Phrase, float]] = {}
        q = normalize(text)
        surface_walk = self.surface_walk
        for i in range(len(q)):
            for j in range(i + 1, len(q) + 1):
                ph = surface_walk.get(q[i:j], _NOWHERE)
                if ph is _NOWHERE:
                    break
                if isinstance(ph, Phrase):
                    found[ph.text] = (ph, 1.0)
        r, starts = reading_with_starts(q)
        r = hira(r)
        reading_walk = self.reading_walk
        for i in sorted(starts):
            for j in range(i + 1, len(r) + 1):
                ends = reading_walk.get(r[i:j])
                if ends is None:
                    break
                whole, stems = ends
                if whole and (j in starts or j == len(r)):  # ends where a word ends
                    for ph in whole:
                        found.setdefault(ph.text, (ph, 0.9))
                for ph in stems:
                    found.setdefault(ph.text, (ph, 0.8))
        found.update(self.lemmas.hits(q, found))
        return found

    def _fuzzy_hits(self, text: str) -> dict[str, tuple[Phrase, float]]:
        r = hira(_reading(normalize(text)))
        if not 4 <= len(r) <= FUZZY_MAX_TEXT:
            return {}  # a long message with no exact word is not saved by a typo fix, and it is slow
        shared: dict[int, int] = defaultdict(int)
        for g in {r[i:i + 2] for i in range(len(r) - 1)}:
            for n in self._fuzzy_grams.get(g, ()):
                shared[n] += 1
        # A key of length L with one wrong kana keeps at least L - 3 of its L - 1 bigrams.
        candidates = [self._fuzzy_keys[n] for n, k in shared.items() if k >= len(self._fuzzy_keys[n]) - 3]
        found: dict[str, tuple[Phrase, float]] = {}
        for key, score, _ in process.extract(r, candidates, scorer=fuzz.partial_ratio,
                                             score_cutoff=FUZZY_CUTOFF, limit=8):
            if len(key) > len(r) + 1:
                continue  # a long phrase "partially" matching a short text is no evidence
            for ph in (p for p in self.by_reading[key] if not self._is_outside(p)):  # typos: welfare words only
                found.setdefault(ph.text, (ph, 0.75 * (score / 100.0) ** 2))
        return found

    @staticmethod
    def _length_factor(ph: Phrase) -> float:
        return min(1.0 + 0.22 * (len(ph.text) - 2), 2.6)

    def analyse(self, text: str, extra_topics: dict[str, float] | None = None,
                who_topics: dict[str, float] | None = None, fuzzy: bool = True) -> Analysis:
        """Score every entry for the text, with topics the caller inferred: `extra_topics` (relations) and
        `who_topics` (from who the text is about, a relative's age: no concern by itself); `fuzzy`: typos corrected."""
        hits = one_per_reading(self._hits(ktext.with_plain_negatives(text)))
        used_fuzzy = False
        if fuzzy and not any(ph.entries or ph.topics for ph, _ in hits.values()):
            hits = self._fuzzy_hits(text)
            used_fuzzy = bool(hits)
        t = _Tally()
        self._score_phrases(t, hits)
        for tid, s in (extra_topics or {}).items():
            t.topic_strength[tid] += s
        for tid, s in (who_topics or {}).items():
            t.topic_strength[tid], t.who[tid] = t.topic_strength[tid] + s, t.who[tid] + s
        self._score_main_counters(t)
        # Curated evidence of welfare: a word of other city business (図書館 in a reading service) is none.
        lexical_top = max((v for k, v in t.scores.items() if k not in t.outside_only), default=0.0)
        bm, bm_terms = self.bm25(text)
        if bm:
            # BM25 is the fallback for the plans' own wording: scaled so its best entry gets BM25_WEIGHT.
            best = max(bm.values())
            for eid, s in bm.items():
                t.scores[eid] += BM25_WEIGHT * s / max(best, BM25_FLOOR)
        self._roll_up(t)
        # Only the best TOP_K are ranked: sorting thousands of weak matches is the cost of a large KB.
        top = heapq.nlargest(TOP_K, ((s, eid) for eid, s in t.scores.items() if s > 0))
        ranked = sorted((Scored(eid, s, t.evidence[eid]) for s, eid in top),
                        key=lambda x: (-x.score, self.kb.entries[x.entry_id]["kind"] != "counter", x.entry_id))
        return Analysis(scores=ranked, topics=dict(t.topic_strength), matched=sorted(hits), fuzzy=used_fuzzy,
                        lexical_top=lexical_top, other=dict(t.other),
                        concern_top=max(t.concern.values(), default=0.0), who=dict(t.who),
                        # one rare word (スポット in メディアスポット) is no evidence: two distinct terms are
                        bm25_top=max((v for k, v in bm.items() if bm_terms[k] >= 2), default=0.0))

    def _score_phrases(self, t: _Tally, hits: dict[str, tuple[Phrase, float]]) -> None:
        """The phrases found: entries by field, length and rarity; topics' strength; other city business."""
        # A phrase contained in a longer matched phrase adds little: 介護 inside 介護保険.
        texts = [ph.text for ph, s in hits.values() if s != LEMMA_STRENGTH]  # as written, not by its words
        for ph, strength in hits.values():
            inside = any(ph.text != o and ph.text in o for o in texts)
            factor = self._length_factor(ph) * strength * (GENERIC_FACTOR if ph.generic else 1.0)
            is_other, by_words = False, strength == LEMMA_STRENGTH  # found by its words: ranks, decides nothing
            for tid, w in ph.topics.items():
                if by_words and tid not in self.outside:
                    continue  # a welfare topic is named by its words as written; other business by its words too
                if tid in self.outside:
                    is_other = True
                    if not inside:  # 粗大ごみ inside 粗大ごみを出せない is the welfare phrase's word
                        t.other[tid] += w * factor
                else:
                    t.topic_strength[tid] += w * factor
                    if ph.who:
                        t.who[tid] += w * factor
            if inside:
                factor *= 0.35
            if ph.entries:
                rarity = self._idf(len(ph.entries)) / self._idf(1)
                for eid, w in ph.entries.items():
                    if by_words and self.kb.entries[eid]["kind"] != "counter":
                        continue  # a service found by loose words would speak for its counters too loudly
                    if is_other and eid not in t.scores:
                        t.outside_only.add(eid)
                    elif not is_other:
                        t.outside_only.discard(eid)
                    t.scores[eid] += w * factor * rarity
                    if w > FIELD_WEIGHTS["target"] and not (is_other or ph.who or by_words):
                        t.concern[eid] += w * factor * rarity
                    t.evidence[eid].append(ph.text)

    def _score_main_counters(self, t: _Tally) -> None:
        """Each topic found boosts its main counters, the first most."""
        for tid, strength in t.topic_strength.items():
            topic = self.kb.topics.get(tid)
            if topic is None:
                continue
            what = min(max(strength - t.who.get(tid, 0.0), 0.0), TOPIC_CAP)  # who-words are no concern
            strength = min(strength, TOPIC_CAP)
            for pos, cid in enumerate(topic["counters"]):
                decay = TOPIC_MAIN_DECAY[min(pos, len(TOPIC_MAIN_DECAY) - 1)]
                t.scores[cid] += TOPIC_MAIN * strength * decay
                t.concern[cid] += TOPIC_MAIN * what * decay
                t.evidence[cid].append(f"#{tid}")
                t.outside_only.discard(cid)

    def _roll_up(self, t: _Tally) -> None:
        """Entries listing the topics found; a service's score partly to the counters that deliver it."""
        scores = t.scores
        # An entry listing several of the detected topics fits the whole message, not one word of it.
        for tid, strength in t.topic_strength.items():
            for eid in self.kb.topic_entries.get(tid, ()):
                scores[eid] += TOPIC_LISTED * min(strength, TOPIC_CAP)
        # A service's evidence also speaks for the counters that deliver it; residents need the counter.
        # The best service only: a counter linked to many services must not win by their number.
        best_service: dict[str, float] = {}
        delivered_by = self.kb.delivered_by
        for eid, s in list(scores.items()):
            counters = delivered_by.get(eid)
            if counters is not None:
                for cid in counters:
                    if s > best_service.get(cid, 0.0):
                        best_service[cid] = s
                scores[eid] = s * SERVICE_FACTOR
        for cid, s in best_service.items():
            scores[cid] += ROLL_UP * s
