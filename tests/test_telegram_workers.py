"""Telegram answered in worker processes (LINE_WORKERS=2, issue #15 point 2): the server only parses the
update and sends the reply; the turn runs in the chat's worker, one chat's updates in order. Real
python-telegram-bot in the server (webhook) or in `python -m bot telegram --polling`, the fake Bot API."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.fakes import (
    TG_TOKEN,
    FakeTelegramApi,
    Stack,
    post_telegram,
    running_stack,
    telegram_barrier,
    tg_callback,
    tg_message,
    wait_until,
)
from tests.test_telegram import new_chat, send, text_of


@pytest.fixture(scope="module", name="stack")
def stack_fixture(loaded_engine: Any) -> Iterator[Stack]:
    yield from running_stack(loaded_engine, line_workers=2, rate_limit_per_minute=0)


def worker_turns(stack: Stack) -> int:
    """Telegram turns the worker processes reported (a count only a worker process keeps)."""
    counts: dict[str, int] = stack.http.get("/readyz").json()["counts"]
    return counts.get("worker.turn.telegram", 0)


def test_an_update_is_answered_in_a_worker_process_and_sent_by_the_server(stack):
    assert worker_turns(stack) == 0
    chat = new_chat()
    messages = send(stack, chat, tg_message(chat, "夫に殴られている"), count=2)
    assert messages[0]["text"].startswith("<b>緊急の連絡先</b>"), "crisis lines first, as on this loop"
    assert "110" in messages[0]["text"]
    wait_until(lambda: worker_turns(stack) >= 2)  # the update and send()'s sentinel; reported every second


def test_one_chats_updates_are_answered_in_their_order(stack):
    chat = new_chat()
    for text in ("/emergency", "/help", "/emergency", "/help"):  # posted back to back, answered one by one
        assert post_telegram(stack.http, tg_message(chat, text)).status_code == 200
    marker = telegram_barrier(stack.http, stack.telegram, chat)
    firsts = [m["text"] for m in stack.telegram.sent(chat, before=marker) if "使い方" in m["text"]
              or "☎ <b>119</b>" in m["text"]]
    kinds = ["help" if "使い方" in text else "emergency" for text in firsts]
    assert kinds == ["emergency", "help", "emergency", "help"]


def test_a_guided_conversation_keeps_its_steps_in_the_chats_worker(stack):
    chat = new_chat()
    messages = send(stack, chat, tg_message(chat, "/start"))
    for _ in range(2):  # the area, then the step it opens: each tap is read against the state the last saved
        assert "その選択肢はもう使えません" not in text_of(messages)
        keys = [b for m in messages if "reply_markup" in m for row in m["reply_markup"]["inline_keyboard"] for b in row]
        assert keys, text_of(messages)
        messages = send(stack, chat, tg_callback(chat, keys[0]["callback_data"]))
    assert "その選択肢はもう使えません" not in text_of(messages)


def test_an_update_sent_while_the_workers_are_started_again_is_answered_once_they_are_back(stack):
    """The update was accepted (200) before its worker died: the server asks again until one is back (the server
    sends, so nothing is sent twice)."""
    from tests.test_line_workers import worker_pids

    before = worker_pids()
    assert len(before) == 2
    for pid in before:
        os.kill(pid, signal.SIGKILL)
    chat = new_chat()
    assert post_telegram(stack.http, tg_message(chat, "/help")).status_code == 200
    stack.telegram.wait_for("/sendMessage", timeout=120, where=lambda c: int(c.body["chat_id"]) == chat)
    assert "使い方" in text_of(stack.telegram.sent(chat))
    wait_until(lambda: len(worker_pids()) == 2 and not set(before) & set(worker_pids()))
    marker = telegram_barrier(stack.http, stack.telegram, chat)
    assert len(stack.telegram.sent(chat, before=marker)) == 1, "answered once"


def test_polling_mode_with_workers_answers_from_a_worker(loaded_engine):
    """`python -m bot telegram --polling` with LINE_WORKERS=2: the update fetched by getUpdates is answered,
    and the process has its two worker processes (forked from its zygote) as children."""
    api = FakeTelegramApi().start()
    chat = new_chat()
    api.updates.append(tg_message(chat, "/help"))
    env = dict(os.environ, DATABASE_URL=loaded_engine.url.render_as_string(hide_password=False),
               TELEGRAM_BOT_TOKEN=TG_TOKEN, TELEGRAM_API_BASE_URL=api.url, USER_ID_SALT="test-salt",
               LINE_WORKERS="2")
    process = subprocess.Popen([sys.executable, "-m", "bot", "telegram", "--polling"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        api.wait_for("/sendMessage", timeout=120, where=lambda c: int(c.body["chat_id"]) == chat)
        assert "使い方" in api.sent(chat)[0]["text"]
        assert _children(process.pid) == ["shards-worker", "shards-worker"]  # (their zygote has ended)
    finally:
        process.terminate()
        process.wait(30)
        api.stop()


def _children(pid: int) -> list[str]:
    """The process names of `pid`'s children (Linux /proc)."""
    names = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if fields[1] == str(pid):
                names.append((stat.parent / "comm").read_text().strip())
        except (OSError, IndexError):
            continue
    return names
