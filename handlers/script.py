"""`python -m bot chat --jsonl`: a whole conversation, scripted (the steps and reply lines: README.md).

A channel like LINE, Telegram or the web chat, without a messenger: each JSON step on standard input
(`{"text": …}`, `{"choose": "LABEL" | N}`, `{"new": true}`, optional `"lang"`) becomes one `Inbound` for
`Conversation.handle` over the same state store, and each `Outcome` one JSON line on standard output, flushed.
A step that cannot be taken (bad JSON, an option that was not shown) is an `{"error": …}` line; the
resident's conversation is left as it was and the script goes on.
"""

from __future__ import annotations

import asyncio
import io
import json
import logging
import re
import secrets
import sys
from typing import Any, TextIO

from core.conversation import START, Conversation
from core.emergency import line_json, ordered
from core.replies import Card, Reply
from core.router import RouteResult
from core.state import Record
from core.turn import LEAVE, Inbound, Outcome

log = logging.getLogger(__name__)

CHANNEL = "script"
LANGS = ("ja", "easy", "en")
URGENCIES = ("emergency", "crisis", "soft", "none")
ALARMS = ("emergency", "crisis")
_COUNT = re.compile(r"（\d+件）$| \(\d+\)$")  # a guided-path option's count, 「高齢・介護（12件）」, "Care (12)"


class ScriptChannel:
    """Runs a script through a `Conversation`; the urgency of a typed message comes from the `Outcome`'s
    routing (the reply itself does not carry it)."""

    def __init__(self) -> None:
        self._run = secrets.token_hex(8)  # residents of one run never meet a state left by another
        self._residents = 0

    # --- the script ---------------------------------------------------------------------------------
    def run(self, conversation: Conversation, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> int:
        for stream, errors in ((stdin, "replace"), (stdout, "strict")):
            if isinstance(stream, io.TextIOWrapper):  # UTF-8 whatever the locale; a bad byte is a bad step
                stream.reconfigure(encoding="utf-8", errors=errors)
        asyncio.run(self.run_async(conversation, stdin, stdout))
        return 0

    async def run_async(self, conversation: Conversation, stdin: TextIO, stdout: TextIO) -> None:
        user = self._new_resident()
        try:
            for line in stdin:
                if not line.strip():
                    continue  # blank lines are not steps
                try:
                    out, user = await self.step(conversation, user, line)
                except Exception as exc:  # a bug in a turn: reported on its line, the script goes on
                    log.exception("step failed")
                    out = {"error": f"internal error: {type(exc).__name__}"}
                stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
                stdout.flush()
        finally:
            await conversation.handle(Inbound(CHANNEL, user, event=LEAVE))  # a script's residents leave nothing

    def _new_resident(self) -> str:
        self._residents += 1
        return f"{self._run}-{self._residents}"

    async def step(self, conversation: Conversation, user: str, line: str) -> tuple[dict[str, Any], str]:
        """One step → its output line, and the resident the next step belongs to."""
        try:
            step = json.loads(line)
        except json.JSONDecodeError as exc:
            return {"error": f"invalid JSON: {exc.msg}"}, user
        except RecursionError:
            return {"error": "invalid JSON: nested too deeply"}, user
        problem = _invalid(step)
        if problem:
            return {"error": problem}, user
        if step.get("new"):
            await conversation.handle(Inbound(CHANNEL, user, event=LEAVE))
            user = self._new_resident()
        text: str | None = step.get("text")
        choice: str | None = None
        if "choose" in step:
            if not _record(conversation, user).options:  # the chat not opened yet: its welcome menu is what is shown
                await conversation.handle(Inbound(CHANNEL, user, choice=START, lang=step.get("lang")))
            choice = _option_id(conversation, user, step["choose"])
            if choice is None:
                shown = [label for _, label in _record(conversation, user).options]
                return {"error": f"no option {step['choose']!r} among those shown last: {shown}"}, user
        elif text is None:  # {"new": true} alone: the new resident opens the chat
            choice = START
        # A step's "lang" sets the register of this reply and the next ones (without it the register
        # follows the resident's words and stays across taps).
        outcome = await conversation.handle(Inbound(CHANNEL, user, text=text, choice=choice, lang=step.get("lang")))
        return self.output(conversation, user, outcome), user

    # --- the output line ----------------------------------------------------------------------------
    def output(self, conversation: Conversation, user: str, outcome: Outcome) -> dict[str, Any]:
        kb = outcome.kb or conversation.router.kb
        reply = outcome.reply or Reply("")  # no rate limit is set for a script: a reply always comes
        urgency = _urgency(outcome.routed, reply)
        listed = {(x["name"], str(x["number"])): list(x.get("situations") or []) for x in kb.emergency}
        found = _situations(outcome.routed)
        district = _record(conversation, user).dialogue.get("district")
        return {
            "text": reply.text,
            "urgency": urgency,
            "crisis": urgency in ALARMS,
            # as every channel and `ask --json` show them (core/emergency.py): 「（未確認）」 only where really
            # unknown, the hours, closed now, the month the number was seen
            "emergency_contacts": [{**line_json(x, reply.lang),
                                    "situations": _listed_for(listed.get((x.name, x.number), []), found)}
                                   for x in ordered(reply.emergency)],
            "district": kb.district_label(district) if district in kb.districts else None,
            "cards": [card_json(c) for c in reply.cards],
            "options": [o.label for o in reply.options],
        }


def card_json(card: Card) -> dict[str, Any]:
    return {"id": card.entry_id, "name": card.title, "section": card.section, "district": card.district,
            "phones": [f.value for f in card.phones], "open_now": card.open_now}


def _urgency(result: RouteResult | None, reply: Reply) -> str:
    """The urgency of the turn: the more urgent of the routing of a typed message (the router's `urgency`,
    or its screen's) and the reply's (an alarm carried from the turn before: 「もう柵のそとにいる」); read
    defensively, a crisis found without a tier is "crisis"."""
    found = [str(v) for h in (result, getattr(result, "crisis", None), reply)
             if (v := getattr(h, "urgency", None)) in URGENCIES]
    if getattr(result, "crisis", None) and not found:
        found.append("crisis")
    return min(found, key=URGENCIES.index, default="none")  # URGENCIES: most urgent first


def _situations(result: RouteResult | None) -> list[str] | None:
    """The situations the screen found in the turn's message, most urgent first (None: not screened)."""
    for holder in (getattr(result, "safety", None), getattr(result, "crisis", None)):
        found = getattr(holder, "situations", None)
        if found:
            return list(found)
    return None


def _listed_for(listed: list[str], found: list[str] | None) -> list[str]:
    """The situations a line is listed for: those of this message when it was screened, else all."""
    return [s for s in found if s in listed] if found else listed


def _record(conversation: Conversation, user: str) -> Record:
    """The resident's state as the conversation keeps it (the options shown last, the district)."""
    return conversation.store.load(CHANNEL, user) or Record()


def _option_id(conversation: Conversation, user: str, choose: str | int) -> str | None:
    """The id of the option shown last whose label is `choose` (its count 「（12件）」 may be left off),
    or of the `choose`-th option (from 1); None when there is none such."""
    options = _record(conversation, user).options
    if isinstance(choose, int):
        return options[choose - 1][0] if 1 <= choose <= len(options) else None
    for match in (lambda label: label == choose, lambda label: _COUNT.sub("", label) == choose):
        found = [oid for oid, label in options if match(label)]
        if found:
            return found[0]
    return None


def _invalid(step: Any) -> str | None:
    """What is wrong with a step, or None."""
    if not isinstance(step, dict):
        return "a step is a JSON object"
    if "text" in step and "choose" in step:
        return "a step has text or choose, not both"
    if "text" in step and not isinstance(step["text"], str):
        return "text must be a string"
    if "choose" in step and (isinstance(step["choose"], bool) or not isinstance(step["choose"], str | int)):
        return "choose must be an option's label or its number (from 1)"
    if "new" in step and not isinstance(step["new"], bool):
        return "new must be true or false"
    if "lang" in step and step["lang"] not in LANGS:
        return f"lang must be one of {', '.join(LANGS)}"
    if "text" not in step and "choose" not in step and not step.get("new"):
        return "a step needs text, choose or new"
    return None
