"""`python -m bot serve` as a real process: JSON log lines that never hold a resident's words or
messenger id, and a graceful stop (SIGTERM) that first answers every event already accepted."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.fakes import (
    LINE_SECRET,
    LINE_TOKEN,
    FakeLineApi,
    free_socket,
    line_event,
    post_line,
)

ROOT = Path(__file__).resolve().parent.parent
WORDS = "隣の佐藤さんに借金を返せず夜も眠れない"
USER = "U4f1c2b9e8d7a6c5b4a3f2e1d0c9b8a7f"


@pytest.fixture
def line():
    fake = FakeLineApi().start()
    yield fake
    fake.stop()


@pytest.mark.parametrize("workers", ["0", "2"], ids=["in-process", "line-workers"])
def test_serve_logs_no_words_and_answers_accepted_events_before_it_stops(fresh_db_url, loaded_engine, line,
                                                                        tmp_path, workers):
    url = fresh_db_url.copy(loaded_engine.url.render_as_string(hide_password=False))
    sock = free_socket()
    port = sock.getsockname()[1]
    sock.close()
    env = {**os.environ, "DATABASE_URL": url, "LINE_CHANNEL_SECRET": LINE_SECRET,
           "LINE_CHANNEL_ACCESS_TOKEN": LINE_TOKEN, "LINE_API_BASE_URL": line.url,
           "USER_ID_SALT": "serve-test-salt", "KEEP_MESSAGE_TEXT": "", "RATE_LIMIT_PER_MINUTE": "30",
           "LINE_WORKERS": workers}
    log_file = tmp_path / "serve.log"
    with log_file.open("w") as err:
        proc = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1", "--port", str(port)],
                                cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=err)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as http:
            deadline = time.monotonic() + 120
            while True:
                try:
                    if http.get("/readyz").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                assert proc.poll() is None and time.monotonic() < deadline, log_file.read_text()
                time.sleep(0.1)
            # Slow replies pile events up in the queue; the first reply fails once (a logged retry).
            line.on_reply = lambda _call: time.sleep(0.02)
            line.fail_with = [500]
            events = [line_event("text", USER, text=WORDS)]
            events += [line_event("text", f"{USER[:-4]}{i:04d}", text=f"{WORDS}{i}") for i in range(79)]
            for start in range(0, len(events), 20):
                assert post_line(http, *events[start:start + 20]).status_code == 200
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(60) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    assert all(e["replyToken"] in line.used_tokens for e in events), "an accepted event was not answered"
    assert not line.reused_tokens

    lines = log_file.read_text(encoding="utf-8").splitlines()
    records = [json.loads(x) for x in lines]  # every line is one JSON object
    messages = " ".join(r["message"] for r in records)
    assert "ready" in messages and "stopped" in messages and "retrying" in messages
    text = log_file.read_text(encoding="utf-8")
    assert WORDS not in text and USER not in text and USER[:-4] not in text
    assert LINE_TOKEN not in text
