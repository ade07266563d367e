"""Facts defined once (issue #14, point 3): one phone, many cards; and what residents never see (point 2)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from core.cards import build_card, card_text
from knowledge import document
from knowledge.files import read_data_dir
from knowledge.kb import KnowledgeBase

DATA = Path(__file__).resolve().parent.parent / "data"
NOW = dt.datetime(2026, 11, 24, 10, tzinfo=dt.timezone(dt.timedelta(hours=9)))


def _doc():
    return document.canonical(read_data_dir(DATA))


def test_changing_a_fact_in_one_place_changes_every_card():
    doc = _doc()
    users = [e["id"] for e in doc["counters"] if any(c["use"] == "shakyo-daihyo" for c in e["contacts"])]
    assert len(users) >= 3
    shakyo = next(s for s in doc["sections"] if s["id"] == "shakyo")
    fact = next(c for c in shakyo["contacts"] if c["fact"] == "shakyo-daihyo")
    kb = KnowledgeBase.from_doc(doc)
    assert all("0467-23-1075" in card_text(build_card(kb, kb.entries[i], NOW)) for i in users)
    fact["value"] = "0467-99-0000"  # one edit
    kb = KnowledgeBase.from_doc(doc)
    for i in users:
        text = card_text(build_card(kb, kb.entries[i], NOW))
        assert "0467-99-0000" in text and "0467-23-1075" not in text, i


def test_residents_never_read_staff_notes_datasets_or_check_dates():
    doc = _doc()
    kb = KnowledgeBase.from_doc(doc)
    notes = {c["note"] for e in doc["counters"] + doc["services"] for c in e["contacts"] if c.get("note")}
    for e in kb.entries.values():
        text = card_text(build_card(kb, e, NOW)) + card_text(build_card(kb, e, NOW, lang="en"), "en")
        assert "fukushi-portal" not in text and "第三者" not in text and "要再確認" not in text, e["id"]
        assert "確認 2026-11-23" not in text
        assert not [n for n in notes if n in text], e["id"]


def test_a_secondary_fact_is_shown_as_unconfirmed_with_the_pages_month():
    kb = KnowledgeBase.from_doc(_doc())
    text = card_text(build_card(kb, kb.entries["dv-soudan"], NOW))
    assert "0120-279-889" in text and "#8008" in text
    line = next(ln for ln in text.splitlines() if "0467-23-9311" in ln)
    rest = text.split("0467-23-9311", 1)[1].split("\n")[1]
    assert "未確認" in line + rest
    text = card_text(build_card(kb, kb.entries["seinen-kouken-center"], NOW))
    assert "2024年5月時点の情報" in text


def test_the_issues_wrong_facts_are_gone():
    doc = _doc()
    kb = KnowledgeBase.from_doc(doc)
    e = kb.entries
    assert not any(c["value"] == "0467-61-3946" for c in e["jisatsu-taisaku"]["contacts"])
    for sid in ("p-3-1-1-2", "p-4-1-1-3", "p-5-2-5-1", "minsei-iin", "j-2-1-6"):
        assert e[sid]["sections"][0] == "fukushi-seisaku", sid
    assert e["p-4-3-1-1"]["sections"] == ["kaigo-hoken"]
    assert e["shohi-seikatsu-center"]["sections"][0] == "shimin-soudan"
    assert e["kanagawa-chuo-shohi-center"]["sections"] == ["shimin-soudan"]
    assert "専用の窓口はありません" in e["young-carer"]["summary"]
    gyakutai = next(c for c in e["koreisha-gyakutai"]["contacts"] if c["kind"] == "phone")
    assert gyakutai["unconfirmed"] and "phone" in e["koreisha-gyakutai"]["unknown"]
    assert not any("blog" in (c["source"] or "") or "sblo" in (c["source"] or "")
                   for c in e["volunteer-center"]["contacts"])
    assert e["p-4-3-2-1"]["counters"] == ["kurumaisu-kashidashi"]
    assert len(e["j-2-1-21"]["counters"]) > 1
    for cid in ("kurashi-mimamori-network", "barrier-free-ryoko-soudan", "shobo-soudan",
                "chiiki-katsudo-shien-center"):
        assert cid in e
    towns = [t for d in doc["districts"] for t in d["towns"] if t["confirmed"]]
    assert towns and all("city.kamakura.kanagawa.jp" in t["source"] for t in towns)
    assert "西鎌倉" not in {t["name"] for t in towns}
    lines = {x["id"]: x for x in doc["emergency"]}
    assert lines["police"]["source"] is None and lines["police"]["flags"] == ["source-missing"]
    assert "city.kamakura.kanagawa.jp" in lines["fire-ambulance"]["source"]
