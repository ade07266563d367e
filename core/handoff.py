"""紹介状 (the handoff summary) and whether City Hall answers the phone now."""

from __future__ import annotations

import datetime as dt
from typing import Any

import jpholiday

from core.cards import entry_name, reach
from core.enwords import IN_JAPANESE, english, has_japanese
from core.followup import marked
from core.guided import AREAS, WHO, State, area_label, district_name
from core.hours import JST, describe
from core.local import local_ask
from core.messages import main_number, say
from knowledge.city import current
from knowledge.kb import KnowledgeBase


def handoff(kb: KnowledgeBase, state: State, now: dt.datetime | None = None) -> str:
    """紹介状: what to show at the counter so the resident need not repeat their story. Only what the
    resident chose (never a label they did not choose), the counter they chose with its facts — or, when they
    chose none, the counters shown, each with its number (never one of them as if chosen) —, the district,
    the date; a line that would be blank is left out. Not stored."""
    lang = state.lang
    today = (now or dt.datetime.now(JST)).astimezone(JST).date()
    lines = [say("ho_head", lang), say("ho_date", lang, date=f"{today:%Y-%m-%d}")]
    said = [label for label in (_choice_label(kb, c, lang) for c in state.chosen) if label]
    if said:  # nothing chosen: nothing said (the resident tells it at the counter)
        lines.append(say("ho_said", lang, said=" ／ ".join(said)))
    if state.district in kb.districts:
        lines.append(say("ho_district", lang, label=district_name(kb, state.district or "", lang))
                     + ("" if state.district_confirmed else say("area_unconfirmed", lang)))
    shown = [kb.entries[i] for i in dict.fromkeys(state.shown) if i in kb.entries]
    counter = kb.entries.get(state.picked or "")
    if counter is None and len(shown) > 1:
        lines.append(say("ho_shown", lang))
        lines += [_shown_line(kb, entry, lang) for entry in shown[:MAX_SHOWN]]
        lines.append(say("ho_ask_first", lang))
    elif (counter := counter or kb.entries.get(state.counter or "")) is None:
        lines.append(say("ho_none", lang))
    else:
        lines.append(say("ho_counter", lang, name=both_names(counter, lang)))
        section = kb.section_name(counter)
        if section:
            lines.append(_section_line(section, lang))
        lines += _reach_lines(kb, counter, lang)
        contacts, hours = reach(kb, counter)
        places = [c for c in contacts if c["kind"] in ("place", "address")]
        if not places or not hours:
            lines.append(say("ho_ask_first", lang))
    lines.append(say("ho_not_stored", lang))
    return "\n".join(lines)


MAX_SHOWN = 5


def both_names(entry: dict[str, Any], lang: str) -> str:
    """A counter's name on the 紹介状: in English its Japanese name (what the counter's staff read) with the
    English one where the knowledge has it (「地域包括支援センター (Community Comprehensive Support Centre)」)."""
    if lang != "en":
        return entry_name(entry, lang)
    own = entry.get("name_en")
    return f"{entry['name']} ({own})" if own else f"{entry['name']} {IN_JAPANESE}"


def _section_line(section: str, lang: str) -> str:
    """「担当課: 高齢者支援課」; in English with its English name where `core.enwords` has one, else labelled as
    Japanese ("Section (in Japanese): 高齢者支援課")."""
    own = english(section) if lang == "en" else None
    if own:
        return say("ho_section", lang, section=f"{section} ({own})")
    return say("ho_section_ja" if lang == "en" and has_japanese(section) else "ho_section", lang, section=section)


def _shown_line(kb: KnowledgeBase, entry: dict[str, Any], lang: str) -> str:
    """One counter of those shown, with its section and the number to call: 「・地域包括支援センター（高齢者支援課）
    電話 0000-00-0000」."""
    section = kb.section_name(entry)
    phone = _reach_lines(kb, entry, lang)[0]
    if lang == "en":
        own = english(section or "")
        at = f"; section: {section} ({own})" if own else f"; section {IN_JAPANESE}: {section}" if section else ""
        return f"- {both_names(entry, lang)}{at}; {phone}"
    return f"・{entry_name(entry, lang)}" + (f"（{section}）" if section else "") + f" ／ {phone}"


def _reach_lines(kb: KnowledgeBase, counter: dict[str, Any], lang: str) -> list[str]:
    """Phone, place, hours and what to bring: a fact from a secondary source marked 「（未確認）」 as on the
    cards; a local counter without a phone gives the number that knows it (core/local.py); what to bring
    only from the knowledge, else 「窓口にお問い合わせください」 (never a guess)."""
    contacts, hours = reach(kb, counter)
    phones = [marked(c, str(c["value"]), lang) for c in contacts if c["kind"] == "phone"]
    ask = None if phones else local_ask(kb, counter, lang)
    phone = (" / ".join(phones) if phones else f"{ask[1]}（{ask[0]}）" if ask
             else f"{main_number()}（{say('main_number_name', lang)}）")
    lines = [say("ho_phone", lang, phone=phone)]
    places = [marked(c, str(c["value"]), lang) for c in contacts if c["kind"] in ("place", "address")]
    if places:
        place = " / ".join(places)
        lines.append(say("ho_place_ja" if lang == "en" and has_japanese(place) else "ho_place", lang, place=place))
    if hours:
        lines.append(say("ho_hours", lang, hours=" / ".join(marked(h, describe(h, lang), lang) for h in hours)))
    bring = counter.get("bring") or []
    lines.append(say("ho_bring", lang, bring="、".join(map(str, bring))) if bring else say("ho_bring_ask", lang))
    return lines


def _choice_label(kb: KnowledgeBase, choice: str, lang: str) -> str:
    kind, _, value = choice.partition(":")
    if kind == "w":
        return next((say(key, lang) for k, key in WHO if k == value), "")
    if kind == "a" and value in dict(AREAS):
        return area_label(value, lang)
    if kind == "t" and value in kb.topics:
        return str(kb.topics[value]["name"])
    return ""



def city_hall_open(now: dt.datetime | None = None) -> bool:
    """City Hall answers the phone: weekdays in its hours (data/city.yaml), not on holidays or 12/29–1/3;
    True when the city gives no hours (never say it is closed without knowing)."""
    now = (now or dt.datetime.now(JST)).astimezone(JST)
    day = now.date()
    if day.weekday() >= 5 or jpholiday.is_holiday(day) or (day.month, day.day) >= (12, 29) or (
            day.month == 1 and day.day <= 3):
        return False
    opens, closes = current().hall_times
    return not opens or opens <= now.strftime("%H:%M") < closes
