"""GET /chat (the page) and POST /api/chat (one turn as JSON) for the web chat.

The browser keeps a random session id (per tab); the server keys its state by a salted hash of it,
exactly as for a messenger user.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

from core.conversation import (
    HELP,
    SLOW_DOWN_TEXT,
    START,
    Conversation,
    card_calls,
    card_rows,
    card_sources,
    tel_uri,
)
from core.replies import Card, Reply
from handlers.limits import BadJson, TooLarge, clean_text, parse_json, read_body, valid_choice

CHANNEL = "web"
PAGE = Path(__file__).with_name("chat.html")
SESSION = re.compile(r"[A-Za-z0-9_-]{16,64}")
MAX_BODY = 16_384


def card_json(card: Card, lang: str) -> dict[str, Any]:
    return {
        "id": card.entry_id, "title": card.title, "summary": card.summary,
        "rows": [[name, value] for name, value in card_rows(card, lang)],
        "open_now": card.open_now,
        "calls": [{"label": c.label, "number": c.number, "tel": c.uri} for c in card_calls(card)],
        "sources": [{"source": f.source, "checked": f.checked, "note": f.note,
                     "url": f.source if (f.source or "").startswith(("http://", "https://")) else None}
                    for f in card_sources(card)],
    }


def reply_json(reply: Reply) -> dict[str, Any]:
    """A reply for the page: emergency lines, text, cards, options (rendered in that order)."""
    return {
        "lang": reply.lang,
        "emergency": [{"name": x.name, "number": x.number, "hours": x.hours, "tel": tel_uri(x.number)}
                      for x in reply.emergency],
        "text": reply.text,
        "cards": [card_json(c, reply.lang) for c in reply.cards],
        "options": [{"id": o.id, "label": o.label} for o in reply.options],
    }


class WebChat:
    def __init__(self, conversation: Conversation) -> None:
        self.conversation = conversation
        self.page = PAGE.read_text(encoding="utf-8")

    async def get_page(self, _: Request) -> Response:
        return HTMLResponse(self.page, headers={
            "Content-Security-Policy": "default-src 'self'; style-src 'unsafe-inline'; script-src 'unsafe-inline'",
            "Cache-Control": "no-cache"})

    async def post_turn(self, request: Request) -> Response:
        try:
            body = await read_body(request, MAX_BODY)
        except TooLarge:
            return JSONResponse({"error": "too large"}, status_code=413)
        try:
            data = parse_json(body)
        except BadJson:
            return JSONResponse({"error": "invalid JSON"}, status_code=400)
        if not isinstance(data, dict):
            return JSONResponse({"error": "invalid JSON"}, status_code=400)
        session, text, choice = data.get("session"), data.get("text"), data.get("choice")
        if not isinstance(session, str) or not SESSION.fullmatch(session):
            return JSONResponse({"error": "session must be 16–64 letters, digits, - or _"}, status_code=400)
        if not isinstance(text, str | None) or not isinstance(choice, str | None):
            return JSONResponse({"error": "text and choice must be strings"}, status_code=400)
        if choice and not valid_choice(choice):  # a forged choice gets the help, never a state (issue #15 M3)
            choice = HELP
        text = clean_text(text) if text else text  # lone surrogates and controls dropped (issue #15 L2)
        if not (text or "").strip() and not choice:
            choice = START
        async with self.conversation.serial(CHANNEL, session):
            reply = await self.conversation.turn(CHANNEL, session, text=text, choice=choice)
        # Over the rate limit: a page shows every answer, so it is told each time.
        return JSONResponse(reply_json(reply or Reply(SLOW_DOWN_TEXT)))
