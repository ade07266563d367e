"""The turn contract (core/turn.py): every channel hands an `Inbound` to `Conversation.handle` and renders the
`Outcome`; a redelivery is answered once, a resident who leaves is forgotten, a knowledge rebuild after a
publish runs in a thread while residents are answered, and the terminal chat is a channel like the others."""

from __future__ import annotations

import asyncio
import io
import threading
from typing import Any

import pytest

import core.state  # noqa: F401  (registers the table)
import knowledge.text
from core.conversation import Conversation
from core.guide import Guide
from core.replies import Reply
from core.state import StateStore
from core.turn import FOLLOW, LEAVE, MEDIA_EVENT, Inbound
from handlers.terminal import run_terminal_chat
from knowledge.db import create_tables

GUARD = 60.0  # seconds: only stops a broken test from hanging; nothing is timed


@pytest.fixture()
def conversation(loaded_engine, index_cache):
    create_tables(loaded_engine)
    conv = Conversation(Guide(loaded_engine, index_cache), StateStore(loaded_engine, "salt-turn"), recheck=False)
    yield conv
    conv.close()


def test_a_redelivered_message_is_answered_and_sent_once(conversation):
    sent: list[Reply] = []

    async def deliver(reply: Reply) -> None:
        sent.append(reply)

    async def main() -> tuple[Any, Any]:
        message = Inbound("line", "u-dup", text="介護保険の申請をしたい", delivery="ev-1")
        return await conversation.handle(message, deliver), await conversation.handle(message, deliver)

    first, again = asyncio.run(main())
    assert first.reply is not None and first.reply.cards, "the message is answered with counters"
    assert first.routed is not None and first.kb is not None, "the outcome says what was routed, from what"
    assert again.reply is None and again.skipped == "duplicate"
    assert sent == [first.reply], "one reply reached the channel"


def test_events_follow_media_and_leave(conversation):
    store = conversation.store

    async def main() -> tuple[Any, Any, Any]:
        hello = await conversation.handle(Inbound("telegram", "u-ev", event=FOLLOW))
        sticker = await conversation.handle(Inbound("telegram", "u-ev", event=MEDIA_EVENT))
        gone = await conversation.handle(Inbound("telegram", "u-ev", event=LEAVE))
        return hello, sticker, gone

    hello, sticker, gone = asyncio.run(main())
    assert hello.reply is not None and "個人情報について" in [o.label for o in hello.reply.options]
    assert sticker.reply is not None and sticker.reply.options, "a sticker gets a kind word and the way on"
    assert gone.reply is None and gone.skipped == "left"
    assert store.load("telegram", "u-ev") is None, "nothing of a resident who left is kept"
    with pytest.raises(ValueError):
        Inbound("line", "u", event="shake")


def test_a_channel_holding_the_residents_turn_can_still_hand_it_in(conversation):
    """Telegram keeps a chat's updates in order by holding its turn around the whole update."""
    async def main() -> Reply | None:
        async with conversation.serial("telegram", "u-held"):
            outcome = await asyncio.wait_for(conversation.handle(Inbound("telegram", "u-held", text="家賃が払えない")),
                                             GUARD)
        return outcome.reply

    reply = asyncio.run(main())
    assert reply is not None and reply.cards
    assert conversation.residents_held == 0


def test_a_turn_is_answered_while_the_knowledge_is_rebuilt_in_a_thread(conversation, monkeypatch):
    guide = conversation.guide
    old = conversation.router
    started, release = threading.Event(), threading.Event()
    builder_tokenizer: list[object] = []
    build = guide.build

    def blocked_build(generation: int):
        builder_tokenizer.append(knowledge.text.tokenizer())
        started.set()
        assert release.wait(GUARD), "the test never released the builder"
        return build(generation)

    monkeypatch.setattr(guide, "build", blocked_build)

    async def main() -> tuple[Any, bool]:
        reload = asyncio.create_task(conversation.reload(old.kb.generation + 1))
        assert await asyncio.to_thread(started.wait, GUARD), "the rebuild started"
        outcome = await conversation.handle(Inbound("web", "u-reload", text="介護保険の申請をしたい"))
        rebuilding = not reload.done()
        release.set()
        await reload
        return outcome, rebuilding

    outcome, rebuilding = asyncio.run(main())
    assert rebuilding, "the rebuild was still under way when the turn was answered"
    assert outcome.reply is not None and outcome.reply.cards and outcome.kb is old.kb, "answered from the old router"
    assert conversation.router is not old and conversation.router.kb.generation == old.kb.generation + 1
    assert guide.generation == old.kb.generation + 1, "the new router is the guide's too"
    assert builder_tokenizer[0] is not knowledge.text.tokenizer(), "the builder thread has its own tokenizer"


def test_the_terminal_chat_is_a_channel_over_the_conversation(guide, settings):
    stdin = io.StringIO("5\n介護保険の申請をしたい\n1\nq\n")
    stdout = io.StringIO()
    assert run_terminal_chat(guide, settings, stdin, stdout) == 0
    out = stdout.getvalue()
    assert "5. 個人情報について" in out and "保存しません" in out, "the greeting and the privacy notice"
    assert "介護保険" in out and "役に立ちましたか" in out, "a typed question gets counters"
    assert out.rstrip().endswith("ご利用ありがとうございました。")
