"""Shared fixtures: fresh databases (SQLite files, or PostgreSQL databases when TEST_DATABASE_URL names a
PostgreSQL server), the real knowledge base loaded into one, and a small valid document."""

from __future__ import annotations

import copy
import dataclasses
import itertools
import os
import secrets
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool

from bot.config import Settings, load_settings
from core.guide import Guide
from core.loading import load_files
from knowledge.db import create_tables, make_engine, normalise_url
from tests.fixtures import CONTRACT

ROOT = Path(__file__).resolve().parent.parent


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "standalone: clones the repository and runs a quick subset in the clone "
                                       "(needs git; deselect with -m 'not standalone')")
    config.addinivalue_line("markers", "db: uses a database of the session's engine (SQLite, or PostgreSQL with "
                                       "TEST_DATABASE_URL); set by pytest_collection_modifyitems, see there")


# Fixtures through which a test reaches the database only to read the knowledge, already loaded once per session
# (the in-memory index): such a test behaves the same on either engine.
KNOWLEDGE_ONLY = {"guide"}
DATABASE = {"fresh_db_url", "loaded_engine"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark `db` every test that uses a database of `fresh_db_url` other than by reading the knowledge through
    `guide`: the PostgreSQL pass of `make test` runs `-m db` (the other tests do not depend on the engine)."""
    for item in items:
        if "fresh_db_url" in getattr(item, "fixturenames", ()) and _uses_database(item):
            item.add_marker(pytest.mark.db)


def _uses_database(item: pytest.Item) -> bool:
    info = getattr(item, "_fixtureinfo", None)
    if info is None:  # not a plain test function: count it as using the database
        return True
    if DATABASE & set(info.argnames):
        return True
    for name, defs in info.name2fixturedefs.items():
        if name not in KNOWLEDGE_ONLY | DATABASE and any(DATABASE & set(d.argnames) for d in defs):
            return True
    return False


def settings_for_tests() -> Settings:
    """The environment's settings with the contract's counters registry from tests/fixtures/contract, so that
    validation (the required counter ids) is the same whether or not ../shared is beside the repository.
    The public endpoints' limits are off (every test client is 127.0.0.1); tests/test_limits.py sets them."""
    return dataclasses.replace(load_settings(), contract_dir=CONTRACT, public_per_ip_minute=0, public_total_second=0)


@pytest.fixture(scope="session")
def settings() -> Settings:
    return settings_for_tests()


class FreshDatabases:
    """New databases for tests. By default each is a SQLite file in pytest's temporary folder; with
    TEST_DATABASE_URL set (a PostgreSQL server URL, e.g. from `python tests/pgserver.py start DIR`) each
    is a new empty database on that server, dropped at the end of the session."""

    def __init__(self, tmp_path_factory: pytest.TempPathFactory, server_url: str | None) -> None:
        self._tmp = tmp_path_factory
        self._server = create_engine(normalise_url(server_url), isolation_level="AUTOCOMMIT",
                                     poolclass=NullPool) if server_url else None
        self._created: list[str] = []
        self._names = (f"kgtest_{os.getpid()}_{secrets.token_hex(2)}_{i}" for i in itertools.count())

    @property
    def postgresql(self) -> bool:
        return self._server is not None

    def __call__(self) -> str:
        """The URL of a new empty database."""
        if self._server is None:
            return f"sqlite:///{self._tmp.mktemp('db') / 'kb.db'}"
        return self._create("")

    def copy(self, url: str) -> str:
        """The URL of a new database holding what the database at `url` holds now."""
        source = make_url(url)
        if self._server is None:
            assert source.database
            path = self._tmp.mktemp("db") / "kb.db"
            src, dst = sqlite3.connect(source.database), sqlite3.connect(path)
            try:
                src.backup(dst)  # a consistent copy, the write-ahead log included
            finally:
                src.close()
                dst.close()
            return f"sqlite:///{path}"
        assert source.database
        return self._create(source.database)

    def _create(self, template: str) -> str:
        assert self._server is not None
        name = next(self._names)
        sql = f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")
        with self._server.connect() as conn:
            for attempt in range(20):
                if template:  # a template must have no other sessions: pools reconnect (pool_pre_ping)
                    conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                      "WHERE datname = :db AND pid <> pg_backend_pid()"), {"db": template})
                try:
                    conn.execute(text(sql))
                    break
                except OperationalError:  # "source database is being accessed by other users"
                    if attempt == 19:
                        raise
                    time.sleep(0.1)
        self._created.append(name)
        return self._server.url.set(database=name).render_as_string(hide_password=False)

    def close(self) -> None:
        if self._server is None:
            return
        with self._server.connect() as conn:
            for name in self._created:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self._server.dispose()


@pytest.fixture(scope="session")
def fresh_db_url(tmp_path_factory) -> Iterator[FreshDatabases]:
    """`fresh_db_url()` → URL of a new empty database; `fresh_db_url.copy(url)` → URL of a copy."""
    databases = FreshDatabases(tmp_path_factory, os.environ.get("TEST_DATABASE_URL") or None)
    yield databases
    databases.close()


@pytest.fixture(scope="session")
def loaded_engine(fresh_db_url, settings):
    """The project's data/ loaded into a throw-away database (once per test session)."""
    engine = make_engine(fresh_db_url())
    create_tables(engine)
    problems = load_files(engine, settings)
    assert problems == [], problems
    return engine


@pytest.fixture(scope="session")
def index_cache(tmp_path_factory) -> Path:
    """Built router indexes (knowledge/index_cache.py), shared by the tests that build a Guide of their own:
    building one takes a few seconds of CPU, reading it back a tenth of that, and it is the same index."""
    return tmp_path_factory.mktemp("index-cache")


@pytest.fixture(scope="session")
def guide(loaded_engine):
    return Guide(loaded_engine)


def _contact(**kw: Any) -> dict[str, Any]:
    base = {"kind": "phone", "value": "0467-61-3958", "label": None, "source": "https://www.city.kamakura.kanagawa.jp/a.html",
            "source_date": "2025-04-01", "checked": "2026-11-23", "note": None}
    return base | kw


SMALL_DOC: dict[str, list[dict[str, Any]]] = {
    "sections": [
        {"id": "seikatsu-fukushi", "name": "生活福祉課", "kind": "section", "department": "健康福祉部",
         "former_names": [], "flags": [], "note": None, "contacts": [_contact()]},
        {"id": "koureisha-shien", "name": "高齢者支援課", "kind": "section", "department": None,
         "former_names": [{"name": "高齢者いきいき課", "until": "2026-03-31", "source": "seed 003"}],
         "flags": [], "note": None, "contacts": []},
    ],
    "districts": [
        {"id": "area-ofuna", "name": "大船地域", "kind": "area", "parent": None, "aliases": [],
         "towns": [{"name": "岩瀬", "reading": "いわせ", "confirmed": True, "source": "https://www.city.kamakura.kanagawa.jp/t.html"}]},
        {"id": "ofuna-2", "name": "大船地区②（岩瀬中学校区）", "kind": "shakyo", "parent": "area-ofuna",
         "aliases": [], "towns": []},
    ],
    "counters": [
        {"id": "jiritsu-soudan", "name": "生活困窮者自立相談支援窓口", "sections": ["seikatsu-fukushi"],
         "summary": "生活や仕事、お金に困ったときに相談できる市の窓口です。",
         "plan_refs": ["1-1-2-12"], "topics": ["okane"], "keywords": ["家賃が払えない"],
         "contacts": [_contact()], "unknown": ["hours"],
         "hours": [{"days": ["mon", "tue", "wed", "thu", "fri"], "opens": "08:30", "closes": "17:15",
                    "source": "https://www.city.kamakura.kanagawa.jp/h.html", "source_date": None, "checked": "2026-11-23"}]},
    ],
    "services": [
        {"id": "p-1-1-2-12", "kind": "service", "name": "生活困窮者に対する相談支援体制の充実",
         "summary": "暮らしに困った人の相談を受け、必要な支援につなげます。",
         "sections": ["seikatsu-fukushi"], "plan_refs": ["1-1-2-12"], "counters": ["jiritsu-soudan"]},
    ],
    "topics": [{"id": "okane", "name": "お金・生活", "area": "money", "synonyms": ["お金がない"],
                "counters": ["jiritsu-soudan"]}],
    "emergency": [{"id": "police", "name": "警察", "number": "110", "hours": "24時間",
                   "situations": ["violence-now-partner"], "source": "https://www.city.kamakura.kanagawa.jp/p.html", "source_date": None,
                   "checked": "2026-11-23", "note": None}],
}


@pytest.fixture
def small_doc() -> dict[str, list[dict[str, Any]]]:
    return copy.deepcopy(SMALL_DOC)
