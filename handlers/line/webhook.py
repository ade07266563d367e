"""LINE webhook: verify, parse, translate each event into a `Job`, accept it, answer LINE at once.

An event is accepted once its job is queued (then it is always worked off, also at shutdown); when the
queue stays full the webhook answers 503 and LINE may redeliver. A redelivery (same webhookEventId) is
answered once, events in standby mode not at all. The jobs run in this process or in LINE_WORKERS
worker processes (ops/shards.py); either way `handlers/line/replier.py` does the turn and the reply.
"""

from __future__ import annotations

import logging
import time

from linebot.v3 import WebhookParser
from linebot.v3.exceptions import InvalidSignatureError
from linebot.v3.webhooks import (
    Event,
    FollowEvent,
    LocationMessageContent,
    MessageEvent,
    PostbackEvent,
    TextMessageContent,
    UnfollowEvent,
)
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from core.conversation import HELP, MEDIA, START, Conversation, SeenIds
from core.settings import Settings
from handlers.limits import WEBHOOK_BODY_LIMIT, TooLarge, clean_text, read_body, too_large, valid_choice
from handlers.line.replier import Job, LineReplier
from ops.metrics import METRICS
from ops.shards import Jobs, LocalJobs, ShardPool

log = logging.getLogger(__name__)
ACCEPT_WAIT = 5.0  # how long a webhook may wait for room in a full queue before answering 503
QUEUE_SIZE = 2000  # accepted events not yet answered, at most
# Events older than this (LINE's timestamp) are not processed: a signed body replayed later — also after a
# restart, when the ids seen are forgotten — does nothing. A reply token lives about a minute and no reply
# is attempted after 50 s (replier.REPLY_TOKEN_LIFE), so no resident misses an answer by it.
MAX_EVENT_AGE = 600.0
WORKERS = 64  # events worked on at once in one process (most of a turn's time is waiting on the API)


class LineChannel:
    """The LINE side of the server: one per process, started and stopped by the server's lifespan."""

    def __init__(self, settings: Settings, conversation: Conversation, *, worker_entry: str | None = None) -> None:
        """`worker_entry` ("module:function", an ops.shards `Entry`) is what each worker process runs when
        LINE_WORKERS > 0: its own conversation stack around a `LineReplier`, built by the composition root."""
        assert settings.line_channel_secret and settings.line_channel_access_token
        self.parser = WebhookParser(settings.line_channel_secret)
        self.seen = SeenIds()
        self.replier: LineReplier | None = None
        self.jobs: Jobs
        if settings.line_workers > 0:
            if worker_entry is None:
                raise ValueError("LINE_WORKERS > 0 needs the worker processes' entry")
            self.jobs = ShardPool(worker_entry, settings, settings.line_workers,
                                  capacity=QUEUE_SIZE, concurrency=WORKERS, name="line.worker",
                                  failed="line.event.failed")
        else:
            self.replier = LineReplier(settings.line_channel_access_token, settings.line_api_base_url, conversation)
            self.jobs = LocalJobs(self.replier.handle, WORKERS, QUEUE_SIZE, failed="line.event.failed")

    async def start(self) -> None:
        if self.replier is not None:
            await self.replier.start()
        await self.jobs.start()

    async def stop(self, drain_seconds: float = 20.0) -> None:
        """Finish the accepted events (bounded wait), then close the client."""
        await self.jobs.stop(drain_seconds)
        if self.replier is not None:
            await self.replier.stop()

    @property
    def queued(self) -> int:
        """Accepted events not yet answered."""
        return self.jobs.pending

    # --- request path -----------------------------------------------------------------------------
    async def webhook(self, request: Request) -> Response:
        signature = request.headers.get("x-line-signature")
        if not signature:
            return PlainTextResponse("missing signature", status_code=400)
        try:
            body = (await read_body(request, WEBHOOK_BODY_LIMIT)).decode("utf-8", errors="replace")
        except TooLarge:
            return too_large()
        try:
            events = self.parser.parse(body, signature)  # HMAC-SHA256 check first, then the JSON
        except InvalidSignatureError:
            return PlainTextResponse("invalid signature", status_code=400)
        except Exception:  # signed but not LINE's shape (bad JSON, missing fields): nothing is done
            return PlainTextResponse("invalid body", status_code=400)
        for event in events:
            if not isinstance(event, Event) or getattr(event, "mode", None) == "standby":
                continue  # another module of the channel (e.g. staff chatting by hand) has the user
            event_id = getattr(event, "webhook_event_id", None) or ""
            if event_id in self.seen or _stale(event) or (job := job_of(event)) is None:
                continue
            self.seen.add(event_id)  # before waiting for room: a redelivery meanwhile is a duplicate
            if not await self.jobs.submit(job.user, job, ACCEPT_WAIT):
                self.seen.discard(event_id)  # not accepted: its redelivery must be processed
                log.warning("LINE queue full: answering 503 so the rest is redelivered")
                return PlainTextResponse("busy", status_code=503)
        return PlainTextResponse("OK")


def _stale(event: Event, now: float | None = None) -> bool:
    """Older than MAX_EVENT_AGE by LINE's own timestamp (ms), or stamped absurdly far in the future."""
    stamped = getattr(event, "timestamp", None)
    if not isinstance(stamped, int):
        return False
    age = (time.time() if now is None else now) - stamped / 1000
    if age > MAX_EVENT_AGE or age < -MAX_EVENT_AGE:
        METRICS.count("line.event.stale")
        return True
    return False


def job_of(event: Event) -> Job | None:
    """The event as a job: typed text, a tapped choice, the greeting, or forgetting; None to ignore."""
    user = _user_key(event)
    if user is None:
        return None
    if isinstance(event, UnfollowEvent):
        return Job(user, None)
    token = getattr(event, "reply_token", None)
    stamped = getattr(event, "timestamp", None)
    turn = _turn_of(event)
    if turn is None or not token:
        return None
    return Job(user, turn, token, stamped if isinstance(stamped, int) else None)


def _user_key(event: Event) -> str | None:
    """Whose conversation: the user, or the group/room the bot was added to."""
    source = getattr(event, "source", None)
    if source is None:
        return None
    for kind in ("group_id", "room_id"):
        if getattr(source, kind, None):
            return f"{kind}:{getattr(source, kind)}"
    return getattr(source, "user_id", None)


def _turn_of(event: Event) -> dict[str, str] | None:
    """The event as a turn: typed text, a tapped choice, or the greeting; None for events we ignore."""
    if isinstance(event, MessageEvent):
        if isinstance(event.message, TextMessageContent):
            # Lone surrogates and controls dropped: every message is answered (issue #15 L2).
            text = clean_text(event.message.text)
            return {"text": text} if text.strip() else {"choice": HELP}
        if isinstance(event.message, LocationMessageContent) and event.message.address:
            return {"text": clean_text(event.message.address)}  # a shared location: its address names the town
        return {"choice": MEDIA}  # a sticker or photo: a kind word and the way on, the conversation kept
    if isinstance(event, PostbackEvent):
        data = event.postback.data
        return {"choice": data if valid_choice(data) else HELP}
    if isinstance(event, FollowEvent):
        return {"choice": START}
    return None
