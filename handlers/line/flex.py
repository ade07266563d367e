"""Flex Message JSON for LINE: one bubble a counter card, one bubble for the emergency lines.

Plain dicts in the Messaging API's own JSON shape; LINE's limits are applied here (action labels ≤ 20
characters, URIs percent-encoded http(s)/tel, no empty text, bubble ≤ 30 KB, carousel ≤ 12 bubbles/50 KB).
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any
from urllib.parse import quote

from core.cards import card_calls, resident_rows
from core.conversation import card_sources, tel_uri
from core.emergency import closed_now, grouped, said, shown_name, sources_note
from core.replies import Card, EmergencyLine
from knowledge.sources import host

MAX_LABEL = 20
MAX_BUBBLES = 12
MAX_BUBBLE_BYTES = 30_000
MAX_CAROUSEL_BYTES = 50_000
MAX_ALT = 400
MAX_FIELD = 400  # one text component: enough for a summary, short enough to keep the bubble small
RED, GREEN, GREY, DARK = "#B00020", "#1B6E20", "#666666", "#222222"


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def label(text: str) -> str:
    """An action label within LINE's 20 characters; a trailing count 「（12件）」 survives the cut."""
    if len(text) <= MAX_LABEL:
        return text
    head, sep, tail = text.rpartition("（" if text.endswith("）") else " (")
    if sep and head and len(tail) <= 6:
        return clip(head, MAX_LABEL - len(tail) - 1) + sep + tail
    return clip(text, MAX_LABEL)


def web_uri(url: str) -> str | None:
    """An http(s) source as a URI LINE accepts (non-ASCII percent-encoded, ≤ 1000 chars), else None."""
    if not url.startswith(("http://", "https://")):
        return None
    uri = quote(url, safe=":/?#[]@!$&'()*+,;=%~")
    return uri if len(uri) <= 1000 else None


def _text(text: str, **style: Any) -> dict[str, Any]:
    return {"type": "text", "text": clip(text, MAX_FIELD), "wrap": True, **style}


def _row(name: str, value: str, color: str = DARK) -> dict[str, Any]:
    return {"type": "box", "layout": "baseline", "spacing": "sm", "contents": [
        _text(name, size="sm", color=GREY, flex=2),
        _text(value, size="sm", color=color, flex=7)]}


def _tel_button(text: str, number: str, primary: bool = True) -> dict[str, Any]:
    button = {"type": "button", "style": "primary" if primary else "secondary", "height": "sm",
              "action": {"type": "uri", "label": label(text), "uri": tel_uri(number)}}
    if primary:
        button["color"] = RED
    return button


@lru_cache(maxsize=2048)
def card_bubble(card: Card, lang: str = "ja") -> dict[str, Any]:
    """Name, summary, section, district, phones, hours, open now, sources with checked dates; call buttons.

    Cached (cards repeat and are immutable): callers must not change the bubble.
    """
    en = lang == "en"
    body: list[dict[str, Any]] = [_text(card.title, weight="bold", size="lg")]
    if card.summary:
        body.append(_text(card.summary, size="sm", color=GREY))
    body.append({"type": "separator", "margin": "md"})
    for name, value in resident_rows(card, lang):
        color = DARK
        if name in ("いま", "Now"):
            color = GREEN if card.open_now else RED
        body.append(_row(name, value, color))
    for fact in card_sources(card):  # a short line: the site's name (the link opens the page)
        source = f"{'Source' if en else '出典'}: {host(fact.source) or fact.source}"
        if fact.checked:
            source += f"（{'checked' if en else '確認'} {fact.checked}）"
        if fact.note:
            source += f" ※{fact.note}"
        item = _text(source, size="xxs", color=GREY, margin="md")
        uri = web_uri(fact.source or "")
        if uri:
            item["action"] = {"type": "uri", "label": "出典", "uri": uri}
        body.append(item)
    buttons = [_tel_button(_call_label(c.who, c.number, en), c.number) for c in card_calls(card, lang)[:3]]
    bubble = {"type": "bubble", "size": "mega",
              "body": {"type": "box", "layout": "vertical", "spacing": "sm", "contents": body},
              "footer": {"type": "box", "layout": "vertical", "spacing": "sm", "contents": buttons}}
    while _size(bubble) > MAX_BUBBLE_BYTES and len(body) > 2:
        body.pop()  # the sources go first: the phone buttons and rows matter more
    return bubble


def _call_label(who: str, number: str, en: bool) -> str:
    """A card's call button, whose number it rings within LINE's 20 characters: 「高齢者支援課に電話 0000-00-0000」,
    else 「高齢者支援課に電話」 (the number is on the card above it), else the number alone."""
    for text in ((f"Call {who} {number}", f"Call {who}") if en else (f"{who}に電話 {number}", f"{who}に電話")):
        if len(text) <= MAX_LABEL:
            return text
    return f"{'Call' if en else '電話'} {number}"


@lru_cache(maxsize=4096)
def _sized_bubble(card: Card, lang: str) -> tuple[dict[str, Any], int]:
    """A card's bubble and its size in bytes. The same counters are shown to many residents, so the
    bubbles are kept (a Card is immutable and holds everything the bubble shows, open-now included);
    callers must not change the dict."""
    bubble = card_bubble(card, lang)
    return bubble, _size(bubble)


def cards_message(cards: list[Card], lang: str = "ja") -> dict[str, Any]:
    """One bubble, or a carousel of them, kept within LINE's size limits."""
    sized = [_sized_bubble(c, lang) for c in cards[:MAX_BUBBLES]]
    # The carousel's JSON is its bubbles' plus the wrapper and one ", " between bubbles.
    while len(sized) > 1 and sum(n for _, n in sized) + _CAROUSEL_WRAPPER + 2 * len(sized) > MAX_CAROUSEL_BYTES:
        sized.pop()
    bubbles = [b for b, _ in sized]
    contents: dict[str, Any] = bubbles[0] if len(bubbles) == 1 else {"type": "carousel", "contents": bubbles}
    alt = ("Counters: " if lang == "en" else "相談窓口: ") + " / ".join(
        f"{c.title} {card_calls(c)[0].number}" for c in cards)
    return {"type": "flex", "altText": clip(alt, MAX_ALT), "contents": contents}


def emergency_message(lines: list[EmergencyLine], lang: str = "ja") -> dict[str, Any]:
    """The lines to call now, each with a call button; the alt text (notifications) lists the numbers."""
    en = lang == "en"
    body: list[dict[str, Any]] = []
    i = 0
    for group in grouped(lines, lang):  # under headings by situation when there are many (core/emergency.py)
        if group.heading:
            body.append(_text(f"【{group.heading}】", size="md", weight="bold", color=RED, margin="xl" if i else "none"))
        if group.hint:
            body.append(_text(group.hint, size="xs", color=GREY))
        for line in group.lines:
            body.append(_text(shown_name(line, lang) + said(line, lang),
                              size="sm", weight="bold", margin="lg" if i or group.heading else "none"))
            # the number alone in its button: what is known of its source is one note under the list
            body.append(_tel_button(f"☎ {line.number}", line.number, primary=i < 2 and not closed_now(line)))
            i += 1
    note = sources_note(lines, lang)
    if note:
        body.append(_text(note, size="xxs", color=GREY, margin="lg"))
    title = "Call now" if en else "緊急の連絡先"
    bubble = {"type": "bubble",
              "header": {"type": "box", "layout": "vertical", "backgroundColor": RED, "contents": [
                  _text(title, color="#FFFFFF", weight="bold", size="lg")]},
              "body": {"type": "box", "layout": "vertical", "spacing": "sm", "contents": body}}
    alt = title + ": " + " / ".join(f"{shown_name(x, lang)} {x.number}" for x in lines)
    return {"type": "flex", "altText": clip(alt, MAX_ALT), "contents": bubble}


def _size(obj: Any) -> int:
    return len(json.dumps(obj, ensure_ascii=False).encode())


_CAROUSEL_WRAPPER = _size({"type": "carousel", "contents": []})
