"""Telegram webhook inside the server: check the secret header, queue the update, answer at once."""

from __future__ import annotations

import asyncio
import hmac
import logging
from typing import Any

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from telegram import Update
from telegram.ext import Application

from core.turn import SeenIds
from handlers.limits import WEBHOOK_BODY_LIMIT, BadJson, TooLarge, parse_json, read_body, too_large
from handlers.telegram.bot import Answer, build_application

log = logging.getLogger(__name__)
ACCEPT_WAIT = 5.0  # how long a webhook may wait for room in a full queue before answering 503


class TelegramChannel:
    """PTB's Application (no Updater), started and stopped by the server's lifespan."""

    def __init__(self, token: str, secret: str, api_base_url: str, answer: Answer) -> None:
        self.secret = secret.encode()
        self.app: Application[Any, Any, Any, Any, Any, Any] = build_application(token, api_base_url, answer)
        self.seen = SeenIds()

    async def start(self) -> None:
        await self.app.initialize()  # getMe
        await self.app.start()

    async def stop(self) -> None:
        if self.app.running:
            await self.app.stop()  # handles the queued updates first
        await self.app.shutdown()

    async def webhook(self, request: Request) -> Response:
        given = request.headers.get("x-telegram-bot-api-secret-token", "").encode()
        if not hmac.compare_digest(given, self.secret):
            return PlainTextResponse("forbidden", status_code=403)
        try:
            data = parse_json(await read_body(request, WEBHOOK_BODY_LIMIT))
        except TooLarge:
            return too_large()
        except BadJson:
            return PlainTextResponse("invalid JSON", status_code=400)
        try:
            update = Update.de_json(data, self.app.bot) if isinstance(data, dict) else None
        except Exception:  # not an Update's shape: nothing is done
            update = None
        if update is None or not isinstance(update.update_id, int):
            return PlainTextResponse("invalid update", status_code=400)
        if str(update.update_id) in self.seen:
            return PlainTextResponse("OK")  # Telegram resends an update it thinks was lost
        self.seen.add(str(update.update_id))
        try:
            await asyncio.wait_for(self.app.update_queue.put(update), ACCEPT_WAIT)
        except TimeoutError:
            self.seen.discard(str(update.update_id))
            log.warning("Telegram queue full: answering 503 so Telegram retries")
            return PlainTextResponse("busy", status_code=503)
        return PlainTextResponse("OK")
