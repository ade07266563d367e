"""A channel-neutral Reply as LINE messages: emergency lines first, then text, counter cards, quick reply.

Limits (Messaging API): ≤ 5 messages a reply, text ≤ 5,000 UTF-16 units, quick reply ≤ 13 items,
postback data ≤ 300 characters, action labels ≤ 20 characters.
"""

from __future__ import annotations

from typing import Any

from core.conversation import option_data, paged
from core.messages import feedback_last
from core.replies import Option, Reply
from handlers.line.flex import cards_message, clip, emergency_message, label

MAX_MESSAGES = 5
MAX_TEXT_UNITS = 5000
MAX_QUICK = 13
MAX_DATA = 300


def utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def split_text(text: str, limit: int = MAX_TEXT_UNITS) -> list[str]:
    """Pieces of at most `limit` UTF-16 units, cut at line ends where possible."""
    pieces: list[str] = []
    rest = text
    while utf16_units(rest) > limit:
        cut = limit
        while utf16_units(rest[:cut]) > limit:  # astral characters count twice
            cut -= 1
        newline = rest.rfind("\n", 0, cut)
        cut = newline + 1 if newline > cut // 2 else cut
        pieces.append(rest[:cut])
        rest = rest[cut:]
    return [*pieces, rest] if rest.strip() else pieces


def quick_reply(options: list[Option]) -> dict[str, Any]:
    """Options as postback buttons; a long list pages with 「もっと見る」."""
    shown = paged(options, MAX_QUICK)
    items = []
    for i, o in enumerate(shown):
        action = {"type": "postback", "label": label(o.label), "data": option_data(shown, i, MAX_DATA),
                  "displayText": clip(o.label, MAX_DATA)}
        items.append({"type": "action", "action": action})
    return {"items": items}


def render(reply: Reply) -> list[dict[str, Any]]:
    """The messages of one reply, in the order the resident should read them."""
    messages: list[dict[str, Any]] = []
    if reply.emergency:
        messages.append(emergency_message(reply.emergency, reply.lang))
    cards = [cards_message(reply.cards, reply.lang)] if reply.cards else []
    text, ask = feedback_last(reply.text, reply.lang) if reply.cards else (reply.text, None)
    pieces = split_text(text)
    if ask:  # 「役に立ちましたか？」 after the cards, with the quick reply's buttons
        cards.append({"type": "text", "text": ask})
    room = MAX_MESSAGES - len(messages) - len(cards)
    if len(pieces) > room:  # never in practice (room ≥ 3); the cut is marked rather than silent
        pieces = pieces[:room]
        pieces[-1] = pieces[-1][:-1] + "…"
    messages += [{"type": "text", "text": p} for p in pieces]
    messages += cards
    if reply.options and messages:
        messages[-1]["quickReply"] = quick_reply(reply.options)
    return messages
