"""The web chat in a real browser (Chromium via Playwright), plus its JSON API and /api/ask, /healthz."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from typing import Any

import pytest

from tests.fakes import stack_fixture  # noqa: F401  (the `stack` fixture)

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]
SESSION = "a" * 8 + "0123456789abcdef"


# --- JSON endpoints ----------------------------------------------------------------------------
def test_healthz(stack):
    response = stack.http.get("/healthz")
    assert response.status_code == 200 and response.json()["status"] == "ok"


def test_api_ask_is_the_contract_object(stack):
    answer = stack.http.post("/api/ask", json={"text": "母の物忘れがひどく、お金の管理が心配"}).json()
    assert set(answer) >= {"query", "crisis", "emergency_contacts", "district", "results", "clarify"}
    assert answer["results"] and set(answer["results"][0]) >= {
        "id", "kind", "name", "section", "district", "plan_refs", "score"}
    assert answer["results"][0]["phone"] is None or answer["results"][0]["phone"].startswith("0")
    crisis = stack.http.post("/api/ask", json={"text": "もう死にたい"}).json()
    assert crisis["crisis"] is True and crisis["emergency_contacts"]
    assert stack.http.post("/api/ask", json={"q": "x"}).status_code == 400


def test_api_chat_turns(stack):
    start = stack.http.post("/api/chat", json={"session": SESSION}).json()
    assert [o["label"] for o in start["options"]][:2] == ["自分のこと", "家族のこと"]
    answer = stack.http.post("/api/chat", json={"session": SESSION, "text": "家賃が払えない"}).json()
    card = answer["cards"][0]
    assert card["title"] and card["rows"] and card["calls"][0]["tel"].startswith("tel:")
    assert stack.http.post("/api/chat", json={"session": "short"}).status_code == 400
    assert stack.http.post("/api/chat", json={"session": SESSION, "text": 3}).status_code == 400


def test_api_chat_gives_the_page_headings_alerts_and_readings(stack):
    start = stack.http.post("/api/chat", json={"session": "c" * 20}).json()
    assert start["heading"] == "ごあいさつ" and start["alert"] is None
    assert "110（警察）" not in start["text"] and "119" not in start["text"]  # the page's header says it once
    assert "福祉の相談窓口" in start["text"]
    answer = stack.http.post("/api/chat", json={"session": "c" * 20, "text": "家賃が払えない"}).json()
    assert answer["heading"] == f"窓口を{len(answer['cards'])}件ご案内します"
    assert "<rt" in answer["ruby"][answer["cards"][0]["title"]]
    crisis = stack.http.post("/api/chat", json={"session": "d" * 20, "text": "もう死にたい"}).json()
    assert crisis["urgency"] in ("crisis", "emergency") and crisis["emergency_first"]
    assert crisis["alert"] and crisis["alert"].count("。") == 1
    assert crisis["heading"] == "ひとりで抱えないでください"  # a kind word first, not 「緊急の連絡先5件と窓口2件」
    english = stack.http.post("/api/chat", json={"session": "e" * 20, "text": "I can't pay my rent"}).json()
    assert english["lang"] == "en" and not english["heading"].startswith("窓口")


def test_web_replies_full_option_labels_soft_lines_quiet_and_no_notice():
    from core.replies import EmergencyLine, Option, Reply
    from handlers.web.chat import reply_json
    from knowledge.kb import KnowledgeBase

    name = "終活の相談（終活情報登録・エンディングプランサポート事業）"
    kb = KnowledgeBase.from_doc({"counters": [], "services": [], "topics": [], "sections": [], "districts": [],
                                 "emergency": []})
    kb.entries["shukatsu"] = {"id": "shukatsu", "name": name, "kind": "counter"}
    reply = Reply("いま誰かと話したいときは よりそいホットライン もあります。",
                  emergency=[EmergencyLine("よりそいホットライン", "0120-279-338", "24時間")],
                  options=[Option("c:shukatsu", name[:20]), Option("restart", "最初から")], urgency="soft")
    body = reply_json(reply, kb)
    assert [o["label"] for o in body["options"]] == [name, "最初から"]
    assert body["alert"] is None and body["emergency_first"] is False  # the soft tier stays quiet
    assert body["ruby"][name].startswith("<ruby>終活<rt")
    emergency = reply_json(Reply("x", emergency=[EmergencyLine("警察（緊急）", "110")], urgency="emergency"))
    assert emergency["alert"] and emergency["emergency_first"]
    for said in ("鎌倉市の福祉の相談窓口をご案内する自動応答です（緊急通報の窓口ではありません。命の危険は 119・110 へ）。",
                 "This is an automatic guide to Kamakura's welfare counters (not an emergency service: call 119 or "
                 "110 if a life is in danger)."):
        assert "119" not in reply_json(Reply(said))["text"] and reply_json(Reply(said))["text"].endswith(("。", "."))
    assert reply_json(Reply("x", lang="easy"))["lang"] == "ja"
    greeting = reply_json(Reply("※ 緊急通報の窓口ではありません。命の危険があるときは 119（救急）・110（警察）へ電話してください。\n"
                                "ご案内します。\n命の危険があるときは 119（救急）・110（警察）へ。"))
    assert greeting["text"] == "ご案内します。"


def test_ruby_readings_are_escaped_and_sit_over_kanji_only():
    from handlers.web.ruby import Furigana, ruby_html

    html = ruby_html("家賃が払えない<script>alert('x')</script>&")
    assert html.startswith('<ruby>家賃<rt aria-hidden="true">やちん</rt></ruby>が<ruby>払<rt aria-hidden="true">はら</rt></ruby>えない')
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&amp;" in html and "<script>" not in html
    assert ruby_html("24時間365日") == '24<ruby>時間<rt aria-hidden="true">じかん</rt></ruby>365日'  # 日 after a number: no guess
    assert ruby_html("English only\n相談").startswith("English only\n<ruby>相談<rt")
    assert "おおふな" in Furigana({"大船": "おおふな"}).html("大船の窓口")  # the knowledge's own reading of a town


# --- the page in Chromium ----------------------------------------------------------------------
@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is missing: `make browser` installs Debian's chromium")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the python package playwright is not installed")
    with tempfile.TemporaryDirectory() as profile, sync_api.sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True, args=FLAGS,
            viewport={"width": 375, "height": 740}, locale="ja-JP", has_touch=True, is_mobile=True)
        yield context
        context.close()


@pytest.fixture
def page(browser, stack):
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(stack.url + "/chat")
    page.get_by_role("button", name="家族のこと").last.wait_for()
    yield page
    page.close()
    assert not errors, errors


def test_the_page_is_japanese_readable_and_fits_a_phone(page):
    assert page.locator("html").get_attribute("lang") == "ja"
    assert page.get_by_role("heading", level=1).inner_text().startswith("福祉の相談窓口案内")
    assert page.get_by_label("困っていることを書いてください").is_visible()
    size = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.bot p.text')).fontSize)")
    assert size >= 16
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert "緊急通報の窓口ではありません" in page.locator("header").inner_text()


def test_a_guided_conversation_by_buttons_ends_in_cards(page):
    for label in ("家族のこと", "高齢・介護", "認知症", "市内全域"):
        page.get_by_role("button", name=label).last.click()
        page.locator(".turn.bot").last.wait_for()
    page.locator("article.card").first.wait_for()
    cards = page.locator(".turn.bot").last.locator("article.card")
    assert cards.count() >= 1
    first = cards.first
    assert first.get_by_role("heading", level=3).inner_text()
    call = first.locator("a.call").first
    assert call.get_attribute("href").startswith("tel:")
    assert "電話" in call.inner_text()
    assert first.locator("dt", has_text="担当").count() == 1
    old = page.locator(".turn.bot").first.get_by_role("button", name="家族のこと")
    assert old.is_disabled(), "options of earlier turns cannot be tapped again"
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_typed_crisis_shows_the_emergency_lines_first(page):
    box = page.get_by_label("困っていることを書いてください")
    box.fill("もう死にたい")
    box.press("Enter")
    turn = page.locator(".turn.bot").nth(1)
    turn.wait_for()
    first_child = turn.locator(":scope > *").nth(1)  # after the reply's heading
    assert first_child.get_attribute("class") == "emergency"
    links = [a.get_attribute("href") for a in first_child.locator("a.call").all()]
    assert links and all(h.startswith("tel:") for h in links)
    assert page.locator(".turn.me").last.inner_text().endswith("もう死にたい")


def test_the_first_message_and_the_guided_menu_fit_a_390_by_844_phone(page):
    """Issue #13: what the bot does in two lines, and the guided menu, without scrolling on a 390×844 phone."""
    page.set_viewport_size({"width": 390, "height": 844})
    page.reload()
    page.get_by_role("button", name="家族のこと").last.wait_for()
    for label in ("自分のこと", "家族のこと", "近所の人・知人のこと"):
        button = page.get_by_role("button", name=label).last
        box = button.bounding_box()
        assert box is not None and 0 <= box["y"] and box["y"] + box["height"] <= 844, (label, box)
        # Seen, not only inside the window: nothing (the input form) lies over the button's middle.
        on_top = button.evaluate("b => { const r = b.getBoundingClientRect();"
                                 " const e = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);"
                                 " return e === b || b.contains(e); }")
        assert on_top, f"{label} is covered"
    greeting = page.locator(".turn.bot p.text").first.inner_text()
    assert len([line for line in greeting.splitlines() if line.strip()]) <= 2, greeting
    if shots := os.environ.get("DOCS_SCREENSHOTS"):
        page.screenshot(path=f"{shots}/phone-first-message.png")


def test_the_referral_note_lists_the_counters_shown_when_none_was_chosen(page):
    """Issue #13 (QA): the 紹介状 named the first card as if the resident had chosen it, said 「ご相談の内容: 窓口で
    お話しください」 and offered 「紹介状をつくる」 under itself. None chosen: the counters shown, each with its number."""
    page.set_viewport_size({"width": 390, "height": 844})
    answer = _type(page, "父が最近よく転ぶようになって、一人暮らしが心配")
    titles = [t.inner_text() for t in answer.locator("article.card h3").all()]
    page.get_by_role("button", name="紹介状をつくる").last.click()
    page.get_by_role("button", name="紹介状を印刷する").wait_for()
    note = page.locator(".turn.bot").last.inner_text()
    assert "まだ選んでいません" in note and "相談する窓口:" not in note and "窓口でお話しください" not in note, note
    assert all(f"・{title}" in note for title in titles[:3]), (titles, note)
    assert page.locator(".turn.bot").last.get_by_role("button", name="紹介状をつくる").count() == 0
    if shots := os.environ.get("DOCS_SCREENSHOTS"):
        page.screenshot(path=f"{shots}/phone-referral-note.png", full_page=False)


def test_the_referral_note_prints_alone_on_one_page(page):
    """Issue #13 point 5: a print button on the 紹介状; printing shows the note alone (not the chat, the buttons
    or the input box), on one A4 page; phone numbers never break across lines. On paper (QA, issue #13): a
    heading with the city and the date, 「窓口でこの紙をお見せください」 instead of the screen's 「この画面を」,
    numbers in black without an underline, and the document (the PDF) named 紹介状."""
    page.get_by_label("困っていることを書いてください").fill("母の物忘れがひどい")
    page.get_by_role("button", name="送る").click()
    page.get_by_role("button", name="紹介状をつくる").last.wait_for()
    page.get_by_role("button", name="紹介状をつくる").last.click()
    page.get_by_role("button", name="紹介状を印刷する").wait_for()
    number = page.locator("a.call .number").first
    assert number.evaluate("e => getComputedStyle(e).whiteSpace") == "nowrap"
    note = page.locator(".turn.bot").last
    assert "この画面を見せてください" in note.inner_text() and not note.locator(".paper-head").is_visible()
    page.emulate_media(media="print")
    printed = note.inner_text()
    assert printed.startswith("紹介状　鎌倉市　") and "窓口でこの紙をお見せください" in printed, printed
    assert "この画面" not in printed and note.locator("p.text:not(.screen-only)").is_visible()
    link = note.locator("a.inline-number").first
    assert link.evaluate("e => [getComputedStyle(e).color, getComputedStyle(e).textDecorationLine]") == [
        "rgb(0, 0, 0)", "none"]
    assert not page.locator(".turn.bot").nth(1).locator("p.text").is_visible(), "the earlier answer is printed"
    assert not page.locator("#ask textarea, #ask input").first.is_visible(), "the input box is printed"
    assert not page.get_by_role("button", name="紹介状を印刷する").is_visible()
    assert page.evaluate("() => { window.dispatchEvent(new Event('beforeprint')); return document.title }").startswith(
        "紹介状_鎌倉市_")
    pdf = page.pdf(format="A4")
    assert pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages") == 1, "the note is not on one page"
    page.evaluate("() => window.dispatchEvent(new Event('afterprint'))")
    assert page.evaluate("document.title").startswith("福祉の相談窓口案内")


# --- what residents see on a phone (QA walkthrough, issue #13) ---------------------------------------
PHONE = {"width": 390, "height": 844}
REPLY_MAX_PX = 2100  # a reply with 4 cards and its 7 buttons (QA: ~2,900 px each, with every source unfolded)
CARD_MAX_PX = 450    # one card: name, one line about it, the number to call, 「くわしく」


def _type(page, text: str):
    box = page.locator("form#ask textarea")  # its label is in the conversation's language
    count = page.locator(".turn.bot").count()
    box.fill(text)
    box.press("Enter")
    turn = page.locator(".turn.bot").nth(count)
    turn.locator("h2").wait_for()
    return turn


def test_a_reply_with_cards_is_short_on_a_phone_and_its_details_fold(page):
    page.set_viewport_size(PHONE)
    turn = _type(page, "母の物忘れがひどい")
    turn.locator("article.card").first.wait_for()
    cards = turn.locator("article.card")
    height = turn.bounding_box()["height"]
    print(f"reply height at 390 px: {height:.0f} px for {cards.count()} cards")
    assert cards.count() >= 3 and height <= REPLY_MAX_PX, height
    assert all(c.bounding_box()["height"] <= CARD_MAX_PX for c in cards.all())
    _shot(page, "phone-answer-cards.png")
    # 「役に立ちましたか？」 after the cards, above its buttons (QA: it came before the cards were read)
    ask = turn.locator("p.ask")
    assert ask.inner_text() == "役に立ちましたか？" and "役に立ちましたか" not in turn.locator("p.text").first.inner_text()
    assert ask.bounding_box()["y"] > cards.last.bounding_box()["y"]
    first = cards.first
    assert first.locator("a.call").first.is_visible()  # the number to call is in view, not folded
    details = first.locator("details")
    assert not details.locator("dl").is_visible()
    details.locator("summary").click()
    assert details.locator("dt", has_text="担当").is_visible()


def test_the_emergency_menu_shows_headings_by_situation(page):
    page.set_viewport_size(PHONE)
    page.get_by_role("button", name="緊急のとき").last.click()
    box = page.locator(".turn.bot").last.locator(".emergency")
    box.wait_for()
    headings = [h.inner_text() for h in box.locator("h4").all()]
    assert headings[0] == "命・救急" and "こころ・死にたい気持ち" in headings and "DV・暴力" in headings, headings
    assert box.locator("p.hint").count() == len(headings)
    assert "（未確認）" not in box.locator("li", has_text="よりそいホットライン").inner_text()
    _shot(page, "phone-emergency-list.png")


def test_a_dv_reply_and_a_follow_up_on_a_phone(page):
    page.set_viewport_size(PHONE)
    turn = _type(page, "夫に殴られます")
    box = turn.locator(".emergency")
    assert box.locator("a.call").first.get_attribute("href") == "tel:110"
    assert "DV相談＋" in box.inner_text() and box.locator("h4").count() == 0  # a few lines: no headings
    _shot(page, "phone-dv-reply.png")
    later = _type(page, "母の物忘れがひどい")
    later.locator("article.card").first.wait_for()
    follow = _type(page, "土日もやってる？")
    assert follow.locator("article.card").count() >= 1 and follow.bounding_box()["height"] <= REPLY_MAX_PX
    _shot(page, "phone-follow-up.png")


def _shot(page, name: str) -> None:
    if shots := os.environ.get("DOCS_SCREENSHOTS"):
        page.screenshot(path=f"{shots}/{name}")


def test_the_first_screen_shows_the_whole_menu_uncovered(page):
    """QA: the sticky input bar hid 「緊急のとき / 個人情報について」 on the first screen at 390×844."""
    page.set_viewport_size(PHONE)
    page.reload()
    page.get_by_role("button", name="個人情報について").last.wait_for()
    for label in ("緊急のとき", "個人情報について"):
        button = page.get_by_role("button", name=label).last
        box = button.bounding_box()
        assert box is not None and box["y"] + box["height"] <= PHONE["height"], (label, box)
        on_top = button.evaluate("b => { const r = b.getBoundingClientRect();"
                                 " const e = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);"
                                 " return e === b || b.contains(e); }")
        assert on_top, f"{label} is covered"


def test_an_unknown_choice_is_a_clear_error(stack):
    r = stack.http.post("/api/chat", json={"session": "f" * 20, "choice": "紹介状をつくる"})
    assert r.status_code == 400 and "options[].id" in r.json()["error"]


def test_an_english_conversation_gets_english_lines_and_an_english_form(page):
    """A new user's walkthrough (issue #13): in English the emergency lines' names and hours are English, and
    the form asks in English; nothing is translated that the data does not say."""
    page.set_viewport_size(PHONE)
    turn = _type(page, "I want to die")
    box = turn.locator(".emergency")
    said = box.inner_text()
    assert "Yorisoi Hotline" in said and "24 hours, every day of the year, free" in said
    assert "24時間" not in said and "よりそい" not in said
    assert page.locator("form#ask label").inner_text() == "Write what is troubling you"
    assert page.locator("form#ask button[type=submit]").inner_text() == "Send"
    _shot(page, "phone-english-lines.png")
    back = _type(page, "母の物忘れがひどい")
    back.locator("article.card").first.wait_for()
    assert page.locator("form#ask label").inner_text() == "困っていることを書いてください"


def test_a_number_in_a_sentence_is_one_word_that_calls(page):
    """QA at 390 px: 「電話番号は 0467-\\n61-3930 です」 broke the number over two lines."""
    page.set_viewport_size(PHONE)
    _type(page, "母の物忘れがひどい").locator("article.card").first.wait_for()
    link = _type(page, "電話番号は？").locator("p.text a.inline-number").first
    assert link.get_attribute("href").startswith("tel:0")
    assert link.evaluate("a => a.getClientRects().length") == 1, "the number is on one line"
    assert page.locator("a a").count() == 0, "no link inside a call button"
    note = page.locator("article.card p.note a.inline-number").first  # 「… 0467-61-3930 に聞くと教えてもらえます」
    assert note.evaluate("a => a.getClientRects().length") == 1
