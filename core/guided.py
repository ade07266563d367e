"""The guided path of the conversation: what it remembers (`State`), its steps' options and the counters
behind them (`Menu`). for whom → area of life → concern → district → counters; every option shows how many
counters remain. Used by core/listening.py and core/dialogue.py (the engine), core/handoff.py (紹介状).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from core.cards import build_card
from core.emergency import emergency_line, line_number
from core.enwords import english
from core.messages import say
from core.replies import Card, EmergencyLine, Option
from core.router import AREA_OPTIONS, AREA_OPTIONS_EN
from knowledge.kb import KnowledgeBase

AREAS = [("elderly", "高齢・介護"), ("disability", "障害"), ("children", "子ども・子育て"),
         ("money", "お金・仕事・住まい"), ("mind", "こころ・ひきこもり"), ("violence", "暴力・虐待"),
         ("community", "地域活動・ボランティア"), ("other", "その他")]
WHO = [("self", "opt_self"), ("family", "opt_family"), ("neighbor", "opt_neighbor")]
MAX_CARDS = 3
BACK, RESTART, HANDOFF, EMERGENCY, PERSON = "back", "restart", "handoff", "sos", "person"
FEEDBACK = "fb:"  # fb:yes / fb:no / fb:other — 「役に立ちましたか？」
ALL_ROUND_TOPIC = "sodan"  # its counters take any concern (福祉総合相談窓口, なんでも相談窓口)


@dataclass
class State:
    """What the conversation remembers (serialisable; no free text)."""

    step: str = "start"
    who: str | None = None
    area: str | None = None
    topic: str | None = None
    district: str | None = None
    # False while the district is known only from a town whose membership no official page confirms: every later
    # turn that names it says 「地区の所属は未確認」, not only the turn that named the town.
    district_confirmed: bool = True
    counter: str | None = None            # the counter a follow-up is about (the one chosen, else the first shown)
    lang: str = "ja"
    lang_chosen: bool = False             # the resident (or their channel) chose the register: it stays
    history: list[dict[str, Any]] = field(default_factory=list)
    shown: list[str] = field(default_factory=list)    # the cards of the last answer (entry ids)
    chosen: list[str] = field(default_factory=list)   # the options the resident tapped (w:, a:, t:), for the 紹介状
    picked: str | None = None             # the counter the resident chose (tapped, or said it helped)
    # The last alarm: its urgency, then its situations ([] when none). A message after it that the bot cannot
    # answer (「119した」「もう柵のそとにいる」) gets the same lines again, never the refusal.
    alarm: list[str] = field(default_factory=list)
    # The last typed message was in the soft tier (distress, or an alarm just over): a short next message that
    # goes on about it without a question (「仕事も家のことも全部」) stays in that tier.
    distress: bool = False
    # An alarm was raised earlier in this conversation (kept after it is released): relief told later
    # (「話したら少し気持ちが軽くなりました」) is a danger just past, the soft tier, not none.
    alarmed: bool = False
    seen: list[str] = field(default_factory=list)  # the counters shown in earlier answers (ids), the latest last

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> State:
        if not data:
            return cls()
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)



def area_label(key: str, lang: str) -> str:
    """An area of life as the resident reads it (高齢・介護, Elderly care …)."""
    labels = AREA_OPTIONS_EN if lang == "en" else AREA_OPTIONS
    return labels[[k for k, _ in AREAS].index(key)]


def _english_name(kb: KnowledgeBase, district_id: str) -> str | None:
    """The district's first English alias as an area ("Ofuna area"), or None when it has none."""
    names = [a for a in kb.districts[district_id].get("aliases") or () if a.isascii()]
    return f"{names[0]}{'' if 'area' in names[0].lower() else ' area'}" if names else None


def district_name(kb: KnowledgeBase, district_id: str, lang: str) -> str:
    """The district as the resident reads it: its label, in English its English name (Ofuna area) first."""
    label = kb.district_label(district_id)
    english = _english_name(kb, district_id) if lang == "en" else None
    return f"{english} ({label})" if english else label


def district_button(kb: KnowledgeBase, district_id: str, lang: str) -> str:
    """A district on a button: its name, in English its English name alone (Ofuna area) — buttons are short."""
    english = _english_name(kb, district_id) if lang == "en" else None
    return english or str(kb.districts[district_id]["name"])


def counted(label: str, n: int, lang: str) -> str:
    """An option with how many counters it leads to: 「高齢・介護（12件）」, "Older people / care (12)"."""
    return f"{label} ({n})" if lang == "en" else f"{label}（{n}件）"


class Menu:
    """The options of each step and the counters they lead to, over one knowledge base."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    # --- counters -----------------------------------------------------------------------------------
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
        return area_label(key, lang)

    def _area_options(self, lang: str = "ja") -> list[Option]:
        out = []
        for key, _ in AREAS:
            n, label = self._count(None, key), self._area_label(key, lang)
            out.append(Option(f"a:{key}", counted(label, n, lang) if n else label))
        return out

    def _district_options(self, topic_id: str, lang: str = "ja") -> list[Option]:
        areas = [d for d in self.kb.doc["districts"] if d["kind"] == "area"]
        return ([Option(f"d:{d['id']}", counted(district_button(self.kb, d["id"], lang),
                                                 self._count(topic_id, None, d["id"]), lang)) for d in areas]
                + [Option("d:any", counted(say("opt_any_district", lang), self._count(topic_id), lang))]
                + self._nav(lang))

    def _area_district_options(self, lang: str) -> list[Option]:
        return [Option(f"d:{d['id']}", district_button(self.kb, d["id"], lang))
                for d in self.kb.doc["districts"] if d["kind"] == "area"]

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
        return emergency_line(x)  # 「未確認」 beside a number only a secondary page gives

    # --- words shared by the answers ---------------------------------------------------------------
    def _district(self, district_id: str, lang: str) -> str:
        return district_name(self.kb, district_id, lang)

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
            said += say("soft_line", lang, name=line["name"], number=line_number(line, lang), hours=hours,
                        name_en=line.get("name_en") or line["name"],
                        hours_en=english(line["hours"]) or say("hours_unknown", "en"))
        return said + "\n"

