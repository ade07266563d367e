"""The texts residents read (docs/DATA.md, issue #14): every entry has all five, and the やさしい日本語 ones keep
to simple rules — short sentences in 〜ます form, few kanji, no double negatives. Read from data/ (the files
staff edit), so a text that breaks a rule is found before it is loaded."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from knowledge import document
from knowledge.files import read_yaml_list
from knowledge.kb import KnowledgeBase
from knowledge.validate import PLAN_REGISTER, SUMMARY_MAX

DATA = Path(__file__).resolve().parent.parent / "data"
TEXTS = ("name_en", "name_easy", "summary", "summary_easy", "summary_en")
MAX_SENTENCE = 40  # characters of one やさしい日本語 sentence, the spaces between words not counted
MAX_KANJI_SHARE = 0.25  # of all summary_easy characters (spaces not counted)
POLITE_END = re.compile(r"(ます|ません|ました|ましょう|です|でした|ください)[。！？!?]?$")
DOUBLE_NEGATIVE = re.compile(r"ない(わけ|こと)(では|は|も)な|なくはな|なくもな|ないでもな|ないではな|ざるを(得|え)な")
KANJI = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf\u3005]")


def _entries() -> list[dict]:
    return ([document.entry(e, "counter") for e in read_yaml_list(DATA / "counters.yaml")]
            + [document.entry(e, "service") for e in read_yaml_list(DATA / "services.yaml")])


ENTRIES = _entries()


def sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[。！？!?])", text) if s.strip()]


def chars(text: str) -> str:
    return re.sub(r"\s", "", text)


def test_every_entry_has_all_five_texts_and_a_usable_flag():
    missing = [f"{e['id']}: {key}" for e in ENTRIES for key in TEXTS
               if not isinstance(e[key], str) or not e[key].strip()]
    assert missing == []
    assert all(isinstance(e["usable"], bool) for e in ENTRIES)


def test_summaries_are_short_and_not_in_the_plans_words():
    assert [e["id"] for e in ENTRIES if len(e["summary"]) > SUMMARY_MAX] == []
    assert [e["id"] for e in ENTRIES if PLAN_REGISTER.search(e["summary"])] == []


def test_english_texts_are_english():
    japanese = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
    assert [e["id"] for e in ENTRIES if japanese.search(e["summary_en"])] == []


def test_easy_japanese_sentences_are_short():
    long = [f"{e['id']}: {s}" for e in ENTRIES for s in sentences(e["summary_easy"])
            if len(chars(s)) > MAX_SENTENCE]
    assert long == []


def test_easy_japanese_sentences_end_in_masu_form():
    plain = [f"{e['id']}: {s}" for e in ENTRIES for s in sentences(e["summary_easy"]) if not POLITE_END.search(s)]
    assert plain == []


def test_easy_japanese_uses_few_kanji():
    text = chars("".join(e["summary_easy"] for e in ENTRIES))
    share = len(KANJI.findall(text)) / len(text)
    assert share <= MAX_KANJI_SHARE, f"kanji share {share:.2f}"


def test_easy_japanese_has_no_double_negatives():
    assert [e["id"] for e in ENTRIES if DOUBLE_NEGATIVE.search(chars(e["summary_easy"]))] == []


@pytest.mark.parametrize("text,polite", [
    ("そうだん できます。", True), ("市役所に きいて ください。だれでも つかえます。", True), ("まどぐちへ。", False),
    ("そうだん できる。", False),
])
def test_the_masu_rule_itself(text, polite):
    assert all(POLITE_END.search(s) for s in sentences(text)) is polite


@pytest.mark.parametrize("text", ["つかえない わけでは ない", "できなくは ないです", "行かない ことは ない", "やらざるを えない"])
def test_the_double_negative_rule_itself(text):
    assert DOUBLE_NEGATIVE.search(chars(text))
    assert not DOUBLE_NEGATIVE.search(chars("お金は いりません。だれでも つかえます。"))


def test_usable_helper_and_how_many_are_not_for_residents():
    kb = KnowledgeBase.from_doc({"sections": [], "districts": [], "counters": [], "services": [], "topics": [],
                                 "emergency": []})
    assert kb.usable({"id": "x"}) and kb.usable({"usable": True}) and not kb.usable({"usable": False})
    assert all(kb.usable(e) for e in ENTRIES if e["kind"] == "counter")  # every counter is for residents
    assert 0 < sum(not kb.usable(e) for e in ENTRIES) < len(ENTRIES) / 2


# --- emergency lines whose number only a secondary page gives (flag secondary-source): 「未確認」 beside it ---

def _lines_reply(lang: str):
    from core.emergency import emergency_line
    from core.replies import EmergencyLine, Reply
    lines: list[EmergencyLine] = [emergency_line({"name": "よりそいホットライン", "number": "0120-279-338", "hours": "24時間",
                             "flags": ["secondary-source"]}),
             emergency_line({"name": "児童相談所虐待対応ダイヤル", "number": "189", "hours": "24時間", "flags": []})]
    return Reply("緊急の連絡先です。", emergency=lines, urgency="crisis", lang=lang)


def _line_texts(messages: list) -> str:
    import json
    return json.dumps(messages, ensure_ascii=False)


UNSURE_JA = "※ よりそいホットラインの番号は、公式の案内ではまだ確認できていません。"


def test_a_secondary_source_number_is_plain_in_its_button_and_said_once_under_the_list_on_line_and_telegram():
    """Issue #11: a person in crisis reads no doubt inside the number they should call; the honesty stays, once,
    in a quiet note under the list that names the line."""
    from handlers.line.render import render as line_render
    from handlers.telegram.render import render as telegram_render
    line = _line_texts(line_render(_lines_reply("ja")))
    assert "未確認）" not in line and '"label": "☎ 0120-279-338"' in line and UNSURE_JA in line
    assert line.count("まだ確認できていません") == 1
    telegram = "\n".join(m[0] for m in telegram_render(_lines_reply("ja")))
    assert "（未確認）" not in telegram and "<b>0120-279-338</b>" in telegram and UNSURE_JA in telegram


def test_a_secondary_source_number_is_plain_on_the_web_and_the_terminal_with_one_note():
    from handlers.terminal import render_text
    from handlers.web.chat import reply_json
    body = reply_json(_lines_reply("ja"))
    web = {x["number"]: x["tel"] for x in body["emergency"]}
    assert web == {"0120-279-338": "tel:0120279338", "189": "tel:189"}  # the link dials the number
    assert body["emergency_note"] == UNSURE_JA
    text = render_text(_lines_reply("ja"))
    assert "0120-279-338（24時間）" in text and text.count("確認できていません") == 1
    english = render_text(_lines_reply("en"))
    assert "(unconfirmed)" not in english
    assert "* The number of よりそいホットライン is not yet confirmed by an official page." in english


def test_a_crisis_answer_names_each_secondary_source_line_once_and_only_those(guide):
    from core.dialogue import Dialogue, State
    from handlers.terminal import render_text
    _, reply = Dialogue(guide.router).handle(State(), text="もう死にたい。今夜どうにかなりそう")
    flagged = {x["number"] for x in guide.router.kb.emergency  # a secondary page without a date: 未確認
               if "secondary-source" in (x.get("flags") or ()) and not x.get("source_date")}
    assert reply.emergency and any(x.number in flagged for x in reply.emergency)
    assert all(x.unconfirmed == (x.number in flagged) for x in reply.emergency)
    text = render_text(reply).split("\n■ ")[0]  # the lines (a card's place may say 未確認 in its own row)
    note = text.split("※ ", 1)[1].split("\n")[0]
    assert "（未確認）" not in text and "資料で確認" not in text  # nothing beside a number
    assert all((x.name in note) == x.unconfirmed for x in reply.emergency if x.name not in ("警察（緊急）",))


# --- the two dates of a fact: source_date (residents read it) and verified (a person looked at the live page) ---

def test_no_verified_date_in_data_is_in_the_future_or_before_its_page():
    from knowledge.files import read_data_dir
    from knowledge.verified import verified_problems
    assert verified_problems(read_data_dir(DATA)) == []


def test_kb_check_refuses_a_verified_date_in_the_future_or_before_the_page(small_doc, settings):
    import datetime as dt

    from core.loading import check_doc
    contact = small_doc["counters"][0]["contacts"][0]
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    contact.update(source_date="2024-05-01", verified=tomorrow)
    hours = small_doc["counters"][0]["hours"][0]
    hours.update(source_date="2024-05-01", verified="2024-04-30")
    said = [str(p) for p in check_doc(small_doc, settings, DATA)]
    counter = small_doc["counters"][0]["id"]
    assert any(p.startswith(f"counters: {counter}: contact 1") and f"verified {tomorrow} is in the future" in p
               for p in said), said
    assert any(p.startswith(f"counters: {counter}: hours 1") and "before the page's own date 2024-05-01" in p
               for p in said), said
    contact.update(verified=dt.date.today().isoformat())
    hours.update(verified="2024-05-01")  # the same day as the page, or later: fine
    assert not any("verified" in str(p) for p in check_doc(small_doc, settings, DATA))
