"""Conversation round of session 14 (issue #13), kinds of failure seen on convo11's tune part: thanks typed in
katakana (an old phone's ｱﾘｶﾞﾄｳ) or "that really helps"; a person asked for in words (「とにかく人と直接話したいです」)
after the counters did not help; a first message in a language this guide does not read (Korean, Vietnamese,
Chinese …) got a bare refusal; harm told as a family's violence or a confinement put only the all-round counter
beside the lines although the message says who is harmed (an old man, a disabled brother, a wife). Sentences
written for this test, not taken from any question set; each rule with twins that must not raise it."""

from __future__ import annotations

import pytest

from core import smalltalk
from core.crisis import crisis_counters
from core.foreign import unread
from core.safety import screen


def _talk(guide, *messages: str):
    from core.dialogue import Dialogue, State

    dialogue, state, replies = Dialogue(guide.router), State(), []
    for message in messages:
        state, reply = dialogue.handle(state, text=message)
        replies.append(reply)
    return replies


def _ids(reply) -> list[str]:
    return [c.entry_id for c in reply.cards]


@pytest.mark.parametrize("text", ["ｱﾘｶﾞﾄｳ", "ｱﾘｶﾞﾄｳｺﾞｻﾞｲﾏｽ", "アリガトウゴザイマシタ", "ドウモアリガトウ", "タスカリマシタ",
                                  "Thank you, that really helps.", "Thanks, that really helped!", "thank you so much, it really helps"])
def test_thanks_in_katakana_or_with_really_is_thanks(text):
    assert smalltalk.kind(text) == smalltalk.THANKS
    assert smalltalk.calm(text)


@pytest.mark.parametrize("text", ["カイゴホケン", "ｹｱﾏﾈ ｶﾞ ｲﾅｲ", "アリガトウ、カイゴホケンノコトデス", "ソウダン", "タスケテ",
                                  "Thank you but that really does not help", "That really helps? Where is it?"])
def test_katakana_words_and_questions_are_not_thanks(text):
    assert not smalltalk.calm(text)


@pytest.mark.parametrize("text", ["ｱﾘｶﾞﾄｳ", "アリガトウゴザイマス", "Thank you, that really helps."])
def test_thanks_after_an_answer_gets_no_cards(guide, text):
    answer, thanks = _talk(guide, "介護保険の申請はどこでできますか", text)
    assert answer.cards and not thanks.cards


@pytest.mark.parametrize("text", ["とにかく人と直接話したいです", "職員さんと話せますか", "できれば窓口の人に直接相談したいです",
                                  "担当の方と話したいです", "人間と話したい", "Can I talk to a real person?",
                                  "I want to speak to a human"])
def test_a_person_asked_for_after_nothing_helped_gets_the_all_round_counters(guide, text):
    *_, reply = _talk(guide, "家賃も介護も体調も全部しんどい。何から相談すればいいのか", "いいえ、役に立たなかった。他の窓口は？", text)
    assert {"fukushi-sogo-soudan", "shakyo-nandemo-soudan"} & set(_ids(reply))
    assert "0467-23-3000" in reply.text


def test_a_person_asked_for_in_a_thread_gets_that_counters_phone(guide):
    answer, person = _talk(guide, "母の物忘れがひどくて心配です", "担当の人と直接話せますか")
    assert _ids(person) == _ids(answer)[:1]
    assert "0467-23-3000" in person.text


@pytest.mark.parametrize("text", ["人と話したい", "誰かと話したい", "夫が職員と話したがらない", "職員の対応がひどい"])
def test_loneliness_or_a_story_about_staff_is_no_request_for_a_person(guide, text):
    (reply,) = _talk(guide, text)
    assert "人と話したいときは、こちらに電話できます" not in reply.text


@pytest.mark.parametrize("text", [
    "어머니가 치매인 것 같아요. 어디에 상담하면 돼요?",
    "Tôi mất việc và không có tiền trả tiền nhà. Tôi có thể hỏi ở đâu?",
    "我妈妈好像有痴呆症，我应该去哪里咨询？",
    "Mi madre tiene demencia, ¿dónde puedo pedir ayuda?",
    "Saya tidak punya uang untuk bayar sewa, di mana saya bisa minta tolong?",
    "मेरो आमालाई बिर्सने रोग छ",
])
def test_a_language_this_guide_does_not_read_is_recognised(text):
    assert unread(text)


@pytest.mark.parametrize("text", ["母の物忘れがひどい", "介護保険", "My mother has dementia, where can I ask?", "天気予報を教えて",
                                  "ベトナムから来ました。保育園に入れたいです", "中国語の通訳はいますか", "I am from Vietnam"])
def test_japanese_and_english_are_read(text):
    assert not unread(text)


@pytest.mark.parametrize("text", ["어머니가 치매인 것 같아요. 어디에 상담하면 돼요?",
                                  "Tôi mất việc và không có tiền trả tiền nhà. Tôi có thể hỏi ở đâu?"])
def test_a_message_in_another_language_gets_the_foreign_residents_counter_not_a_refusal(guide, text):
    (reply,) = _talk(guide, text)
    assert "tabunka" in _ids(reply)
    assert "お答えできません" not in reply.text and "English" in reply.text


@pytest.mark.parametrize("text, first", [
    ("隣の家で毎晩おじいさんが息子さんに怒鳴られて叩かれている音がする", "koreisha-gyakutai"),
    ("近所のおばあちゃんが冬の夜に息子さんに家から閉め出されてるのを何度も見た", "koreisha-gyakutai"),
    ("知的障害のある兄が作業所で職員に叩かれているらしい", "shogai-gyakutai-boushi"),
])
def test_harm_told_without_whom_gets_the_counter_of_the_one_named(guide, text, first):
    found = screen(text)
    if not set(found.situations) & {"violence-now-family", "confinement"}:
        pytest.skip(f"the screen names another situation: {found.situations}")
    assert crisis_counters(guide.kb, found, text)[0]["id"] == first


@pytest.mark.parametrize("text", ["父に殴られた", "兄に殴られて家にいられない"])
def test_harm_to_an_adult_with_no_one_named_keeps_the_all_round_counter(guide, text):
    found = screen(text)
    ids = [e["id"] for e in crisis_counters(guide.kb, found, text)]
    assert "jido-gyakutai" not in ids and "koreisha-gyakutai" not in ids


@pytest.mark.parametrize("text", ["ただ話せる場所がほしい", "話を聞いてくれる人がいればいいのに", "話し相手がほしいだけです",
                                  "I just need someone to talk to"])
def test_somewhere_to_talk_after_distress_is_the_weight_not_a_place(guide, text):
    _, reply = _talk(guide, "最近ずっと眠れなくて、毎日涙が出る", text)
    assert "jisatsu-taisaku" in _ids(reply)
    assert not {"tsudoi-hiroba", "kosodate-shien-center", "umikaze-no-michi"} & set(_ids(reply))


def test_a_place_for_the_children_after_distress_is_still_a_place(guide):
    _, reply = _talk(guide, "子育てがつらくて毎日泣いてる", "子どもと一緒に行ける場所ってある？")
    assert "jisatsu-taisaku" not in _ids(reply)


@pytest.mark.parametrize("text", ["67歳、年金だけじゃ足りない。週3くらいで働けるとこ", "定年後もパートの仕事を探したい",
                                  "70歳でも働ける場所ってありますか"])
def test_work_asked_for_is_never_answered_with_public_assistance(guide, text):
    (reply,) = _talk(guide, text)
    assert "seikatsu-hogo" not in _ids(reply)


@pytest.mark.parametrize("text", ["仕事をクビになって家賃が払えない。仕事も探したい", "生活保護を受けながら働きたい"])
def test_work_asked_with_living_out_of_reach_keeps_public_assistance_possible(text):
    from core.tone import _CANNOT_LIVE, _FIRST_ONLY_WHEN_SAID, _WORK_ASKED, said

    assert _WORK_ASKED.search(text)
    assert _CANNOT_LIVE.search(text) or said(text, _FIRST_ONLY_WHEN_SAID[1])


def test_narrowing_keeps_the_counters_shown_that_serve_the_district(guide):
    answer, narrowed = _talk(guide, "4歳の娘と父の認知症の介護が同時に来てて、毎日が綱渡り。もう限界近い", "玉縄です")
    assert len(narrowed.cards) >= min(len(answer.cards), 3)
    assert {"carer-shien", "chiiki-houkatsu"} & set(_ids(narrowed)) or any(
        i.startswith("chiiki-houkatsu") for i in _ids(narrowed))


@pytest.mark.parametrize("text", ["通告した場合、私が伝えたことは保護者に知られますか", "名前は出さずに知らせたいです",
                                  "通報したのが私だってバレませんか", "直接言ったらもっとひどい目にあいそうでこわい",
                                  "匿名で通報できますか"])
def test_the_fear_of_being_known_after_harm_told_keeps_the_abuse_counter(guide, text):
    _, reply = _talk(guide, "近所の子が親にネグレクトされてるみたいで心配です", text)
    assert _ids(reply)[0] == "jido-gyakutai"
    assert "koreisha-gyakutai" not in _ids(reply)


@pytest.mark.parametrize("text", ["通告した場合、私が伝えたことは保護者に知られますか", "通報したら私だと分かってしまいますか"])
def test_a_report_named_in_a_childs_thread_brings_the_childs_abuse_counter(guide, text):
    _, reply = _talk(guide, "小学校の担任です。毎日同じ服で来て、給食をかきこむように食べる子がいて、家庭が心配です", text)
    assert {"jido-gyakutai", "kamakura-miura-jidosoudanjo"} & set(_ids(reply))


@pytest.mark.parametrize("first, text", [("母の物忘れがひどい", "娘に言ったらバレるかな"),
                                         ("介護保険の申請をしたい", "匿名で相談できますか"),
                                         ("息子が不登校です", "先生に言ったらバレるかな")])
def test_the_same_words_in_a_thread_with_no_harm_told_raise_no_abuse_counter(guide, first, text):
    _, reply = _talk(guide, first, text)
    assert not {"jido-gyakutai", "koreisha-gyakutai", "shogai-gyakutai-boushi", "dv-soudan"} & set(_ids(reply))


@pytest.mark.parametrize("text", ["hello, I need some help", "誰にも言えないことがあって、しんどい"])
def test_a_question_back_starts_with_its_own_options_not_a_glossary_tap(guide, text):
    (reply,) = _talk(guide, text)
    if reply.options:
        assert not reply.options[0].id.startswith("g:") and "とは？" not in reply.options[0].label
        assert not reply.options[0].label.startswith("What is")


def test_living_words_taken_away_never_turn_a_question_into_a_crisis_answer(guide):
    (reply,) = _talk(guide, "Actually it's about my mum. She's getting forgetful and I live in Tokyo. She's in Nikaido.")
    assert "chiiki-houkatsu" in _ids(reply)


@pytest.mark.parametrize("text", ["Mi madre tiene demencia, ¿dónde puedo pedir ayuda?",
                                  "Ako po ay walang trabaho, saan ako pwede humingi ng tulong?"])
def test_a_message_heard_as_distress_in_another_language_gets_the_foreign_residents_counter(guide, text):
    (reply,) = _talk(guide, text)
    assert "tabunka" in _ids(reply)


@pytest.mark.parametrize("text", ["もう限界", "話を聞いてほしいだけ"])
def test_distress_in_japanese_gets_no_foreign_residents_counter(guide, text):
    (reply,) = _talk(guide, text)
    assert "tabunka" not in _ids(reply)
