"""Request bodies read with a size limit: a body over it is refused (413) before it is all read; JSON
parsed without a crash on deep nesting; residents' text made safe to route, store and log."""

from __future__ import annotations

import json
import re
from typing import Any

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

WEBHOOK_BODY_LIMIT = 1_048_576  # bytes; a LINE batch or a Telegram update is a few KB


class TooLarge(Exception):
    """The body is over the limit."""


async def read_body(request: Request, limit: int) -> bytes:
    """The whole body, or TooLarge as soon as it (or its Content-Length) passes `limit`."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise TooLarge
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise TooLarge
        chunks.append(chunk)
    return b"".join(chunks)


def too_large() -> Response:
    return PlainTextResponse("request body too large", status_code=413)


class BadJson(ValueError):
    """Not JSON, or nested too deeply to parse (50,000 '[' raise RecursionError in json.loads)."""


def parse_json(body: bytes | str) -> Any:
    try:
        return json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise BadJson(type(exc).__name__) from None


TEXT_LIMIT = 5_000  # characters of a message kept for the turn (the router reads the first 1,000)
# Lone surrogates (valid as JSON escapes, not as UTF-8: encoding them fails), NUL (PostgreSQL's text
# refuses it) and other C0/C1 controls but tab and line breaks.
_UNSAFE = re.compile(r"[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean_text(text: str, limit: int = TEXT_LIMIT) -> str:
    """A resident's text as the turn gets it: at most `limit` characters, no lone surrogates or controls."""
    return _UNSAFE.sub("", text[: limit * 2])[:limit]


# The shapes of option ids the conversation offers: "start", "sos", "c:jiritsu-soudan", "d:any", "fb:yes",
# "more:12", "#3". A choice of another shape was never offered (a forged "d:<15 KB>" became a memo key and a
# stored state): channels refuse it before the turn.
_CHOICE = re.compile(r"[a-z]{1,16}(?::[A-Za-z0-9_.-]{1,80})?|#[0-9]{1,4}")


def valid_choice(choice: str) -> bool:
    return _CHOICE.fullmatch(choice) is not None
