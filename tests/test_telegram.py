"""Telegram over real HTTP: webhook updates into the real server, Bot API calls recorded by a fake."""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from bot.server import create_app
from tests.fakes import (
    Stack,
    post_line,
    post_telegram,
    running_stack,
    server_settings,
    telegram_barrier,
    tg_callback,
    tg_message,
    wait_until,
)
from tests.fakes import line_event as _line_event

_chats = itertools.count(7_000_001)


@pytest.fixture(scope="module", name="stack")
def stack_fixture(loaded_engine: Any) -> Iterator[Stack]:
    """The running stack without the per-resident rate limit: every update here is followed by a sentinel
    from the same chat (`send`), which doubles the turns past the limit's burst (the limit: test_faults.py)."""
    yield from running_stack(loaded_engine, rate_limit_per_minute=0)


def new_chat() -> int:
    return next(_chats)


def send(stack, chat: int, update: dict[str, Any], count: int = 1) -> list[dict[str, Any]]:
    """Post an update; all the messages it caused (at least `count`): a sentinel from the same chat, answered
    in the chat's turn after it, marks the end of its reply (a reply may be several messages)."""
    before = len(stack.telegram.sent(chat))
    response = post_telegram(stack.http, update)
    assert response.status_code == 200
    marker = telegram_barrier(stack.http, stack.telegram, chat)
    messages = stack.telegram.sent(chat, before=marker)[before:]
    assert len(messages) >= count
    return messages


def buttons(messages: list[dict[str, Any]]) -> list[dict[str, str]]:
    with_kb = [m for m in messages if "reply_markup" in m]
    assert len(with_kb) == 1 and with_kb[0] is messages[-1], "the keyboard rides on the last message"
    return [b for row in with_kb[0]["reply_markup"]["inline_keyboard"] for b in row]


def tap(stack, chat: int, messages: list[dict[str, Any]], starts: str) -> list[dict[str, Any]]:
    data = next(b["callback_data"] for b in buttons(messages) if b["text"].startswith(starts))
    return send(stack, chat, tg_callback(chat, data))


def text_of(messages: list[dict[str, Any]]) -> str:
    return "\n".join(m["text"] for m in messages)


def test_a_wrong_or_missing_secret_gets_403_and_nothing_is_sent(stack):
    chat = new_chat()
    for secret in (None, "", "wrong-secret"):
        assert post_telegram(stack.http, tg_message(chat, "/start"), secret=secret).status_code == 403
    marker = telegram_barrier(stack.http, stack.telegram, chat)
    assert stack.telegram.sent(chat, before=marker) == []


def test_start_greets_with_an_inline_keyboard(stack):
    chat = new_chat()
    messages = send(stack, chat, tg_message(chat, "/start"))
    greeting = text_of(messages)
    assert "緊急通報の窓口ではありません" in greeting and "保存しません" in greeting
    keys = buttons(messages)
    assert "家族のこと" in [b["text"] for b in keys]
    assert all(len(b["callback_data"].encode()) <= 64 for b in keys)
    assert all(m["parse_mode"] == "HTML" and len(m["text"]) <= 4096 for m in messages)


def test_a_whole_guided_conversation_by_buttons(stack):
    chat = new_chat()
    messages = send(stack, chat, tg_message(chat, "/start"))
    for label in ("家族のこと", "高齢・介護", "認知症"):
        messages = tap(stack, chat, messages, label)
        assert all(len(b["callback_data"].encode()) <= 64 for b in buttons(messages))
    messages = tap(stack, chat, messages, "市内全域")
    cards = [m for m in messages if m["text"].startswith("<b>■")]
    assert cards and all("電話: " in c["text"] or "未確認" in c["text"] for c in cards)
    messages = tap(stack, chat, messages, "紹介状")
    assert "認知症" in text_of(messages) and "家族のこと" in text_of(messages)


def test_the_callback_is_answered_before_the_reply(stack):
    chat = new_chat()
    update = tg_callback(chat, "w:self")
    send(stack, chat, update)
    query_id = update["callback_query"]["id"]
    answer = stack.telegram.wait_for("/answerCallbackQuery", where=lambda c: str(c.body["callback_query_id"]) == query_id)
    first_message = next(c for c in stack.telegram.calls_to("/sendMessage") if int(c.body["chat_id"]) == chat)
    assert answer[0].at < first_message.at


def test_crisis_text_puts_the_emergency_lines_first(stack):
    chat = new_chat()
    messages = send(stack, chat, tg_message(chat, "夫に殴られている"), count=2)
    assert messages[0]["text"].startswith("<b>緊急の連絡先</b>")
    assert "110" in messages[0]["text"]


def test_emergency_and_help_commands(stack):
    chat = new_chat()
    emergency = send(stack, chat, tg_message(chat, "/emergency"))
    assert "☎ <b>119</b>" in emergency[0]["text"] and "☎ <b>110</b>" in emergency[0]["text"]
    help_ = send(stack, chat, tg_message(chat, "/help"))
    assert "使い方" in text_of(help_)


def test_a_resent_update_is_answered_once(stack):
    chat = new_chat()
    update = tg_message(chat, "/help")
    assert len(send(stack, chat, update)) == 1
    answered = len(stack.telegram.sent(chat))  # /help and send's sentinel
    assert post_telegram(stack.http, update).status_code == 200
    marker = telegram_barrier(stack.http, stack.telegram, chat)
    assert len(stack.telegram.sent(chat, before=marker)) == answered, "the resent /help got no second answer"


def test_counter_messages_carry_the_facts_of_the_line_card(stack):
    """The same question on both messengers: every fact in the LINE bubble is in the Telegram message."""
    question = "家賃が払えない"
    chat = new_chat()
    tg_messages = send(stack, chat, tg_message(chat, question), count=2)
    event = _line_event("text", "U-same-facts", text=question)
    assert post_line(stack.http, event).status_code == 200
    line_messages = stack.line.replies(event["replyToken"])[0]["messages"]
    flex = next(m for m in line_messages if m["type"] == "flex")["contents"]
    bubbles = flex["contents"] if flex["type"] == "carousel" else [flex]
    tg_cards = [m["text"] for m in tg_messages if m["text"].startswith("<b>■")]
    assert len(tg_cards) == len(bubbles)
    for bubble, tg_text in zip(bubbles, tg_cards, strict=True):
        facts = _texts(bubble["body"])
        assert facts
        for fact in facts:
            if fact.startswith("出典: "):  # a short link 「出典1」 on Telegram, with the same note
                site, _, note = fact.removeprefix("出典: ").partition(" ※")  # LINE names the site, links the page
                assert f'href="https://{site}' in tg_text or f'href="http://{site}' in tg_text, (fact, tg_text)
                assert note in _unescape(tg_text)
                continue
            for piece in fact.split("（確認 "):
                assert _unescape(piece.rstrip("）")[:40]) in _unescape(tg_text), (fact, tg_text)


def _texts(node: Any) -> list[str]:
    if isinstance(node, dict):
        own = [node["text"]] if node.get("type") == "text" else []
        return own + [t for v in node.values() for t in _texts(v)]
    if isinstance(node, list):
        return [t for v in node for t in _texts(v)]
    return []


def _unescape(text: str) -> str:
    import html
    import re

    return html.unescape(re.sub(r"<[^>]+>", "", text))


def test_blocking_the_bot_forgets_the_conversation(stack):
    from core.state import StateStore
    from knowledge.db import make_engine

    chat = new_chat()
    store = StateStore(make_engine(stack.database_url), "test-salt")
    send(stack, chat, tg_message(chat, "/start"))
    wait_until(lambda: store.load("telegram", str(chat)) is not None, timeout=30)
    user = {"id": chat, "is_bot": False, "first_name": "住民"}
    me = {"id": 123456, "is_bot": True, "first_name": "bot"}
    blocked = {"update_id": chat + 1, "my_chat_member": {
        "chat": {"id": chat, "type": "private"}, "from": user, "date": int(time.time()),
        "old_chat_member": {"status": "member", "user": me},
        "new_chat_member": {"status": "kicked", "user": me, "until_date": 0}}}
    assert post_telegram(stack.http, blocked).status_code == 200
    wait_until(lambda: store.load("telegram", str(chat)) is None, timeout=30)


def test_telegram_endpoint_is_503_without_settings(loaded_engine):
    app = create_app(server_settings(loaded_engine.url.render_as_string(hide_password=False)))

    async def post() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://t") as client:
            return await client.post("/telegram/webhook", content=json.dumps(tg_message(1, "/start")),
                                     headers={"X-Telegram-Bot-Api-Secret-Token": "x"})

    assert asyncio.run(post()).status_code == 503


def test_polling_mode_answers_through_the_same_conversation(loaded_engine):
    """`python -m bot telegram --polling` in its own process: an update fetched by getUpdates is answered."""
    import os
    import subprocess
    import sys

    from tests.fakes import TG_TOKEN, FakeTelegramApi

    api = FakeTelegramApi().start()
    chat = new_chat()
    api.updates.append(tg_message(chat, "/help"))
    env = dict(os.environ, DATABASE_URL=loaded_engine.url.render_as_string(hide_password=False),
               TELEGRAM_BOT_TOKEN=TG_TOKEN, TELEGRAM_API_BASE_URL=api.url, USER_ID_SALT="test-salt")
    process = subprocess.Popen([sys.executable, "-m", "bot", "telegram", "--polling"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        api.wait_for("/sendMessage", timeout=60, where=lambda c: int(c.body["chat_id"]) == chat)
        assert "使い方" in api.sent(chat)[0]["text"]
    finally:
        process.terminate()
        process.wait(20)
        api.stop()


# --- issue #15 M5 ----------------------------------------------------------------------------------------------
def test_a_card_over_telegrams_limit_is_shortened_into_whole_html_messages():
    """M5: cards were not shortened (a 6,125-character message, over Telegram's 4,096)."""
    from html.parser import HTMLParser

    from core.replies import Card, EmergencyLine, Fact, Reply
    from handlers.telegram.render import MAX_TEXT, render

    long = "相談&支援<東>" * 400
    facts = tuple(Fact("代表", f"0467-23-{3000 + i}", "https://example.jp/" + "a" * 2000, "2026-04-01", long)
                  for i in range(12))
    card = Card("c", long, long, long, long, phones=facts, places=facts)
    reply = Reply(long * 3, emergency=[EmergencyLine(long, "110", long)] * 20, cards=[card, card])
    messages = render(reply)
    assert messages and all(len(text) <= MAX_TEXT for text, _ in messages)

    class Balanced(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.open: list[str] = []

        def handle_starttag(self, tag: str, attrs: Any) -> None:
            self.open.append(tag)

        def handle_endtag(self, tag: str) -> None:
            assert self.open.pop() == tag

    for text, _ in messages:
        checker = Balanced()
        checker.feed(text)
        assert checker.open == [], "every message is whole HTML"
        assert "&amp" not in text[-4:] and not text.endswith("&")
    joined = "".join(text for text, _ in messages)
    assert "0467-23-3011" in joined and "110" in joined, "no fact is lost, only long texts are cut"


def test_a_failed_send_does_not_stop_the_messages_after_it(stack):
    """M5: `_answer` returned at the first failed send, so the cards after it never went out."""
    from ops.metrics import METRICS

    question = "家賃が払えない"
    chat = new_chat()
    whole = send(stack, chat, tg_message(chat, question), count=2)  # a text and at least one card
    chat = new_chat()
    before = METRICS.snapshot().get("telegram.send.failed", 0)
    stack.telegram.fail_with.append(400)  # the first message of the next reply: a final BadRequest
    assert post_telegram(stack.http, tg_message(chat, question)).status_code == 200
    marker = telegram_barrier(stack.http, stack.telegram, chat)
    assert stack.telegram.fail_with == [], "the injected failure was spent on this reply"
    tried = stack.telegram.sent(chat, before=marker)  # the failed call is recorded too
    assert [m["text"] for m in tried] == [m["text"] for m in whole], "every message after the failed one went out"
    assert METRICS.snapshot().get("telegram.send.failed", 0) == before + 1


def tg_location(chat: int, latitude: float, longitude: float) -> dict[str, Any]:
    """A shared location, as the Telegram app sends it (no words, only coordinates)."""
    update = tg_message(chat, "…")
    message = update["message"]
    del message["text"], message["entities"]
    message["location"] = {"latitude": latitude, "longitude": longitude}
    return update


def test_a_shared_location_in_the_city_narrows_the_answer_to_its_district(stack):
    chat = new_chat()
    send(stack, chat, tg_message(chat, "一人暮らしの母の介護のことで相談したい"), count=2)
    messages = send(stack, chat, tg_location(chat, 35.3531, 139.5224), count=2)  # 玉縄三丁目 (data/town_points.tsv)
    assert "玉縄地域" in messages[0]["text"]
    assert "外のようです" not in text_of(messages) and "スタンプ" not in text_of(messages)


def test_a_shared_location_outside_the_city_is_said_so_and_the_districts_offered(stack):
    chat = new_chat()
    messages = send(stack, chat, tg_location(chat, 35.6812, 139.7671))  # Tokyo Station
    assert "外のようです" in text_of(messages)
    assert {"玉縄地域", "大船地域", "腰越地域"} <= {b["text"] for b in buttons(messages)}
    messages = tap(stack, chat, messages, "玉縄地域")
    assert "玉縄地域" in text_of(messages)


def test_a_location_is_the_nearest_town_only_within_the_city(settings):
    from core.geo import Point, place_at, read_points

    towns = read_points(settings.data_dir)
    assert place_at(35.3531, 139.5224, towns) == "鎌倉市玉縄三丁目"
    assert place_at(35.6812, 139.7671, towns) is None  # Tokyo Station
    assert place_at(35.3531, 139.5224, ()) is None  # a data folder without points reads no place
    assert place_at(95.0, 139.5, (Point("どこか", 35.0, 139.0),)) is None  # not a coordinate


# --- issue #13: a shared venue (a place with its name and address) -------------------------------------------
def tg_venue(chat: int, latitude: float, longitude: float, title: str, address: str) -> dict[str, Any]:
    """A shared venue, as the Telegram app sends it: the location, and the place's name and address."""
    update = tg_location(chat, latitude, longitude)
    update["message"]["venue"] = {"location": {"latitude": latitude, "longitude": longitude},
                                  "title": title, "address": address}
    return update


def test_a_shared_venue_is_read_by_its_address_as_a_line_location_is(stack):
    """Near a district's boundary the nearest town's point (稲村ガ崎三丁目, 鎌倉地域) is not where the venue is:
    its address (七里ガ浜東, 腰越地域) names the town, as LINE's location message does."""
    chat = new_chat()
    send(stack, chat, tg_message(chat, "一人暮らしの母の介護のことで相談したい"), count=2)
    venue = tg_venue(chat, 35.30560, 139.51760, "待ち合わせ場所", "神奈川県鎌倉市七里ガ浜東1丁目")
    messages = send(stack, chat, venue, count=2)
    assert "腰越地域" in messages[0]["text"]
    assert "外のようです" not in text_of(messages) and "スタンプ" not in text_of(messages)


def test_a_venue_outside_the_city_is_said_so_whatever_its_words():
    from core.geo import OUTSIDE
    from core.turn import LOCATION
    from handlers.telegram.bot import place_turn

    assert place_turn(35.6812, 139.7671, "東京都千代田区丸の内1丁目 東京駅") == {"choice": OUTSIDE}
    assert place_turn(35.3531, 139.5224) == {"event": LOCATION, "text": "鎌倉市玉縄三丁目"}  # no words: the coordinates
    assert place_turn(35.3531, 139.5224, "  ") == {"event": LOCATION, "text": "鎌倉市玉縄三丁目"}
    assert place_turn(95.0, 0.0, "鎌倉市") == {"choice": OUTSIDE}  # not a coordinate
