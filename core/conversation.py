"""The channel-neutral turn: `Conversation.handle(Inbound) -> Outcome` (core/turn.py) → redelivery check,
one turn at a time per resident, rate limit → load state → Dialogue → save → Reply.

LINE, Telegram, the web chat, `chat --jsonl` and the terminal chat all call `handle`; what they share
(greeting, help, short option references, paging, card facts, redelivery memory, one-turn-at-a-time per
resident) lives here, so a channel only parses, renders and sends.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
import unicodedata
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import replace
from urllib.parse import quote

from core.dialogue import EMERGENCY, HANDOFF, Dialogue, State
from core.guide import Guide
from core.messages import city_words, register, say
from core.ratelimit import RateLimit, Verdict
from core.replies import Card, Fact, Feedback, Option, Reply
from core.router import Router, RouteResult
from core.state import MISSING, Missing, Record, StateStore, WriteBehind
from core.turn import FOLLOW, LEAVE, LOCATION, MEDIA_EVENT, Deliver, Inbound, Outcome, ResidentLocks, SeenIds
from knowledge.city import City, on_city
from ops.health import DATABASE_ERRORS, DatabaseHealth
from ops.logs import describe
from ops.metrics import METRICS

log = logging.getLogger(__name__)

# Choices the conversation answers itself (the dialogue knows w:/a:/t:/d:/c:/o:, back, restart, …).
START, HELP, FIND, ABOUT_CHOICE = "start", "help", "find", "about"
MEDIA = "media"  # a sticker, photo or other message without words: a kind reply, the conversation kept
MORE = "more:"  # "more:12": the options last offered, from the 12th on (a channel that pages them)
REF = "#"  # "#3": the 3rd option last offered (for an id too long for a channel's button data)
MAX_TEXT = 1000  # longer messages are cut before routing: nobody's problem needs more to be found
RECHECK_KNOWLEDGE = 1.0  # seconds: a staff publish reaches the conversation within this (one query a check)

ABOUT_TEMPLATE = ("こちらは{city}の福祉の相談窓口をご案内する自動応答です。困りごとに合う窓口と、"
         "電話番号・受付時間をお知らせします。\n"
         "※ 緊急通報の窓口ではありません。命の危険があるときは 119（救急）・110（警察）へ電話してください。\n"
         "※ 書いていただいた言葉は保存しません。会話の続きのために、選んだ項目（分野・地域など）だけを、"
         "どなたか分からない形で{hours}時間だけ記録します。うまく答えられなかった質問は、案内をよくするために"
         "分野・地域だけを同じ形で記録し、{days}日で消します。")
HELP_TEMPLATE = ("使い方\n"
             "・困っていることを、そのまま書いて送ってください（例:「母の物忘れが心配」「家賃が払えない」）。\n"
             "・ボタンで「だれのことか → 分野 → 内容 → 地域」と選んでいくこともできます。\n"
             "・「戻る」で一つ前に、「最初から」でやり直し。「紹介状をつくる」で窓口に見せる要約を表示します。\n"
             "・緊急のときは「緊急のとき」を押すか、119（救急）・110（警察）へ。\n"
                 "・この案内で分からないことは{hall}（代表 {main}）へ。")
FIND_TEXT = ("困っていることを、そのまま書いて送ってください（例:「母の物忘れが心配」）。"
             "分野から選ぶこともできます。")
MORE_TEXT = "ほかの選択肢です。"
URGENT_TEMPLATE = "急ぎのご相談は{hall}（代表 {main}）へ。命の危険があるときは 119（救急）・110（警察）へ電話してください。"
ABOUT = ABOUT_KEEPING_TEXT = HELP_TEXT = URGENT = BUSY_TEXT = SLOW_DOWN_TEXT = ""  # the active city's: below


def _city_texts(_city: City) -> None:
    """The texts above with the active city's name and main number (data/city.yaml), made again when another
    city's data folder is activated; ABOUT keeps {hours} and {days} for the settings."""
    global ABOUT, ABOUT_KEEPING_TEXT, HELP_TEXT, URGENT, BUSY_TEXT, SLOW_DOWN_TEXT
    words = city_words("ja")
    ABOUT = ABOUT_TEMPLATE.replace("{city}", words["city"])
    # The operator has turned on KEEP_MESSAGE_TEXT: the greeting must say so.
    ABOUT_KEEPING_TEXT = ABOUT.replace(
        "※ 書いていただいた言葉は保存しません。", "※ 書いていただいた言葉は、うまく答えられなかった質問に限り記録します。"
    ).replace("分野・地域だけを同じ形で記録し", "文面と分野・地域を記録し")
    HELP_TEXT = HELP_TEMPLATE.format(**words)
    URGENT = URGENT_TEMPLATE.format(**words)
    BUSY_TEXT = f"ただいま混み合っています。少し時間をおいて、もう一度お試しください。\n{URGENT}"
    SLOW_DOWN_TEXT = f"短い間にたくさんのメッセージが届きました。少し待ってから、もう一度送ってください。\n{URGENT}"


on_city(_city_texts)


def slow_down_text() -> str:
    """SLOW_DOWN_TEXT of the active city (a module that imported the name keeps the city it had then)."""
    return SLOW_DOWN_TEXT
# Waits (seconds) for the database before answering without it: a LINE reply token outlives them.
DATABASE_RETRY = (0.5, 1.0, 2.0, 4.0)
# Choices that mean the same from a fresh start (no remembered options needed).
STATELESS_CHOICES = frozenset({START, HELP, FIND, EMERGENCY, ABOUT_CHOICE, MEDIA})


class Conversation:
    """One per process. Routing and the dialogue run on the event loop's thread: a step is short CPU
    work under the GIL (a 1,000-character message routes in ~40 ms, a tap in ~1 ms), and handing it
    to a worker thread halved the throughput in bench/line_load.py (thread hand-offs). The Sudachi
    tokenizer is not thread-safe: each thread has its own (knowledge/text.py), so `reload` builds a new
    router in a thread while the loop routes. The server's store writes behind
    (core/state.py `WriteBehind`), so a turn never waits for the database's write lock."""

    def __init__(self, guide: Guide, store: StateStore | WriteBehind,
                 on_routed: Callable[[str, str, RouteResult], None] | None = None, *,
                 limit: RateLimit | None = None, health: DatabaseHealth | None = None,
                 recheck: bool = True, keeps_text: bool = False, review_days: int = 90,
                 on_forget: Callable[[str, str], Awaitable[None]] | None = None,
                 on_feedback: Callable[[str, str, Feedback], None] | None = None) -> None:
        self.guide = guide
        self.store = store
        # Told of every typed message's routing (the staff review of unanswered questions listens).
        self.on_routed = on_routed
        self.limit = limit
        self.health = health
        # False: the server's knowledge watcher calls `reload` (built off the loop); no query here.
        self.recheck = recheck
        # What the greeting tells residents about what is kept (KEEP_MESSAGE_TEXT, the review's retention).
        self.keeps_text = keeps_text
        self.review_days = review_days
        self.on_forget = on_forget  # also forget what others keep of the resident (the staff review)
        # Told of every answer to 「役に立ちましたか？」 (counts per counter/topic/district; a "no" is a question
        # for the staff review). The same value rides on the turn's Reply as `feedback`.
        self.on_feedback = on_feedback
        self._routed: RouteResult | None = None
        self._locks = ResidentLocks()
        self._delivered = SeenIds(10_000)  # delivery ids answered in this process (a redelivery is skipped)
        self._router: Router | None = None
        self._router_checked = 0.0

    # --- async surface (channels) ---------------------------------------------------------------------
    async def handle(self, inbound: Inbound, deliver: Deliver | None = None) -> Outcome:
        """THE entry of a turn, for every channel: a redelivery is skipped, the resident's turns run one
        at a time (`deliver`, the channel's render-and-send, runs inside, so replies keep the messages'
        order), the rate limit applies, the state is loaded and saved. `reply` None: nothing to send.

        `lang` (ja / easy / en) sets the register of this reply and of the next ones; without it the
        register follows the resident's words (English in, English out) and stays across taps. When the
        database stays unreachable through DATABASE_RETRY, the answer comes without it (see
        `without_database`): every message gets exactly one reply.
        """
        if inbound.event == LEAVE:
            await self.forget(inbound.channel, inbound.resident)  # blocked or left: nothing of theirs is kept
            return Outcome(None, skipped="left")
        async with self.serial(inbound.channel, inbound.resident):
            if inbound.delivery in self._delivered:
                METRICS.count("turn.duplicate")
                return Outcome(None, skipped="duplicate")
            outcome = await self._answer(inbound)
            self._delivered.add(inbound.delivery)
            if outcome.reply is not None and deliver is not None:
                await deliver(outcome.reply)
            return outcome

    async def turn(self, channel: str, user_id: str, *, text: str | None = None,
                   choice: str | None = None, lang: str | None = None) -> Reply | None:
        """`handle` for a caller that only wants the reply (tests, benchmarks)."""
        return (await self.handle(Inbound(channel, user_id, text=text, choice=choice, lang=lang))).reply

    async def _answer(self, inbound: Inbound) -> Outcome:
        """Rate limit, then the turn over the resident's state (retrying a database that is away)."""
        channel, user_id, lang = inbound.channel, inbound.resident, inbound.lang
        text, choice = _words_of(inbound)
        if self.limit is not None:
            verdict = self.limit.hit(self.store.key(channel, user_id))
            if verdict is not Verdict.OK:
                METRICS.count("turn.rate_limited")
                return Outcome(Reply(SLOW_DOWN_TEXT)) if verdict is Verdict.TELL else Outcome(None, skipped="limited")
        for delay in (*DATABASE_RETRY, None):
            try:
                loaded = await self._load_off_loop(channel, user_id)
                return self._turn(channel, user_id, text, choice, loaded, lang)
            except DATABASE_ERRORS as exc:
                if self.health is not None:
                    self.health.failed(exc)
                if delay is None:
                    break
                await asyncio.sleep(delay)
        METRICS.count("turn.without_database")
        return Outcome.answered(self.without_database(text, choice, lang), self._router)

    async def _load_off_loop(self, channel: str, user_id: str) -> Record | None | Missing:
        """A record not in memory is read in a thread: the event loop must not wait on the network
        round trip to the database (a third of its time under load on PostgreSQL)."""
        if not isinstance(self.store, WriteBehind):
            return MISSING
        record = self.store.cached(channel, user_id)
        if isinstance(record, Missing):
            record = await asyncio.to_thread(self.store.load, channel, user_id)
        return record

    def without_database(self, text: str | None, choice: str | None, lang: str | None = None) -> Reply:
        """The answer when the resident's conversation cannot be read: a typed message is answered
        from the knowledge in memory as a new conversation (crisis lines included), a start, help or
        emergency choice likewise; a tap that needs the remembered options gets BUSY_TEXT."""
        if (choice is None and text) or choice in STATELESS_CHOICES:
            reply, _ = self.step(Record(), text, choice, lang)
            self._routed = None  # the review would need the database too
            return reply
        return Reply(BUSY_TEXT, options=[Option(START, say("opt_restart", register(lang))),
                                         Option(EMERGENCY, say("opt_emergency", register(lang)))])

    async def forget(self, channel: str, user_id: str) -> None:
        """The resident blocked or left: nothing of theirs is kept."""
        self.store.forget(channel, user_id)
        if self.on_forget is not None:
            await self.on_forget(channel, user_id)

    def close(self) -> None:
        """Commit the states still being written."""
        if isinstance(self.store, WriteBehind):
            self.store.close()

    @property
    def residents_held(self) -> int:
        """Residents whose turn holds a lock now (0 when idle: no lock outlives its turns)."""
        return len(self._locks)

    @property
    def router(self) -> Router:
        """The guide's router; with `recheck`, asking it for a knowledge publish at most once a
        RECHECK_KNOWLEDGE (a database that is away meanwhile leaves the router as it was)."""
        now = time.monotonic()
        if self._router is None:
            self._router, self._router_checked = self.guide.current, now
        elif self.recheck and now - self._router_checked > RECHECK_KNOWLEDGE:
            self._router_checked = now
            try:
                self._router = self.guide.router
            except DATABASE_ERRORS as exc:
                if self.health is not None:
                    self.health.failed(exc)
        return self._router

    async def reload(self, generation: int) -> None:
        """Use the knowledge of `generation` (the server's watcher saw a staff publish): the new router is
        built in a thread (reading the database and indexing take seconds, with that thread's own
        tokenizer) while the loop goes on answering with the old one, then swapped in on the loop."""
        router = await asyncio.to_thread(self.guide.build, generation)
        self._router = self.guide.install(router)

    @asynccontextmanager
    async def serial(self, channel: str, user_id: str) -> AsyncIterator[None]:
        """One turn at a time per resident, so replies keep the order of the messages (FIFO lock;
        re-entrant, so a channel holding it may call `handle` inside)."""
        async with self._locks.hold(self.store.key(channel, user_id)):
            yield

    # --- the turn -----------------------------------------------------------------------------------
    def turn_sync(self, channel: str, user_id: str, text: str | None = None, choice: str | None = None,
                  loaded: Record | None | Missing = MISSING, lang: str | None = None) -> Reply:
        """The turn's reply, synchronously (tests, benchmarks; no lock, no rate limit)."""
        reply = self._turn(channel, user_id, text, choice, loaded, lang).reply
        assert reply is not None
        return reply

    def _turn(self, channel: str, user_id: str, text: str | None, choice: str | None,
              loaded: Record | None | Missing, lang: str | None) -> Outcome:
        """Load the state (unless `loaded` already is), step, save, tell the review and the counts:
        no waiting with a WriteBehind store."""
        record = self.store.load(channel, user_id) if isinstance(loaded, Missing) else loaded
        reply, record = self.step(record or Record(), text, choice, lang)
        self.store.save(channel, user_id, record)
        routed, self._routed = self._routed, None
        if routed is not None and self.on_routed is not None:
            try:
                self.on_routed(channel, user_id, routed)
            except Exception as exc:  # the review is a staff aid: it must never cost a resident their answer
                log.error("recording a question for review failed: %s", describe(exc))
        if reply.feedback is not None and self.on_feedback is not None:
            try:
                self.on_feedback(channel, user_id, reply.feedback)
            except Exception as exc:  # a count is a staff aid, like the review
                log.error("recording feedback failed: %s", describe(exc))
        return Outcome.answered(reply, self._router, routed)

    def step(self, record: Record, text: str | None, choice: str | None,
             lang: str | None = None) -> tuple[Reply, Record]:
        """The reply to a message or a choice, and the record to keep (no I/O but a publish check)."""
        dialogue = Dialogue(self.router)
        state = State.from_dict(record.dialogue)
        if lang is not None:
            state.lang, state.lang_chosen = register(lang), True
        if choice is not None:
            choice = resolve_ref(choice, record)
            if choice.startswith(MORE):
                return self._more(record, choice), record
        if choice == START:
            # Two lines: what the bot does, and that words are not kept; the full notice is one tap away.
            chosen = state.lang_chosen
            state, reply = dialogue.start(state.lang, "privacy_short_keeping" if self.keeps_text else "privacy_short")
            state.lang_chosen = chosen
            reply.options += [Option(ABOUT_CHOICE, say("opt_privacy", state.lang))]
        elif choice == ABOUT_CHOICE:
            hours = round(self.store.ttl.total_seconds() / 3600)
            about = ABOUT_KEEPING_TEXT if self.keeps_text else ABOUT
            reply = Reply(about.format(hours=hours, days=self.review_days),
                          options=dialogue.start(state.lang)[1].options, lang=state.lang)
        elif choice == HELP:
            reply = Reply(HELP_TEXT, options=dialogue.start(state.lang)[1].options)
        elif choice == MEDIA:
            reply = Reply(say("st_media", state.lang), lang=state.lang,
                          options=dialogue._tail(state.lang, person=True) if state.shown
                          else dialogue.start(state.lang)[1].options)
        elif choice == FIND:
            state = State(step="area", lang=state.lang, lang_chosen=state.lang_chosen, district=state.district)
            # The area step of the guided path, entered directly (rich menu 「窓口を探す」).
            reply = Reply(FIND_TEXT, options=dialogue._area_options(state.lang) + dialogue._nav(state.lang))
        else:
            state, reply = dialogue.handle(state, text=(text or "")[:MAX_TEXT] or None, choice=choice, lang=lang)
            self._routed = dialogue.last_result
        if reply.note:  # the 紹介状 is made: no 「紹介状をつくる」 under it
            reply = replace(reply, options=[o for o in reply.options if o.id != HANDOFF])
        # Shallow: the history entries are plain dicts already (State.to_dict deep-copies them).
        kept = {name: getattr(state, name) for name in State.__dataclass_fields__}
        return reply, Record(kept, [(o.id, o.label) for o in reply.options])

    @staticmethod
    def _more(record: Record, choice: str) -> Reply:
        """The options past those shown (the record moves its page offset on)."""
        shown = choice.removeprefix(MORE)
        record.offset += int(shown) if shown.isdigit() else len(record.options)
        rest = record.options[record.offset:]
        if not rest:
            return Reply("その選択肢はもう使えません。もう一度選んでください。",
                         options=[Option(START, "最初から")])
        return Reply(MORE_TEXT, options=[Option(i, label) for i, label in rest])


def _words_of(inbound: Inbound) -> tuple[str | None, str | None]:
    """The inbound message as the dialogue takes it: typed text and a tapped choice (events become one)."""
    if inbound.event == FOLLOW:
        return None, START
    if inbound.event == MEDIA_EVENT or (inbound.event == LOCATION and not (inbound.text or "").strip()):
        return None, MEDIA
    return inbound.text, inbound.choice


# --- option data for a channel's buttons ------------------------------------------------------------
def option_data(options: list[Option], index: int, max_bytes: int) -> str:
    """The button data of options[index]: its id, or "#index" when the id is too long for the channel."""
    data = options[index].id
    return data if len(data.encode()) <= max_bytes else f"{REF}{index}"


def resolve_ref(choice: str, record: Record) -> str:
    """"#i" → the id of the i-th option on the page last shown; any other choice unchanged."""
    index = record.offset + int(choice[1:]) if choice.startswith(REF) and choice[1:].isdigit() else -1
    return record.options[index][0] if 0 <= index < len(record.options) else choice


def paged(options: list[Option], limit: int, more_label: str = "もっと見る") -> list[Option]:
    """At most `limit` options; a longer list ends with 「もっと見る」 (choice "more:N": past the N shown)."""
    if len(options) <= limit:
        return options
    return options[:limit - 1] + [Option(f"{MORE}{limit - 1}", more_label)]


# --- card facts shared by every channel's rendering -----------------------------------------------
def tel_uri(number: str) -> str:
    """tel: URI of a printed number (「0000-00-0000」, 「#8008」); full-width digits (１１０) count as ASCII."""
    return "tel:" + quote(re.sub(r"[^0-9+#*]", "", unicodedata.normalize("NFKC", number)), safe="+*")


def card_sources(card: Card) -> list[Fact]:
    """Each distinct source behind the card's facts, with the date it was last checked."""
    seen: dict[str, Fact] = {}
    for f in (*card.phones, *card.places, *card.hours):
        if f.source and f.source not in seen:
            seen[f.source] = f
    return list(seen.values())
