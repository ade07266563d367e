"""Alarm words in their harmless sense (core/safety/senses.py and the negations of context.py): a household
without children, a pet that follows, a parent who paces at night, a branch near a window, no will to do
anything, a stroke lived with, a note saying where they went, a baby rocked to sleep, medicine that helps, a wish denied, a blow denied, violence told as a habit — each beside the same
words meaning danger, which still raise the alarm. The sentences are our own, written for the families."""

from __future__ import annotations

import pytest

from core.answer import to_contract
from core.safety import screen

QUIET = [
    "うちは夫婦ふたりで、子どもはいません。老後の住まいを相談したいです",
    "身寄りはおりません。いずれ施設に入るときのことを聞きたい",
    "こどもは いません。ひとりぐらしで さびしいです",
    "近所の犬が散歩のたびについてくるんです。飼い主さんに伝えたい",
    "認知症の母が夜中に家の中をうろうろして、私が眠れません",
    "庭の木の枝が電線に当たりそうで心配です。どこに頼めばいいですか",
    "何もする気が起きない毎日です。話を聞いてほしい",
    "十年前に脳梗塞をやって右手が不自由です。手帳のことを聞きたい",
    "しにたいとは おもわないけど、もうつかれた",
    "息子が塾に行くってLINEを残して出かけました",
    "抱っこでゆらしてたらすぐ寝た、助かる〜",
    "頭痛薬を飲んだら楽になりました",
    "高1の娘が最近夜中まで帰ってこなくて、注意しても聞きません",
]
ALARM = {
    "娘がいません！さっきまで公園にいたのに": "missing-child",
    "朝から認知症の父がいません": "missing-person-dementia",
    "知らない男が毎晩家の前をうろうろしている": "stalking-threat",
    "父が急にろれつが回らなくなって片手が動かない": "stroke-signs",
    "死にたいと思う": "suicide-thoughts",
    "娘が「さがさないで」ってメモを残して出て行った": "missing-child",
    "赤ちゃんが泣き止まなくて激しくゆさぶってしまった": "child-abuse",
    "睡眠薬を全部飲んだら楽になれるかな": "overdose",
    "もう大丈夫じゃない。さっき手首を切った": "self-harm",
    "小6の息子が塾から帰ってこない。連絡もつかない": "missing-child",
}


@pytest.mark.parametrize("q", QUIET)
def test_the_harmless_sense_raises_no_alarm(q):
    assert not screen(q).alarm, (q, screen(q))


@pytest.mark.parametrize("q, situation", ALARM.items())
def test_the_same_words_meaning_danger_still_raise_it(q, situation):
    s = screen(q)
    assert s.alarm and situation in s.situations, (q, s)


@pytest.mark.parametrize("q", ["殴られてはいないけど、夫にいつも怒鳴られてつらい",
                               "おっとは のむと あばれて ものを なげます",
                               "隣の息子さんが母親を怒鳴って外に出しているのを何度か見ました。今すぐ危ないという状況ではないです"])
def test_violence_denied_or_told_as_a_habit_is_no_call_to_the_police_now(q):
    assert screen(q).urgency != "emergency", (q, screen(q))


def test_a_former_partner_who_still_lurks_is_a_dv_line_today_and_one_at_the_door_now_is_110():
    """「今でも」「今のところ」 speak of a span of time: a pursuit told as ongoing gets the DV and stalking lines
    (crisis); a pursuer outside now is an emergency."""
    told = screen("別れた夫がいまでも職場の近くで待ち伏せしてきます。今のところ何もされてはいないけど、怖いです")
    assert told.urgency == "crisis" and "stalking-threat" in told.situations, told
    assert screen("元夫が今、玄関の前で待ち伏せしてる").urgency == "emergency"


def test_living_alone_is_a_fact_and_feeling_alone_is_distress():
    assert screen("My elderly neighbour lives alone and has seemed confused lately. Who should I tell?").urgency == "none"
    assert screen("I feel so alone these days").urgency == "soft"


def test_what_happens_after_ones_death_is_an_errand_not_distress():
    assert screen("独り身なので、私が亡くなったあとの手続きを今のうちに相談したい").urgency == "none"
    assert screen("もう死んだほうがましだと思う").alarm


def test_getting_off_a_train_is_a_way_to_a_counter_and_the_tracks_are_danger():
    assert not screen("電車で行くなら、どの駅で降りたらいいですか").alarm
    assert screen("いま線路に降りてる").urgency == "emergency"


def test_english_contractions_and_a_stroke_lived_with():
    """"he's hitting me" is "he is hitting me"; "since his stroke" is care lived with, a sudden sign is 119."""
    assert screen("she's hitting me right now").urgency == "emergency"
    assert not screen("Since her stroke my mother needs help with bathing").alarm
    assert screen("My husband suddenly can't lift his left arm and his speech is slurred").urgency == "emergency"


@pytest.mark.parametrize("q, urgency, situation", [
    ("先週、夫に初めて首を絞められました", "crisis", "violence-now-partner"),
    ("いまも夫に首を絞められてる", "emergency", "violence-now-partner"),
    ("いなくなったほうがみんなのためなのかな", "crisis", "suicide-thoughts"),
    ("My friend told me her daughter has been cutting herself", "crisis", "self-harm"),
    ("A pupil in my class comes to school with bruises on her arms every week", "crisis", "child-abuse"),
])
def test_a_past_blow_a_wish_to_vanish_for_others_and_signs_told_by_a_teacher(q, urgency, situation):
    """A blow on a past day with no now is the DV line today (not 110); 「いなくなったほうが…ため」 is a wish to die;
    someone else cutting herself, bruises on a pupil: crises told by another."""
    s = screen(q)
    assert s.urgency == urgency and situation in s.situations, (q, s)


def test_caring_since_a_stroke_in_english_is_no_stroke_now():
    assert not screen("I've been caring for my wife since her stroke and I'm worn out").alarm


@pytest.mark.parametrize("q", ["うちの1歳の子が食器用洗剤をなめちゃった", "孫が私の血圧の薬を間違えて飲んじゃったみたい",
                               "My 2-year-old got into the dishwasher pods"])
def test_a_small_child_who_swallowed_something_is_poisoning_with_119_not_the_lines_for_a_wish_to_die(guide, q):
    found = screen(q)
    assert found.urgency == "emergency" and "poisoning" in found.situations and "overdose" not in found.situations
    numbers = [c["number"] for c in to_contract(guide.kb, guide.ask(q))["emergency_contacts"]]
    assert numbers[0] == "119" and "0120-279-338" not in numbers  # no suicide line beside an accident


def test_a_teenager_who_swallowed_tablets_to_die_is_still_an_overdose():
    assert "overdose" in screen("娘が死にたいと言って薬を大量に飲んだ").situations


@pytest.mark.parametrize("q, urgency", [("Could someone help my mum with odd jobs around the house?", "none"),
                                        ("i od'd on my meds an hour ago", "emergency")])
def test_odd_jobs_are_no_overdose_and_an_od_still_is(q, urgency):
    assert screen(q).urgency == urgency
