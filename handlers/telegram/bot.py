"""The Telegram application: /start, /help, /emergency, typed text, tapped buttons and shared places → an
`Inbound` → `Answer` (`Conversation.handle` on this loop, or a worker process with LINE_WORKERS: bot/workers.py)
→ its `Reply` rendered and sent.

No ConversationHandler: the dialogue and its state live in the core, the same as on LINE. Updates of
different chats run concurrently; those of one chat run in order (`PerChatOrder`), the send included.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
import warnings
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, NetworkError, RetryAfter, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BaseUpdateProcessor,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from core.conversation import HELP, START, Conversation
from core.dialogue import EMERGENCY
from core.geo import OUTSIDE, place_at, points
from core.replies import Reply
from core.turn import LEAVE, LOCATION, MEDIA_EVENT, Inbound, ResidentLocks
from handlers.limits import clean_text, valid_choice
from handlers.telegram.render import render
from ops.metrics import METRICS
from ops.retry import retrying

log = logging.getLogger(__name__)
CHANNEL = "telegram"
TIMEOUT = 10.0  # seconds, each Bot API call
GIVE_UP = 60.0  # seconds after an update arrives: no send is attempted later (the resident has moved on)
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)  # source links would each unfold into a preview
Answer = Callable[[Inbound], Awaitable[Reply | None]]  # a turn's reply (None: nothing to send)


def in_process(conversation: Conversation) -> Answer:
    """Turns answered on this event loop (no worker processes)."""

    async def answer(inbound: Inbound) -> Reply | None:
        return (await conversation.handle(inbound)).reply

    return answer


class PerChatOrder(BaseUpdateProcessor):
    """Concurrent across chats, one at a time within a chat (FIFO locks): an update's turn and its
    messages all go before the chat's next update is answered."""

    def __init__(self, max_concurrent: int = 64) -> None:
        super().__init__(max_concurrent)
        self.chats = ResidentLocks()

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            await coroutine
            return
        async with self.chats.hold(str(chat.id)):
            await coroutine

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass


class TelegramBot:
    """The handlers: each update → an `Inbound` → `answer` → the reply rendered and sent."""

    def __init__(self, answer: Answer) -> None:
        self.answer = answer

    async def on_start(self, update: Update, _: ContextTypes.DEFAULT_TYPE) -> None:
        await self._answer(update, choice=START)

    async def on_help(self, update: Update, _: ContextTypes.DEFAULT_TYPE) -> None:
        await self._answer(update, choice=HELP)

    async def on_emergency(self, update: Update, _: ContextTypes.DEFAULT_TYPE) -> None:
        await self._answer(update, choice=EMERGENCY)

    async def on_text(self, update: Update, _: ContextTypes.DEFAULT_TYPE) -> None:
        if update.message and update.message.text:
            # Lone surrogates and controls dropped: every message is answered (issue #15 L2).
            text = clean_text(update.message.text)
            await self._answer(update, **({"text": text} if text.strip() else {"choice": HELP}))

    async def on_media(self, update: Update, _: ContextTypes.DEFAULT_TYPE) -> None:
        """A sticker, photo or voice: a kind word and the way on (a location: `on_location`)."""
        if update.message:
            await self._answer(update, event=MEDIA_EVENT)

    async def on_location(self, update: Update, _: ContextTypes.DEFAULT_TYPE) -> None:
        """A shared location or venue, read as LINE's is (`place_turn`)."""
        message = update.message
        if message is None or message.location is None:
            return
        venue = message.venue  # its address, as LINE's; its name only without one (a name is no question)
        words = (venue.address or venue.title or "") if venue is not None else ""
        await self._answer(update, **place_turn(message.location.latitude, message.location.longitude, words))

    async def on_button(self, update: Update, _: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        if query is None:
            return
        try:
            await query.answer(read_timeout=TIMEOUT)  # first: the client stops its spinner at once
        except TelegramError as exc:  # only the spinner is lost: the answer itself still goes out
            log.warning("answerCallbackQuery failed: %s", type(exc).__name__)
        if query.data:  # a forged button (any 64 bytes) gets the help, never a state of its own
            await self._answer(update, choice=query.data if valid_choice(query.data) else HELP)

    async def on_member(self, update: Update, _: ContextTypes.DEFAULT_TYPE) -> None:
        """The resident blocked the bot (or removed it from a group): forget their conversation."""
        change, chat = update.my_chat_member, update.effective_chat
        if change is not None and chat is not None and change.new_chat_member.status in ("kicked", "left"):
            await self.answer(Inbound(CHANNEL, str(chat.id), event=LEAVE))

    async def _answer(self, update: Update, **turn: str) -> None:
        """The update as an `Inbound` → `answer`; its reply rendered and sent in the chat's turn."""
        chat = update.effective_chat
        if chat is None:
            return
        deadline = time.monotonic() + GIVE_UP
        update_id = getattr(update, "update_id", None)
        delivery = str(update_id) if isinstance(update_id, int) else ""
        reply = await self.answer(Inbound(CHANNEL, str(chat.id), delivery=delivery, **turn))
        for text, markup in render(reply) if reply is not None else ():
            # Each message retried on its own: one that went out is never sent twice.
            async def send(text: str = text, markup: Any = markup) -> Any:
                return await chat.send_message(text, parse_mode=ParseMode.HTML, reply_markup=markup,
                                               link_preview_options=NO_PREVIEW, read_timeout=TIMEOUT,
                                               write_timeout=TIMEOUT)
            try:
                await retrying(send, name="telegram.send", transient=_transient, deadline=deadline)
                METRICS.count("telegram.send.sent")
            except TelegramError as exc:  # counted by retrying; the next messages still go out
                log.warning("Telegram sendMessage failed: %s", type(exc).__name__)

    def install(self, app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        app.add_handler(CommandHandler("start", self.on_start))
        app.add_handler(CommandHandler("help", self.on_help))
        app.add_handler(CommandHandler("emergency", self.on_emergency))
        app.add_handler(CallbackQueryHandler(self.on_button))
        app.add_handler(ChatMemberHandler(self.on_member, ChatMemberHandler.MY_CHAT_MEMBER))
        app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND, self.on_text))
        app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & filters.LOCATION, self.on_location))
        app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & ~filters.TEXT & ~filters.COMMAND
                                       & ~filters.StatusUpdate.ALL, self.on_media))


def place_turn(latitude: float, longitude: float, words: str = "") -> dict[str, str]:
    """A shared place as an `Inbound`'s fields. Outside the city by its coordinates: an honest reply and the
    districts. Within it, a venue's words (its address) as LINE gives a location's (core/places finds the town
    and its district in them, as in any message), else the nearest town of the city (core/geo.py).
    The data folder has no towns' points and the place has no words: it cannot be read (a kind word)."""
    place = place_at(latitude, longitude)
    if place is None and points():
        return {"choice": OUTSIDE}
    text = clean_text(words).strip() or place
    return {"event": LOCATION, "text": text} if text else {"event": MEDIA_EVENT}


def _transient(exc: BaseException) -> float | None:
    """Seconds to wait at least before retrying a Bot API call, or None when retrying cannot help.

    PTB raises RetryAfter for 429 (with Telegram's wait), TimedOut for timeouts and NetworkError for
    5xx and connection failures; BadRequest and Forbidden (blocked by the user) are final.
    """
    if isinstance(exc, RetryAfter):
        with warnings.catch_warnings():  # PTB 22 warns that the type becomes a timedelta one day
            warnings.simplefilter("ignore")
            after = exc.retry_after
        return after.total_seconds() if isinstance(after, dt.timedelta) else float(after)
    if isinstance(exc, NetworkError) and not isinstance(exc, BadRequest):  # TimedOut is one; BadRequest too
        return 0.0
    return None


def build_application(token: str, api_base_url: str, answer: Answer, *, webhook: bool = True,
                      queue_size: int = 2000) -> Application[Any, Any, Any, Any, Any, Any]:
    """An Application whose Bot API calls go to `{api_base_url}/bot{token}/{method}`, its turns answered by
    `answer` (`in_process(conversation)`, or the worker processes: bot/workers.py `Answers.telegram`).

    Webhook mode has no Updater (the server feeds `update_queue`, bounded so a flood waits rather than
    grows without limit); polling mode keeps PTB's Updater.
    """
    root = api_base_url.rstrip("/")
    builder: ApplicationBuilder[Any, Any, Any, Any, Any, Any] = (
        ApplicationBuilder().token(token).base_url(f"{root}/bot").base_file_url(f"{root}/file/bot")
        .connect_timeout(TIMEOUT).read_timeout(TIMEOUT).write_timeout(TIMEOUT).pool_timeout(TIMEOUT)
        .concurrent_updates(PerChatOrder()))
    if webhook:
        builder = builder.updater(None).update_queue(asyncio.Queue(queue_size))
    app = builder.build()
    TelegramBot(answer).install(app)
    return app
