"""The resident's own local counter (issue #13 point 1): counters that exist once per district
(地域包括支援センター, 地区社協; `local_of` in the knowledge) shown as the resident's own where the district
is known, said in this turn or an earlier one.

`own_counters(kb, state, reply, now, confirmed)` rewrites the cards of a reply: a city-wide counter with local
counters becomes the local counter an official page gives for the resident's district (its name, phone and
担当地区), and the thread (`shown`, `counter`, `picked`) follows it, so a follow-up and the 紹介状 are about that
counter. What is not certain is said so, with the one number that can tell: a district known only from a town
whose membership is unconfirmed (「担当地区は未確認」), a local counter without a phone, a local counter seen
active in the district whose area no official page gives, or no district at all (core/cards.local_card).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from core.cards import build_card, local_card, reach
from core.messages import main_number, say
from core.replies import Card, Reply
from knowledge.kb import KnowledgeBase


def own_counters(kb: KnowledgeBase, state: Any, reply: Reply, now: dt.datetime | None = None,
                 confirmed: bool = True) -> Reply:
    """The reply with each city-wide counter that has local counters shown as the resident's own (or with
    the number that can tell which is theirs); `state` (core/guided.State) follows the counter shown.
    `confirmed` is False when this turn's district came from a town whose membership is unconfirmed."""
    if not any(kb.locals_of.get(c.entry_id) or kb.entries.get(c.entry_id, {}).get("local_of")
               for c in reply.cards):
        return reply
    district = state.district if state.district in kb.districts else None
    cards: list[Card] = []
    for card in reply.cards:
        entry = kb.entries.get(card.entry_id)
        if entry is None:
            own = card
        elif kb.locals_of.get(entry["id"]):
            own = _own_card(kb, entry, district, confirmed, now, reply.lang)
        else:  # a local counter shown again (a follow-up): whom to ask when it has no phone
            ask = local_ask(kb, entry, reply.lang)
            own = card if ask is None else replace(card, unknown_note=say("local_phone_unconfirmed", reply.lang)
                                                   + say("local_ask", reply.lang, name=ask[0], number=ask[1]),
                                                   phones=(), ask=ask)  # the button rings the number the note gives
        if own.entry_id != card.entry_id:
            _follow(state, card.entry_id, own.entry_id)
        if own.entry_id not in {c.entry_id for c in cards}:
            cards.append(own)
    return replace(reply, cards=cards)


def _own_card(kb: KnowledgeBase, entry: dict[str, Any], district: str | None, confirmed: bool,
              now: dt.datetime | None, lang: str) -> Card:
    """The local counter's card, or the city-wide one saying what is not known and whom to ask."""
    number = ask_number(kb, entry)
    local = kb.local_for(entry["id"], district)
    if local is not None:
        card = build_card(kb, local, now, lang)
        has_phone = any(c["kind"] == "phone" for c in reach(kb, local)[0]) and "phone" not in local["unknown"]
        if confirmed and has_phone:
            return card
        parts = ([] if confirmed else [say("local_area_unconfirmed", lang)]) + (
            [] if has_phone else [say("local_phone_unconfirmed", lang)])
        ask = say("local_ask", lang, name=_name(entry, lang), number=number)
        if not has_phone:  # the call button rings the number the note tells to call, never another
            card = replace(card, phones=(), ask=(_name(entry, lang), number))
        return replace(card, unknown_note="".join(parts) + ask)
    card = local_card(kb, entry, district, now, lang)
    seen = _active_in(kb, entry["id"], district)
    if seen:
        names = "、".join(f"{_name(x, lang)}（{'・'.join(kb.districts[d]['name'] for d in x['districts'])}）"
                         for x in seen)
        note = say("local_seen", lang, names=names, name=_name(entry, lang), number=number)
        return replace(card, unknown_note=note)
    return card


def _active_in(kb: KnowledgeBase, entry_id: str, district: str | None) -> list[dict[str, Any]]:
    """Local counters whose area no official page gives, seen active in the resident's district."""
    if district is None:
        return []
    return [kb.entries[i] for i in kb.locals_of.get(entry_id, [])
            if kb.entries[i]["districts"] and kb.serves(kb.entries[i], district)]


def ask_number(kb: KnowledgeBase, entry: dict[str, Any]) -> str:
    """The one number that can tell which local counter is the resident's: the city-wide counter's."""
    phones = [c for c in reach(kb, entry)[0] if c["kind"] == "phone"]
    return str(phones[0]["value"]) if phones else main_number()


def local_ask(kb: KnowledgeBase, entry: dict[str, Any], lang: str = "ja") -> tuple[str, str] | None:
    """For a local counter without a phone: the city-wide counter's name and the number that can tell
    (a follow-up's 「◯◯で確認できます」, the 紹介状's phone line); None for any other entry."""
    parent = kb.entries.get(entry.get("local_of") or "")
    if parent is None or any(c["kind"] == "phone" for c in reach(kb, entry)[0]):
        return None
    return _name(parent, lang), ask_number(kb, parent)


def _name(entry: dict[str, Any], lang: str) -> str:
    own = entry.get("name_en") if lang == "en" else None
    return str(own or entry["name"])


def _follow(state: Any, city_wide: str, local: str) -> None:
    """The thread is about the local counter now: a follow-up and the 紹介状 name it."""
    state.shown = list(dict.fromkeys(local if i == city_wide else i for i in state.shown))
    if state.counter == city_wide:
        state.counter = local
    if state.picked == city_wide:
        state.picked = local
