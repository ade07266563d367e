"""The channel-neutral turn: state in the database (hashed key, no words, expiry), special choices, order."""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib

import pytest
from sqlalchemy import text as sql

import core.state  # noqa: F401  (registers the table)
from core.conversation import (
    ABOUT,
    ABOUT_KEEPING_TEXT,
    HELP_TEXT,
    Conversation,
    SeenIds,
    option_data,
    paged,
    tel_uri,
)
from core.guide import Guide
from core.replies import Option
from core.state import Record, StateStore
from knowledge.db import create_tables


@pytest.fixture(scope="module")
def conversation(loaded_engine, index_cache):
    create_tables(loaded_engine)
    conv = Conversation(Guide(loaded_engine, index_cache), StateStore(loaded_engine, "salt-a", ttl_hours=24))
    yield conv
    conv.close()


def labels(reply):
    return [o.label for o in reply.options]


def pick(reply, starts: str) -> str:
    return next(o.id for o in reply.options if o.label.startswith(starts))


def test_guided_path_reaches_counters_and_the_handoff(conversation):
    reply = conversation.turn_sync("test", "u-guided", choice="start")
    assert len(reply.text.splitlines()) == 2 and "家族のこと" in labels(reply), "a short first message"
    about = conversation.turn_sync("test", "u-guided", choice=pick(reply, "個人情報について"))
    assert ABOUT.format(hours=24, days=90) in about.text, "the privacy notice is one tap away"
    reply = about
    for label in ("家族のこと", "高齢・介護", "認知症", "市内全域"):
        reply = conversation.turn_sync("test", "u-guided", choice=pick(reply, label))
    assert reply.cards and all(c.phones or c.unknown_note for c in reply.cards)
    handoff = conversation.turn_sync("test", "u-guided", choice=pick(reply, "紹介状"))
    assert "認知症" in handoff.text and "家族のこと" in handoff.text


def test_state_survives_a_restart(loaded_engine, index_cache, conversation):
    reply = conversation.turn_sync("test", "u-restart", choice="start")
    reply = conversation.turn_sync("test", "u-restart", choice=pick(reply, "家族のこと"))
    reply = conversation.turn_sync("test", "u-restart", choice=pick(reply, "障害"))
    # A new process: new Guide, new store object, same database.
    fresh = Conversation(Guide(loaded_engine, index_cache), StateStore(loaded_engine, "salt-a"))
    try:
        handoff = fresh.turn_sync("test", "u-restart", choice="handoff")
        back = fresh.turn_sync("test", "u-restart", choice="back")
    finally:
        fresh.close()
    assert "家族のこと" in handoff.text
    assert any(label.startswith("障害") for label in labels(back)), "戻る returns to the area step"


def test_the_row_holds_neither_words_nor_user_id(loaded_engine, conversation):
    words, user = "母の物忘れがひどく、お金の管理が心配です", "U-very-identifiable-id"
    reply = conversation.turn_sync("line", user, text=words)
    assert reply.cards
    key = hashlib.sha256(f"salt-a:line:{user}".encode()).hexdigest()
    with loaded_engine.connect() as conn:
        rows = conn.execute(sql("SELECT key, state FROM conversation_state")).all()
    assert key in {r.key for r in rows}
    dumped = " ".join(f"{r.key} {r.state}" for r in rows)
    assert user not in dumped
    for fragment in ("物忘れ", "お金の管理", "心配"):
        assert fragment not in dumped
    assert StateStore(loaded_engine, "salt-b").key("line", user) != key


def test_state_expires(loaded_engine):
    store = StateStore(loaded_engine, "salt-exp", ttl_hours=24)
    long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(hours=25)
    store.save("test", "u-old", Record({"step": "area", "who": "self"}), now=long_ago)
    store.save("test", "u-new", Record({"step": "area", "who": "self"}))
    assert store.load("test", "u-old") is None
    assert store.load("test", "u-new") is not None
    assert store.expire() >= 1
    with loaded_engine.connect() as conn:
        keys = {r.key for r in conn.execute(sql("SELECT key FROM conversation_state"))}
    assert store.key("test", "u-old") not in keys and store.key("test", "u-new") in keys


def test_an_expired_conversation_starts_afresh(loaded_engine, index_cache):
    store = StateStore(loaded_engine, "salt-exp2", ttl_hours=1)
    conv = Conversation(Guide(loaded_engine, index_cache), store)
    try:
        long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(hours=2)
        store.save("test", "u", Record({"step": "district", "who": "family", "topic": "ninchisho"}), now=long_ago)
        handoff = conv.turn_sync("test", "u", choice="handoff")
    finally:
        conv.close()
    assert "認知症" not in handoff.text and "家族のこと" not in handoff.text
    assert "（未選択）" not in handoff.text and "窓口でお話しください" not in handoff.text, "nothing blank"
    assert "まだ窓口を選んでいません" in handoff.text


def test_more_pages_through_the_options_last_offered(loaded_engine, conversation):
    offered = [(f"c:x{i}", f"窓口{i}") for i in range(30)]
    conversation.store.save("test", "u-more", Record({"step": "answered"}, offered))
    first = conversation.turn_sync("test", "u-more", choice="more:12")
    assert [o.id for o in first.options] == [o for o, _ in offered[12:]]
    second = conversation.turn_sync("test", "u-more", choice="more:12")
    assert [o.id for o in second.options] == [o for o, _ in offered[24:]]
    third = conversation.turn_sync("test", "u-more", choice="more:12")
    assert "もう使えません" in third.text
    shown = paged([Option(i, label) for i, label in offered], 13)
    assert len(shown) == 13 and shown[-1].id == "more:12" and shown[-1].label == "もっと見る"


def test_a_reference_stands_for_a_long_option_id(conversation):
    long_id = "c:" + "x" * 80
    options = [Option("w:self", "自分"), Option(long_id, "長い")]
    assert option_data(options, 0, 64) == "w:self"
    assert option_data(options, 1, 64) == "#1"
    conversation.store.save("test", "u-ref", Record({}, [(o.id, o.label) for o in options]))
    reply = conversation.turn_sync("test", "u-ref", choice="#0")
    assert "どの分野" in reply.text  # "#0" was w:self: the area question follows


def test_help_find_and_emergency(conversation):
    assert conversation.turn_sync("test", "u-h", choice="help").text == HELP_TEXT
    find = conversation.turn_sync("test", "u-h", choice="find")
    assert any(label.startswith("高齢・介護") for label in labels(find))
    sos = conversation.turn_sync("test", "u-h", choice="sos")
    assert {"110", "119"} <= {x.number for x in sos.emergency}


def test_about_says_not_an_emergency_service_and_keeps_no_words():
    assert "緊急通報の窓口ではありません" in ABOUT and "保存しません" in ABOUT


def test_turns_of_one_resident_run_in_order_and_others_in_parallel(conversation):
    order: list[str] = []

    async def main() -> None:
        b_ran = asyncio.Event()  # a's first turn ends only once b's turn has run

        async def one(user: str, tag: str, until: asyncio.Event | None = None) -> None:
            async with conversation.serial("test", user):
                if until is not None:
                    await until.wait()
                order.append(tag)
                if user == "b":
                    b_ran.set()

        turns = asyncio.gather(one("a", "a1", until=b_ran), one("a", "a2"), one("b", "b1"))
        await asyncio.wait_for(turns, 10)  # b waiting behind a would never end

    asyncio.run(main())
    assert order == ["b1", "a1", "a2"], "a's turns in order, b's not behind them"


def test_a_resident_s_turn_lock_is_dropped_when_idle(conversation):
    """Memory: a lock per resident is kept only while they have a turn running or waiting."""
    import tracemalloc

    async def turns(prefix: str, n: int) -> None:
        for i in range(n):
            async with conversation.serial("test", f"{prefix}{i}"):
                pass

    asyncio.run(turns("warm-", 100))
    tracemalloc.start()
    try:
        before = tracemalloc.take_snapshot()
        asyncio.run(turns("idle-", 5000))
        after = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    grown = sum(d.size_diff for d in after.compare_to(before, "filename") if d.size_diff > 0)
    assert grown < 500_000, f"{grown} bytes kept after 5,000 residents' turns"


def test_seen_ids_are_bounded():
    seen = SeenIds(size=3)
    for i in range(5):
        seen.add(str(i))
    assert "4" in seen and "0" not in seen


def test_tel_uri():
    assert tel_uri("0467-23-3000") == "tel:0467233000"
    assert tel_uri("#8008") == "tel:%238008"


def test_write_behind_serves_its_pending_saves_and_commits_them(loaded_engine):
    from core.state import WriteBehind

    store = StateStore(loaded_engine, "salt-wb")
    writer = WriteBehind(store)
    try:
        writer.save("test", "u-wb", Record({"step": "area", "who": "family"}))
        pending = writer.load("test", "u-wb")
        assert pending is not None and pending.dialogue["who"] == "family", "the next turn sees the save at once"
        writer.save("test", "u-gone", Record({"step": "area"}))
        writer.forget("test", "u-gone")
        assert writer.load("test", "u-gone") is None
    finally:
        writer.close()
    committed = store.load("test", "u-wb")
    assert committed is not None and committed.dialogue["who"] == "family", "close commits what was pending"
    assert store.load("test", "u-gone") is None


def test_a_conversation_over_write_behind_survives_close(loaded_engine, index_cache):
    from core.state import WriteBehind

    conv = Conversation(Guide(loaded_engine, index_cache), WriteBehind(StateStore(loaded_engine, "salt-wb2")))
    reply = conv.turn_sync("test", "u", choice="start")
    reply = conv.turn_sync("test", "u", choice=pick(reply, "家族のこと"))
    conv.close()
    again = Conversation(Guide(loaded_engine, index_cache), StateStore(loaded_engine, "salt-wb2"))
    assert "家族のこと" in again.turn_sync("test", "u", choice="handoff").text


def test_the_greeting_says_so_when_the_operator_keeps_message_text(loaded_engine, index_cache):
    keeping = Conversation(Guide(loaded_engine, index_cache), StateStore(loaded_engine, "salt-k"), keeps_text=True, review_days=30)
    text = keeping.turn_sync("test", "u-keep", choice="start").text
    assert "記録します" in text and "保存しません" not in text
    text = keeping.turn_sync("test", "u-keep", choice="about").text
    assert ABOUT_KEEPING_TEXT.format(hours=24, days=30) in text and "保存しません" not in text
    assert "30日で消します" in text


def test_tel_uri_of_a_full_width_number_dials_it():
    """Issue #15 H2: １１０ was stripped to 'tel:' (LINE refuses a reply with such a button)."""
    assert tel_uri("１１０") == "tel:110"
    assert tel_uri("０４６７－２３－３０００") == "tel:0467233000"
    assert tel_uri("＃８００８") == "tel:%238008"


def test_feedback_rides_on_the_reply_and_reaches_the_hook(loaded_engine, index_cache):
    """「役に立ちましたか？」: the answer is on the turn's Reply (`feedback`) and told to `on_feedback` (counts only)."""
    told: list[tuple[str, object]] = []
    conv = Conversation(Guide(loaded_engine, index_cache), StateStore(loaded_engine, "salt-fb"),
                        on_feedback=lambda channel, user, fb: told.append((channel, fb)))
    try:
        answer = conv.turn_sync("test", "u-fb", text="介護保険の申請をしたい")
        assert {"はい", "いいえ", "別の窓口を探す", "市役所に電話する"} <= set(labels(answer))
        no = conv.turn_sync("test", "u-fb", choice=pick(answer, "いいえ"))
    finally:
        conv.close()
    assert no.feedback is not None and no.feedback.answer == "no" and no.feedback.counter == "kaigo-hoken"
    assert told == [("test", no.feedback)]
    assert "fukushi-sogo-soudan" in [c.entry_id for c in no.cards], "いいえ offers the all-round counter"


def test_a_sticker_gets_a_kind_word_and_keeps_the_conversation(conversation):
    answer = conversation.turn_sync("test", "u-media", text="介護保険の申請をしたい")
    media = conversation.turn_sync("test", "u-media", choice="media")
    assert "スタンプ" in media.text and "紹介状をつくる" in labels(media)
    again = conversation.turn_sync("test", "u-media", text="電話番号は？")
    assert again.cards and again.cards[0].entry_id == answer.cards[0].entry_id


def test_a_no_is_a_question_for_the_staff_review():
    """bot/runtime.py wires on_feedback: 「いいえ」 becomes an `unhelpful` review row (topic, district, no words)."""
    from backoffice import review
    from core.replies import Feedback
    from tests.conftest import settings_for_tests

    settings = settings_for_tests()
    row = review.unhelpful(settings, Feedback("no", "kaigo-hoken", "kaigo", "area-ofuna"), channel="line", user_id="U1")
    assert row is not None and row.kind == "unhelpful" and row.kind in review.KINDS
    assert row.topic_ids == ["kaigo"] and row.district_id == "area-ofuna" and row.text is None
    assert row.user_key == review.user_key(settings, "line", "U1")
    assert review.unhelpful(settings, Feedback("yes", "kaigo-hoken"), channel="line", user_id="U1") is None
