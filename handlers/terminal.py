"""`python -m bot chat`: the guided conversation in a terminal, options numbered (a channel: parse a line →
`Conversation.handle` → plain text)."""

from __future__ import annotations

import asyncio
import secrets
import sys
from typing import TextIO

from core.cards import card_text
from core.conversation import Conversation
from core.guide import Guide
from core.replies import Option, Reply
from core.settings import Settings
from core.state import StateStore
from core.turn import FOLLOW, LEAVE, Inbound

CHANNEL = "terminal"
QUIT = ("q", "quit", "exit", "終了")


def render_text(reply: Reply) -> str:
    """A reply as plain text with numbered options (also used by tests and as a channel fallback)."""
    parts = [reply.text]
    if reply.emergency:
        parts.append("\n".join(f"☎ {x.name}: {x.shown_number(reply.lang)}" + (f"（{x.hours}）" if x.hours else "")
                               for x in reply.emergency))
    parts += [card_text(c, reply.lang) for c in reply.cards]
    if reply.options:
        parts.append("\n".join(f"  {i}. {o.label}" for i, o in enumerate(reply.options, 1)))
    return "\n\n".join(parts)


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
    inbound = Inbound(CHANNEL, resident, event=FOLLOW)  # the greeting (with 「個人情報について」)
    try:
        while True:
            reply = (await conversation.handle(inbound)).reply
            if reply is not None:
                options = reply.options
                stdout.write(render_text(reply) + "\n\n")
            if inbound.event == FOLLOW:
                stdout.write("番号を選ぶか、困りごとを書いてください（終了は q）。\n")
            stdout.write("> ")
            stdout.flush()
            line = stdin.readline()
            if not line or line.strip().lower() in QUIT:
                stdout.write("ご利用ありがとうございました。\n")
                return 0
            inbound = _inbound(resident, line.strip(), options)
    finally:
        await conversation.handle(Inbound(CHANNEL, resident, event=LEAVE))


def _inbound(resident: str, line: str, options: list[Option]) -> Inbound:
    """A number of an option shown picks it; anything else is typed words."""
    if line.isdigit() and 1 <= int(line) <= len(options):
        return Inbound(CHANNEL, resident, choice=options[int(line) - 1].id)
    return Inbound(CHANNEL, resident, text=line)
