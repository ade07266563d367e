"""A channel-neutral Reply as Telegram messages (HTML): emergency lines first, text, one message a
counter with the same facts as the LINE card, options as an inline keyboard on the last message.

Limits (Bot API): text ≤ 4,096 characters, callback_data ≤ 64 bytes.
"""

from __future__ import annotations

from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from core.conversation import card_rows, card_sources, option_data
from core.replies import Card, EmergencyLine, Option, Reply

MAX_TEXT = 4096
MAX_DATA = 64

Message = tuple[str, InlineKeyboardMarkup | None]


def split_text(text: str, limit: int = MAX_TEXT) -> list[str]:
    """Pieces of at most `limit` characters, cut at line ends where possible."""
    pieces, rest = [], text
    while len(rest) > limit:
        newline = rest.rfind("\n", 0, limit)
        cut = newline + 1 if newline > limit // 2 else limit
        pieces.append(rest[:cut])
        rest = rest[cut:]
    return [*pieces, rest] if rest.strip() else pieces


def emergency_html(lines: list[EmergencyLine], lang: str = "ja") -> str:
    head = "<b>Call now</b>" if lang == "en" else "<b>緊急の連絡先</b>"
    rows = [f"☎ <b>{escape(x.number)}</b> {escape(x.name)}" + (f"（{escape(x.hours)}）" if x.hours else "")
            for x in lines]
    return "\n".join([head, *rows])


def card_html(card: Card, lang: str = "ja") -> str:
    """The facts of the LINE card, in the same order: name, summary, rows, sources with checked dates."""
    en = lang == "en"
    lines = [f"<b>■ {escape(card.title)}</b>"]
    if card.summary:
        lines.append(escape(card.summary))
    lines += [f"{escape(name)}: {escape(value)}" for name, value in card_rows(card, lang)]
    for fact in card_sources(card):
        source = fact.source or ""
        shown = f'<a href="{escape(source)}">{escape(source)}</a>' if source.startswith("http") else escape(source)
        checked = f"（{'checked' if en else '確認'} {escape(fact.checked)}）" if fact.checked else ""
        note = f" ※{escape(fact.note)}" if fact.note else ""
        lines.append(f"<i>{'Source' if en else '出典'}: {shown}{checked}{note}</i>")
    return "\n".join(lines)


def keyboard(options: list[Option]) -> InlineKeyboardMarkup:
    """One button a row: labels stay whole and are easy to hit on a phone."""
    return InlineKeyboardMarkup([[InlineKeyboardButton(o.label, callback_data=option_data(options, i, MAX_DATA))]
                                 for i, o in enumerate(options)])


def render(reply: Reply) -> list[Message]:
    texts: list[str] = []
    if reply.emergency:
        texts.append(emergency_html(reply.emergency, reply.lang))
    texts += split_text(escape(reply.text, quote=False))
    texts += [card_html(c, reply.lang) for c in reply.cards]  # a card is far below 4,096
    markup = keyboard(reply.options) if reply.options else None
    return [(t, markup if i == len(texts) - 1 else None) for i, t in enumerate(texts)]
