"""`python -m bot chat`: the guided conversation in a terminal, options numbered."""

from __future__ import annotations

import sys
from typing import TextIO

from core.cards import card_text
from core.conversation import ABOUT, ABOUT_CHOICE
from core.dialogue import Dialogue, State
from core.guide import Guide
from core.messages import say
from core.replies import Option, Reply
from core.settings import Settings


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
    dialogue = Dialogue(guide.router)
    state, reply = dialogue.start()
    reply.options.append(Option(ABOUT_CHOICE, say("opt_privacy")))  # the privacy notice, one choice away
    stdout.write(render_text(reply) + "\n\n番号を選ぶか、困りごとを書いてください（終了は q）。\n")
    while True:
        stdout.write("> ")
        stdout.flush()
        line = stdin.readline()
        if not line or line.strip().lower() in ("q", "quit", "exit", "終了"):
            stdout.write("ご利用ありがとうございました。\n")
            return 0
        text = line.strip()
        dialogue = Dialogue(guide.router)  # picks up a publish made while chatting
        if text.isdigit() and 1 <= int(text) <= len(reply.options) and reply.options[int(text) - 1].id == ABOUT_CHOICE:
            about = ABOUT.format(hours=settings.state_ttl_hours, days=settings.review_retention_days)
            reply = Reply(about, options=dialogue.start()[1].options)
        elif text.isdigit() and 1 <= int(text) <= len(reply.options):
            state, reply = dialogue.handle(state, choice=reply.options[int(text) - 1].id)
        else:
            state, reply = dialogue.handle(State.from_dict(state.to_dict()), text=text)
        stdout.write(render_text(reply) + "\n\n")
