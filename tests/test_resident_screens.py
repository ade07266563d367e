"""What a resident sees on the cards, the crisis lines and the 紹介状 (issues #11 and #13, QA of session 11):
call buttons that say whose number they ring and ring the number their card tells to call, no doubt inside a
crisis number, a 紹介状 that never pretends a counter was chosen, an alarm that ends in kind words, ふりがな
that keeps words whole, and an English page for an English browser."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import tempfile

import pytest

from core.cards import build_card, card_calls, local_card
from core.dialogue import Dialogue, State
from core.handoff import handoff
from core.hours import JST
from core.local import own_counters
from core.replies import Reply
from handlers.line.flex import card_bubble
from handlers.web.ruby import ruby_html
from tests.fakes import stack_fixture  # noqa: F401  (the `stack` fixture)

NOON = dt.datetime(2026, 12, 2, 12, 0, tzinfo=JST)  # a Wednesday
NUMBER = re.compile(r"0\d{1,4}-\d{1,4}-\d{3,4}")


def _talk(guide, *messages: str, lang: str | None = None):
    dialogue, state, replies = Dialogue(guide.router), State(), []
    for message in messages:
        state, reply = dialogue.handle(state, text=message, now=NOON, lang=lang)
        replies.append(reply)
    return state, replies


# --- 2. call buttons: whose number, and the number the card tells to call ----------------------------

def test_every_call_button_says_whose_number_it_rings(guide):
    """QA: 「☎ 電話: 代表 0467-23-1075」 (whose 代表?), 「担当課 高齢者支援課」, 「市役所代表」: each button names the
    place it rings, over every card of the knowledge, in Japanese and in English."""
    kb = guide.kb
    for entry in kb.entries.values():
        for lang in ("ja", "en"):
            card = build_card(kb, entry, NOON, lang)
            for call in card_calls(card, lang):
                assert call.who and call.who not in ("電話", "代表", "Phone") and not call.who.startswith("担当課"), (
                    entry["id"], call)
                assert "（担当課" not in call.who and re.fullmatch(r"[0-9#][0-9\-]*", call.number), call
    shakyo = build_card(kb, kb.entries["nichijo-jiritsu"], NOON)
    assert [c.who for c in card_calls(shakyo)] == ["鎌倉市社会福祉協議会（代表）"]


def test_a_card_without_a_phone_rings_the_number_its_note_gives_on_every_channel(guide):
    """QA (LINE): a card said 「…（0467-24-4422）に聞くと教えてもらえます」 while its button dialled the city's main
    number. For every local counter of every district, the button rings the number the card's note names."""
    kb = guide.kb
    checked = 0
    for city_wide in kb.locals_of:
        for district in [None, *kb.districts]:
            state = State(district=district)
            card = local_card(kb, kb.entries[city_wide], district, NOON)
            reply = own_counters(kb, state, Reply("", cards=[card]), NOON)
            for shown in reply.cards:
                said = NUMBER.findall(shown.unknown_note or "")
                if shown.phones or not said:
                    continue
                checked += 1
                (call,) = card_calls(shown)
                assert call.number == said[-1] and call.who in (shown.unknown_note or ""), (shown.entry_id, call)
                footer = json.dumps(card_bubble(shown)["footer"], ensure_ascii=False)
                assert f"tel:{said[-1].replace('-', '')}" in footer and "に電話" in footer
    assert checked >= 1


def test_a_line_button_names_whose_number_within_twenty_characters(guide):
    kb = guide.kb
    card = build_card(kb, kb.entries["nichijo-jiritsu"], NOON)
    labels = [b["action"]["label"] for b in card_bubble(card)["footer"]["contents"]]
    assert labels and all(len(x) <= 20 for x in labels) and labels[0].startswith("鎌倉市社会福祉協議会"), labels


# --- 3. the 紹介状 ------------------------------------------------------------------------------------

def test_a_note_without_a_counter_chosen_lists_the_counters_shown_and_asks_nothing_odd(guide):
    state, replies = _talk(guide, "おばあちゃんが一人で住んでて、最近ごはんを食べてないみたいで心配")
    shown = [c.title for c in replies[-1].cards]
    assert len(shown) >= 2
    note = handoff(guide.kb, state, NOON)
    assert "相談する窓口:" not in note and "窓口でお話しください" not in note
    assert "まだ選んでいません" in note and all(f"・{t}" in note for t in shown[:3]), note


def test_a_note_names_the_counter_the_resident_chose(guide):
    state, replies = _talk(guide, "おばあちゃんが一人で住んでて、最近ごはんを食べてないみたいで心配")
    chosen = replies[-1].cards[-1].entry_id  # not the first card
    state.picked = state.counter = chosen
    note = handoff(guide.kb, state, NOON)
    assert f"相談する窓口: {guide.kb.entries[chosen]['name']}" in note and "まだ選んでいません" not in note


def test_an_english_note_gives_both_names_and_labels_japanese(guide):
    kb = guide.kb
    state = State(lang="en", picked="chiiki-houkatsu", counter="chiiki-houkatsu", shown=["chiiki-houkatsu"])
    note = handoff(kb, state, NOON)
    name_en = kb.entries["chiiki-houkatsu"]["name_en"]
    assert f"Counter: 地域包括支援センター ({name_en})" in note
    assert "Section (in Japanese): 高齢者支援課" in note and "to tell at the counter" not in note


# --- 1. crisis lines: no doubt inside a number ---------------------------------------------------------

def test_a_crisis_reply_on_the_web_has_plain_numbers_and_one_quiet_note(guide, stack):
    body = stack.http.post("/api/chat", json={"session": "s" * 20, "text": "もう疲れた、いなくなりたい"}).json()
    assert body["emergency"], body["heading"]
    for line in body["emergency"]:
        assert NUMBER.fullmatch(line["number"]) or line["number"].isdigit() or line["number"].startswith("#"), line
        assert not any("資料" in d or "記事" in d or "未確認" in d for d in line["details"]), line
    if any(x["number"] == "0120-939-289" for x in body["emergency"]):
        assert "こころの電話相談" in body["emergency_note"] and "確認できていません" in body["emergency_note"]


# --- 4. an alarm that ends -----------------------------------------------------------------------------

def test_help_arriving_gets_a_kind_neutral_word_not_glad(guide):
    _, replies = _talk(guide, "おじいちゃんが倒れて呼んでも返事がない", "パトカーと救急車が来ました")
    assert replies[0].urgency == "emergency"
    assert "よかった" not in replies[-1].text and "任せ" in replies[-1].text, replies[-1].text


def test_help_not_there_yet_keeps_the_alarm(guide):
    _, replies = _talk(guide, "おじいちゃんが倒れて呼んでも返事がない", "救急車がまだ来てないです")
    assert replies[-1].emergency and "よかった" not in replies[-1].text and "任せ" not in replies[-1].text


def test_safe_away_names_the_lines_again_instead_of_the_numbers_above(guide):
    _, replies = _talk(guide, "彼氏に首を絞められた、こわい", "姉の家に逃げてこれたので、今は大丈夫")
    first, after = replies
    assert first.emergency and not after.emergency
    assert "上の番号" not in after.text
    assert any(f"{x.number} " in after.text or f"{x.number}に" in after.text for x in first.emergency[:2]), after.text


# --- 5. ふりがな keeps a word whole ----------------------------------------------------------------------

def test_furigana_keeps_a_compound_whole():
    html = ruby_html("暴力や虐待があるときは緊急時の番号へ")
    for word in ("暴力", "虐待", "緊急時"):
        assert f"<ruby>{word}<rt" in html, html
    # a long run is cut between its words, so that a narrow screen can still wrap it
    long = ruby_html("生活困窮者自立相談支援窓口")
    assert long.count("<ruby>") >= 2 and "<ruby>生活困窮者<rt" in long


# --- 6. an English browser gets an English page ----------------------------------------------------------

def test_the_chat_api_takes_the_page_language(stack):
    english = stack.http.post("/api/chat", json={"session": "l" * 20, "lang": "en"}).json()
    assert english["lang"] == "en" and english["heading"] == "Welcome"
    back = stack.http.post("/api/chat", json={"session": "l" * 20, "lang": "ja"}).json()
    assert back["lang"] == "ja" and back["heading"] == "ごあいさつ"
    assert stack.http.post("/api/chat", json={"session": "l" * 20, "lang": "fr"}).status_code == 400


def test_an_english_browser_gets_an_english_page_and_one_tap_to_japanese(stack):
    if not os.path.exists("/usr/bin/chromium"):
        pytest.skip("chromium is missing")
    sync_api = pytest.importorskip("playwright.sync_api")
    with tempfile.TemporaryDirectory() as profile, sync_api.sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            profile, executable_path="/usr/bin/chromium", headless=True, args=["--no-sandbox", "--headless"],
            viewport={"width": 390, "height": 844}, locale="en-US")
        page = context.new_page()
        page.goto(stack.url + "/chat")
        page.get_by_role("button", name="About my family").wait_for()
        header = page.locator("header").inner_text()
        assert "Welfare counter guide" in header and "Police" in header and "Larger text" in header, header
        assert "救急" not in header and "文字を大きく" not in header and page.title().startswith("Welfare")
        page.get_by_role("button", name="日本語").click()
        page.get_by_role("button", name="家族のこと").last.wait_for()
        assert "文字を大きく" in page.locator("header").inner_text() and page.title().startswith("福祉の相談窓口案内")
        page.reload()  # the choice is kept on this device
        page.get_by_role("button", name="家族のこと").last.wait_for()
        assert page.locator("header h1").inner_text().startswith("福祉の相談窓口案内")
        context.close()
