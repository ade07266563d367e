"""The emergency lines of `ask --json` / `/api/ask` are the chat's (issue #13, a new user's walkthrough): the
same numbers in the same order (a line closed now last, saying when it opens), 「（未確認）」 only where no dated
page gives the number, and in English their names and hours in English, never a guess."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from core.answer import to_contract
from core.dialogue import EMERGENCY, Dialogue, State
from core.emergency import ordered
from core.enwords import IN_JAPANESE, english, has_japanese, shown
from core.hours import JST
from handlers.line.render import render as line_render
from handlers.telegram.render import render as telegram_render
from handlers.terminal import render_text

MORNING = dt.datetime(2026, 12, 1, 8, 10, tzinfo=JST)  # a Tuesday: いのちの電話 opens at 16:00


def _json(guide, text: str) -> dict:
    return to_contract(guide.kb, guide.ask(text), now=MORNING)


@pytest.mark.parametrize("text", ["もう死にたい", "夫に殴られている。死にたい"])
def test_the_json_answer_lists_the_chats_lines_in_the_chats_order(guide, text):
    contacts = _json(guide, text)["emergency_contacts"]
    _, reply = Dialogue(guide.router).handle(State(), text=text, now=MORNING)
    assert [x["number"] for x in contacts] == [x.number for x in ordered(reply.emergency, MORNING)]
    assert all({"name", "number", "hours", "situations"} <= set(x) for x in contacts)  # the contract's fields


def test_a_line_closed_now_comes_last_in_the_json_and_says_when_it_opens(guide):
    contacts = _json(guide, "もう死にたい")["emergency_contacts"]
    closed = [x for x in contacts if x["closed_now"]]
    assert closed and contacts[-len(closed):] == closed
    assert "いまは受付時間外（きょう16時から）" in closed[0]["details"]


def test_the_json_marks_unconfirmed_only_a_number_no_dated_page_gives(guide):
    contacts = {x["number"]: x for x in _json(guide, "もう死にたい")["emergency_contacts"]}
    yorisoi = contacts["0120-279-338"]  # a dated secondary page: plain, with its month
    assert yorisoi["shown_number"] == "0120-279-338" and "番号は2024年9月の資料で確認" in yorisoi["details"]
    assert contacts["0120-939-289"]["shown_number"].endswith("（未確認）")  # an article without a date


def test_english_lines_have_english_names_and_hours(guide):
    contacts = _json(guide, "I want to die")["emergency_contacts"]
    assert contacts and not any(has_japanese(x["shown_name"]) or any(map(has_japanese, x["details"]))
                                for x in contacts)
    said = {x["number"]: x["details"][0] for x in contacts}
    assert said["0120-279-338"] == "24 hours, every day of the year, free"
    assert said["0120-061-338"].startswith("Mon, Thu, Fri: 24 hours; Tue, Wed, Sat, Sun: 6:00 to midnight")


def test_the_english_emergency_menu_on_the_terminal_has_no_japanese_hours(guide):
    _, reply = Dialogue(guide.router).handle(State(), choice=EMERGENCY, lang="en")
    text = render_text(reply, MORNING)
    assert "24 hours" in text and "24時間" not in text and "Police (emergency): 110" in text


def test_words_that_cannot_be_carried_over_stay_japanese_and_say_so():
    assert english("毎週火曜。予約不要・無料") == "every Tue; no booking needed, free"
    assert english("最寄りの窓口で聞いてください") is None
    assert shown("最寄りの窓口で聞いてください", "en") == f"最寄りの窓口で聞いてください {IN_JAPANESE}"
    assert shown("24時間", "ja") == "24時間"


def test_the_english_emergency_menu_has_no_japanese_on_telegram_and_line(guide):
    _, reply = Dialogue(guide.router).handle(State(), choice=EMERGENCY, lang="en")
    telegram = "\n".join(text for text, _ in telegram_render(reply))
    assert "Yorisoi Hotline" in telegram and not has_japanese(telegram), telegram
    line = json.dumps(line_render(reply), ensure_ascii=False)
    assert "DV Soudan Plus" in line and not has_japanese(line)


def test_a_json_result_carries_the_cards_hours_and_whether_it_is_open_now(guide):
    results = {r["id"]: r for r in _json(guide, "成年後見の相談をしたい")["results"]}
    center = results["seinen-kouken-center"]
    assert center["hours"] == ["月〜金 8:30–17:15（祝日・12/29–1/3 休み）"]
    assert center["open_now"] is False  # 8:10 on a Tuesday: it opens at 8:30
    english = {r["id"]: r for r in _json(guide, "adult guardianship consultation")["results"]}
    assert english["seinen-kouken-center"]["hours"][0].startswith("Mon–Fri 8:30–17:15")


def test_an_english_wish_to_die_gets_the_suicide_lines_alone_and_a_word_on_their_language(guide):
    # "want to kill" of oneself is no carer's fear: no Carer Support card beside the suicide lines
    _, reply = Dialogue(guide.router).handle(State(), text="I want to kill myself", lang="en", now=MORNING)
    assert reply.urgency == "crisis" and "carer-shien" not in [c.entry_id for c in reply.cards]
    assert "Japanese" in reply.text


def test_a_line_whose_name_quotes_its_number_shows_the_number_once(guide):
    _, reply = Dialogue(guide.router).handle(State(), text="2歳の子がボタン電池を飲み込んだ", now=MORNING)
    shown = render_text(reply)
    assert shown.count("#7119") == 1 and "119" in shown, shown
