"""A channel-neutral Reply as Telegram messages (HTML): emergency lines first, text, one message a
counter with the same facts as the LINE card, options as an inline keyboard on the last message.

Limits (Bot API): text ≤ 4,096 characters, callback_data ≤ 64 bytes.
"""

from __future__ import annotations

from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from core.cards import resident_rows
from core.conversation import card_sources, option_data
from core.emergency import grouped, said, shown_name, sources_note
from core.messages import feedback_last
from core.replies import Card, EmergencyLine, Option, Reply

MAX_TEXT = 4096
MAX_DATA = 64
FIELD = 300  # characters of one fact on a card (a summary, a place, a note); longer ones are cut with …
MAX_URL = 400  # a longer source link is shown as text only (a line stays below MAX_TEXT escaped)

Message = tuple[str, InlineKeyboardMarkup | None]


def split_text(text: str, limit: int = MAX_TEXT) -> list[str]:
    """Pieces of at most `limit` characters, cut at line ends where possible."""
    pieces, rest = [], text
    while len(rest) > limit:
        newline = rest.rfind("\n", 0, limit)
        cut = newline + 1 if newline > limit // 2 else limit
        amp = rest.rfind("&", max(0, cut - 8), cut)  # never inside an escaped &amp; &lt; &gt;
        if amp > 0 and ";" not in rest[amp:cut]:
            cut = amp
        pieces.append(rest[:cut])
        rest = rest[cut:]
    return [*pieces, rest] if rest.strip() else pieces


def emergency_lines(lines: list[EmergencyLine], lang: str = "ja") -> list[str]:
    """The lines, under headings by situation when there are many (core/emergency.py), closed ones last."""
    rows = ["<b>Call now</b>" if lang == "en" else "<b>緊急の連絡先</b>"]
    for group in grouped(lines, lang):
        if group.heading:
            rows.append(f"\n<b>【{escape(group.heading)}】</b>" + (f" {escape(group.hint)}" if group.hint else ""))
        for x in group.lines:
            under = said(x, lang)
            rows.append(f"☎ <b>{escape(_cut(x.number, FIELD))}</b> {escape(_cut(shown_name(x, lang), FIELD))}"
                        + escape(_cut(under, FIELD)))
    note = sources_note(lines, lang)  # what is known of the sources: once, under the list
    if note:
        rows.append(f"<i>{escape(_cut(note, FIELD))}</i>")
    return rows


def _cut(text: str, width: int) -> str:
    """At most `width` characters (an ellipsis marks the cut); escaped after, so no tag is ever cut."""
    return text if len(text) <= width else text[:width - 1] + "…"


def card_lines(card: Card, lang: str = "ja", width: int = FIELD) -> list[str]:
    """The facts of the LINE card, in the same order: name, summary, rows; the sources as short links on
    one line (出典1 出典2, each with its note), so a card stays a few lines on a phone.
    Each line is whole HTML (its tags open and close on it); each field at most `width` characters."""
    en = lang == "en"
    lines = [f"<b>■ {escape(_cut(card.title, width))}</b>"]
    if card.summary:
        lines.append(escape(_cut(card.summary, width)))
    lines += [f"{escape(_cut(name, width))}: {escape(_cut(value, width))}" for name, value in resident_rows(card, lang)]
    links = []
    for i, fact in enumerate(card_sources(card), 1):
        source = fact.source or ""
        name = f"{'source' if en else '出典'}{i}"
        shown = f'<a href="{escape(source)}">{name}</a>' if source.startswith("http") and len(source) <= MAX_URL else name
        bracket = (" (", ")") if en else ("（", "）")  # an English reply has no Japanese brackets
        checked = (f"{bracket[0]}{'checked' if en else '確認'} {escape(_cut(fact.checked, width))}{bracket[1]}"
                   if fact.checked else "")
        note = f"{bracket[0]}{escape(_cut(fact.note, width))}{bracket[1]}" if fact.note else ""
        links.append(f"{shown}{checked}{note}")
    if links:
        lines.append(f"<i>{' '.join(links)}</i>")
    return lines


def pack(lines: list[str], limit: int = MAX_TEXT) -> list[str]:
    """Whole lines packed into messages of at most `limit` characters (a line is never split: each holds
    its own tags; `card_lines` keeps every line far below the limit)."""
    out: list[str] = []
    for line in lines:
        line = line if len(line) <= limit else line[:limit]  # not reached with FIELD-cut lines
        if out and len(out[-1]) + 1 + len(line) <= limit:
            out[-1] += "\n" + line
        else:
            out.append(line)
    return out


def keyboard(options: list[Option]) -> InlineKeyboardMarkup:
    """One button a row: labels stay whole and are easy to hit on a phone."""
    return InlineKeyboardMarkup([[InlineKeyboardButton(o.label, callback_data=option_data(options, i, MAX_DATA))]
                                 for i, o in enumerate(options)])


def render(reply: Reply) -> list[Message]:
    texts: list[str] = []
    if reply.emergency:
        texts += pack(emergency_lines(reply.emergency, reply.lang))
    text, ask = feedback_last(reply.text, reply.lang) if reply.cards else (reply.text, None)
    texts += split_text(escape(text, quote=False))
    for card in reply.cards:  # one message a card; a card with very many facts goes on in the next message
        texts += pack(card_lines(card, reply.lang))
    if ask:  # 「役に立ちましたか？」 after the cards, with its buttons
        texts = [*texts[:-1], *pack([texts[-1], f"\n{escape(ask)}"])]
    markup = keyboard(reply.options) if reply.options else None
    return [(t, markup if i == len(texts) - 1 else None) for i, t in enumerate(texts)]
