"""What residents see of the emergency lines and the cards, on every channel (QA walkthrough, issue #13):
the 「緊急のとき」 list grouped by situation with the most urgent first, 「未確認」 only beside a number that is
really unknown, a line closed now listed last with when it opens, and cards without staff wording."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from core.cards import build_card, card_brief, card_text, resident_rows
from core.dialogue import EMERGENCY, Dialogue, State
from core.emergency import emergency_line, grouped, shown_name
from core.hours import JST, line_status, written_rules
from handlers.line.render import render as line_render
from handlers.telegram.render import render as telegram_render
from handlers.terminal import render_text
from handlers.web.chat import reply_json

MORNING = dt.datetime(2026, 12, 1, 8, 10, tzinfo=JST)   # a Tuesday: いのちの電話 opens at 16:00
TENTH = dt.datetime(2026, 12, 10, 9, 0, tzinfo=JST)     # the 10th: open from 8:00 to 8:00 the next day
HEADINGS = ["命・救急", "こころ・死にたい気持ち", "子ども・虐待", "DV・暴力", "消費生活・契約のトラブル"]


@pytest.fixture(scope="module")
def listed(guide):
    """The 「緊急のとき」 reply, as the guided menu gives it."""
    _, reply = Dialogue(guide.router).handle(State(), choice=EMERGENCY)
    assert len(reply.emergency) >= 10
    return reply


def test_the_emergency_list_is_grouped_by_situation_most_urgent_first(listed):
    groups = grouped(listed.emergency, "ja", MORNING)
    assert [g.heading for g in groups] == HEADINGS
    assert [x.number for x in groups[0].lines][:2] == ["110", "119"] and "#7119" in [x.number for x in groups[0].lines]
    assert all(g.hint for g in groups), "each situation says which to call"
    assert groups[3].lines[0].number == "0120-279-889"  # DV相談＋ (24 hours) before #8008 (the centre's hours)
    text = render_text(listed, MORNING)
    assert [h for h in HEADINGS if f"【{h}】" in text] == HEADINGS
    assert text.index("【命・救急】") < text.index("☎ 警察") < text.index("【こころ") < text.index("☎ よりそい")


def test_every_channel_shows_the_same_groups(listed):
    web = reply_json(listed, now=MORNING)
    assert [g["heading"] for g in web["emergency_groups"]] == HEADINGS
    telegram = "\n".join(m[0] for m in telegram_render(listed))
    line = json.dumps(line_render(listed), ensure_ascii=False)
    for heading in HEADINGS:
        assert f"【{heading}】" in telegram and f"【{heading}】" in line


def test_no_stale_detail_in_the_list(listed):
    text = render_text(listed, MORNING)
    assert "令和元年" not in text and "と書かれている" not in text


def test_numbers_are_plain_and_their_sources_said_once_under_the_list(guide, listed):
    """Issue #11 (QA): 「（未確認）」 broke inside a call button, an hours text carried 「（2022年8月の記事）」 and
    nearly every line 「番号は2024年9月の資料で確認」. Every number is plain, beside its name and in its button;
    the months of the pages and the line whose number only an undated page gives are said once, under the list
    — the same on the terminal and the web. The contract's JSON keeps them per line."""
    undated = {x["number"] for x in guide.router.kb.emergency
               if "secondary-source" in (x.get("flags") or ()) and not x.get("source_date")}
    assert undated == {"0120-939-289"}  # 神奈川県 こころの電話相談: a news copy without a date
    body = reply_json(listed, now=MORNING)
    web = {x["name"]: x for x in body["emergency"]}
    text = render_text(listed, MORNING)
    assert "未確認）" not in text and "資料で確認" not in text and "記事）" not in text
    for line in listed.emergency:
        assert line.unconfirmed == (line.number in undated)
        assert web[shown_name(line)]["number"] == line.number
        assert not any("資料" in d or "記事" in d for d in web[shown_name(line)]["details"])
    note = body["emergency_note"]
    assert note.startswith("※ 一部の番号・受付時間は") and "2022年8月" in note and "2024年9月" in note
    assert "神奈川県 こころの電話相談（24時間）の番号は、公式の案内ではまだ確認できていません" in note
    assert text.count(note) == 1 and text.index("☎ 自殺予防いのちの電話") < text.index(note)
    assert web["よりそいホットライン"]["details"] == ["24時間365日・無料"]
    assert web["「#いのちSOS」"]["details"][0] == "月・木・金は24時間、火・水・土・日は6時〜翌0時"


def test_a_line_closed_now_comes_last_and_says_when_it_opens(listed):
    groups = grouped(listed.emergency, "ja", MORNING)
    mind = [x.number for x in groups[1].lines]
    assert mind[-1] == "0120-783-556" and mind[0] == "0120-279-338"
    text = render_text(listed, MORNING)
    assert "0120-783-556（年中無休 毎日16時〜21時、毎月10日は8時〜翌日8時・いまは受付時間外（きょう16時から））" in text
    web = reply_json(listed, now=MORNING)
    closed = [x["name"] for x in web["emergency"] if x["closed"]]
    assert closed == ["自殺予防いのちの電話（フリーダイヤル）"]
    assert web["emergency"][-1]["closed"], "closed lines after the open ones"
    on_the_tenth = reply_json(listed, now=TENTH)
    assert not any(x["closed"] for x in on_the_tenth["emergency"])


def test_a_crisis_reply_offers_the_open_lines_first(guide):
    _, reply = Dialogue(guide.router).handle(State(), text="もう死にたい")
    web = reply_json(reply, now=MORNING)
    flags = [x["closed"] for x in web["emergency"]]
    assert flags == sorted(flags), "no closed line above an open one"
    assert len(web["emergency_groups"]) == 1 and web["emergency_groups"][0]["heading"] is None  # a few lines: no headings


def test_written_hours_are_read_only_in_their_plain_forms():
    assert written_rules("年中無休 毎日16時〜21時、毎月10日は8時〜翌日8時") == [
        {"days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], "opens": 16, "closes": 21},
        {"mday": 10, "opens": 8, "closes": 24}, {"mday": 11, "opens": 0, "closes": 8}]
    assert written_rules("最寄りの相談支援センターの受付時間内のみ（通話料がかかる）") is None
    sos = "月・木・金は24時間、火・水・土・日は6時〜翌0時（2022年8月の記事）"
    assert line_status(sos, dt.datetime(2026, 12, 1, 3, 0, tzinfo=JST)) == (
        False, dt.datetime(2026, 12, 1, 6, 0, tzinfo=JST))  # Tuesday 3:00
    assert line_status(sos, dt.datetime(2026, 12, 4, 3, 0, tzinfo=JST)) == (True, None)  # Friday
    assert line_status(sos, dt.datetime(2026, 12, 30, 3, 0, tzinfo=JST)) == (None, None)  # the year end: not said
    assert line_status("24時間365日・無料", MORNING) == (True, None)
    assert line_status(None, MORNING) == (None, None)


def test_emergency_line_from_a_dated_secondary_page():
    dated = emergency_line({"name": "x", "number": "0120-000-000", "situations": ["consumer"], "hours": "24時間",
                            "source_date": "2024-09-01", "flags": ["secondary-source"]})
    undated = emergency_line({"name": "x", "number": "0120-000-000", "flags": ["secondary-source"]})
    assert dated.shown_number() == "0120-000-000" and dated.checked == "2024-09" and dated.group == "consumer"
    assert undated.shown_number() == "0120-000-000（未確認）" and undated.shown_number("en").endswith("(unconfirmed)")


# --- cards speak to residents, over the whole knowledge base ----------------------------------------

STAFF_WORDS = ("と書かれている", "注意: 未確認", "未確認 — 代表", "の課の番号")
NESTED = re.compile(r"（[^（）]*（[^（）]*）[^（）]*）")


def test_no_card_in_the_knowledge_base_shows_staff_wording(guide):
    kb = guide.kb
    for entry in kb.entries.values():
        card = build_card(kb, entry, MORNING)
        shown = "\n".join([card_text(card), card_brief(card), *(f"{k}: {v}" for k, v in resident_rows(card))])
        for words in STAFF_WORDS:
            assert words not in shown, (entry["id"], words)
        for _, value in resident_rows(card):
            assert not NESTED.search(value), (entry["id"], value)
        if card.phones:
            assert card.unknown_note is None or "代表" not in card.unknown_note, entry["id"]


def test_a_terminal_card_is_a_few_lines(guide):
    _, reply = Dialogue(guide.router).handle(State(), text="母の物忘れがひどい")
    assert reply.cards
    for card in reply.cards:
        brief = card_brief(card)
        assert len(brief.splitlines()) <= 7 and "http" not in brief, brief
        assert card.phones[0].value in brief if card.phones else (card.unknown_note or "?") in brief


# --- card titles: the service's plain name, not the plan's prose ------------------------------------

PLAN_PROSE = re.compile(r"(の充実|の推進|の効果的運用|の周知|と適正な運用|の実施|推進事業|^扶助事業$|事務$|プラットフォーム|^若年無業者)")


def test_the_most_shown_cards_are_titled_as_residents_would_look_for_them(guide):
    """QA: plan titles (「子育てに関する相談窓口の充実」, 「扶助事業」) as card titles; the 30 cards shown most
    often for our own questions carry plain names (the plan's title stays an alias for the search)."""
    import collections
    from pathlib import Path

    questions = [json.loads(line)["q"] for line in (Path(__file__).parent / "questions" / "own.jsonl").open()]
    shown: collections.Counter[str] = collections.Counter()
    dialogue = Dialogue(guide.router)
    for q in questions:
        shown.update(c.title for c in dialogue.handle(State(), text=q)[1].cards)
    top = [title for title, _ in shown.most_common(30)]
    assert len(top) == 30 and not [t for t in top if PLAN_PROSE.search(t)], top
    renamed = {e["name"]: e for e in guide.kb.entries.values() if "name" in (e.get("overrides") or [])}
    assert all(not PLAN_PROSE.search(name) for name in renamed) and len(renamed) >= 15


def test_an_old_official_number_says_its_month(listed):
    text = render_text(listed, MORNING)
    assert "046-828-7050" in text and "2014年11月" in text.split("※ ")[1]  # 広報かまくら 2014: its age, under the list
    assert "☎ 救急・火事（消防）: 119（24時間）" in text  # a recent official page: nothing beside it


def test_the_feedback_question_comes_after_the_cards_on_the_terminal(guide):
    _, reply = Dialogue(guide.router).handle(State(), text="母の物忘れがひどい")
    assert reply.cards and reply.text.endswith("役に立ちましたか？")
    text = render_text(reply)
    assert text.index(f"■ {reply.cards[-1].title}") < text.index("役に立ちましたか？") < text.index("1. はい")
