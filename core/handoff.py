"""紹介状 (the handoff summary) and whether City Hall answers the phone now."""

from __future__ import annotations

import datetime as dt

import jpholiday

from core.cards import entry_name, reach
from core.guided import AREAS, WHO, State, area_label, district_name
from core.hours import JST, describe
from core.messages import say
from core.settings import CITY_MAIN_NUMBER
from knowledge.kb import KnowledgeBase

CITY_HALL_HOURS = ("08:30", "17:15")  # weekdays, not on holidays or 12/29–1/3


def handoff(kb: KnowledgeBase, state: State, now: dt.datetime | None = None) -> str:
    """紹介状: what to show at the counter so the resident need not repeat their story. Only what the
    resident chose (never a label they did not choose), the counter with its facts, the district, the
    date; a line that would be blank is left out. Not stored."""
    lang = state.lang
    today = (now or dt.datetime.now(JST)).astimezone(JST).date()
    lines = [say("ho_head", lang), say("ho_date", lang, date=f"{today:%Y-%m-%d}")]
    said = [label for label in (_choice_label(kb, c, lang) for c in state.chosen) if label]
    lines.append(say("ho_said", lang, said=" ／ ".join(said)) if said else say("ho_said_none", lang))
    if state.district in kb.districts:
        lines.append(say("ho_district", lang, label=district_name(kb, state.district or "", lang)))
    counter = kb.entries.get(state.picked or state.counter or "")
    if counter is None:
        lines.append(say("ho_none", lang))
    else:
        lines.append(say("ho_counter", lang, name=entry_name(counter, lang)))
        section = kb.section_name(counter)
        if section:
            lines.append(say("ho_section", lang, section=section))
        contacts, hours = reach(kb, counter)
        phones = [f"{c['value']}" for c in contacts if c["kind"] == "phone"]
        lines.append(say("ho_phone", lang, phone=" / ".join(phones) if phones
                         else f"{CITY_MAIN_NUMBER}（{say('main_number_name', lang)}）"))
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
    """City Hall answers the phone: weekdays 8:30–17:15, not on holidays or 12/29–1/3."""
    now = (now or dt.datetime.now(JST)).astimezone(JST)
    day = now.date()
    if day.weekday() >= 5 or jpholiday.is_holiday(day) or (day.month, day.day) >= (12, 29) or (
            day.month == 1 and day.day <= 3):
        return False
    return CITY_HALL_HOURS[0] <= now.strftime("%H:%M") < CITY_HALL_HOURS[1]
