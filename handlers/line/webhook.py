"""LINE webhook: verify, parse, translate each event into a `Job`, accept it, answer LINE at once.

An event is accepted once its job is queued (then it is always worked off, also at shutdown); when the
queue stays full the webhook answers 503 and LINE may redeliver. A redelivery (same webhookEventId) is
answered once, events in standby mode not at all. The jobs run in this process or in LINE_WORKERS
worker processes (ops/shards.py); either way `handlers/line/replier.py` does the turn and the reply.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

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
from sqlalchemy.engine import Connection, Engine
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from core.conversation import HELP, Conversation
from core.settings import Settings
from core.turn import FOLLOW, LEAVE, LOCATION, MEDIA_EVENT, SeenIds
from handlers.limits import WEBHOOK_BODY_LIMIT, TooLarge, clean_text, read_body, too_large, valid_choice
from handlers.line.replier import Job, LineReplier
from ops import deliveries, turnorder
from ops.health import DATABASE_ERRORS, DatabaseHealth
from ops.metrics import METRICS
from ops.shards import Jobs, LocalJobs, ShardPool

log = logging.getLogger(__name__)
ACCEPT_WAIT = 5.0  # how long a webhook may wait for room in a full queue before answering 503
QUEUE_SIZE = 2000  # accepted events not yet answered, at most
# Events older than this (LINE's timestamp) are not processed: a signed body replayed later — also after a
# restart, when the ids seen are forgotten — does nothing. A reply token lives about a minute and no reply
# is attempted after 50 s (replier.REPLY_TOKEN_LIFE), so no resident misses an answer by it.
MAX_EVENT_AGE = 600.0
CLAIM_PREFIX = "line:"
_CLAIMS = ThreadPoolExecutor(max_workers=2, thread_name_prefix="line-claim")
CLAIM_WAIT = 2.0  # seconds the webhook waits to record its ids in the database, then goes on without
WORKERS = 64  # events worked on at once in one process (most of a turn's time is waiting on the API)


class LineChannel:
    """The LINE side of the server: one per process, started and stopped by the server's lifespan."""

    def __init__(self, settings: Settings, conversation: Conversation, *, worker_entry: str | None = None,
                 engine: Engine | None = None) -> None:
        """`worker_entry` ("module:function", an ops.shards `Entry`) is what each worker process runs when
        LINE_WORKERS > 0: its own conversation stack around a `LineReplier`, built by the composition root."""
        assert settings.line_channel_secret and settings.line_channel_access_token
        self.parser = WebhookParser(settings.line_channel_secret)
        self.seen = SeenIds()
        # The ids are also recorded in the database (ops/deliveries.py): a replay after a restart, or a
        # redelivery that reaches another replica, is a duplicate too.
        self.engine = engine
        # On PostgreSQL each accepted event also leaves a ticket: the resident's turns keep LINE's order
        # whichever replica works them (ops/turnorder.py, handlers/line/order.py).
        self.tickets = turnorder.postgresql(engine)
        self.key = conversation.store.key
        self.health: DatabaseHealth | None = getattr(conversation, "health", None)
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
        fresh: list[tuple[str, Job]] = []
        for event in events:
            if not isinstance(event, Event) or getattr(event, "mode", None) == "standby":
                continue  # another module of the channel (e.g. staff chatting by hand) has the user
            event_id = getattr(event, "webhook_event_id", None) or ""
            if event_id in self.seen or _stale(event) or (job := job_of(event)) is None:
                continue
            self.seen.add(event_id)  # before waiting for room: a redelivery meanwhile is a duplicate
            fresh.append((event_id, job))
        new = await self._claim({event_id: job for event_id, job in fresh if event_id})
        fresh = [(event_id, job) for event_id, job in fresh if not event_id or event_id in new]
        for n, (_, job) in enumerate(fresh):
            if not await self.jobs.submit(job.user, job, ACCEPT_WAIT):
                log.warning("LINE queue full: answering 503 so the rest is redelivered")
                for gone, _ in fresh[n:]:  # not accepted: their redelivery must be processed
                    self.seen.discard(gone)
                await self._release([gone for gone, _ in fresh[n:] if gone])
                return PlainTextResponse("busy", status_code=503)
        return PlainTextResponse("OK")

    async def _claim(self, jobs: dict[str, Job]) -> set[str]:
        """The ids not seen before by any process on the database (ops/deliveries.py), their tickets recorded
        on PostgreSQL; all of them when there is no database or it is away (then memory and the events' age
        decide)."""
        event_ids = list(jobs)
        if self.engine is None or not event_ids or (self.health is not None and not self.health.up):
            return set(event_ids)
        tickets = self._tickets(jobs) if self.tickets else None
        try:
            # Own threads: a database that hangs must not take the threads the conversation reads state with.
            claimed = await asyncio.wait_for(asyncio.get_running_loop().run_in_executor(
                _CLAIMS, deliveries.claim, self.engine, [CLAIM_PREFIX + i for i in event_ids], None, tickets),
                CLAIM_WAIT)
        except (TimeoutError, *DATABASE_ERRORS) as exc:
            if self.health is not None:
                self.health.failed(exc)  # a claim that times out: the next webhooks go on without waiting
            log.warning("LINE delivery ids not recorded (%s): going on with the ids in memory", type(exc).__name__)
            return set(event_ids)
        new = {i for i in event_ids if CLAIM_PREFIX + i in claimed}
        if len(new) < len(event_ids):
            METRICS.count("line.event.duplicate", len(event_ids) - len(new))
        return new

    def _tickets(self, jobs: dict[str, Job]) -> Callable[[Connection, set[str]], None]:
        """Records the tickets of the events claimed (in the claim's transaction)."""
        now = int(time.time() * 1000)
        rows = {CLAIM_PREFIX + i: (self.key("line", job.user), job.timestamp or now) for i, job in jobs.items()}

        def record(conn: Connection, new: set[str]) -> None:
            turnorder.enqueue(conn, [(key, *rows[key]) for key in sorted(new)])

        return record

    async def _release(self, event_ids: list[str]) -> None:
        if self.engine is None or not event_ids:
            return
        try:
            await asyncio.to_thread(_release_all, self.engine, [CLAIM_PREFIX + i for i in event_ids], self.tickets)
        except DATABASE_ERRORS as exc:
            log.warning("LINE delivery ids not released (%s)", type(exc).__name__)


def _release_all(engine: Engine, keys: list[str], tickets: bool) -> None:
    for key in keys:
        deliveries.release(engine, key)
        if tickets:  # not accepted: its ticket must not hold the resident's next events back
            turnorder.finish(engine, key)


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
    delivery = getattr(event, "webhook_event_id", None) or ""
    if isinstance(event, UnfollowEvent):
        return Job(user, {"event": LEAVE}, delivery=delivery)
    token = getattr(event, "reply_token", None)
    stamped = getattr(event, "timestamp", None)
    turn = _turn_of(event)
    if turn is None or not token:
        return None
    return Job(user, turn, token, stamped if isinstance(stamped, int) else None, delivery)


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
    """The event as an `Inbound`'s fields: typed text, a tapped choice, or an event; None for events we ignore."""
    if isinstance(event, MessageEvent):
        if isinstance(event.message, TextMessageContent):
            # Lone surrogates and controls dropped: every message is answered (issue #15 L2).
            text = clean_text(event.message.text)
            return {"text": text} if text.strip() else {"choice": HELP}
        if isinstance(event.message, LocationMessageContent) and event.message.address:
            # A shared location: its address names the town.
            return {"event": LOCATION, "text": clean_text(event.message.address)}
        return {"event": MEDIA_EVENT}  # a sticker or photo: a kind word and the way on, the conversation kept
    if isinstance(event, PostbackEvent):
        data = event.postback.data
        return {"choice": data if valid_choice(data) else HELP}
    if isinstance(event, FollowEvent):
        return {"event": FOLLOW}
    return None
