"""Answer cards: sourced facts, the main number when unknown, open now with holidays and the year end."""

from __future__ import annotations

import datetime as dt

from core.cards import build_card, card_brief, card_text, resident_rows
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


# --- 未確認 and 持ち物 beyond the cards: follow-ups and the 紹介状 (issue #13 points 3 and 4) ------------------
def _small_kb(small_doc, **counter: object):
    from knowledge import document
    from knowledge.kb import KnowledgeBase

    small_doc["counters"][0]["contacts"].append(
        {"kind": "place", "value": "本庁舎1階 9番窓口", "label": None, "source": "https://example.org/blog.html",
         "source_date": None, "checked": "2026-11-23", "note": "二次情報", "unconfirmed": True})
    small_doc["counters"][0]["hours"][0]["unconfirmed"] = True
    kb = KnowledgeBase.from_doc(document.canonical(small_doc))
    kb.entries["jiritsu-soudan"].update(counter)  # a field the model may carry one day (`bring`), as a fixture
    return kb


def _note(kb, lang="ja"):
    from core.dialogue import State
    from core.handoff import handoff

    return handoff(kb, State(counter="jiritsu-soudan", lang=lang), at(2026, 11, 24))


def test_an_unconfirmed_place_or_hour_says_so_in_the_follow_up_and_the_referral_note(small_doc):
    from core import followup

    kb = _small_kb(small_doc)
    entry = kb.entries["jiritsu-soudan"]
    assert followup.answer(kb, entry, followup.PLACE) == "生活困窮者自立相談支援窓口の場所: 本庁舎1階 9番窓口（未確認）"
    assert followup.answer(kb, entry, followup.HOURS).endswith("8:30–17:15（祝日・12/29–1/3は未確認）（未確認）")
    assert followup.answer(kb, entry, followup.PHONE) == "生活困窮者自立相談支援窓口の電話番号は 0467-61-3958 です。"
    note = _note(kb)
    assert "場所: 本庁舎1階 9番窓口（未確認）" in note and "受付: 月〜金 8:30–17:15（祝日・12/29–1/3は未確認）（未確認）" in note
    assert "電話: 0467-61-3958\n" in note  # an official fact carries no mark
    assert "9番窓口 (not confirmed)" in _note(kb, "en")


def test_what_to_bring_is_never_guessed(small_doc):
    from core import followup

    kb = _small_kb(small_doc)
    entry = kb.entries["jiritsu-soudan"]
    assert followup.aspect("何を持っていけばいい？") == followup.BRING
    said = followup.answer(kb, entry, followup.BRING)
    assert said.startswith("その点はこの案内では分かりません") and "0467-61-3958" in said
    assert "持ち物: 窓口にお問い合わせください" in _note(kb)


def test_what_to_bring_is_shown_where_the_knowledge_has_it(small_doc):
    from core import followup

    kb = _small_kb(small_doc, bring=["健康保険証", "印鑑"])
    assert "持ち物: 健康保険証、印鑑" in followup.answer(kb, kb.entries["jiritsu-soudan"], followup.BRING)
    note = _note(kb)
    assert "持ち物: 健康保険証、印鑑" in note and "窓口にお問い合わせください" not in note


def test_describe_in_english():
    assert describe(WEEKDAYS, "en") == "Mon–Fri 8:30–17:15 (closed on holidays and 12/29–1/3)"
    third = {"days": ["fri"], "weeks": [3], "opens": "13:00", "closes": "16:00", "label": "予約不要・無料"}
    assert describe(third, "en") == "3rd Fri 13:00–16:00 (no booking needed, free) (holidays and 12/29–1/3: not confirmed)"


def test_an_english_card_has_english_hours_and_says_which_words_stay_japanese(guide):
    card = build_card(guide.kb, guide.kb.entries["seinen-kouken-center"], at(2026, 11, 24), "en")
    rows = dict(resident_rows(card, "en"))
    assert rows["Hours"].startswith("Mon–Fri") and "月" not in rows["Hours"]
    assert "as of May 2024" in card_text(card, "en") and "時点" not in card_text(card, "en")
    places = [k for k, v in resident_rows(card, "en") if k.startswith("Place")]
    assert places and all(k == "Place (in Japanese)" for k in places)  # the address as the city writes it
    assert "Place (in Japanese): " in card_brief(card, "en")
    assert rows["Section (in Japanese)"].startswith("高齢者支援課")  # the name to ask for at City Hall
