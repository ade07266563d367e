"""The guided conversation, the same on every channel: state in, reply and new state out.

A resident either types their problem (routed at once) or is led step by step: for whom → area of
life → concern → district → counters. Every option shows how many counters remain. 戻る goes one step
back, 最初から starts again, 紹介状 writes a handoff summary. The state holds choices and topic ids,
never the resident's words.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from core.cards import build_card, entry_name
from core.replies import EmergencyLine, Option, Reply
from core.router import AREA_OPTIONS, Router, RouteResult
from core.settings import CITY_MAIN_NUMBER

AREAS = [("elderly", "高齢・介護"), ("disability", "障害"), ("children", "子ども・子育て"),
         ("money", "お金・仕事・住まい"), ("mind", "こころ・ひきこもり"), ("violence", "暴力・虐待"),
         ("community", "地域活動・ボランティア"), ("other", "その他")]
WHO = [("self", "自分のこと"), ("family", "家族のこと"), ("neighbor", "近所の人・知人のこと")]
MAX_CARDS = 3
BACK, RESTART, HANDOFF, EMERGENCY = "back", "restart", "handoff", "sos"
GREETING = ("鎌倉市の福祉の相談窓口をご案内します。困っていることをそのまま書いてください"
            "（例:「母の物忘れが心配」）。下のボタンから選ぶこともできます。\n"
            "命の危険があるときは 119（救急）・110（警察）へ。")


@dataclass
class State:
    """What the conversation remembers (serialisable; no free text)."""

    step: str = "start"
    who: str | None = None
    area: str | None = None
    topic: str | None = None
    district: str | None = None
    counter: str | None = None
    lang: str = "ja"
    history: list[dict[str, Any]] = field(default_factory=list)

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
    def start(self) -> tuple[State, Reply]:
        state = State()
        return state, Reply(GREETING, options=self._who_options())

    def handle(self, state: State, text: str | None = None, choice: str | None = None,
               now: dt.datetime | None = None) -> tuple[State, Reply]:
        """A typed message (`text`) or a tapped option (`choice`) → the new state and the reply."""
        if choice:
            return self._choose(state, choice, now)
        if not text or not text.strip():
            return self.start()
        return self._free_text(state, text, now)

    # --- choices ------------------------------------------------------------------------------------
    def _choose(self, state: State, choice: str, now: dt.datetime | None) -> tuple[State, Reply]:
        kind, _, value = choice.partition(":")
        if choice == RESTART:
            return self.start()
        if choice == BACK:
            return self._back(state, now)
        if choice == EMERGENCY:
            return state, Reply("緊急のときの連絡先です。命の危険があるときは迷わず 119・110 へ。",
                                emergency=[self._line(x) for x in self.kb.emergency], options=self._tail())
        if choice == HANDOFF:
            return state, Reply(self.handoff(state), options=self._tail())
        prev = {name: getattr(state, name) for name in State.__dataclass_fields__ if name != "history"}
        state.history = [*state.history[-9:], prev]
        if kind == "w":
            state.who, state.step = value, "area"
            return state, Reply("どの分野のことですか。", options=self._area_options())
        if kind == "a" and value in dict(AREAS):
            state.area, state.step = value, "topic"
            topics = self._topics_of(value)
            if not topics:
                return self._answer_topic(state, None, now)
            return state, Reply(f"「{dict(AREAS)[value]}」のうち、近いものを選んでください。",
                                options=[Option(f"t:{t['id']}", f"{t['name']}（{self._count(t['id'])}件）")
                                         for t in topics] + self._nav())
        if kind == "t" and value in self.kb.topics:
            state.topic, state.step = value, "district"
            return state, Reply("お住まいの地域を選んでください（わからなければ「市内全域」）。",
                                options=self._district_options(value))
        if kind == "d":
            state.district = None if value == "any" else value
            return self._answer_topic(state, state.topic, now)
        if kind == "c" and value in self.kb.entries:
            state.counter, state.step = value, "answered"
            en = state.lang == "en"
            return state, Reply("Details:" if en else "窓口の詳細です。",
                                cards=[build_card(self.kb, self.kb.entries[value], now, state.lang)],
                                options=self._tail(en), lang=state.lang)
        if kind == "o":  # a clarify option, by position
            return self._choose(state, f"a:{AREAS[int(value)][0]}" if value.isdigit() and int(value) < len(AREAS)
                                else RESTART, now)
        return state, Reply("その選択肢はもう使えません。もう一度選んでください。", options=self._who_options())

    def _back(self, state: State, now: dt.datetime | None) -> tuple[State, Reply]:
        if not state.history:
            return self.start()
        prev = State.from_dict({**state.history[-1], "history": state.history[:-1]})
        step_choice = {"area": f"w:{prev.who}", "topic": f"a:{prev.area}", "district": f"t:{prev.topic}"}
        if prev.step in step_choice and prev.history:
            parent = State.from_dict({**prev.history[-1], "history": prev.history[:-1]})
            return self._choose(parent, step_choice[prev.step], now)
        if prev.step == "area":
            return prev, Reply("どの分野のことですか。", options=self._area_options())
        return self.start()

    # --- free text ----------------------------------------------------------------------------------
    def _free_text(self, state: State, text: str, now: dt.datetime | None) -> tuple[State, Reply]:
        res = self.last_result = self.router.route(text)
        state.lang = res.lang
        en = res.lang == "en"
        emergency = [self._line(x) for x in res.emergency] if res.crisis else []
        if res.place is not None:
            state.district = res.place.district_id
        if res.crisis is not None and not res.results:
            # Fire, a collapse, a missing child: the lines are the whole answer, never "not ours".
            return state, Reply(self._intro(res, en, cards=False), emergency=emergency, options=self._tail(en),
                                lang=res.lang, urgency=res.urgency)
        strong = sorted(res.topics.items(), key=lambda x: -x[1])
        state.topic = strong[0][0] if strong and strong[0][0] in self.kb.topics else state.topic
        if res.clarify is not None:
            state.step = "area"
            return state, Reply(self._soft(res, en) + res.clarify.text, emergency=emergency,
                                options=self._area_options(en) + self._nav(en), lang=res.lang,
                                urgency=res.urgency)
        if not res.results:
            msg = ("Sorry, that is not something this guide knows. For other questions please call "
                   f"Kamakura City Hall {CITY_MAIN_NUMBER}." if en else
                   "ごめんなさい、その内容はこの案内ではお答えできません。福祉の困りごとなら、"
                   f"そのまま書いてください。そのほかのご質問は鎌倉市役所（代表 {CITY_MAIN_NUMBER}）へ。")
            return state, Reply(msg, emergency=emergency, options=self._who_options(), lang=res.lang)
        cards = [build_card(self.kb, r.entry, now, res.lang) for r in res.results[:MAX_CARDS]]
        state.counter, state.step = res.results[0].entry["id"], "answered"
        intro = self._intro(res, en)
        cards += self._carer_cards(state, text, {c.entry_id for c in cards}, now, res.lang)
        options = [Option(f"c:{r.entry['id']}", entry_name(r.entry, res.lang)[:20]) for r in res.results[MAX_CARDS:]]
        return state, Reply(intro, emergency=emergency, cards=cards, options=options + self._tail(en),
                            lang=res.lang, urgency=res.urgency)

    @staticmethod
    def _soft(res: Any, en: bool) -> str:
        """For distress without danger: one sentence of sympathy and one quiet 24-hour line, in the text."""
        if res.urgency != "soft":
            return ""
        line = res.emergency[0] if res.emergency else None
        if en:
            return ("Thank you for telling me. It sounds hard. "
                    + (f"If you want to talk to someone now, {line['name']} ({line['number']}) is open "
                       f"{line['hours'] or ''}.\n" if line else "\n"))
        return ("話してくださってありがとうございます。おつらい状況ですね。"
                + (f"いま誰かと話したいときは {line['name']}（{line['number']}、{line['hours'] or '受付時間は未確認'}）"
                   "もあります。\n" if line else "\n"))

    def _intro(self, res: Any, en: bool, cards: bool = True) -> str:
        parts: list[str] = []
        if res.urgency == "emergency":
            parts.append("Call the number below now. This guide is not an emergency service." if en else
                         "命にかかわるときは、すぐ下の番号に電話してください。この案内は緊急通報の窓口ではありません。")
        elif res.crisis:
            parts.append("You do not have to face this alone. The lines below can talk with you today. "
                         "This guide is not an emergency service." if en else
                         "ひとりで抱えないでください。下の番号で、今日すぐに相談できます。"
                         "この案内は緊急通報の窓口ではありません。")
        parts.append(self._soft(res, en).strip())
        if not cards:
            return "\n".join(p for p in parts if p)
        if res.section is not None and res.section.former:
            sec = res.section.section
            parts.append(f"{res.section.said} is now called {sec['name']}." if en else
                         f"「{res.section.said}」は現在「{sec['name']}」です。")
        if res.place is not None:
            label = self.kb.district_label(res.place.district_id)
            parts.append(f"Area: {label}." if en else f"地域: {label}"
                         + ("" if res.place.confirmed else "（地区の所属は未確認）"))
        parts.append("These counters can help:" if en else "相談できる窓口はこちらです。")
        return "\n".join(p for p in parts if p)

    def _carer_cards(self, state: State, text: str, shown: set[str], now: dt.datetime | None,
                     lang: str) -> list[Any]:
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
            ids = tuple(self.kb.topics.get("sodan", {}).get("counters", []))
        lang, en = state.lang, state.lang == "en"
        cards = [build_card(self.kb, self.kb.entries[i], now, lang) for i in ids[:MAX_CARDS]]
        state.counter, state.step = (ids[0] if ids else None), "answered"
        cards += self._carer_cards(state, "", set(ids[:MAX_CARDS]), now, lang)
        more = [Option(f"c:{i}", entry_name(self.kb.entries[i], lang)[:20]) for i in ids[MAX_CARDS:MAX_CARDS + 4]]
        return state, Reply("These counters can help:" if en else "相談できる窓口はこちらです。", cards=cards,
                            options=more + self._tail(en), lang=lang)

    def _counters_for(self, topic_id: str | None, area: str | None, district: str | None) -> tuple[str, ...]:
        """The counters of a topic (or of all topics of an area), in a district or anywhere; kept per
        knowledge base (the options of one tap ask for dozens of these)."""
        key = ("counters_for", topic_id, area, district)
        if key not in self.kb.memo:
            self.kb.memo[key] = tuple(self._find_counters(topic_id, area, district))
        found: tuple[str, ...] = self.kb.memo[key]
        return found

    def _find_counters(self, topic_id: str | None, area: str | None, district: str | None) -> list[str]:
        topics = [topic_id] if topic_id else [t["id"] for t in self._topics_of(area or "")]
        out: list[str] = []
        for tid in topics:
            topic = self.kb.topics[tid]
            listed = [e["id"] for e in self.kb.doc["counters"] if tid in e["topics"]]
            for cid in topic["counters"] + listed:
                entry = self.kb.entries.get(cid)
                if entry and entry["kind"] == "counter" and cid not in out and (
                        district is None or self.kb.serves(entry, district)):
                    out.append(cid)
        return out

    def _count(self, topic_id: str | None, area: str | None = None, district: str | None = None) -> int:
        return len(self._counters_for(topic_id, area, district))

    def _topics_of(self, area: str) -> list[dict[str, Any]]:
        return [t for t in self.kb.doc["topics"] if t["area"] == area and self._count(t["id"]) > 0]

    # --- options ------------------------------------------------------------------------------------
    def _who_options(self) -> list[Option]:
        return [Option(f"w:{k}", v) for k, v in WHO] + [Option(EMERGENCY, "緊急のとき")]

    def _area_options(self, en: bool = False) -> list[Option]:
        labels = AREA_OPTIONS if not en else [a for a in AREA_OPTIONS]
        out = []
        for (key, _), label in zip(AREAS, labels, strict=True):
            n = self._count(None, key)
            out.append(Option(f"a:{key}", f"{label}（{n}件）" if n else label))
        return out

    def _district_options(self, topic_id: str) -> list[Option]:
        areas = [d for d in self.kb.doc["districts"] if d["kind"] == "area"]
        return ([Option(f"d:{d['id']}", f"{d['name']}（{self._count(topic_id, None, d['id'])}件）") for d in areas]
                + [Option("d:any", f"市内全域・わからない（{self._count(topic_id)}件）")] + self._nav())

    def _nav(self, en: bool = False) -> list[Option]:
        return [Option(BACK, "Back" if en else "戻る"), Option(RESTART, "Start over" if en else "最初から")]

    def _tail(self, en: bool = False) -> list[Option]:
        return [Option(HANDOFF, "Summary for the counter" if en else "紹介状をつくる"),
                Option(RESTART, "Start over" if en else "最初から")]

    @staticmethod
    def _line(x: dict[str, Any]) -> EmergencyLine:
        return EmergencyLine(name=x["name"], number=x["number"], hours=x.get("hours"))

    # --- handoff ------------------------------------------------------------------------------------
    def handoff(self, state: State) -> str:
        """紹介状: what to show at the counter so the resident need not repeat their story. Not stored."""
        who = dict(WHO).get(state.who or "", "（未選択）")
        topic = self.kb.topics.get(state.topic or "", {}).get("name", "（未選択）")
        district = self.kb.district_label(state.district) if state.district in self.kb.districts else "（未選択）"
        counter = self.kb.entries.get(state.counter or "")
        lines = ["【紹介状】窓口でこの画面を見せてください。",
                 f"ご相談の内容: {topic}", f"どなたのこと: {who}", f"お住まいの地域: {district}"]
        if counter:
            lines.append(f"案内した窓口: {counter['name']}（担当: {self.kb.section_name(counter) or '不明'}）")
        lines.append("※ この内容はどこにも保存されていません。")
        return "\n".join(lines)
