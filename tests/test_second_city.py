"""A second municipality without code changes (issue #16 part 4): the made-up 架空市 in
tests/fixtures/othercity loads through the same code as the real city (KB_DATA_DIR) and answers in the
terminal's `ask --json`, the scripted chat and the web chat with its own name, counters and main number; and
no city's name is written in the program itself."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.config import load_settings
from knowledge.city import DEFAULT_DATA_DIR, activate

ROOT = Path(__file__).resolve().parent.parent
OTHER = ROOT / "tests" / "fixtures" / "othercity"
CODE = ("bot", "core", "handlers", "backoffice", "ops", "knowledge")
REAL_CITY = re.compile("鎌倉|かまくら|Kamakura|kamakura")


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "KB_DATA_DIR": str(OTHER), "DATABASE_URL": f"sqlite:///{tmp_path / 'other.db'}",
            "CONTRACT_DIR": "", "PYTHONPATH": str(ROOT)}


def _bot(tmp_path: Path, *args: str, stdin: str = "") -> str:
    done = subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True,
                          env=_env(tmp_path), cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_ask_json_finds_the_other_citys_counter(tmp_path):
    answer = json.loads(_bot(tmp_path, "ask", "--json", "親の介護のことで相談したい"))
    assert answer["results"][0]["id"] == "kaku-kaigo"
    assert answer["results"][0]["phone"] == "000-0000-0002"
    assert not REAL_CITY.search(json.dumps(answer, ensure_ascii=False))


def test_the_scripted_chat_speaks_of_the_other_city(tmp_path):
    steps = [{"text": "こんにちは"}, {"text": "明日の天気を教えて"}, {"text": "子育てのことで悩んでいます"}]
    lines = _bot(tmp_path, "chat", "--jsonl", stdin="".join(json.dumps(s, ensure_ascii=False) + "\n" for s in steps))
    everything = lines
    assert "架空市" in everything
    assert "000-0000-0000" in everything  # the made-up main number: in the refusal and the unknown facts
    assert "架空市子育て相談センター" in everything
    assert not REAL_CITY.search(everything), everything


@pytest.fixture()
def other_city(tmp_path) -> Iterator[Any]:
    """The server's app for 架空市 in this process; the real city is active again afterwards."""
    from bot.server import create_app
    settings = load_settings({"KB_DATA_DIR": str(OTHER), "DATABASE_URL": f"sqlite:///{tmp_path / 'web.db'}"},
                             env_file=tmp_path / "no.env")
    try:
        yield create_app(settings)
    finally:
        activate(DEFAULT_DATA_DIR)


def test_the_web_chat_page_and_turn_name_the_other_city(other_city):
    from starlette.testclient import TestClient
    with TestClient(other_city) as client:
        page = client.get("/chat").text
        assert "福祉の相談窓口案内（架空市）" in page and 'data-main="000-0000-0000"' in page
        reply = client.post("/api/chat", json={"session": "second-city-session-1", "text": "親の介護が大変です"}).json()
        said = json.dumps(reply, ensure_ascii=False)
        assert "架空市高齢者介護相談室" in said and "000-0000-0002" in said
        first = client.post("/api/chat", json={"session": "second-city-session-2"}).json()  # the greeting
        assert "架空市" in first["text"]
        admin = client.get("/admin/login").text  # the staff pages' header, from the same profile
        assert "架空市 福祉窓口案内" in admin
        assert not REAL_CITY.search(page + said + json.dumps(first, ensure_ascii=False) + admin)


def test_the_program_names_no_city():
    """Everything that is one city (its name, number, sites, districts) lives in data/; the program holds none."""
    hits = []
    for package in CODE:
        for path in sorted((ROOT / package).rglob("*")):
            if path.is_file() and path.suffix in (".py", ".html", ".js", ".json", ".css", ".md", ".txt"):
                for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                    # the city's name, and its area code (0467): an example number in a hint is a fact of one city too
                    if re.search("鎌倉|Kamakura|kamakura|0467", line):
                        hits.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()[:80]}")
    assert hits == []


def test_plan_references_take_the_forms_the_citys_plans_use():
    """架空市's plans number their items K1-1 (its city.yaml); the real city's 1-1-2-12 is not one of its forms."""
    from knowledge.files import read_data_dir
    from knowledge.validate import validate
    doc = read_data_dir(OTHER)
    try:
        activate(OTHER)
        assert validate(doc) == []
        doc["counters"][0]["plan_refs"] = ["1-1-2-12"]
        assert any("plan ref '1-1-2-12' is not of the form K1-1" in str(p) for p in validate(doc))
    finally:
        activate(DEFAULT_DATA_DIR)
    assert not any("kaku-nandemo" in str(p) for p in validate(doc))  # 1-1-2-12 is the real city's own form
