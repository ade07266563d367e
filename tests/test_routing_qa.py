"""Routing failures a new user and a conversation set found (issues #17/#13, session 10), as kinds: harm at work
is no DV or abuse; a child who does not go to school is the school's and the parents' counters, no young carer
unless care is told; a neighbour's home filling with rubbish is for those who watch over the area; a child
minded for a while or after school is childcare, a baby crying through the night parenting; a 手帳 asked about on
sick leave is the disability counter; a verb that after て only says for whom (してあげる) is no word of a phrase
(親に手をあげて)."""

from __future__ import annotations

import pytest

from core.relations import harm_at_work, infer_topics
from core.tone import guard
from knowledge.phrases import auxiliaries

_ABUSE = {"dv-soudan", "jido-gyakutai", "koreisha-gyakutai", "shogai-gyakutai-boushi", "kamakura-miura-jidosoudanjo"}
_CARERS = {"young-carer", "carer-shien"}


def _ranked(guide, text: str) -> list[str]:
    return [r.entry["id"] for r in guide.ask(text).results]


def _shown(guide, text: str) -> list[str]:
    res = guide.ask(text)
    return [e["id"] for e in guard([r.entry for r in res.results], text, alarm=res.crisis is not None)]


@pytest.mark.parametrize("text", [
    "部長にみんなの前で怒鳴りつけられるのがつらくて、出社するのがしんどい",
    "パート先の主任から嫌がらせされてて、どこに言えばいいのか",
    "職場で無視されたり陰口を言われたり。もう限界かも",
    "係長に机を叩いて怒鳴られるのが怖くて眠れません",
])
def test_harm_at_work_is_no_dv_or_abuse(guide, text):
    assert harm_at_work(text)
    topics = infer_topics(text)
    assert topics.get("dv", 0) < 0 and topics.get("gyakutai", 0) < 0
    shown = _shown(guide, text)
    assert shown and not _ABUSE & set(shown[:3])
    assert {"jisatsu-taisaku", "fukushi-sogo-soudan", "kenko-soudan"} & set(shown[:2])


@pytest.mark.parametrize("text", [
    "夫が会社でうまくいかないらしく、帰ってくると私を怒鳴って叩きます",
    "部活の先輩に殴られたと息子が言っています",
    "彼氏に殴られた。職場の人には言えない",
])
def test_harm_at_home_or_school_stays_what_it_was(text):
    assert not harm_at_work(text)


@pytest.mark.parametrize("text", [
    "中1の息子が二学期からほとんど学校に行けてなくて、どう接したらいいか分からない",
    "娘が学校に行かなくなって三か月。親として何をしてあげればいいんでしょう",
    "小5の子が朝になると学校いかんって言うて布団から出てこんのよ",
])
def test_a_child_who_does_not_go_to_school_is_the_schools_and_the_parents(guide, text):
    ranked = _ranked(guide, text)
    assert ranked[0] in {"kyoiku-center-soudan", "kosodate-soudan"}
    shown = _shown(guide, text)
    assert not _CARERS & set(shown) and not _ABUSE & set(shown)


def test_a_child_who_cares_for_family_still_meets_the_young_carer_counter(guide):
    assert "young-carer" in _shown(guide, "中2の娘が妹の世話と家事で学校を休みがちになっています")[:3]


def test_a_verb_after_te_that_only_says_for_whom_is_no_word_of_a_phrase():
    assert auxiliaries("親としてどうしてあげればいいのか") >= {"上げる"}
    assert "上げる" not in auxiliaries("親に手をあげてしまった")  # the blow itself


@pytest.mark.parametrize("text", [
    "斜め向かいの家、玄関の前までゴミ袋が山積みになってて気になる",
    "隣のおじいちゃんちがゴミ屋敷みたいになってきて心配です",
])
def test_a_neighbours_home_filling_with_rubbish_is_for_those_who_watch_over(guide, text):
    res = guide.ask(text)
    assert res.other_business is None and not res.out_of_scope
    assert {"chiiki-houkatsu", "minsei-iin", "p-4-3-1-12"} & set(_ranked(guide, text)[:2])


@pytest.mark.parametrize("text", [
    "美容院に行く間だけ3歳の子を預かってもらえるとこってある？",
    "放課後だけ小2の息子を見てくれるところを探してます",
    "土曜の午前中、下の子ば預かってくれるとこあると？",
])
def test_a_child_minded_for_a_while_or_after_school_is_childcare(guide, text):
    ranked = _ranked(guide, text)
    assert ranked[0] in {"family-support", "kosodate-soudan", "p-4-3-1-4", "p-4-3-1-10", "kosodate-shien-center"}
    assert not {"kurumaisu-kashidashi", "chiiki-houkatsu", "young-carer"} & set(ranked[:3])


@pytest.mark.parametrize("text", [
    "うつ病で会社を休んでいます。精神の手帳ってもらえるものなんですか",
    "休職して半年、手帳って取れるのか知りたい。適応障害です",
])
def test_a_disability_card_asked_on_sick_leave_is_the_disability_counter(guide, text):
    assert _ranked(guide, text)[0] in {"kikan-soudan-shien", "shogai-soudanin"}


@pytest.mark.parametrize("text", [
    "生後3か月の娘が夜中に泣きやまなくて、こっちが寝不足でふらふら",
    "生後1ヶ月。一晩中泣いてて抱っこしても無理",
])
def test_a_baby_who_cries_through_the_night_is_parenting(guide, text):
    shown = _shown(guide, text)
    assert shown[0] in {"kosodate-soudan", "kosodate-shien-center", "tsudoi-hiroba", "kodomo-soudan-kirakira"}
    assert "jido-gyakutai" not in shown
