"""The guided conversation, the same on every channel: state in, reply and new state out.

A resident either types their problem (routed at once) or is led step by step: for whom → area of
life → concern → district → counters. Every option shows how many counters remain. 戻る goes one step
back, 最初から starts again, 紹介状 writes a handoff summary. The state holds choices, topic ids and the
counters shown, never the resident's words.

The conversation listens across turns (issue #13): a district given later narrows the counters shown
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
from dataclasses import asdict, dataclass, field
from typing import Any

import jpholiday

from core import followup, smalltalk
from core.cards import build_card, entry_name, reach
from core.hours import JST, describe
from core.messages import main_number, register, say
from core.replies import Card, EmergencyLine, Feedback, Option, Reply
from core.router import AREA_OPTIONS, AREA_OPTIONS_EN, STRONG_TOPIC, Router, RouteResult
from core.tone import guard

AREAS = [("elderly", "高齢・介護"), ("disability", "障害"), ("children", "子ども・子育て"),
         ("money", "お金・仕事・住まい"), ("mind", "こころ・ひきこもり"), ("violence", "暴力・虐待"),
         ("community", "地域活動・ボランティア"), ("other", "その他")]
WHO = [("self", "opt_self"), ("family", "opt_family"), ("neighbor", "opt_neighbor")]
MAX_CARDS = 3
BACK, RESTART, HANDOFF, EMERGENCY, PERSON = "back", "restart", "handoff", "sos", "person"
FEEDBACK = "fb:"  # fb:yes / fb:no / fb:other — 「役に立ちましたか？」
ALL_ROUND_TOPIC = "sodan"  # its counters take any concern (福祉総合相談窓口, なんでも相談窓口)
GREETING = say("greeting", "ja", privacy=say("privacy_short", "ja"))
CITY_HALL_HOURS = ("08:30", "17:15")  # weekdays, not on holidays or 12/29–1/3
_WORDS = re.compile(r"[\u3041-\u30ff\u4e00-\u9fff]")
SHORT = 20  # characters: a message this short that names only a person or a question has no concern yet
_SOMEONE = re.compile(r"夫|妻|主人|旦那|嫁|母|父|親|息子|娘|子ども|子供|こども|祖母|祖父|おばあ|おじい|家族|兄|姉|弟|妹|孫|"
                      r"友人|友達|近所|husband|wife|mother|father|son|daughter|child|parent|family|neighbou?r", re.I)
_SAD = set("😢😭😞😔😿🥲😥😰😨😓💧💦😩😫")


@dataclass
class State:
    """What the conversation remembers (serialisable; no free text)."""

    step: str = "start"
    who: str | None = None
    area: str | None = None
    topic: str | None = None
    district: str | None = None
    counter: str | None = None            # the counter a follow-up is about (the one chosen, else the first shown)
    lang: str = "ja"
    lang_chosen: bool = False             # the resident (or their channel) chose the register: it stays
    history: list[dict[str, Any]] = field(default_factory=list)
    shown: list[str] = field(default_factory=list)    # the cards of the last answer (entry ids)
    chosen: list[str] = field(default_factory=list)   # the options the resident tapped (w:, a:, t:), for the 紹介状
    picked: str | None = None             # the counter the resident chose (tapped, or said it helped)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> State:
        if not data:
            return cls()
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


class Dialogue:
    """Stateless engine over a router; `handle` is the only entry point."""

    def __init__(self, router: Router) -> None:
        self.router = router
        self.kb = router.kb
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
        if choice:
            return self._choose(state, choice, now)
        if not text or not text.strip():
            return self.start(state.lang)
        return self._free_text(state, text, now, explicit=state.lang_chosen)

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
        if choice == HANDOFF:
            return state, Reply(self.handoff(state, now), options=self._tail(lang), lang=lang)
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
        res = self.last_result = self.router.route(text)
        if not explicit:  # the register follows the resident's words; emoji and numbers keep it
            state.lang = "en" if res.lang == "en" else (
                ("easy" if state.lang == "easy" else "ja") if _WORDS.search(text) else state.lang)
        lang = state.lang
        emergency = [self._line(x) for x in res.emergency] if res.crisis else []
        if res.place is not None:
            state.district = res.place.district_id
        if res.crisis is not None and not res.results:
            # Fire, a collapse, a missing child: the lines are the whole answer, never "not ours".
            return state, Reply(self._intro(res, lang, cards=False), emergency=emergency,
                                options=self._nav(lang)[1:] + [Option(PERSON, say("opt_person", lang))],
                                lang=lang, urgency=res.urgency)
        strong = {t for t, s in res.topics.items() if s >= STRONG_TOPIC and t in self.kb.topics}
        new_topic = bool(strong - self._thread_topics(state))
        if res.crisis is None and not new_topic:
            listened = self._listen(state, text, res, now)
            if listened is not None:
                return state, listened
        ranked = sorted(res.topics.items(), key=lambda x: -x[1])
        state.topic = ranked[0][0] if ranked and ranked[0][0] in self.kb.topics else state.topic
        if res.clarify is not None:
            state.step = "area"
            return state, Reply(self._soft(res, lang) + res.clarify.text, emergency=emergency,
                                options=self._area_options(lang) + self._nav(lang), lang=lang,
                                urgency=res.urgency)
        entries = guard([r.entry for r in res.results], text, alarm=res.crisis is not None)
        if not entries:
            return state, Reply(say("refusal", lang), emergency=emergency,
                                options=self._who_options(lang) + [Option(PERSON, say("opt_person", lang))],
                                lang=lang)
        if res.place is None and state.district in self.kb.districts:  # a new thread keeps the district
            entries = [e for e in entries if self.kb.serves(e, state.district or "")] or entries
        cards = [build_card(self.kb, e, now, lang) for e in entries[:MAX_CARDS]]
        state.counter, state.step, state.picked = entries[0]["id"], "answered", None
        intro = self._intro(res, lang, district=state.district)
        cards += self._carer_cards(state, text, {c.entry_id for c in cards}, now, lang)
        state.shown = [c.entry_id for c in cards]
        more = [Option(f"c:{e['id']}", entry_name(e, lang)) for e in entries[MAX_CARDS:MAX_CARDS + 2]]
        return state, Reply(intro + "\n" + say("feedback_ask", lang), emergency=emergency, cards=cards,
                            options=self._answered(lang, more), lang=lang, urgency=res.urgency)

    def _thread_topics(self, state: State) -> set[str]:
        """The topics of the thread: the one remembered and those of the counters shown."""
        out = {state.topic} if state.topic else set()
        for eid in state.shown:
            out |= set(self.kb.entries.get(eid, {}).get("topics") or ())
        return out

    def _listen(self, state: State, text: str, res: RouteResult, now: dt.datetime | None) -> Reply | None:
        """A message that carries no new concern: a district, a question about the last answer, small talk,
        a feeling. None: route it as a new question."""
        lang = state.lang
        state.shown = [i for i in state.shown if i in self.kb.entries]  # a publish may have removed one
        thread = bool(state.shown)
        place_only = res.place is not None and followup.only_place(text, res.place.said)
        # A place in a message the router cannot answer on its own (「腰越の方に住んでます」) narrows too.
        unanswerable = not res.results or res.clarify is not None
        if res.urgency == "soft":  # distress with no concern of its own: sympathy, never weak guesses
            state.step = state.step if thread else "area"
            return Reply(self._soft(res, lang) + say("soft_ways", lang), cards=self._cards(state.shown, now, lang),
                         options=(self._answered(lang) if thread else self._area_options(lang) + self._nav(lang)),
                         lang=lang, urgency=res.urgency)
        if (res.place is not None and unanswerable and (thread or state.topic)) or place_only or (
                followup.nearby(text) and (thread or state.topic)):
            if state.district is None:
                return Reply(say("nearby_ask", lang), options=self._area_district_options(lang), lang=lang)
            if thread or state.topic:
                return self._narrow(state, now)
            label = self._district(state.district, lang)
            return Reply(say("district_noted", lang, label=label), options=self._who_options(lang), lang=lang)
        talk = smalltalk.kind(text, lenient=not res.results and res.other_business is None)
        if talk is not None:
            return self._small_talk(state, talk, text)
        what = followup.aspect(text)
        if thread and what is not None:
            return self._follow_up(state, what, now)
        if not thread and unanswerable and res.other_business is None:
            if what is not None and len(text) <= SHORT:  # 「場所はどこ？」 with nothing shown yet
                return Reply(say("fu_no_thread", lang), options=self._who_options(lang), lang=lang)
            if _SOMEONE.search(text) and len(text) <= SHORT:  # 「夫のことで」: whose, not yet what
                state.step = "area"
                return Reply(say("about_someone", lang), options=self._area_options(lang) + self._nav(lang),
                             lang=lang)
        if thread and res.clarify is not None:
            return Reply(say("same_thread", lang) + "\n" + say("feedback_ask", lang),
                         cards=self._cards(state.shown, now, lang), options=self._answered(lang), lang=lang)
        return None

    def _small_talk(self, state: State, talk: str, text: str) -> Reply:
        lang = state.lang
        thread = bool(state.shown)
        if talk == smalltalk.EMOJI:
            talk = smalltalk.FEELING if set(text) & _SAD else (smalltalk.OK if thread else smalltalk.GREETING)
        key = {smalltalk.THANKS: "st_thanks", smalltalk.GREETING: "st_greeting", smalltalk.OK: "st_ok",
               smalltalk.BYE: "st_bye", smalltalk.DONT_KNOW: "st_dontknow", smalltalk.FEELING: "st_feeling"}[talk]
        if talk == smalltalk.DONT_KNOW or not thread:
            options = self._who_options(lang)
        else:
            options = self._tail(lang, person=True)
        return Reply(say(key, lang), options=options, lang=lang)

    def _follow_up(self, state: State, what: str, now: dt.datetime | None) -> Reply:
        """The answer about the counter the thread is on, from its facts; its card and the others shown."""
        lang = state.lang
        focus = state.picked or state.counter or state.shown[0]
        entry = self.kb.entries.get(focus) or self.kb.entries[state.shown[0]]
        ids = [entry["id"], *[i for i in state.shown if i != entry["id"]]]
        text = followup.answer(self.kb, entry, what, lang)
        if len(ids) > 1:
            text += "\n" + say("fu_other_cards", lang)
        return Reply(text + "\n" + say("feedback_ask", lang), cards=self._cards(ids, now, lang),
                     options=self._answered(lang), lang=lang)

    def _narrow(self, state: State, now: dt.datetime | None) -> Reply:
        """The counters shown (and the topic's), kept to those serving the district; its own first."""
        lang, district = state.lang, state.district or ""
        label = self._district(district, lang)
        pool = list(state.shown) + [i for i in self._counters_for(state.topic, None, None) if i not in state.shown]
        serving = [i for i in pool if i in self.kb.entries and self.kb.serves(self.kb.entries[i], district)]
        serving.sort(key=lambda i: (0 if self.kb.entries[i]["districts"] else 1, pool.index(i)))
        ids = serving[:MAX_CARDS]
        text = say("narrowed", lang, label=label)
        if not ids:
            ids = list(state.shown) or list(self.kb.topics.get(ALL_ROUND_TOPIC, {}).get("counters", []))[:2]
            text = say("narrowed_none", lang, label=label)
        state.shown = ids
        state.counter, state.step = (ids[0] if ids else None), "answered"
        if state.picked not in ids:
            state.picked = None
        return Reply(text + "\n" + say("feedback_ask", lang), cards=self._cards(ids, now, lang),
                     options=self._answered(lang), lang=lang)

    def _district(self, district_id: str, lang: str) -> str:
        """The district as the resident reads it: its label, in English its English name (Ofuna area) first."""
        label = self.kb.district_label(district_id)
        if lang != "en":
            return label
        names = [a for a in self.kb.districts[district_id].get("aliases") or () if a.isascii()]
        if not names:
            return label
        return f"{names[0]}{'' if 'area' in names[0].lower() else ' area'} ({label})"

    def _cards(self, ids: list[str], now: dt.datetime | None, lang: str) -> list[Card]:
        return [build_card(self.kb, self.kb.entries[i], now, lang) for i in ids if i in self.kb.entries]

    @staticmethod
    def _soft(res: Any, lang: str) -> str:
        """For distress without danger: one sentence of sympathy and one quiet 24-hour line, in the text."""
        if res.urgency != "soft":
            return ""
        line = res.emergency[0] if res.emergency else None
        said = say("soft", lang)
        if line:
            hours = line["hours"] or say("hours_unknown", lang)
            said += say("soft_line", lang, name=line["name"], number=line["number"], hours=hours,
                        hours_en="24 hours" if "24時間" in hours else "hours not confirmed")
        return said + "\n"

    def _intro(self, res: Any, lang: str, cards: bool = True, district: str | None = None) -> str:
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
        if res.place is not None:
            label = self._district(res.place.district_id, lang)
            parts.append(say("area_label", lang, label=label)
                         + ("" if res.place.confirmed else say("area_unconfirmed", lang)))
        elif district in self.kb.districts:
            parts.append(say("area_label", lang, label=self._district(district or "", lang)))
        parts.append(say("these_counters", lang))
        return "\n".join(p for p in parts if p)

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

    # --- feedback and a person ---------------------------------------------------------------------
    def _feedback(self, state: State, value: str, now: dt.datetime | None) -> tuple[State, Reply]:
        """「役に立ちましたか？」: はい, いいえ (the all-round counter; the staff review is told through
        `Reply.feedback`), 別の窓口を探す (the guided path, keeping the district)."""
        lang = state.lang
        answer = value if value in ("yes", "no", "other") else "other"
        fb = Feedback(answer=answer, counter=state.picked or state.counter, topic=state.topic,
                      district=state.district, shown=tuple(state.shown))
        if answer == "yes":
            state.picked = state.picked or state.counter
            return state, Reply(say("feedback_yes", lang), options=self._tail(lang, person=True), lang=lang,
                                feedback=fb)
        if answer == "no":
            ids = [i for i in self.kb.topics.get(ALL_ROUND_TOPIC, {}).get("counters", []) if i in self.kb.entries]
            ids = [i for i in ids if not state.district or self.kb.serves(self.kb.entries[i], state.district)][:2]
            state.shown, state.counter, state.picked = ids, (ids[0] if ids else None), None
            return state, Reply(say("feedback_no", lang), cards=self._cards(ids, now, lang),
                                options=self._tail(lang, person=True), lang=lang, feedback=fb)
        state.step, state.shown, state.picked = "area", [], None
        return state, Reply(say("feedback_other", lang), options=self._area_options(lang) + self._nav(lang),
                            lang=lang, feedback=fb)

    def _person(self, state: State, now: dt.datetime | None) -> Reply:
        """A way to a person: the city's main number, the counter's phone, and out of hours tonight's line."""
        lang = state.lang
        lines = [say("person", lang)]
        focus = self.kb.entries.get(state.picked or state.counter or "")
        if focus is not None:
            phones = [str(c["value"]) for c in reach(self.kb, focus)[0] if c["kind"] == "phone"]
            if phones and phones[0] != main_number():
                lines.append(say("person_counter", lang, name=entry_name(focus, lang), phone=phones[0]))
        soft = next((x for x in self.kb.emergency if "soft" in (x.get("situations") or ())), None)
        if soft is not None and not city_hall_open(now):
            lines.append(say("person_night", lang, name=soft["name"], number=soft["number"],
                             hours=soft.get("hours") or say("hours_unknown", lang)))
        cards = self._cards([focus["id"]], now, lang) if focus is not None else []
        return Reply("\n".join(lines), cards=cards, options=self._tail(lang), lang=lang)

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

    def _counters_for(self, topic_id: str | None, area: str | None, district: str | None) -> tuple[str, ...]:
        """The counters of a topic (or of all topics of an area), in a district or anywhere; kept per
        knowledge base (the options of one tap ask for dozens of these)."""
        key = ("counters_for", topic_id, area, district)
        if key not in self.kb.memo:
            self.kb.memo[key] = tuple(self._find_counters(topic_id, area, district))
        found: tuple[str, ...] = self.kb.memo[key]
        return found

    def _find_counters(self, topic_id: str | None, area: str | None, district: str | None) -> list[str]:
        if topic_id is None and area is None:
            return []
        topics = [topic_id] if topic_id else [t["id"] for t in self._topics_of(area or "")]
        out: list[str] = []
        for tid in topics:
            topic = self.kb.topics.get(tid or "")
            if topic is None:
                continue
            listed = [e["id"] for e in self.kb.doc["counters"] if tid in e["topics"]]
            for cid in topic["counters"] + listed:
                entry = self.kb.entries.get(cid)
                if entry and entry["kind"] == "counter" and cid not in out and self.kb.usable(entry) and (
                        district is None or self.kb.serves(entry, district)):
                    out.append(cid)
        return out

    def _count(self, topic_id: str | None, area: str | None = None, district: str | None = None) -> int:
        return len(self._counters_for(topic_id, area, district))

    def _topics_of(self, area: str) -> list[dict[str, Any]]:
        return [t for t in self.kb.doc["topics"] if t["area"] == area and self._count(t["id"]) > 0]

    # --- options ------------------------------------------------------------------------------------
    def _who_options(self, lang: str = "ja") -> list[Option]:
        return [Option(f"w:{k}", say(key, lang)) for k, key in WHO] + [Option(EMERGENCY, say("opt_emergency", lang))]

    @staticmethod
    def _area_label(key: str, lang: str) -> str:
        labels = AREA_OPTIONS_EN if lang == "en" else AREA_OPTIONS
        return labels[[k for k, _ in AREAS].index(key)]

    def _area_options(self, lang: str = "ja") -> list[Option]:
        out = []
        for key, _ in AREAS:
            n, label = self._count(None, key), self._area_label(key, lang)
            out.append(Option(f"a:{key}", f"{label}（{n}件）" if n else label))
        return out

    def _district_options(self, topic_id: str, lang: str = "ja") -> list[Option]:
        areas = [d for d in self.kb.doc["districts"] if d["kind"] == "area"]
        return ([Option(f"d:{d['id']}", f"{d['name']}（{self._count(topic_id, None, d['id'])}件）") for d in areas]
                + [Option("d:any", f"{say('opt_any_district', lang)}（{self._count(topic_id)}件）")]
                + self._nav(lang))

    def _area_district_options(self, lang: str) -> list[Option]:
        return [Option(f"d:{d['id']}", d["name"]) for d in self.kb.doc["districts"] if d["kind"] == "area"]

    def _nav(self, lang: str | bool = "ja") -> list[Option]:
        lang = "en" if lang is True else "ja" if lang is False else lang
        return [Option(BACK, say("opt_back", lang)), Option(RESTART, say("opt_restart", lang))]

    def _tail(self, lang: str | bool = "ja", person: bool = False) -> list[Option]:
        lang = "en" if lang is True else "ja" if lang is False else lang
        return ([Option(PERSON, say("opt_person", lang))] if person else []) + [
            Option(HANDOFF, say("opt_handoff", lang)), Option(RESTART, say("opt_restart", lang))]

    def _answered(self, lang: str, more: list[Option] | None = None) -> list[Option]:
        """After an answer: 「役に立ちましたか？」, more counters, a person to call, the 紹介状, start over."""
        return ([Option(f"{FEEDBACK}yes", say("opt_yes", lang)), Option(f"{FEEDBACK}no", say("opt_no", lang)),
                 Option(f"{FEEDBACK}other", say("opt_other", lang))] + (more or [])
                + self._tail(lang, person=True))

    @staticmethod
    def _line(x: dict[str, Any]) -> EmergencyLine:
        return EmergencyLine(name=x["name"], number=x["number"], hours=x.get("hours"))

    # --- handoff ------------------------------------------------------------------------------------
    def handoff(self, state: State, now: dt.datetime | None = None) -> str:
        """紹介状: what to show at the counter so the resident need not repeat their story. Only what the
        resident chose (never a label they did not choose), the counter with its facts, the district, the
        date; a line that would be blank is left out. Not stored."""
        lang = state.lang
        today = (now or dt.datetime.now(JST)).astimezone(JST).date()
        lines = [say("ho_head", lang), say("ho_date", lang, date=f"{today:%Y-%m-%d}")]
        said = [label for label in (self._choice_label(c, lang) for c in state.chosen) if label]
        lines.append(say("ho_said", lang, said=" ／ ".join(said)) if said else say("ho_said_none", lang))
        if state.district in self.kb.districts:
            lines.append(say("ho_district", lang, label=self._district(state.district or "", lang)))
        counter = self.kb.entries.get(state.picked or state.counter or "")
        if counter is None:
            lines.append(say("ho_none", lang))
        else:
            lines.append(say("ho_counter", lang, name=entry_name(counter, lang)))
            section = self.kb.section_name(counter)
            if section:
                lines.append(say("ho_section", lang, section=section))
            contacts, hours = reach(self.kb, counter)
            phones = [f"{c['value']}" for c in contacts if c["kind"] == "phone"]
            lines.append(say("ho_phone", lang, phone=" / ".join(phones) if phones
                             else f"{main_number()}（{say('main_number_name', lang)}）"))
            places = [str(c["value"]) for c in contacts if c["kind"] in ("place", "address")]
            if places:
                lines.append(say("ho_place", lang, place=" / ".join(places)))
            if hours:
                lines.append(say("ho_hours", lang, hours=" / ".join(describe(h) for h in hours)))
            bring = counter.get("bring") or []
            if bring:
                lines.append(say("ho_bring", lang, bring="、".join(map(str, bring))))
            if not places or not hours:
                lines.append(say("ho_ask_first", lang))
        lines.append(say("ho_not_stored", lang))
        return "\n".join(lines)

    def _choice_label(self, choice: str, lang: str) -> str:
        kind, _, value = choice.partition(":")
        if kind == "w":
            return next((say(key, lang) for k, key in WHO if k == value), "")
        if kind == "a" and value in dict(AREAS):
            return self._area_label(value, lang)
        if kind == "t" and value in self.kb.topics:
            return str(self.kb.topics[value]["name"])
        return ""


def city_hall_open(now: dt.datetime | None = None) -> bool:
    """City Hall answers the phone: weekdays 8:30–17:15, not on holidays or 12/29–1/3."""
    now = (now or dt.datetime.now(JST)).astimezone(JST)
    day = now.date()
    if day.weekday() >= 5 or jpholiday.is_holiday(day) or (day.month, day.day) >= (12, 29) or (
            day.month == 1 and day.day <= 3):
        return False
    return CITY_HALL_HOURS[0] <= now.strftime("%H:%M") < CITY_HALL_HOURS[1]
