"""`python -m bot chat`: the guided conversation in a terminal, options numbered (a channel: parse a line →
`Conversation.handle` → plain text)."""

from __future__ import annotations

import asyncio
import datetime as dt
import secrets
import sys
from typing import TextIO

from core.cards import card_brief
from core.conversation import Conversation
from core.emergency import grouped, said, shown_name, sources_note
from core.guide import Guide
from core.messages import feedback_last
from core.replies import EmergencyLine, Option, Reply
from core.settings import Settings
from core.state import StateStore
from core.turn import FOLLOW, LEAVE, Inbound

CHANNEL = "terminal"
QUIT = ("q", "quit", "exit", "終了")


def render_text(reply: Reply, now: dt.datetime | None = None) -> str:
    """A reply as plain text with numbered options (also used by tests and as a channel fallback): the
    emergency lines under their situations' headings when there are many, each card in a few lines."""
    text, ask = feedback_last(reply.text, reply.lang) if reply.cards else (reply.text, None)
    parts = [text] if text else []
    if reply.emergency:
        parts.append(lines_text(reply.emergency, reply.lang, now))
    parts += [card_brief(c, reply.lang) for c in reply.cards]
    if ask:  # 「役に立ちましたか？」 once the cards have been read, above the numbered answers
        parts.append(ask)
    if reply.options:
        parts.append("\n".join(f"  {i}. {o.label}" for i, o in enumerate(reply.options, 1)))
    return "\n\n".join(parts)


def lines_text(lines: list[EmergencyLine], lang: str = "ja", now: dt.datetime | None = None) -> str:
    """「☎ よりそいホットライン: 0120-279-338（24時間365日・無料）」, a line each, what is known of the sources once under them;
    under 【命・救急】… headings with a hint when the lines span several situations (core/emergency.py)."""
    out = []
    for group in grouped(lines, lang, now):
        if group.heading:
            out.append(f"【{group.heading}】" + (f" {group.hint}" if group.hint else ""))
        for x in group.lines:
            out.append(f"☎ {shown_name(x, lang)}: {x.number}{said(x, lang, now)}")
    note = sources_note(lines, lang)  # what is known of the sources: once, under the list
    return "\n".join([*out, note] if note else out)


def run_terminal_chat(guide: Guide, settings: Settings, stdin: TextIO = sys.stdin,
                      stdout: TextIO = sys.stdout) -> int:
    """A channel like the others: a line (a number picks an option shown) → `Conversation.handle` → text."""
    store = StateStore(guide.engine, settings.user_id_salt, settings.state_ttl_hours)
    conversation = Conversation(guide, store, keeps_text=settings.keep_message_text,
                                review_days=settings.review_retention_days)  # rechecks for a publish
    return asyncio.run(_chat(conversation, stdin, stdout))


async def _chat(conversation: Conversation, stdin: TextIO, stdout: TextIO) -> int:
    resident = secrets.token_hex(8)  # one resident per run; forgotten at the end
    options: list[Option] = []
    lang = "ja"  # the register of the last reply: the goodbye is said in it
    inbound = Inbound(CHANNEL, resident, event=FOLLOW)  # the greeting (with 「個人情報について」)
    try:
        while True:
            reply = (await conversation.handle(inbound)).reply
            if reply is not None:
                options, lang = reply.options, reply.lang
                stdout.write(render_text(reply) + "\n\n")
            if inbound.event == FOLLOW:
                stdout.write("番号を選ぶか、困りごとを書いてください（終了は q）。\n")
            stdout.write("> ")
            stdout.flush()
            line = stdin.readline()
            if not line or line.strip().lower() in QUIT:
                stdout.write(("Thank you for using this guide." if lang == "en" else "ご利用ありがとうございました。") + "\n")
                return 0
            inbound = _inbound(resident, line.strip(), options)
    finally:
        await conversation.handle(Inbound(CHANNEL, resident, event=LEAVE))


def _inbound(resident: str, line: str, options: list[Option]) -> Inbound:
    """A number of an option shown picks it; anything else is typed words."""
    if line.isdigit() and 1 <= int(line) <= len(options):
        return Inbound(CHANNEL, resident, choice=options[int(line) - 1].id)
    return Inbound(CHANNEL, resident, text=line)
