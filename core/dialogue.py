"""The guided conversation, the same on every channel: state in, reply and new state out.

A resident either types their problem (routed at once) or is led step by step: for whom → area of
life → concern → district → counters. Every option shows how many counters remain. 戻る goes one step
back, 最初から starts again, 紹介状 writes a handoff summary. The state holds choices, topic ids and the
counters shown, never the resident's words.

The conversation listens across turns (issue #13, core/listening.py): a district given later narrows the counters shown
(never a refusal, never a restart); a question about the last answer (電話番号は？ 土日も？ 予約いる？) is
answered from that counter's facts (core/followup.py); thanks, greetings, emoji get a short kind reply
(core/smalltalk.py); a new topic starts a new thread and keeps the district. Every answer asks
「役に立ちましたか？」 (the resident's answer rides on `Reply.feedback`) and offers a person to call. Words
come from core/messages.py in the resident's register (ja / easy / en); cards pass the tone guard
(core/tone.py).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any

from core import followup, smalltalk
from core.alarm import QUESTION, alone, at_hospital, away_from_harm
from core.another import city_itself
from core.cards import build_card, entry_name
from core.foreign import unread
from core.geo import OUTSIDE
from core.glossary import explain, offer
from core.guided import (
    ALL_ROUND_TOPIC,
    AREAS,
    BACK,
    EMERGENCY,
    FEEDBACK,
    HANDOFF,
    MAX_CARDS,
    PERSON,
    RESTART,
    WHO,
    State,
)
from core.handoff import city_hall_open, handoff
from core.hearing import OVERWHELMED
from core.kana import widen
from core.listening import Listening
from core.local import own_counters
from core.messages import register, say
from core.places import home_place
from core.replies import Card, EmergencyLine, Option, Reply
from core.router import CLEAR_LEADER, STRONG_TOPIC, Router, RouteResult
from core.tone import for_the_old, guard

__all__ = ["AREAS", "BACK", "EMERGENCY", "FEEDBACK", "HANDOFF", "PERSON", "RESTART", "WHO", "Dialogue",
           "State", "city_hall_open"]
GREETING = say("greeting", "ja", privacy=say("privacy_short", "ja"))
_WORDS = re.compile(r"[\u3041-\u30ff\u4e00-\u9fff]")


class Dialogue(Listening):
    """Stateless engine over a router; `handle` is the only entry point. The guided steps' options come
from `Menu` (core/guided.py), the replies within a thread from `Listening` (core/listening.py)."""

    def __init__(self, router: Router) -> None:
        super().__init__(router.kb)
        self.router = router
        self.last_result: RouteResult | None = None  # the routing of the last typed message (for review)

    # --- entry points -------------------------------------------------------------------------------
    def start(self, lang: str = "ja", privacy: str = "privacy_short") -> tuple[State, Reply]:
        """The first message: what the bot does in two lines; the privacy notice one tap away."""
        lang = register(lang)
        state = State(lang=lang)
        return state, Reply(say("greeting", lang, privacy=say(privacy, lang)),
                            options=self._who_options(lang), lang=lang)

    def handle(self, state: State, text: str | None = None, choice: str | None = None,
               now: dt.datetime | None = None, lang: str | None = None) -> tuple[State, Reply]:
        """A typed message (`text`) or a tapped option (`choice`) → the new state and the reply. `lang`
        (ja / easy / en), when given, is the register of this reply and of the ones after it."""
        if lang is not None:
            state.lang, state.lang_chosen = register(lang), True
        if choice == OUTSIDE:  # a shared location outside the city (core/geo.py): said so, districts offered
            return state, Reply(say("loc_outside", state.lang), lang=state.lang,
                                options=self._area_district_options(state.lang) + self._nav(state.lang))
        glossed = explain(self.kb, state, text, choice, now, self._answered(state.lang))  # 「成年後見とは？」
        if glossed is not None:
            self.last_result = None
            return state, glossed
        text = widen(text) if text else text  # 「ﾃﾞﾝﾜﾊﾞﾝｺﾞｳ ｵｼｴﾃ」: half-width katakana read full-width
        if choice:
            state, reply = self._choose(state, choice, now)
        elif not text or not text.strip():
            return self.start(state.lang)
        else:
            alarmed = state.alarmed
            state, reply = self._free_text(state, text, now, explicit=state.lang_chosen)
            if self._tier_after(alarmed, text):  # 「少し気持ちが軽くなりました」 after a crisis, 「まいってます」: soft
                reply = replace(reply, urgency="soft")
        typed = self.last_result if text and not choice else None
        state.seen = [i for i in state.seen if i not in state.shown][-(3 * MAX_CARDS):] + state.shown
        state.distress = typed is not None and typed.urgency == "soft"
        place = typed.place if typed is not None else None
        confirmed = place.confirmed if place is not None else state.district_confirmed
        if (state.picked or state.counter) not in self.kb.entries:  # no counter yet: a 紹介状 would be empty
            reply = replace(reply, options=[o for o in reply.options if o.id != HANDOFF])
        return state, offer(self.kb, own_counters(self.kb, state, reply, now, confirmed=confirmed))

    # --- choices ------------------------------------------------------------------------------------
    def _choose(self, state: State, choice: str, now: dt.datetime | None) -> tuple[State, Reply]:
        kind, _, value = choice.partition(":")
        lang = state.lang
        if choice == RESTART:
            fresh, reply = self.start(lang)
            fresh.lang_chosen = state.lang_chosen
            return fresh, reply
        if choice == BACK:
            return self._back(state, now)
        if choice == EMERGENCY:
            return state, Reply(say("emergency_list", lang), emergency=[self._line(x) for x in self.kb.emergency],
                                options=self._tail(lang), lang=lang)
        if choice == HANDOFF:  # while an alarm stands, its lines beside the note
            return state, Reply(self.handoff(state, now), options=self._tail(lang), lang=lang, note=True,
                                emergency=self._alarm_lines(state) if state.alarm else [])
        if choice == PERSON:
            return state, self._person(state, now)
        if choice.startswith(FEEDBACK):
            return self._feedback(state, value, now)
        prev = {name: getattr(state, name) for name in State.__dataclass_fields__ if name != "history"}
        state.history = [*state.history[-9:], prev]
        if kind == "w":
            state.who, state.step = value, "area"
            state.chosen = [choice]
            return state, Reply(say("ask_area", lang), options=self._area_options(lang), lang=lang)
        if kind == "a" and value in dict(AREAS):
            state.area, state.step = value, "topic"
            state.chosen = [c for c in state.chosen if c.startswith("w:")] + [choice]
            topics = self._topics_of(value)
            if not topics:
                return self._answer_topic(state, None, now)
            return state, Reply(say("ask_topic", lang, area=self._area_label(value, lang)),
                                options=[Option(f"t:{t['id']}", f"{t['name']}（{self._count(t['id'])}件）")
                                         for t in topics] + self._nav(lang), lang=lang)
        if kind == "t" and value in self.kb.topics:
            state.topic, state.step = value, "district"
            state.chosen = [c for c in state.chosen if c[:2] in ("w:", "a:")] + [choice]
            return state, Reply(say("ask_district", lang), options=self._district_options(value, lang), lang=lang)
        if kind == "d":
            state.district = None if value == "any" else value
            state.district_confirmed = True  # tapped: the resident chose the district itself
            return self._answer_topic(state, state.topic, now)
        if kind == "c" and value in self.kb.entries:
            state.counter = state.picked = value
            state.step = "answered"
            state.shown = [value, *[i for i in state.shown if i != value]][:MAX_CARDS]
            return state, Reply(say("details", lang) + "\n" + say("feedback_ask", lang),
                                cards=[build_card(self.kb, self.kb.entries[value], now, lang)],
                                options=self._answered(lang), lang=lang)
        if kind == "o":  # a clarify option, by position
            return self._choose(state, f"a:{AREAS[int(value)][0]}" if value.isdigit() and int(value) < len(AREAS)
                                else RESTART, now)
        return state, Reply(say("stale_option", lang), options=self._who_options(lang), lang=lang)

    def _back(self, state: State, now: dt.datetime | None) -> tuple[State, Reply]:
        if not state.history:
            return self.start(state.lang)
        prev = State.from_dict({**state.history[-1], "history": state.history[:-1]})
        step_choice = {"area": f"w:{prev.who}", "topic": f"a:{prev.area}", "district": f"t:{prev.topic}"}
        if prev.step in step_choice and prev.history:
            parent = State.from_dict({**prev.history[-1], "history": prev.history[:-1]})
            return self._choose(parent, step_choice[prev.step], now)
        if prev.step == "area":
            return prev, Reply(say("ask_area", prev.lang), options=self._area_options(prev.lang), lang=prev.lang)
        return self.start(state.lang)

    # --- free text ----------------------------------------------------------------------------------
    def _free_text(self, state: State, text: str, now: dt.datetime | None,
                   explicit: bool = False) -> tuple[State, Reply]:
        res = self._home(text, self._goes_on(state, text, self._route(text)))  # distress that goes on; the home
        res = self.last_result = self._weight(state, text, res)  # 「仕事も家のことも全部」: the weight, the thread's cards
        if not explicit:  # the register follows the resident's words; emoji and numbers keep it
            state.lang = "en" if res.lang == "en" else (
                ("easy" if state.lang == "easy" else "ja") if _WORDS.search(text) else state.lang)
        typed = EMERGENCY if followup.wants_lines(text) else self._typed_option(state, text)  # 「緊急」「最初から」
        if res.crisis is None and typed is not None:  # typed as the buttons say: what the button does
            self._calmed(res)
            return self._choose(state, typed, now)
        lang = state.lang
        emergency = [self._line(x) for x in res.emergency] if res.crisis else []
        if res.place is not None and (state.district is None or followup.says_living(text) or followup.only_place(
                text, res.place.said)):  # a place where something happened (「大船駅で保護された」) is not the home
            state.district, state.district_confirmed = res.place.district_id, res.place.confirmed
        if res.crisis is not None:
            state.alarm, state.alarmed = [res.urgency, *res.safety.situations], True
        if res.crisis is not None and not res.results:
            # Fire, a collapse, a missing child: the lines are the whole answer, never "not ours".
            return state, Reply(self._intro(res, lang, cards=False), emergency=emergency,
                                options=self._nav(lang)[1:] + [Option(PERSON, say("opt_person", lang))],
                                lang=lang, urgency=res.urgency)
        new_topic = bool(self._new_topics(state, res)) and not self._about_thread(state, text) and not smalltalk.calm(
            text) and not (  # 「あざす」 (no あざ, a bruise), thanks with a step: nothing to route
            state.alarm and at_hospital(text)) and not (  # 「入院しました」 after 119: the alarm winds down (core/alarm.py)
            state.alarm and away_from_harm(text, state.alarm[1:]) and not QUESTION.search(text.strip()))  # 夫は仕事です
        if res.crisis is None and not new_topic:
            listened = self._listen(state, text, res, now)
            if listened is not None:
                return state, self._with_lines(state, listened)
        if res.crisis is None and state.alarm and res.results and res.clarify is None:
            # A new concern the bot can answer (「家賃が払えなくなりそうです」 after 119): answered, the alarm's lines
            # beside it this once; the danger is no longer the thread, unless no one to rely on is (「頼れる人がいない」).
            emergency, state.alarm = self._alarm_lines(state), (state.alarm if alone(text) else [])
        ranked = sorted(res.topics.items(), key=lambda x: -x[1])
        prior = [i for i in state.shown if i in self.kb.entries] if not (
            ranked and ranked[0][1] >= STRONG_TOPIC or self._own_concern(state, res)) else []
        state.topic = ranked[0][0] if ranked and ranked[0][0] in self.kb.topics and not prior else state.topic
        if res.clarify is not None:
            state.step = "area"
            return state, Reply(self._soft(res, lang) + res.clarify.text, emergency=emergency,
                                options=self._area_options(lang) + self._nav(lang), lang=lang,
                                urgency=res.urgency)
        entries = self._entries(text, res, ranked, prior, state.shown)
        if not entries:
            return state, self._refuse(state, text, emergency, now)
        if res.place is None and state.district in self.kb.districts:  # a new thread keeps the district
            entries = [e for e in entries if self.kb.serves(e, state.district or "")] or entries
        cards = [build_card(self.kb, e, now, lang) for e in entries[:MAX_CARDS]]
        state.counter, state.step, state.picked = entries[0]["id"], "answered", None
        # answered in a language this guide does not read (the router's foreign counter first): say so, and how
        intro = (self._unread_intro(res, lang, cards[0].title) if unread(text) and cards
                 else self._intro(res, lang, district=state.district, confirmed=state.district_confirmed))
        cards += self._carer_cards(state, text, {c.entry_id for c in cards}, now, lang)
        state.shown = [c.entry_id for c in cards]
        more = [Option(f"c:{e['id']}", entry_name(e, lang)) for e in entries[MAX_CARDS:MAX_CARDS + 2]]
        return state, Reply(intro + "\n" + say("feedback_ask", lang), emergency=emergency, cards=cards,
                            options=self._answered(lang, more), lang=lang, urgency=res.urgency)

    def _about_thread(self, state: State, text: str) -> bool:
        """A question about the thread's counters, whatever topic its words rank: 「電話番号は？」, about consulting
        itself, the city itself asked for, or whether one still qualifies (「車持ってたらダメ？仕事で使うんですが」)."""
        return bool(state.shown) and (followup.pure(text) or followup.about_consulting(text) or bool(city_itself(
            self.kb, state, text)) or followup.aspect(text) == followup.ELIGIBLE)

    def _refuse(self, state: State, text: str, emergency: list[EmergencyLine], now: dt.datetime | None) -> Reply:
        """Nothing to answer with: this guide's honest "not ours"; a language it does not read (Korean, Vietnamese,
        Chinese …) gets the counter for foreign residents instead, never a bare refusal."""
        if unread(text):
            return self._foreign(state, now)
        return Reply(say("refusal", state.lang), emergency=emergency,
                     options=self._who_options(state.lang) + [Option(PERSON, say("opt_person", state.lang))],
                     lang=state.lang)

    def _entries(self, text: str, res: RouteResult, ranked: list[tuple[str, float]], prior: list[str],
                 shown: list[str]) -> list[dict[str, Any]]:
        """The entries a new question is answered with: the routed ones past the tone guard (a counter the thread
        showed was spoken of); a concern named strongly with none ranked gets its own counters; distress with
        everything at once gets the all-round counter beside the first; a question naming no concern in a thread
        gets the thread's counters first."""
        entries = guard([r.entry for r in res.results], text, alarm=res.crisis is not None, shown=frozenset(shown))
        old = for_the_old(self.kb, [r.entry for r in res.results[:MAX_CARDS]], text)  # 息子に怒鳴られて…八十です
        entries = old + [e for e in entries if e not in old]
        if not entries and ranked and ranked[0][1] >= STRONG_TOPIC and ranked[0][0] in self.kb.topics:
            # The message names a concern strongly but no entry ranked: that concern's own counters, never "not ours".
            entries = guard([self.kb.entries[i] for i in self._counters_for(ranked[0][0], None, None)], text)
        if res.urgency == "soft" and (res.topics.get(ALL_ROUND_TOPIC) or OVERWHELMED.search(text)) and entries:
            # Distress with everything at once (「何からどうしたらいいかわからない」「どこから手をつければ」): the all-round counter beside the first.
            first = [self.kb.entries[i] for i in self.kb.topics[ALL_ROUND_TOPIC]["counters"][:1] if i in self.kb.entries]
            entries = entries[:1] + first + [e for e in entries[1:] if e not in first]
        if entries and prior and res.crisis is None and res.place is None and not followup.corrects(text):
            # A question in a thread that names no concern of its own (「短期入所とか預かってもらえる所は？」): the
            # thread's counters first, then what the question's own words found.
            kept = [self.kb.entries[i] for i in prior[:MAX_CARDS - 1]]
            entries = kept + [e for e in entries if e["id"] not in prior[:MAX_CARDS - 1]]
        return entries

    def _own_concern(self, state: State, res: RouteResult) -> bool:
        """The message's own clear leader, not of the thread's concern nor shown (「家賃が払えなくなりそうです」 after DV
        or ひきこもり): its counters first, the thread's not put before them (「短期入所とか…」 after a disability
        thread ranks a counter of the thread's own topic, 「ちょっとの間だけ母を預けられるところってある？」 after a carer's
        story a guess at 5.9: the thread's counters stay first)."""
        if self._other_generation(state, res):  # 「子どもを数時間だけ預かってもらえる？」 after a mother's care
            return True
        if not res.results or res.clarify is not None or res.top_score < 1.5 * CLEAR_LEADER:  # 8.9, not a guess's 5.9
            return False
        topics = set(res.results[0].entry.get("topics") or ()) - {ALL_ROUND_TOPIC}
        thread = {state.topic} if state.topic in self.kb.topics else self._thread_topics(state)  # the thread's concern
        return bool(topics) and not topics & thread and res.results[0].entry["id"] not in state.shown

    def _strong(self, res: RouteResult) -> set[str]:
        return {t for t, s in res.topics.items() if s >= STRONG_TOPIC and t in self.kb.topics}

    def _route(self, text: str) -> RouteResult:
        """The routing of a typed message; where it names a place with living words, what it asks is routed
        without them (「住まいは岡本です」 is no housing question), the place and the screen kept."""
        res = self.router.route(text)
        if res.place is not None and res.crisis is None and followup.says_living(text):
            rest = self.router.route(followup.without_living(text))
            if rest.crisis is not None:  # the words left alarm the screen where the whole did not: no ranking to take
                return res
            res = replace(res, results=rest.results, topics=rest.topics, clarify=rest.clarify,
                          out_of_scope=rest.out_of_scope, other_business=rest.other_business, top_score=rest.top_score)
        return res

    def _home(self, text: str, res: RouteResult) -> RouteResult:
        """Of several places told with living words, the home (「深沢は私の実家で、今住んでるのは関谷です」: 関谷)."""
        if res.place is None or not followup.says_living(text):
            return res
        return replace(res, place=home_place(self.kb, text, res.place))

    def _new_topics(self, state: State, res: RouteResult) -> set[str]:
        """The strong topics the thread does not have; while an alarm stands, only those of another area of life
        (「まだ外で怒鳴ってる」 after a blow is the same danger, not a new question), and none while the resident
        is still in distress (「電話しても出てくれない」, leader 7.3) unless the concern is beyond doubt: a leader twice
        as clear as a clear one (「借金の返済が苦しいです」 10.9, 「仕事がなくなって家賃が払えません」 20.8)."""
        thread = self._thread_topics(state)
        new = self._strong(res) - thread
        if state.alarm and res.urgency == "soft" and res.top_score < 2 * CLEAR_LEADER:
            return set()
        if state.alarm:
            areas = {self.kb.topics[t].get("area") for t in thread if t in self.kb.topics}
            new = {t for t in new if self.kb.topics[t].get("area") not in areas}
        return new

    def _with_lines(self, state: State, reply: Reply) -> Reply:
        """While an alarm stands, a reply in the thread (a district, 「土日も？」) keeps its lines below it, quietly:
        the urgency stays the message's own."""
        if not state.alarm or reply.emergency:
            return reply
        return replace(reply, emergency=self._alarm_lines(state))

    def _intro(self, res: Any, lang: str, cards: bool = True, district: str | None = None,
               confirmed: bool = True) -> str:
        parts: list[str] = []
        if res.urgency == "emergency":
            parts.append(say("emergency_now", lang))
        elif res.crisis:
            parts.append(say("crisis_today", lang))
        parts.append(self._soft(res, lang).strip())
        if not cards:
            return "\n".join(p for p in parts if p)
        if res.section is not None and res.section.former:
            parts.append(say("renamed", lang, said=res.section.said, name=res.section.section["name"]))
        if district in self.kb.districts:  # said in this message (the state took it) or an earlier one
            parts.append(say("area_label", lang, label=self._district(district or "", lang))
                         + ("" if confirmed else say("area_unconfirmed", lang)))
        parts.append(say("these_counters", lang))
        return "\n".join(p for p in parts if p)

    def _unread_intro(self, res: RouteResult, lang: str, name: str) -> str:
        """A language this guide does not read: the alarm's words first (when there is one), then how to go on."""
        alarm = self._intro(res, lang, cards=False) if res.crisis else ""
        return "\n".join(x for x in (alarm, say("unread_language", lang, name=name)) if x)

    def _carer_cards(self, state: State, text: str, shown: set[str], now: dt.datetime | None,
                     lang: str) -> list[Card]:
        """A caregiver is offered support for themselves as well as for the person cared for."""
        carer = self.kb.topics.get("carer")
        caring = state.who == "family" or state.topic in ("carer", "kaigo", "ninchisho") or any(
            w in text for w in ("介護して", "世話をして", "看病", "ケアラー", "carer", "caring"))
        if not carer or not caring:
            return []
        for cid in carer["counters"][:1]:
            if cid not in shown and cid in self.kb.entries:
                return [build_card(self.kb, self.kb.entries[cid], now, lang)]
        return []

    # --- answers for the guided path ---------------------------------------------------------------
    def _answer_topic(self, state: State, topic_id: str | None, now: dt.datetime | None) -> tuple[State, Reply]:
        ids = self._counters_for(topic_id, state.area, state.district)
        if not ids:
            ids = tuple(self.kb.topics.get(ALL_ROUND_TOPIC, {}).get("counters", []))
        lang = state.lang
        cards = [build_card(self.kb, self.kb.entries[i], now, lang) for i in ids[:MAX_CARDS]]
        state.counter, state.step, state.picked = (ids[0] if ids else None), "answered", None
        cards += self._carer_cards(state, "", set(ids[:MAX_CARDS]), now, lang)
        state.shown = [c.entry_id for c in cards]
        more = [Option(f"c:{i}", entry_name(self.kb.entries[i], lang)) for i in ids[MAX_CARDS:MAX_CARDS + 2]]
        intro = say("these_counters", lang)
        if state.district in self.kb.districts:
            intro = say("area_label", lang, label=self._district(state.district or "", lang)) + "\n" + intro
        return state, Reply(intro + "\n" + say("feedback_ask", lang), cards=cards,
                            options=self._answered(lang, more), lang=lang)

    # --- handoff ------------------------------------------------------------------------------------
    def handoff(self, state: State, now: dt.datetime | None = None) -> str:
        """紹介状 (core/handoff.py)."""
        return handoff(self.kb, state, now)
