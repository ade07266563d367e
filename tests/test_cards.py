"""Answer cards: sourced facts, the main number when unknown, open now with holidays and the year end."""

from __future__ import annotations

import datetime as dt

from core.cards import build_card, card_text
from core.hours import describe, open_now

JST = dt.timezone(dt.timedelta(hours=9))
WEEKDAYS = {"days": ["mon", "tue", "wed", "thu", "fri"], "opens": "08:30", "closes": "17:15",
            "closed_on_holidays": True, "closed_year_end": True, "label": None,
            "source": "https://www.city.kamakura.kanagawa.jp/koureisya/zaitaku_seinen.html", "source_date": "2024-05-01"}


def at(y, m, d, h=10, mi=0):
    return dt.datetime(y, m, d, h, mi, tzinfo=JST)


def test_open_now_respects_hours_weekends_holidays_and_year_end():
    assert open_now([WEEKDAYS], at(2026, 11, 24, 10)) is True        # Tuesday
    assert open_now([WEEKDAYS], at(2026, 11, 24, 17, 15)) is False   # closing time
    assert open_now([WEEKDAYS], at(2026, 11, 28)) is False           # Saturday
    assert open_now([WEEKDAYS], at(2026, 11, 23)) is False           # 勤労感謝の日
    assert open_now([WEEKDAYS], at(2026, 12, 29)) is False           # 年末
    assert open_now([WEEKDAYS], at(2027, 1, 4)) is True              # first working day
    assert open_now([], at(2026, 11, 24)) is None


def test_describe_in_japanese():
    assert describe(WEEKDAYS) == "月〜金 8:30–17:15（祝日・12/29–1/3 休み）"


def test_card_with_sourced_facts(guide):
    card = build_card(guide.kb, guide.kb.entries["seinen-kouken-center"], at(2026, 11, 24))
    text = card_text(card)
    assert "0467-38-8003" in text and "出典: https://" in text and "2024年5月時点の情報" in text
    assert "確認 2026-11-23" not in text  # the check dates stay with staff
    assert card.open_now is True and "いま受付中" in text
    assert card.unknown_note is None


def test_card_without_phone_falls_back_to_main_number(guide):
    counter = next(e for e in guide.kb.doc["counters"] if "phone" in e["unknown"] and not any(
        c["kind"] == "phone" for c in e["contacts"]))
    card = build_card(guide.kb, counter)
    assert "0467-23-3000" in (card.unknown_note or "")


def test_card_shows_current_section_and_former_name(guide):
    card = build_card(guide.kb, guide.kb.entries["chiiki-houkatsu"])
    assert card.section == "高齢者支援課"
    assert "旧 高齢者いきいき課" in card_text(card)


def test_card_shows_the_residents_summary_not_the_plans_wording(guide):
    service = guide.kb.entries["p-1-1-1-3"]  # the plan: 「相談を総合的に扱うためのしくみづくりを検討します。」
    card = build_card(guide.kb, service)
    assert card.summary == service["summary"] and "検討します" not in card.summary
    assert card.title == service["name"]


def test_card_in_an_english_conversation_uses_the_english_texts(guide):
    entry = guide.kb.entries["chiiki-houkatsu"]
    card = build_card(guide.kb, entry, lang="en")
    assert (card.title, card.summary) == (entry["name_en"], entry["summary_en"])
    bare = {k: v for k, v in entry.items() if k not in ("name_en", "summary_en")}
    card = build_card(guide.kb, bare, lang="en")  # no English text yet: the Japanese one, never nothing
    assert (card.title, card.summary) == (entry["name"], entry["summary"])


def test_card_of_an_entry_without_summary_falls_back_to_the_first_sentence(guide):
    entry = dict(guide.kb.entries["p-1-1-1-3"], summary=None)
    assert build_card(guide.kb, entry).summary == "相談を総合的に扱うためのしくみづくりを検討します。"
