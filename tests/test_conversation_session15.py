"""Conversation round of session 15 (issue #13), kinds of failure seen on convo12's tune part: the urgency tier
(violence told as the rule of a life — 「のが日常になってます」, 毎週のように, ここ数年 — or in the Spanish or Portuguese
simple present is a DV line today, not 110 now; a way to die told as a thought, 飛び降りたら楽になるのかなって考えてた,
is the suicide lines today, not 119), relief told after an alarm together with a question, another counter asked for
with the reason, a place only to be listened to, and a language this guide does not read when English was chosen.
Sentences written for this test, not taken from any question set; each rule with twins that must not raise it."""

from __future__ import annotations

import re

import pytest

from core.safety import screen

# Harm by a partner or family told as what happens, not as what is happening: the DV line today.
HABIT = [
    "夫に怒鳴られて物を投げられるのが日常になってる。まだ殴られてはいないけど怖い",
    "夫が物を投げてくるのは日常茶飯事です",
    "彼から日常的に暴力を受けています",
    "夫に毎週のように殴られています",
    "ここ数年ずっと夫に蹴られてきた",
    "週に何回も夫に叩かれる",
    "Mi esposo me pega.",
    "Hola, necesito ayuda. Mi marido me golpea.",
    "Meu marido me bate.",
]
# …and its twins: the blow now, or a night that is different (119/110 first).
NOW = [
    "夫が今物を投げてきて怖い",
    "日常的に殴られていて、今も隣の部屋で暴れている",
    "いつもは怒鳴るだけなのに、今日は包丁を持ち出してきた",
    "夫に殴られた、助けて",
    "Mi esposo me está pegando ahora",
    "Meu marido está me batendo agora",
    "Mi esposo me pega ahora mismo, ayuda",
]


@pytest.mark.parametrize("text", HABIT)
def test_violence_told_as_the_rule_of_a_life_is_a_line_today(text):
    found = screen(text)
    assert found.urgency == "crisis", found
    assert {"violence-now-partner", "violence-now-family"} & set(found.situations)


@pytest.mark.parametrize("text", NOW)
def test_violence_going_on_now_stays_an_emergency(text):
    assert screen(text).urgency == "emergency"


# A way to die thought of (the suicide lines today) …
THOUGHT = [
    "さっき、ベランダから飛び降りたら楽になるのかなって考えてた",
    "産後で眠れない。この子を抱いたまま飛び降りたら楽になるのかなって思ってしまった",
    "屋上から飛び降りたら終わるかなって考えてしまう",
    "線路に飛び込んだら全部終わるのかなって最近よく考える",
]
# … and its twins: the resident at the place now, an hour set, or the pills already taken (119 first).
UNDER_WAY = [
    "今ベランダにいて、飛び降りたら楽になるかなって考えてる",
    "今夜、屋上から飛び降りたら楽かなって思ってる",
    "飛び降りたら楽になるかなって考えて、いま屋上にいます",
    "薬を全部飲んだら楽になるかなって思って、さっき飲みました",
    "線路に飛び込んだら全部終わるのかなって考えながら、今ホームにいる",
    "今夜飛び降りるつもり",
]


@pytest.mark.parametrize("text", THOUGHT)
def test_a_way_to_die_thought_of_is_the_suicide_lines_today(text):
    found = screen(text)
    assert found.urgency == "crisis", found
    assert "suicide-plan-or-attempt" in found.situations


@pytest.mark.parametrize("text", UNDER_WAY)
def test_a_way_to_die_at_hand_stays_an_emergency(text):
    assert screen(text).urgency == "emergency"


def _talk(guide, *messages: str, lang: str | None = None):
    from core.dialogue import Dialogue, State

    dialogue, state, replies = Dialogue(guide.router), State(), []
    for message in messages:
        state, reply = dialogue.handle(state, text=message, lang=lang)
        replies.append(reply)
    return replies


def _ids(reply) -> list[str]:
    return [c.entry_id for c in reply.cards]


@pytest.mark.parametrize("text", [
    "話したら少し落ち着きました。お金のことはどこに行けばいいんでしたっけ",
    "聞いてもらえて楽になりました。家賃のことはどこに相談するんでしたっけ",
    "少し落ち着きました。それで、お金のことはどこに聞けばいいですか",
    "ほっとしました。家賃の件はどこに行けばいい？",
])
def test_relief_after_an_alarm_with_a_question_answers_it_in_the_quiet_tier(guide, text):
    *_, reply = _talk(guide, "仕事がなくなって家賃が払えない", "もう生きてる意味ないなって思う", text)
    assert "jiritsu-soudan" in _ids(reply)
    assert reply.urgency == "soft"


@pytest.mark.parametrize("text", ["少し落ち着きました", "話したら楽になりました。ありがとう"])
def test_relief_alone_after_an_alarm_shows_no_cards_again(guide, text):
    *_, reply = _talk(guide, "仕事がなくなって家賃が払えない", "もう生きてる意味ないなって思う", text)
    assert not reply.cards and reply.urgency == "soft"


@pytest.mark.parametrize("text", ["他の窓口は？いきなり生活保護はちょっと抵抗がある",
                                  "ほかのところはありますか。生活保護はまだ抵抗があって",
                                  "他に相談できるところはない？生活保護の前にお金の相談がしたい"])
def test_another_counter_with_the_reason_shows_the_one_beside_it(guide, text):
    *_, reply = _talk(guide, "生活保護を受けたいんですが", text)
    assert "jiritsu-soudan" in _ids(reply) and _ids(reply)[0] != "seikatsu-hogo"


@pytest.mark.parametrize("text", ["他の窓口は？", "他にはある？", "いいえ、役に立たなかった。他の窓口は？", "他にはある？ありがとう"])
def test_another_counter_without_a_concern_is_the_guided_path(guide, text):
    *_, reply = _talk(guide, "生活保護を受けたいんですが", text)
    assert not reply.cards


ANYWHERE = ["どこに相談したらいいかもわからないんだけど、とりあえず話聞いてくれるとこある？",
            "話を聞いてくれるところってありますか", "誰に相談すればいいのかわからない",
            "どこに行けばいいのかすら分からなくて", "とりあえず話を聞いてもらえるところを探してます",
            "I don't even know where to go. Somewhere I can just talk?"]


@pytest.mark.parametrize("text", ANYWHERE)
def test_nowhere_known_to_start_gets_the_all_round_counters(guide, text):
    reply, = _talk(guide, text)
    assert {"fukushi-sogo-soudan", "shakyo-nandemo-soudan"} & set(_ids(reply))


@pytest.mark.parametrize("text", ["母の介護のことで話を聞いてくれるところはありますか",
                                  "介護保険の申請はどこに行けばいいですか"])
def test_a_concern_named_keeps_its_own_counters(guide, text):
    reply, = _talk(guide, text)
    assert {"chiiki-houkatsu", "kaigo-hoken", "carer-shien"} & set(_ids(reply))


def test_an_unread_language_with_english_chosen_is_answered_in_english(guide):
    reply, = _talk(guide, "Buenas tardes. Mi marido me golpea.", lang="en")
    assert reply.urgency == "crisis" and "dv-soudan" in _ids(reply)
    assert not re.search(r"[\u3041-\u30ff]", reply.text)


@pytest.mark.parametrize("text", ["いまは部屋で普通にゲームしてて、話しかけたら大丈夫って言ってました",
                                  "本人は平気だと言っています", "今はリビングで普通にご飯を食べています", "She says she's fine now."])
def test_the_one_in_danger_calm_now_winds_the_alarm_down_with_the_counters(guide, text):
    _, reply = _talk(guide, "中3の娘の腕にカッターの傷がいくつもあるのを見つけてしまった", text)
    assert reply.urgency == "soft" and "jisatsu-taisaku" in _ids(reply)


@pytest.mark.parametrize("text", ["夫は普通にしてます", "夫は大丈夫だと言ってます"])
def test_the_one_who_harms_acting_normal_is_no_safety(guide, text):
    _, reply = _talk(guide, "夫に殴られて顔があざだらけです", text)
    assert reply.urgency != "soft" or reply.emergency


@pytest.mark.parametrize("text", ["明日ケアマネさんに電話してみます", "包括に相談してみます", "明日、地域包括に行ってみます"])
def test_a_next_step_told_after_an_alarm_is_the_quiet_tier(guide, text):
    *_, reply = _talk(guide, "母の介護もう無理。いっそ母と一緒に死のうかと考えてしまう", text)
    assert reply.urgency == "soft" and {"chiiki-houkatsu", "carer-shien"} & set(_ids(reply))


@pytest.mark.parametrize("text", ["ありがとう、電話してみます", "ケアマネさんに電話してみようかな？"])
def test_thanks_or_a_question_is_not_a_next_step_told(guide, text):
    *_, reply = _talk(guide, "母の介護もう無理。いっそ母と一緒に死のうかと考えてしまう", text)
    assert "これからのことは" not in reply.text
