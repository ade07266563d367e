"""Routing round of session 13 (issue #17), kinds of failure seen on fresh blind sets of long LINE messages
(long8) and short questions (short8): harm to a disabled person told with どこに相談 or an autism named is the
disabled-abuse counter's, not the all-round counter's nor the children's; a developmental disability and a job hunt
is disability employment; a noise told in one sentence and the sleepless day in the next is the noise; everyday words
of counters (誰とも喋ってない, 更年期, ヘルパーの態度, 提供会員, 介護保険の保険証) and of English messages (old
appliances are no older person; a public health nurse, a door-to-door seller, a place to play with a baby, a
community childcare scheme). Sentences written for this test, not taken from any question set."""

from __future__ import annotations

import pytest

from core.answer import to_contract
from core.ask import find_ask
from core.english import to_japanese


def _out(guide, text: str) -> dict:
    return to_contract(guide.kb, guide.ask(text))


def _ids(guide, text: str) -> list[str]:
    return [r["id"] for r in _out(guide, text)["results"]]


@pytest.mark.parametrize("text", [
    # a day centre's staff, a disability, どこに相談: one concern, the disabled-abuse counter first
    "息子が通う就労支援の事業所で、支援員に強くつねられたそうです。息子は知的障害があって詳しく話せません。"
    "事業所に言いにくくて。こういうことはどこに相談すればいいでしょうか。",
    "My brother has autism and lives in a care facility. A staff member shouts at him and pushes him, he says. "
    "Where can I report abuse of a disabled person?",
])
def test_harm_to_a_disabled_person_leads_with_its_counter(guide, text):
    out = _out(guide, text)
    assert not out["crisis"]
    assert out["results"][0]["id"] == "shogai-gyakutai-boushi"


def test_a_noise_and_the_sleepless_day_after_it_is_the_noise():
    kept = find_ask("隣で解体工事が始まって、毎朝ドリルの音が響きます。夜勤なので昼に寝たいのにまったく眠れません。"
                    "工事の音って市に言えますか").text
    assert "眠れ" not in kept and "工事" in kept


@pytest.mark.parametrize("text,counter", [
    ("在宅ワークになってから誰とも喋ってない", "kodoku-koritsu"),
    ("更年期の不調がしんどい、どこで相談できる？", "kenko-soudan"),
    ("ヘルパーの態度が横柄でつらい", "kujo-soudan"),
    ("ファミサポで子どもを預かる側の提供会員になりたい", "family-support"),
    ("介護保険の保険証が届いたけど使い方がわからない", "kaigo-hoken"),
    ("If I want to meet other parents, is there a place to play with my baby?", "kosodate-shien-center"),
    ("I need a public health nurse to talk about my blood pressure.", "kenko-soudan"),
])
def test_everyday_words_reach_their_counter(guide, text, counter):
    assert counter in _ids(guide, text)[:2]


def test_old_appliances_are_no_older_person():
    assert "高齢者" not in to_japanese("Where can I throw away old appliances and electronics?")


def test_a_door_to_door_seller_is_a_consumer_question(guide):
    assert _ids(guide, "A door-to-door salesman made me sign a contract, can I cancel the contract?")[0] == \
        "shohi-seikatsu-center"


def test_a_word_written_in_full_is_no_homophone(guide):
    # 就活 (job hunting) sounds like 終活 (preparing for the end of life): written, it is the job hunt
    ids = _ids(guide, "発達障害があって就活がうまくいかない")
    assert "shukatsu-shien" not in ids[:3]


def test_help_with_monthly_payments_is_the_money_management_service(guide):
    assert "nichijo-jiritsu" in _ids(guide, "一人暮らしの兄が公共料金の払い忘れを繰り返すので、毎月の支払いを見てくれる所はありますか")[:2]


def test_a_disabled_persons_pension_taken_by_family_is_disabled_abuse(guide):
    assert _ids(guide, "知的障害のある従兄弟が、同居の家族に年金をとられてるみたい")[0] == "shogai-gyakutai-boushi"


@pytest.mark.parametrize("text", ["雨の日に2歳の子を遊ばせる場所ってある？", "雨でも1歳児と過ごせる室内の広場を探してます"])
def test_a_rainy_day_place_for_a_toddler_is_no_weather_question(guide, text):
    assert _ids(guide, text)[0] in ("kosodate-shien-center", "tsudoi-hiroba")


@pytest.mark.parametrize("text,counter", [
    ("The landlords all say no because I'm old. Who can help me find an apartment?", "kyoju-shien"),
    ("Nihongo sukoshi. Soudan dekimasu ka?", "tabunka"),
])
def test_english_and_romaji_words_reach_their_counter(guide, text, counter):
    assert _ids(guide, text)[0] == counter


def test_renting_a_bicycle_is_other_city_business(guide):
    assert _ids(guide, "Where can I rent a bicycle near the station?") == []


def test_a_pupil_named_only_says_who(guide):
    # 高校生 is who the story is about, not the summer volunteering for pupils whose name holds the word
    ids = _ids(guide, "高校生の息子が反抗期で、親として接し方に悩んでいます")
    assert ids and ids[0] != "p-3-2-2-3"


def test_welfare_called_just_hogo_is_public_assistance(guide):
    assert "seikatsu-hogo" in _ids(guide, "うちは保護を受けているんですが、子どものバイト代も申告が必要ですか")[:2]
