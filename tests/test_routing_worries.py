"""Routing round 2 of session 9 (issue #17): a practical worry told with a feeling keeps the practical counter
first; a child taken along away from a partner's anger is no abused child; work for a disabled person is the
employment centre's, not any job counter's; a kana message names the knowledge's compound words (ひとりおや)."""

from __future__ import annotations

import pytest

from core.answer import to_contract
from core.relations import infer_topics, infer_who


def _ids(guide, text: str) -> list[str]:
    return [r["id"] for r in to_contract(guide.kb, guide.ask(text))["results"]]


@pytest.mark.parametrize("text", [
    "会社をクビになって、来月からの生活が不安です",
    "勤めていた工場をクビになりました。家族もいるし、これからの生活が不安で眠れない日もあります。",
    "先週リストラされて、来月の家賃とかお金のことを考えるとつらいです。",
    "毎月の医療費が高すぎて、お金の工面のことを相談したい",
])
def test_a_practical_worry_told_with_a_feeling_keeps_the_practical_counter_first(guide, text):
    assert _ids(guide, text)[0] == "jiritsu-soudan"


def test_stress_at_work_is_still_the_mind(guide):
    assert _ids(guide, "仕事のストレスで眠れない")[0] == "jisatsu-taisaku"


@pytest.mark.parametrize("text", [
    "夫が怒鳴るので、子どもを連れて実家に帰りたい",
    "主人が物に当たって大声で怒鳴るので、子どもを連れて家を出たいです。",
])
def test_a_child_taken_along_away_from_a_partner_is_dv_first_not_child_abuse(guide, text):
    ids = _ids(guide, text)
    assert ids[0] == "dv-soudan"
    assert "jido-gyakutai" not in ids[:2]


def test_a_child_harmed_is_still_child_abuse():
    assert "gyakutai" in infer_topics("夫が子どもを叩くので、子どもを連れて逃げたい")


@pytest.mark.parametrize("text", [
    "わたし は しょうがい が あります。はたらきたい です。",
    "体に障害があるけど、仕事をしたいです。",
])
def test_work_for_a_disabled_person_goes_to_the_employment_centre(guide, text):
    assert _ids(guide, text)[0] == "nisen-nin-koyou"


def test_a_kana_message_reads_the_knowledges_compound_words(guide):
    assert guide.router.kana.to_kanji("ひとりおや で ほいくえん に いれたい").endswith("親で保育園に入れたい")
    assert _ids(guide, "ひとりおや で しごと を さがして います。てあて は もらえますか。")[0] == "hitorioya-soudan"


@pytest.mark.parametrize("text,counter", [
    ("24歳の息子が大学を出てから就職が決まらず、家にいます。若者向けの仕事探しの相談ってありますか。", "jakunen-mugyo"),
    ("妹は30歳で、本人は仕事をしたいと言っています。若い人向けの就労の支援はどこですか。", "jakunen-mugyo"),
    ("生後8か月の娘がいます。雨の日でも子連れで行けるところを探しています。", "tsudoi-hiroba"),
    ("娘がSNSで知り合った人からエステの回数券を買わされました。だまされたと泣いています。返してもらえますか。",
     "shohi-seikatsu-center"),
])
def test_a_young_relatives_job_a_place_for_a_toddler_and_a_contract_regretted(guide, text, counter):
    assert _ids(guide, text)[0] == counter


@pytest.mark.parametrize("text", [
    "父がトイレが長くて、ドアの鍵をかけるので心配",
    "母が最近お風呂に入りたがらなくて、着替えもしなくなりました。心配です。",
    "父が同じものを何度も買ってくるし、財布をよくなくします。どこに相談したらいいですか。",
])
def test_a_grown_childs_worry_about_a_parent_goes_to_the_older_peoples_counter(guide, text):
    ids = _ids(guide, text)
    assert ids[0] == "chiiki-houkatsu"
    assert "jido-gyakutai" not in ids[:2]


def test_a_childs_parent_is_no_older_person():
    assert infer_who("母が小学3年の息子の宿題を見てくれない") == {}
    assert infer_who("祖母が最近元気がない") == {"koureisha": 1.0}


@pytest.mark.parametrize("text", [
    "Could a local volunteer pick up my kids from the after-school club twice a week? I don't mind paying a small fee.",
    "I heard about a scheme where residents help with childcare for a small fee. How can I sign up as a parent?",
])
def test_someone_to_fetch_a_child_or_neighbourly_childcare_in_english_is_family_support(guide, text):
    assert _ids(guide, text)[0] == "family-support"


def test_someones_nights_that_keep_the_family_awake_are_not_the_residents_own_mind(guide):
    assert _ids(guide, "祖父が夜中に何度も起きて、家の中を歩き回るので家族が眠れません。")[0] == "chiiki-houkatsu"
