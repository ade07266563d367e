"""Shared fixtures: the real knowledge base loaded into a fresh SQLite file, and a small valid document."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from bot.config import load_settings
from bot.guide import Guide
from bot.loading import load_files
from knowledge.db import create_tables, make_engine

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def settings():
    return load_settings()


@pytest.fixture(scope="session")
def loaded_engine(tmp_path_factory, settings):
    """The project's data/ loaded into a throw-away SQLite database (once per test session)."""
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('kb') / 'kb.db'}")
    create_tables(engine)
    problems = load_files(engine, settings)
    assert problems == [], problems
    return engine


@pytest.fixture(scope="session")
def guide(loaded_engine):
    return Guide(loaded_engine)


def _contact(**kw: Any) -> dict[str, Any]:
    base = {"kind": "phone", "value": "0467-61-3958", "label": None, "source": "https://example.jp/a",
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
         "towns": [{"name": "岩瀬", "reading": "いわせ", "confirmed": True, "source": "https://example.jp/t"}]},
        {"id": "ofuna-2", "name": "大船地区②（岩瀬中学校区）", "kind": "shakyo", "parent": "area-ofuna",
         "aliases": [], "towns": []},
    ],
    "counters": [
        {"id": "jiritsu-soudan", "name": "生活困窮者自立相談支援窓口", "sections": ["seikatsu-fukushi"],
         "plan_refs": ["1-1-2-12"], "topics": ["okane"], "keywords": ["家賃が払えない"],
         "contacts": [_contact()], "unknown": ["hours"],
         "hours": [{"days": ["mon", "tue", "wed", "thu", "fri"], "opens": "08:30", "closes": "17:15",
                    "source": "https://example.jp/h", "source_date": None, "checked": "2026-11-23"}]},
    ],
    "services": [
        {"id": "p-1-1-2-12", "kind": "service", "name": "生活困窮者に対する相談支援体制の充実",
         "sections": ["seikatsu-fukushi"], "plan_refs": ["1-1-2-12"], "counters": ["jiritsu-soudan"]},
    ],
    "topics": [{"id": "okane", "name": "お金・生活", "area": "money", "synonyms": ["お金がない"],
                "counters": ["jiritsu-soudan"]}],
    "emergency": [{"id": "police", "name": "警察", "number": "110", "hours": "24時間",
                   "situations": ["violence-now"], "source": "https://example.jp/p", "source_date": None,
                   "checked": "2026-11-23", "note": None}],
}


@pytest.fixture
def small_doc() -> dict[str, list[dict[str, Any]]]:
    return copy.deepcopy(SMALL_DOC)
