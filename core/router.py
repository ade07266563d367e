"""The router: from a resident's words to counters, a question back, or an honest "not ours".

Order of work: crisis screen → language → district → section names → relations → index ranking → district and section
preference → several concerns → decision (answer / clarify / out of scope) → the answer reordered by core/rerank.py.
"""

from __future__ import annotations

import heapq
import re
from typing import Any

from core.ask import Focus, find_ask
from core.crisis import crisis_counters, crisis_lines
from core.english import is_english, to_japanese
from core.foreign import FOREIGN_WORDS, third_language
from core.foreign import to_japanese as foreign_japanese
from core.kana import KanaReader, mostly_kana, mostly_katakana
from core.otherbusiness import asks_for_help, group_room, other_business, welfare_strength
from core.places import find_district
from core.relations import double_care, infer_topics, infer_who, lead_topics, names_person, parent_of_pupil
from core.rerank import Reranker
from core.route_result import AREA_OPTIONS, AREA_OPTIONS_EN, Clarify, Ranked, RouteResult
from core.safety import Screen, screen
from knowledge.grams import GramIndex
from knowledge.kb import KnowledgeBase, SectionHit
from knowledge.search import Analysis, Index, Scored
from knowledge.text import hira, normalize

SOFT_TIER = Screen("soft", ("soft",))  # distress without an alarm: one quiet line

# Calibrated on tests/questions/*.jsonl with bench/calibrate.py.
OOS_THRESHOLD = 1.5        # best phrase/topic score below this: nothing curated fits (bench/calibrate.py)
CLEAR_LEADER = 5.0        # a top score this high, not an all-round counter, answers a short 'where do I ask'
VAGUE_LEXICAL = 2.0        # a wish to consult whose curated evidence is below this gets a question back
BM25_IN_SCOPE = 12.0       # raw BM25 at or above this: the plans' own wording fits well enough
ASK_WEIGHT = 0.5          # the asking sentences of a long message count once more on top of the whole text
LONG_MESSAGE = 60          # characters: a message of several sentences this long is a story (needs a concern)
STRONG_TOPIC = 1.0         # a topic at least this strong counts as one of the resident's concerns
GRAM_WEIGHT = 15.0         # the character n-gram similarity (knowledge/grams.py) added to an entry's score, scaled
SET_ASIDE = 0.5            # an entry the resident says is not the problem (介護の相談はもういい) keeps this share
LEADER_FAR = 2.0           # a leader this many times the second's score answers a story of many concerns itself
SCORE_SCALE = 6.0          # score → 0..1 for output: s / (s + SCORE_SCALE)
MAX_RESULTS = 5
MAX_CANDIDATES = 40
GENERAL_TOPIC = "sodan"    # its counters take any concern, and several at once
CARER_TOPIC = "carer"
HARM_TOPICS = ("dv", "gyakutai")  # who harms whom, told in the message
FOREIGN_TOPIC = "gaikokujin"  # its counter speaks the resident's language (a message in a third language)
PARENT_TOPIC, SCHOOL_TOPIC = "kosodate", "kyoiku"  # a parent's worry about school: the parents' counter first
ACCESS_TOPIC = "outside-kotsu"  # getting there (駐車場, 駅からの行き方, バス): of a welfare place named, that place's

_CONSULT = re.compile(r"相談|そうだん|悩|なやみ|なやん|困っ|こまっ|困る|困り|いろいろあって|色々あって|質問|聞きたい|"
                      r"わから(ない|なく)|分から(ない|なく)|どこに聞けば|助けて|聞いてほしい|聞いても|話を聞|"
                      r"どうしたら|どうすれば|不安|つらい|辛い|しんどい|どこに行けば|どこへ行けば|誰に聞けば|窓口|"
                      r"question|ask|help|advice|problem|worried|talk to|who can")
_FILLER = re.compile(r"ちょっと|少し|すこし|について|があります|がある|あります|です|ます|したい|"
                     r"したくて|のですが|誰か|だれか|\?|？|。|、|!|！")
_ONE_PLACE = r"一か所|一カ所|一ヶ所|一箇所|ひとつの窓口|一つの窓口"  # one place for everything
# (全部 of money taken or spent, 年金を全部使われ, is how much, not everything at once)
_COMPLEX = re.compile(r"重な|同時|いろいろ|色々|複数|(全部|ぜんぶ)(?![^。、]{0,3}(使|つか|取ら|とら|盗ら|持って))|一気に|いっぺんに|何もかも|限界|どこに相談|誰に相談|どこへ相談|誰に聞|"
                      r"まとめて|" + _ONE_PLACE + r"|別の課|たらい回し")
_CARE_AREAS = {"elderly", "children", "disability"}
# The resident asks for one place for everything: the all-round counter is the answer (several concerns or not).
_ONE_STOP = re.compile(r"まとめて ?(相談|聞|き|話|はな|見|み|受け|う|対応)|" + _ONE_PLACE + r"|全部(一緒|いっしょ)|ぜんぶ ?いっしょ|"
                       r"one place|one office|all together|whole family situation|everything at once|all at once")


def _inferred(text: str) -> dict[str, float]:
    """Topics the text implies beyond its words: harm between people (core/relations.py), a room for a welfare group."""
    return {**infer_topics(text), **group_room(text)}


class Router:
    """Stateless per question; holds the knowledge base and its index."""

    def __init__(self, kb: KnowledgeBase, index: Index | None = None, grams: GramIndex | None = None) -> None:
        self.kb = kb
        self.index = index or Index(kb)
        self.grams = grams or GramIndex(kb)
        self.reranker = Reranker(kb)
        self._kana: KanaReader | None = None

    @property
    def kana(self) -> KanaReader:
        """The knowledge's words by reading, read on the first message written in kana."""
        if self._kana is None:
            words = [w for e in self.kb.entries.values() for w in (e["name"], *e.get("aliases", ()),
                                                                   *e.get("keywords", ()), *e.get("problems", ()))]
            words += [w for t in self.kb.topics.values() for w in (t.get("name", ""), *t.get("synonyms", ()))]
            self._kana = KanaReader(w for w in words if isinstance(w, str))
        return self._kana

    def route(self, text: str, model_heard_soft: bool = False) -> RouteResult:
        """`model_heard_soft`: a crisis head's lone alarm is soft, the words ranked (a later turn: core/listening.py)."""
        raw = text or ""
        res = RouteResult(query=raw)
        res.safety = SOFT_TIER if model_heard_soft and screen(raw).by_model else screen(raw)
        res.emergency = self.emergency_lines(res.safety)
        if res.crisis is None and third_language(raw) is not None:
            return self._own_language(res, raw)
        english = is_english(raw)
        res.lang = "en" if english else "ja"
        # A message all in katakana is read as hiragana (then the kana reader below gives the knowledge's kanji).
        focus = find_ask(hira(raw) if not english and mostly_katakana(raw) else raw, english)
        q = to_japanese(focus.text) if english else focus.text
        if not english and mostly_kana(q):
            q = self.kana.to_kanji(q)  # 「おかねが ありません」 → お金がありません
        res.place = find_district(self.kb, raw)
        res.section = self.kb.find_section(q)
        analysis, whole, ask = self._analyse_focus(q, focus, english)
        res.topics = analysis.topics
        aside = self._set_aside(focus, ask, english)
        scores, order = self._rank(res, analysis, q, aside, focus.ask or q)
        res.top_score = scores[order[0]] if order else 0.0
        consult = bool(_CONSULT.search(q) or _CONSULT.search(hira(raw))) or not raw.strip()
        # Evidence must survive without the words that only say "I want to consult" or name a place (「悩みがある」
        # asks back; other city business, 「お寺の観光スポット」, is decided by core/otherbusiness.py).
        specific = [t for t in self._strong_topics(analysis.topics) if t != GENERAL_TOPIC]
        core_ok = self._core_ok(raw, q, res, analysis, focus, english, bool(specific))
        # Consulting words are discounted in the index (GENERIC_FACTOR), so the full analysis tells whether
        # anything beyond "I want to consult" was said.
        general = self.kb.topics.get(GENERAL_TOPIC, {}).get("counters", [])
        # Nothing specific said, or only the all-round counters fit: ask what it is about.
        # A clear leader that is not an all-round counter answers even when the words are few
        # (「家賃が払えなくなりそう。どこに相談したらいい？」).
        clear = bool(order) and order[0] not in general and res.top_score >= CLEAR_LEADER
        # A counter named by its name (「民生委員さんに相談したい」) is the answer, even an all-round one.
        named = bool(order) and self._named(q, self.kb.entries[order[0]])
        vague = consult and not specific and not named and (
            (analysis.lexical_top < VAGUE_LEXICAL and not clear) or bool(order and order[0] in general))
        if res.crisis is not None:
            # Beside the lines, only what the knowledge names for the situation: never the ranking's guess.
            res.results = [Ranked(entry, 0.5) for entry in crisis_counters(self.kb, res.safety, q)]
            return res
        if self._other_business(res, q, focus, whole, ask, english, order):
            return res
        if (not core_ok or vague) and res.section is None:
            if consult or res.safety.urgency == "soft":
                self._ask_back(res)
                # A story of several sentences with a clear best guess: the guess first, the all-round counters after.
                story = focus.sentences >= 2 and len(q) >= LONG_MESSAGE
                if story and clear and res.safety.urgency != "soft":
                    res.results = [Ranked(self.kb.entries[order[0]], scores[order[0]] / (scores[order[0]] + SCORE_SCALE)),
                                   *res.results]
            else:
                res.out_of_scope = True
            return res
        ranked = (order if english else self.reranker.rerank(raw, order, aside, res.topics))[:MAX_RESULTS]
        res.results = [Ranked(self.kb.entries[e], scores[e] / (scores[e] + SCORE_SCALE)) for e in ranked]
        return res

    def _own_language(self, res: RouteResult, raw: str) -> RouteResult:
        """A message in a third language (core/foreign.py): the multicultural counter first, whatever it is about —
        the resident needs someone who speaks their language —, then the counters of the concern its words name."""
        res.lang, res.place = ("en" if is_english(raw) else "ja"), find_district(self.kb, raw)
        words = foreign_japanese(raw)
        told = self.route(words) if words else None
        if told is not None and told.other_business is not None:  # other city business (lixo, 관광): a redirect
            res.out_of_scope, res.other_business = True, told.other_business
            return res
        inner = self.route(f"{FOREIGN_WORDS} {words}")
        res.topics = inner.topics
        first = [c for c in self.kb.topics.get(FOREIGN_TOPIC, {}).get("counters", [])[:1] if c in self.kb.entries]
        res.results = [*(Ranked(self.kb.entries[c], 0.9) for c in first),
                       *(r for r in inner.results if r.entry["id"] not in first)][:MAX_RESULTS]
        return res

    def _other_business(self, res: RouteResult, q: str, focus: Focus, whole: Analysis, ask: Analysis | None,
                        english: bool, order: list[str]) -> bool:
        """Other city business (ごみ, 住民票, 観光) asked, not welfare: `res` becomes the redirect; True then."""
        # Someone harming someone (親にしょっちゅう殴られる, 父に叩かれる: core/relations.py) is the message's concern
        # wherever the story happens (毎日図書館で時間をつぶしてる): no other city business.
        harm = any(res.topics.get(t, 0.0) >= STRONG_TOPIC for t in HARM_TOPICS) and any(
            v >= STRONG_TOPIC for t, v in infer_topics(q).items() if t in HARM_TOPICS)
        if not harm and (res.section is None or self._outside_section(res.section)):
            # Other city business (ごみ, 住民票, 観光; a section that is such business: 中央図書館): a redirect.
            asked = focus.wish if focus.long else focus.text
            res.other_business = other_business(self.kb, whole, self._intent(focus, whole, ask, english), GENERAL_TOPIC,
                                                to_japanese(asked) if english else asked, q, focus.ask)
            # The way to a welfare place the message names (福祉センターの部屋を使いたい…駐車場はある？駅からの行き方は)
            # is that place's question, not the city's transport business.
            if res.other_business is not None and res.other_business.topic_id == ACCESS_TOPIC and any(
                    self.kb.entries[eid]["kind"] == "counter" and self._named(q, self.kb.entries[eid]) for eid in order[:3]):
                res.other_business = None
            if res.other_business is not None:
                res.out_of_scope = True
                return True
        return False

    def _rank(self, res: RouteResult, analysis: Analysis, q: str, aside: frozenset[str] = frozenset(),
              asked: str = "") -> tuple[dict[str, float], list[str]]:
        """The entries' scores with the named section's boost and the district's weight, best first (with several
        concerns, each one's best kept near the top); the entries set `aside` weigh less. An ask for one place for
        everything (`asked`: まとめて, one place) puts the all-round counter first, unless the concerns are of one area."""
        scores = {s.entry_id: s.score * (SET_ASIDE if s.entry_id in aside else 1.0) for s in analysis.scores}
        if GRAM_WEIGHT and len(q) >= LONG_MESSAGE:  # a long message words its concern its own way
            for eid, sim in self.grams.similar(q).items():
                if self.kb.entries[eid]["kind"] == "counter":  # services reach residents through their counters
                    scores[eid] = scores.get(eid, 0.0) + GRAM_WEIGHT * sim * (SET_ASIDE if eid in aside else 1.0)
        if res.section is not None:
            for eid in self.kb.main_section_entries.get(res.section.section["id"], ()):
                e = self.kb.entries[eid]
                scores[eid] = scores.get(eid, 0.0) + (6.0 if e["kind"] == "counter" else 3.0)
        if res.place is not None:
            for eid in list(scores):
                if not self.kb.serves(self.kb.entries[eid], res.place.district_id):
                    scores[eid] *= 0.3
        order = sorted(heapq.nlargest(MAX_CANDIDATES, scores, key=scores.__getitem__),
                       key=lambda eid: (-scores[eid], self.kb.entries[eid]["kind"] != "counter", eid))
        # Who the message is about (実家の母, a relative of 84) chooses an area but is not a concern of its own.
        concerns = {t: v - analysis.who.get(t, 0.0) for t, v in res.topics.items()}
        order = self._parent_first(q, self._several_concerns(q, order, scores, concerns), scores)
        general = self.kb.topics.get(GENERAL_TOPIC, {}).get("counters", [])[:1]
        strong = [t for t in self._strong_topics(concerns) if t != GENERAL_TOPIC]  # several concerns, all of one area
        one_area = len(strong) >= 2 and len({self.kb.topics[t]["area"] for t in strong}) == 1
        if general and order and _ONE_STOP.search(asked.lower()) and general[0] not in order[:1] and not one_area:
            scores[general[0]] = max(scores.get(general[0], 0.0), scores[order[0]] * 1.01)
            order = general + [eid for eid in order if eid != general[0]]
        return scores, order

    def _parent_first(self, q: str, order: list[str], scores: dict[str, float]) -> list[str]:
        """A parent's worry about their child's going to school (core/relations.parent_of_pupil) led by the school's
        own counter (the education centre): the parents' counter first, the centre beside it."""
        parents = self.kb.topics.get(PARENT_TOPIC, {}).get("counters", [])[:1]
        if not parents or not order or order[0] in parents or self.kb.entries[order[0]]["topics"][:1] != [SCHOOL_TOPIC]:
            return order
        if not parent_of_pupil(q):
            return order
        scores[parents[0]] = max(scores.get(parents[0], 0.0), scores[order[0]] * 1.01)
        return parents + [eid for eid in order if eid != parents[0]]

    def _core_ok(self, raw: str, q: str, res: RouteResult, analysis: Analysis, focus: Focus, english: bool,
                 specific: bool) -> bool:
        """Whether the message names a concern once the words that only name a place are taken away."""
        # A message of several sentences matches something by its sheer length (BM25 over many words, a
        # 子ども or 母 among the targets): it is ours when it names a concern.
        story = focus.sentences >= 2 and len(q) >= LONG_MESSAGE
        evidence = self._concern(analysis) if story else self._evidence(analysis)
        # A hand asked for someone named (祖母は足が悪くて…手伝ってくれるサービスは): a concern whatever the chore.
        evidence = evidence or (story and names_person(q) and asks_for_help(focus.ask))
        core = q
        if res.place is not None and not english and not specific:  # a place name is never a topic's word
            base = normalize(raw)
            core = find_ask(base[:res.place.start] + " " + base[res.place.end:]).text
        if core == q or not evidence:
            return evidence  # nothing removed, or nothing to lose: no second analysis
        core_analysis = self._analyse_core(_FILLER.sub(" ", core).strip())
        return core_analysis is not None and (self._concern(core_analysis) if story else self._evidence(core_analysis))

    def _analyse_focus(self, q: str, focus: Focus, english: bool) -> tuple[Analysis, Analysis, Analysis | None]:
        """The whole text's analysis with the asking sentences of a long message added once more; the whole
        text's and the asking sentences' own (None for a message that is all ask)."""
        analysis = self.index.analyse(q, extra_topics=_inferred(q), who_topics=infer_who(q))
        if not focus.long:
            return analysis, analysis, None
        ask = to_japanese(focus.ask) if english else focus.ask
        if not ask.strip():
            return analysis, analysis, None
        # A sentence of a long message is no typo to correct (こういうとき is no 更生): fuzzy readings for short texts.
        extra = self.index.analyse(ask, extra_topics=_inferred(ask), who_topics=infer_who(ask),
                                   fuzzy=len(q) < LONG_MESSAGE)
        if not self._evidence(extra):
            return analysis, analysis, extra  # 「どこに相談すればいいですか」: the story says what it is about
        scores = {s.entry_id: s for s in analysis.scores}
        for s in extra.scores:
            mine = scores.get(s.entry_id)
            if mine is None:
                scores[s.entry_id] = Scored(s.entry_id, ASK_WEIGHT * s.score, list(s.phrases))
            else:
                scores[s.entry_id] = Scored(s.entry_id, mine.score + ASK_WEIGHT * s.score, mine.phrases)
        topics = dict(analysis.topics)
        for t, v in extra.topics.items():
            if t != GENERAL_TOPIC:
                topics[t] = topics.get(t, 0.0) + ASK_WEIGHT * v
        ranked = sorted(scores.values(), key=lambda x: (-x.score, self.kb.entries[x.entry_id]["kind"] != "counter",
                                                        x.entry_id))
        other = dict(analysis.other)
        for t, v in extra.other.items():
            other[t] = other.get(t, 0.0) + ASK_WEIGHT * v
        who = dict(analysis.who)
        for t, v in extra.who.items():
            who[t] = who.get(t, 0.0) + ASK_WEIGHT * v
        merged = Analysis(scores=ranked, topics=topics, matched=sorted(set(analysis.matched) | set(extra.matched)),
                          fuzzy=analysis.fuzzy, lexical_top=max(analysis.lexical_top, extra.lexical_top),
                          bm25_top=max(analysis.bm25_top, extra.bm25_top), other=other, who=who,
                          concern_top=max(analysis.concern_top, extra.concern_top))
        return merged, analysis, extra

    def _set_aside(self, focus: Focus, ask: Analysis | None, english: bool) -> frozenset[str]:
        """The counters of what the resident says is not the problem (「介護のことはもう相談済み」「年金の相談じゃ
        なくて」): the story around it still names it, the ranking should not follow. Not those the ask names."""
        if english or not focus.negated:
            return frozenset()
        negated = " ".join(focus.negated)
        said = self.index.analyse(negated, fuzzy=False)
        topics = [t for t in self._strong_topics(said.topics) if t != GENERAL_TOPIC]
        # A counter named by its name (生活保護まではまだ考えてない) is set aside alone, not its topic's other counters.
        if any(self._named(negated, self.kb.entries[s.entry_id]) for s in said.scores[:3]):
            topics = []
        aside = {c for t in topics for c in (*self.kb.topics[t]["counters"], *self.kb.topic_entries.get(t, ()))}
        aside |= {s.entry_id for s in said.scores if any(not p.startswith("#") for p in s.phrases)}
        if ask is not None:
            named = {t: v - ask.who.get(t, 0.0) for t, v in ask.topics.items()}  # 高齢者が働ける: who, not what
            aside -= {c for t in self._strong_topics(named) if t != GENERAL_TOPIC for c in self.kb.topics[t]["counters"]}
            aside -= {s.entry_id for s in ask.scores[:3] if any(not p.startswith("#") for p in s.phrases)}
        return frozenset(aside)

    def _intent(self, focus: Focus, whole: Analysis, ask: Analysis | None, english: bool) -> Analysis | None:
        """What the message is for: its asking sentences with the wishes beside them (「マイナンバーカードを作りたい
        です。写真はスマホでも大丈夫ですか」 is about the card, not the phone), for the other-business decision."""
        if english or not focus.long or focus.wish == focus.ask or not whole.other:
            return ask  # (no other business in the message: nothing to decide)
        if ask is not None and ask.other and welfare_strength(ask, GENERAL_TOPIC) == 0:
            return ask  # the question names other business and no welfare: a wish in the story (節約したい) is story
        return self.index.analyse(focus.wish, extra_topics=_inferred(focus.wish), who_topics=infer_who(focus.wish),
                                  fuzzy=False)

    def _concern(self, analysis: Analysis) -> bool:
        """Evidence for a long message: a clear topic, or curated words beyond who it is about."""
        return (analysis.concern_top >= OOS_THRESHOLD
                or any(t != GENERAL_TOPIC for t in self._strong_topics(analysis.topics)))

    @staticmethod
    def _named(q: str, entry: dict[str, Any]) -> bool:
        """The message names the entry by its name or one of its aliases (three characters at least)."""
        return any(len(n) >= 3 and n in q for n in (entry["name"], *(entry.get("aliases") or ())) if isinstance(n, str))

    def _evidence(self, analysis: Analysis) -> bool:
        """Curated words (phrases, a clear topic) or a strong overlap with the plans' own wording."""
        return (analysis.lexical_top >= OOS_THRESHOLD or analysis.bm25_top >= BM25_IN_SCOPE
                or any(t != GENERAL_TOPIC for t in self._strong_topics(analysis.topics)))

    def _analyse_core(self, text: str) -> Analysis | None:
        """The analysis of a reduced text (None when nothing is left of it)."""
        if len(text.replace(" ", "")) < 2:
            return None
        return self.index.analyse(text, extra_topics=_inferred(text), who_topics=infer_who(text))

    def _strong_topics(self, topics: dict[str, float]) -> list[str]:
        return [t for t, s in sorted(topics.items(), key=lambda x: -x[1]) if s >= STRONG_TOPIC and t in self.kb.topics]

    def _several_concerns(self, q: str, order: list[str], scores: dict[str, float],
                          topics: dict[str, float]) -> list[str]:
        """Each concern's counter in the first results, and the all-round counter when there are many."""
        strong = self._strong_topics(topics)
        areas: dict[str, str] = {}
        for t in strong:
            areas.setdefault(self.kb.topics[t]["area"], t)
        if len(areas) < 2:
            return order
        care = _CARE_AREAS & set(areas)
        carer = self.kb.topics[CARER_TOPIC]["counters"][:1] if len(care) >= 2 and CARER_TOPIC in self.kb.topics else []
        picks: list[str] = list(carer)  # caring for two at once: ダブルケア
        for t in areas.values():
            main = [c for c in self.kb.topics[t]["counters"] if c in self.kb.entries]
            if main:
                picks.append(max(main, key=lambda c: scores.get(c, 0.0)))
        # The best match stays first; each concern's counter follows, strongest first.
        picks.sort(key=lambda c: -scores.get(c, 0.0))
        general = self.kb.topics.get(GENERAL_TOPIC, {}).get("counters", [])[:1]
        need = lead_topics(areas, q)  # 障害者虐待 is one concern; 生活が不安で眠れない after a job loss, the job first
        head = [e for e in order if need and need <= set(self.kb.entries[e].get("topics", ()))][:1] or order[:1]
        if carer and not need and double_care(areas, q):
            head = carer  # an elder and a child to care for, nothing else (親の介護と子育てが同時に): the carers' counter
        if general and (len(areas) >= 3 or _COMPLEX.search(q)):
            # Many concerns and "it is all too much": the all-round counter leads — unless the leader is named
            # (民生委員をやってみないかと…誰に聞けば) or far ahead of the rest (父が生活保護を受けると…, the siblings
            # 子育て中 and the rent only the story around it).
            lead = order[0] if order else ""
            settled = bool(lead) and (self._named(q, self.kb.entries[lead]) or (
                len(order) > 1 and scores.get(lead, 0.0) >= LEADER_FAR * scores.get(order[1], 0.0)))
            # (concerns that are one, harm to a disabled person, have their counter: it leads)
            if len(areas) >= 3 and _COMPLEX.search(q) and not settled and not need:
                head = general + head
            else:
                picks.insert(0, general[0])
        top = max(scores.values()) if scores else 1.0
        merged: list[str] = []
        for eid in head + picks + order:
            if eid not in merged:
                merged.append(eid)
                scores[eid] = max(scores.get(eid, 0.0), top * (0.99 ** len(merged)))
        return merged

    def _outside_section(self, hit: SectionHit) -> bool:
        """Whether the section's name, as said, is a word of other city business (中央図書館) and no welfare word."""
        said = self.index.analyse(hit.said, fuzzy=False)
        return bool(said.other) and not said.topics

    def _ask_back(self, res: RouteResult) -> None:
        en = res.lang == "en"
        res.clarify = Clarify(text=("What is it about? Choose the closest area." if en
                                    else "どんなことでお困りですか。近いものを選んでください。"),
                              options=AREA_OPTIONS_EN if en else AREA_OPTIONS)
        general = self.kb.topics.get(GENERAL_TOPIC, {}).get("counters", [])
        res.results = [Ranked(self.kb.entries[c], 0.5) for c in general if c in self.kb.entries][:2]

    def emergency_lines(self, found: Screen) -> list[dict[str, Any]]:
        return crisis_lines(self.kb, found)
