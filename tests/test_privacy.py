"""Residents' data: `privacy purge` deletes exactly what is old or expired, and a conversation stores
neither the resident's words nor their messenger id (backoffice/privacy.py, docs/PRIVACY.md)."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import MetaData, insert, inspect, select
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel

import backoffice.models  # noqa: F401  (registers the staff tables)
import core.state  # noqa: F401  (registers conversation_state)
from backoffice import privacy, review
from backoffice.models import AuditEntry, Draft, PendingImport, StaffSession, StaffUser
from backoffice.review import UnansweredQuestion
from bot.config import Settings
from bot.schema import import_schema
from core.conversation import Conversation
from core.guide import Guide
from core.loading import load_files
from core.state import ConversationState, Record, StateStore
from knowledge.db import create_tables, make_engine

ROOT = Path(__file__).resolve().parent.parent
NOW = dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC)
DAY = dt.timedelta(days=1)


@pytest.fixture
def db_url(fresh_db_url) -> str:
    """A fresh database: conftest's `fresh_db_url` (SQLite, or PostgreSQL with TEST_DATABASE_URL)."""
    return str(fresh_db_url())


@pytest.fixture
def engine(db_url):
    engine = make_engine(db_url)
    import_schema()  # every table of the schema, as the command line's migration makes them
    create_tables(engine)
    yield engine
    engine.dispose()


def dump(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table the database has (reflected, so a table nobody told us about counts too;
    only the schema's version is left out: the command line migrates a database before it purges)."""
    meta = MetaData()
    meta.reflect(engine)
    with engine.connect() as conn:
        return {name: sorted((tuple(map(str, row)) for row in conn.execute(select(table))), key=repr)
                for name, table in meta.tables.items() if name != "alembic_version"}


def text_of(rows: dict[str, list[tuple[Any, ...]]]) -> str:
    """All values as one text; JSON cells also decoded (the JSON type stores Japanese as \\u escapes)."""
    parts = []
    for table_rows in rows.values():
        for row in table_rows:
            for value in row:
                parts.append(value)
                try:
                    parts.append(json.dumps(json.loads(value), ensure_ascii=False))
                except ValueError:
                    pass
    return "\n".join(parts)


# ---- seeding -----------------------------------------------------------------------------------------

def seed(engine: Engine, now: dt.datetime) -> None:
    """Conversation state and review rows of various ages, and staff rows (which a purge never touches)."""
    short = StateStore(engine, "salt", ttl_hours=24)
    long = StateStore(engine, "salt", ttl_hours=24 * 365)  # a TTL longer than the retention
    short.save("line", "fresh", Record({"step": "area"}), now=now - dt.timedelta(hours=1))
    short.save("line", "expired", Record({"step": "area"}), now=now - 2 * DAY)  # expired a day ago
    long.save("line", "idle-40-days", Record({"step": "area"}), now=now - 40 * DAY)
    long.save("line", "idle-10-days", Record({"step": "area"}), now=now - 10 * DAY)
    long.save("telegram", "idle-31-days", Record({"step": "topic"}), now=now - 31 * DAY)
    with engine.begin() as conn:
        conn.execute(insert(UnansweredQuestion.__table__), [  # type: ignore[attr-defined]
            {"created_at": now - age * DAY, "channel": "line", "kind": "oos", "topic_ids": [],
             "user_key": "k" * 64, "text": None} for age in (400, 31, 30.5, 29, 1, 0)])
        conn.execute(insert(StaffUser.__table__), [{"username": "editor", "password_hash": "x", "role": "editor",  # type: ignore[attr-defined]
                                                    "active": True, "created_at": now - 900 * DAY}])
        conn.execute(insert(StaffSession.__table__), [{"token_hash": "t" * 64, "user_id": 1, "csrf": "c",  # type: ignore[attr-defined]
                                                       "created_at": now - 90 * DAY,
                                                       "expires_at": now - 89 * DAY}])
        conn.execute(insert(AuditEntry.__table__), [{"at": now - 900 * DAY, "username": "editor",  # type: ignore[attr-defined]
                                                     "action": "publish", "entity": "kb", "before": None,
                                                     "after": None}])
        conn.execute(insert(Draft.__table__), [{"id": 1, "doc": {}, "base_doc": {}, "base_generation": 0,  # type: ignore[attr-defined]
                                                "revision": 1, "updated_at": now - 300 * DAY, "author": "editor"}])
        conn.execute(insert(PendingImport.__table__), [{"id": "p", "username": "editor", "filename": "kb.xlsx",  # type: ignore[attr-defined]
                                                        "created_at": now - 300 * DAY, "against": "f",
                                                        "doc": {}}])


def state_keys(engine: Engine) -> set[str]:
    t = ConversationState.__table__  # type: ignore[attr-defined]
    with engine.connect() as conn:
        return set(conn.execute(select(t.c.key)).scalars())


def _key(channel: str, user: str) -> str:
    store = StateStore.__new__(StateStore)
    store.salt = "salt"
    return store.key(channel, user)


def review_ages(engine: Engine, now: dt.datetime) -> list[float]:
    t = UnansweredQuestion.__table__  # type: ignore[attr-defined]
    with engine.connect() as conn:
        stamps = conn.execute(select(t.c.created_at)).scalars()
        return sorted(round((now - (s if s.tzinfo else s.replace(tzinfo=dt.UTC))) / DAY, 1) for s in stamps)


STAFF = ("admin_user", "admin_session", "admin_audit", "admin_draft", "admin_import")


# ---- purge -------------------------------------------------------------------------------------------

def test_purge_deletes_exactly_the_old_and_expired_rows(engine):
    seed(engine, NOW)
    before = dump(engine)
    report = privacy.purge(engine, 30, now=NOW)

    assert {t.table: (t.deleted, t.kept) for t in report.tables} == {
        "conversation_state": (3, 2), "unanswered_question": (3, 3)}
    assert state_keys(engine) == {_key("line", "fresh"), _key("line", "idle-10-days")}
    assert review_ages(engine, NOW) == [0, 1, 29]
    after = dump(engine)
    for table in STAFF:
        assert after[table] == before[table] and len(after[table]) == 1, table
    assert {name for name, rows in after.items() if rows != before[name]} == {"conversation_state",
                                                                              "unanswered_question"}
    out = report.to_json()
    assert out["deleted_total"] == 6 and out["dry_run"] is False and out["older_than_days"] == 30
    assert set(STAFF) <= set(out["not_purged"]) and "conversation_state" not in out["not_purged"]
    assert not [name for name, why in out["not_purged"].items() if why == privacy.UNKNOWN]

    again = privacy.purge(engine, 30, now=NOW)
    assert [t.deleted for t in again.tables] == [0, 0]


def test_purge_zero_days_forgets_every_resident_row_and_no_staff_row(engine):
    seed(engine, NOW)
    staff = {t: rows for t, rows in dump(engine).items() if t in STAFF}
    report = privacy.purge(engine, 0, now=NOW + dt.timedelta(seconds=1))
    assert [(t.deleted, t.kept) for t in report.tables] == [(5, 0), (6, 0)]
    assert {t: rows for t, rows in dump(engine).items() if t in STAFF} == staff


def test_dry_run_counts_the_same_and_deletes_nothing(engine):
    seed(engine, NOW)
    before = dump(engine)
    dry = privacy.purge(engine, 30, dry_run=True, now=NOW)
    assert dump(engine) == before
    assert "would delete 3" in dry.to_text() and "nothing deleted" in dry.to_text()
    real = privacy.purge(engine, 30, now=NOW)
    assert [(t.deleted, t.kept) for t in dry.tables] == [(t.deleted, t.kept) for t in real.tables]


def test_a_huge_days_deletes_only_expired_state(engine):
    seed(engine, NOW)
    report = privacy.purge(engine, 10**12, now=NOW)
    assert [t.deleted for t in report.tables] == [1, 0]
    assert _key("line", "expired") not in state_keys(engine)


def test_a_database_without_the_resident_tables_reports_zero(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'knowledge-only.db'}")
    knowledge = [t for t in SQLModel.metadata.sorted_tables if t.name in privacy.knowledge_tables()]
    SQLModel.metadata.create_all(engine, tables=knowledge)
    report = privacy.purge(engine, 1)
    assert [(t.table, t.deleted, t.kept) for t in report.tables] == [
        ("conversation_state", 0, 0), ("unanswered_question", 0, 0)]
    assert "conversation_state" not in inspect(engine).get_table_names()


@pytest.mark.parametrize("raw", ["-1", "abc", "1.5", "", " ", "1e3", "+5", "３０", "٣", "30days"])
def test_bad_days_is_refused_before_the_database_is_opened(raw, capsys):
    opened = []

    def engine() -> Engine:
        opened.append(1)
        pytest.fail("opened the database")

    args = argparse.Namespace(older_than=raw, dry_run=False, json=False)
    assert privacy.run(args, engine) == 2
    assert not opened
    err = capsys.readouterr().err
    assert "whole number of days" in err and "nothing was deleted" in err


def test_every_table_is_either_purged_or_kept_with_a_reason():
    import backoffice.review  # noqa: F401
    import knowledge.models  # noqa: F401

    names = sorted(SQLModel.metadata.tables)
    resident = {r.table.name for r in privacy.resident_rules()}
    kept = privacy.kept_tables(names)
    assert resident == {"conversation_state", "unanswered_question"}
    assert [n for n in names if n not in resident and n not in kept] == []
    assert [n for n, why in kept.items() if why == privacy.UNKNOWN] == [], "a new table: resident data or not?"


# ---- the real command line -----------------------------------------------------------------------------

def cli(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATABASE_URL": url}
    return subprocess.run([sys.executable, "-m", "bot", "privacy", "purge", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_command_line_purge_dry_run_and_bad_days(db_url, engine):
    now = dt.datetime.now(dt.UTC)  # the subprocess uses the clock; every row is days from a boundary
    seed(engine, now)
    before = dump(engine)

    bad = cli(db_url, "--older-than", "-7")
    assert bad.returncode == 2 and "whole number of days" in bad.stderr and bad.stdout == ""
    dry = cli(db_url, "--older-than", "30", "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    assert dump(engine) == before

    p = cli(db_url, "--older-than", "30", "--json")
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    counts = {name: (t["deleted"], t["kept"]) for name, t in out["tables"].items()}
    assert counts == {"conversation_state": (3, 2), "unanswered_question": (3, 3)}
    assert json.loads(dry.stdout)["tables"] == out["tables"]
    assert out["not_purged"]["admin_audit"].startswith("the staff audit log")
    assert state_keys(engine) == {_key("line", "fresh"), _key("line", "idle-10-days")}
    assert {t: rows for t, rows in dump(engine).items() if t in STAFF} == \
        {t: rows for t, rows in before.items() if t in STAFF}


# ---- what a conversation leaves behind -------------------------------------------------------------------

SENTENCE = "隣家のザクロの木の枝が庭へ伸びてきて、洗濯物が干せなくて困っています"  # a question back (clarify)
ANSWERED = "認知症の母がザクロ色の通帳を毎晩さがし回っています"  # answered with counters
USER = "U7f3e2d1c0b9a-resident-ザクロ-id"


@pytest.fixture(scope="module")
def kb_engine(fresh_db_url, settings):
    """A fresh database with the knowledge loaded, as the server has it."""
    engine = make_engine(fresh_db_url())
    create_tables(engine)
    assert load_files(engine, settings) == []
    yield engine
    engine.dispose()


def talk(engine: Engine, settings: Settings) -> None:
    """Turns of one resident as the server runs them (state store + the staff review hook)."""
    def on_routed(channel: str, user_id: str, result: Any) -> None:
        review.record(engine, settings, result, channel=channel, user_id=user_id)

    conv = Conversation(Guide(engine), StateStore(engine, settings.user_id_salt, settings.state_ttl_hours),
                        on_routed=on_routed)
    try:
        conv.turn_sync("line", USER, choice="start")
        conv.turn_sync("line", USER, text=SENTENCE)
        conv.turn_sync("line", USER, text=ANSWERED)
        conv.turn_sync("line", USER, choice="handoff")  # the 紹介状 summary is built from the state
    finally:
        conv.close()


def new_rows(before: dict[str, list[Any]], after: dict[str, list[Any]]) -> dict[str, list[Any]]:
    return {t: [r for r in rows if r not in before.get(t, [])] for t, rows in after.items()}


def fragments(text: str, n: int = 4) -> set[str]:
    return {text[i:i + n] for i in range(len(text) - n + 1)}


def test_default_settings_store_neither_words_nor_user_id(kb_engine, settings):
    assert Settings.__dataclass_fields__["keep_message_text"].default is False
    plain = dataclasses.replace(settings, keep_message_text=False)
    before = dump(kb_engine)
    talk(kb_engine, plain)
    after = dump(kb_engine)
    added = new_rows(before, after)

    store = StateStore(kb_engine, plain.user_id_salt)
    assert [r[0] for r in added["conversation_state"]] == [store.key("line", USER)]  # the turns were kept
    assert len(added["unanswered_question"]) == 1  # SENTENCE went to the staff review …
    row = added["unanswered_question"][0]
    assert store.key("line", USER) in row and "clarify" in row  # … by kind and hashed resident only

    everything, new = text_of(after), text_of(added)
    for secret in (SENTENCE, ANSWERED, USER, "U7f3e2d1c0b9a", "ザクロ", "ざくろ"):
        assert secret not in everything, secret
    leaked = {f for f in fragments(SENTENCE) | fragments(ANSWERED) if f in new}
    assert leaked == set()
    assert {t for t, rows in added.items() if rows} == {"conversation_state", "unanswered_question"}


def test_keep_message_text_keeps_the_words_in_the_review_only(kb_engine, settings):
    keeping = dataclasses.replace(settings, keep_message_text=True)
    before = dump(kb_engine)
    talk(kb_engine, keeping)
    added = new_rows(before, dump(kb_engine))
    t = UnansweredQuestion.__table__  # type: ignore[attr-defined]
    with kb_engine.connect() as conn:
        texts = list(conn.execute(select(t.c.text).where(t.c.text.is_not(None))).scalars())
    assert texts == [SENTENCE]
    assert SENTENCE not in text_of({"conversation_state": added["conversation_state"]})
    assert USER not in text_of(added)
    gone = privacy.purge(kb_engine, 0, now=dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1))
    assert gone.tables[1].deleted >= 1
    with kb_engine.connect() as conn:
        assert list(conn.execute(select(t.c.text).where(t.c.text.is_not(None))).scalars()) == []


def test_after_a_purge_the_words_are_in_no_file_of_a_sqlite_database(kb_engine, settings):
    """L5 (issue #15): with KEEP_MESSAGE_TEXT=1 the purged words stayed in SQLite's -wal file (and in freed
    pages) until a checkpoint. The purge overwrites what it deletes and checkpoints with TRUNCATE."""
    if kb_engine.dialect.name != "sqlite":
        pytest.skip("SQLite's files only")
    talk(kb_engine, dataclasses.replace(settings, keep_message_text=True))
    path = Path(str(kb_engine.url.database))
    files = [path, path.with_name(path.name + "-wal")]
    assert any(SENTENCE.encode() in f.read_bytes() for f in files if f.exists()), "the words were kept"
    privacy.purge(kb_engine, 0, now=dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1))
    for f in files:
        if f.exists():
            assert SENTENCE.encode() not in f.read_bytes(), f.name
