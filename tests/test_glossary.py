"""The glossary (issue #14): 「成年後見とは？」 asked or tapped gets one plain line in the resident's register and
the counter to ask; a routine question that names a term still goes to the counter; `kb check` refuses a
definition with a local fact, an unknown counter or a hard やさしい日本語 line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from core.dialogue import Dialogue, State
from core.glossary import CHOICE, Glossary, default
from knowledge.files import read_yaml_list
from knowledge.glossary import check_glossary, glossary_problems, load_glossary

DATA = Path(__file__).resolve().parent.parent / "data"
COUNTERS = {c["id"] for c in read_yaml_list(DATA / "counters.yaml")}
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


@pytest.fixture
def dialogue(guide):
    return Dialogue(guide.router)


def ask(dialogue, text=None, choice=None, state=None, lang=None):
    return dialogue.handle(state or State(), text=text, choice=choice, lang=lang)


def test_the_glossary_of_data_passes_kb_check_and_covers_the_words_residents_meet():
    assert glossary_problems(DATA, COUNTERS) == []
    terms = {x["term"] for x in load_glossary(DATA)}
    assert {"成年後見", "地域包括支援センター", "民生委員", "ケアラー", "ヤングケアラー", "社会福祉協議会", "要介護認定",
            "ケアマネジャー", "生活困窮", "障害者手帳", "就労継続支援", "放課後等デイサービス", "ひきこもり",
            "日常生活自立支援事業", "ショートステイ", "デイサービス", "訪問看護", "特別児童扶養手当"} <= terms
    assert 25 <= len(terms) <= 40


@pytest.mark.parametrize("text,term,line", [
    ("成年後見とは？", "成年後見", "家庭裁判所"),
    ("民生委員って何？", "民生委員", "ボランティア"),
    ("ケアマネってなんですか", "ケアマネジャー", "ケアプラン"),
    ("地域包括支援センターとはどういうところですか", "地域包括支援センター", "まとめて相談"),
])
def test_asked_in_japanese_the_plain_line_and_the_counter_to_ask(dialogue, text, term, line):
    state, reply = ask(dialogue, text)
    assert reply.text.startswith(f"「{term}」とは") and line in reply.text
    assert len(reply.cards) == 1 and "窓口" in reply.text
    assert state.counter == reply.cards[0].entry_id  # 「電話番号は？」 next is about that counter


def test_asked_in_english_the_english_line(dialogue):
    state, reply = ask(dialogue, "what is a care manager?")
    assert reply.lang == "en" and state.lang == "en"
    assert reply.text.startswith("Care manager: A certified care manager")
    assert not JAPANESE.search(reply.text)


def test_asked_in_easy_japanese_the_easy_line_in_kana(dialogue):
    _, reply = ask(dialogue, "せいねんこうけんって なに？", lang="easy")
    assert reply.text.startswith("「せいねん こうけん」は: はんだんする ちからが よわい 人を まもる しくみです。")


def test_a_term_without_a_counter_gets_the_line_alone(dialogue):
    _, reply = ask(dialogue, "障害者手帳とは")
    assert "身体障害者手帳" in reply.text and reply.cards == [] and "窓口へ" not in reply.text


@pytest.mark.parametrize("text", ["成年後見の申立てをしたい", "要介護認定の申請をしたい",
                                  "母が認知症で成年後見を考えています。どこに相談すればいいですか"])
def test_a_routine_question_naming_a_term_still_goes_to_the_counter(dialogue, text):
    _, reply = ask(dialogue, text)
    assert "」とは:" not in reply.text
    assert reply.cards, "the router answers with counters"


def test_a_definition_question_with_distress_in_it_is_not_a_glossary_turn():
    assert Glossary(default().terms).asked("ひきこもりって何？") is not None
    assert default().asked("死にたい。ひきこもりって何？") is None  # not a definition question at all
    assert default().asked("民生委員って誰に聞けばいいですか") is None  # a question about whom to ask


def test_an_answer_card_naming_a_term_offers_one_tap_and_the_tap_explains(dialogue):
    state, reply = ask(dialogue, "成年後見の申立てをしたい")
    taps = [o for o in reply.options if o.id.startswith(CHOICE)]
    assert len(taps) == 1 and taps[0].label.endswith("とは？")
    _, explained = ask(dialogue, choice=taps[0].id, state=state)
    assert explained.text.startswith("「" + taps[0].label.removesuffix("とは？") + "」とは")


def test_the_tap_in_english_and_in_easy_japanese(dialogue):
    state, reply = ask(dialogue, "I want to apply for adult guardianship for my mother", lang="en")
    taps = [o for o in reply.options if o.id.startswith(CHOICE)]
    assert len(taps) == 1 and taps[0].label.startswith("What is ")
    _, explained = ask(dialogue, choice=taps[0].id, state=state)
    assert explained.lang == "en" and not JAPANESE.search(explained.text.split("\n")[0])
    state, reply = ask(dialogue, "成年後見の申立てをしたい", lang="easy")
    taps = [o for o in reply.options if o.id.startswith(CHOICE)]
    assert len(taps) == 1 and taps[0].label.endswith("って なに？")
    _, explained = ask(dialogue, choice=taps[0].id, state=state)
    assert explained.text.startswith("「") and "」は: " in explained.text


def test_no_tap_during_an_alarm(dialogue):
    _, reply = ask(dialogue, "夫に殴られて家から出られない。今すぐ助けて")
    assert reply.emergency and not any(o.id.startswith(CHOICE) for o in reply.options)


def _term(**over):
    base = {"id": "x-term", "term": "テスト語", "reading": "てすとご", "aliases": [], "en_terms": ["test word"],
            "ja": "説明の一文です。", "easy": "せつめいです。", "en": "A test word.", "counters": []}
    return {**base, **over}


@pytest.mark.parametrize("over,says", [
    ({"ja": "電話0467-23-3000で受け付けます。"}, "local facts"),
    ({"en": "Open 8:30 to 17:15."}, "local facts"),
    ({"easy": "ここで せつめいする。"}, "〜ます／〜です"),
    ({"easy": "成年後見制度利用促進基本計画策定委員会です。"}, "kanji"),
    ({"counters": ["no-such-counter"]}, "not in counters.yaml"),
    ({"en": "成年後見 is guardianship."}, "Japanese"),
    ({"ja": ""}, "ja is empty"),
    ({"colour": "red"}, "unknown key"),
])
def test_kb_check_refuses_a_bad_term(over, says):
    from knowledge.glossary import _canonical
    problems = check_glossary([_canonical(_term(**over))], COUNTERS)
    assert any(says in p for p in problems), problems
    assert check_glossary([_canonical(_term())], COUNTERS) == []


def test_a_word_of_two_terms_is_refused():
    from knowledge.glossary import _canonical
    problems = check_glossary([_canonical(_term()), _canonical(_term(id="y-term", aliases=["テスト語"]))], COUNTERS)
    assert any("also a word of x-term" in p for p in problems)


def test_kb_check_reads_the_glossary_beside_the_data(tmp_path, settings):
    import shutil

    from core.loading import check_doc
    from knowledge.files import read_data_dir
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    text = (folder / "glossary.yaml").read_text(encoding="utf-8")
    (folder / "glossary.yaml").write_text(text.replace("counters: [minsei-iin]", "counters: [no-such-counter]"),
                                          encoding="utf-8")
    said = [str(p) for p in check_doc(read_data_dir(folder), settings, folder)]
    assert said == ["glossary: minsei-iin: counter 'no-such-counter' is not in counters.yaml"]
