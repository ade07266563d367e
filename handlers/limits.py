"""Request bodies read with a size limit: a body over it is refused (413) before it is all read."""

from __future__ import annotations

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
