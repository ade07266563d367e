"""Response headers added by a middleware: the admin's strict set and the server's baseline share the ASGI part."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

Headers = list[tuple[bytes, bytes]]


class HeaderMiddleware:
    """Passes every HTTP response's headers through `add` before they are sent."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    def add(self, headers: Headers) -> Headers:
        """The response's headers with this middleware's own (a subclass decides which)."""
        return headers

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = self.add(list(message.get("headers", [])))
            await send(message)

        await self.app(scope, receive, with_headers)
