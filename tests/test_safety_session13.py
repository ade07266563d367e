"""The safety screen on the kinds of failure found in session 13 (issue #11, fresh blind set crisisL), by family, in
sentences of our own: a carer's thought of ending it together (いっそ一緒に…と), a disabled or older person back from a
day service hurt with no word why (説明は…, a particle the rules did not know), a face at the window, a partner's
blows told in Spanish, Portuguese, Chinese or Tagalog, someone caught by a rip current or a wave, a person down who
cannot get up and calls out, a baby's crying stopped by a thud, an old person left in the same nappy for days, a
carer who might throw a baby out, choking told in English, pills a toddler got into.
Each family has harmless twins that stay quiet: a story one reads (a mystery where someone is pushed off a cliff),
a fall feared one day, a small child's play words (戦いごっこで「ころすぞ」), help that came and a person who is fine,
a child fine now after a ball at practice, a seal pressed on a contract, asphalt and "quite" (あすふぁると…けっこう),
pills counted missing, a sudden death grieved with tears.
"""

from __future__ import annotations

import pytest

from core.safety import screen
from tests.screen_cases import answered, raises_alarm, stays_quiet

# (message, the situation a counsellor would name: it must be among those the screen finds)
CRISES = [
    ("母の介護がもう無理。いっそ一緒に…って思ってしまう", "caregiver-may-harm"),
    ("寝たきりの父と二人きり。連れて一緒に、とまで思った夜があった。今もその考えが消えない", "caregiver-may-harm"),
    ("障害のある娘とふたりきり。この子と一緒に…と考えてしまう自分が怖い", "suicide-thoughts"),
    ("知的障害のある弟が作業所からあざを作って帰ってきた。職員さんからの説明は一切ない", "disabled-abuse-injury"),
    ("ダウン症の息子がグループホームから怪我して戻ってきた。本人は怯えていて何も話さない", "disabled-abuse-injury"),
    ("認知症の祖父がショートステイからあざをつくって帰ってきた", "elder-abuse-injury"),
    ("またあいつが来てる。さっき風呂の窓から覗かれた", "stalking-threat"),
    ("毎晩だれかが部屋の外から覗いてる気がして眠れない。知らない男が立ってた", "stalking-threat"),
    ("Mi esposo me está pegando. Ayuda por favor", "violence-now-partner"),
    ("Meu marido está me batendo agora", "violence-now-partner"),
    ("老公一直打我，我很害怕", "violence-now-partner"),
    ("Sinasaktan ako ng asawa ko. Tulong", "violence-now-partner"),
    ("娘が波にさらわれた。見えなくなった", "drowning"),
    ("My son got caught in a rip current and I can't see him", "drowning"),
    ("たてない だれか きて", "elderly-fallen"),
    ("ころんで動けない、誰か助けて", "elderly-fallen"),
    ("上の階の赤ちゃんが泣き叫んでたのに、バンって大きな音がしてからぴたっと静かになった", "child-abuse"),
    ("要介護の祖母、叔母がオムツを何日も替えてなくて床ずれから臭いがする", "elder-abuse-injury"),
    ("夜泣きが3時間続いて限界。ベランダから放り投げそうで怖い", "caregiver-may-harm"),
    ("My mum has a bit of bread stuck, she's clutching her throat and can't talk", "choking"),
    ("My toddler got into his dad's blood pressure pills, some are gone", "poisoning"),
    ("夫が「会社に行く」って言って出ていきました。認知症なのに。まだ帰ってこない", "missing-person-dementia"),
    ("My boyfriend is squeezing me by the neck, please help", "violence-now-partner"),
    ("he's strangling her in the kitchen right now", "violence-now-family"),
]

HARMLESS = [
    "最近読んだ推理小説で、主人公が崖から突き落とされる場面があって。舞台になった場所ってどこですか",
    "今ハマってるドラマで人が刺される話なんだけど、ロケ地ってこの辺？",
    "父がいつか転んで寝たきりになるのが心配。住宅改修の補助はありますか",
    "5歳の娘がヒーローごっこで「ころすぞ」って言うようになって困ってます",
    "3歳の息子が保育園で覚えた「しね」を口癖みたいに言うのが気になる",
    "スーパーで倒れた人がいたけど、救急隊がすぐ来て無事だったみたい。応急手当の講習ってありますか",
    "My son got hit by a ball at baseball last month. He's completely fine now, but is there a sports clinic nearby?",
    "営業の人に言われるまま契約書にハンコを押してしまいました。クーリングオフできますか",
    "家の前のアスファルトが割れて、けっこう深い穴になってます。どこに言えばいいですか",
    "I counted my pills and maybe 5 are missing, did I forget a dose? Which pharmacy is open late?",
    "She grabbed my arm and pulled me onto the dance floor, so embarrassing",
    "母は年金が入るとすぐ使い切って、毎月月末には食べるものがなくなる。お金の管理を手伝ってもらえる制度はありますか",
]


@pytest.mark.parametrize("text", [
    "父が手術のあと意識が戻らない。家族はどうしたらいい",        # the body, no one gone
    "発作が続いて、あいだに意識が戻らないまま",
])
def test_a_state_not_come_back_is_no_person_missing(text: str) -> None:
    found = screen(text)
    assert not set(found.situations) & {"missing-person-dementia", "missing-child"}, found


def test_food_gone_at_months_end_with_today_and_cold_still_raises_the_alarm() -> None:
    found = screen("毎月ぎりぎりで、今日はもう食べるものがない。部屋も寒くて震えてる")
    assert "no-food-or-shelter-in-cold" in found.situations, found


test_crisis_family_raises_its_alarm = raises_alarm(CRISES)


test_harmless_twin_raises_no_alarm = stays_quiet(HARMLESS)


@pytest.mark.parametrize("text", [
    "息子が「ころすぞ」って言うのが怖い",                      # a grown son's threat: no small child at play
    "14歳の息子が「ころすぞ」って包丁を持ってる",
    "夫が倒れて救急車が来たけど、まだ意識が戻らない",           # help came, the person is not well
    "介護中の母をつい強く押してしまった",                      # a person pushed, not a seal
    "あした、決行する。さよなら",                               # the hour and the decision in one clause
])
def test_the_harmful_sense_still_raises_the_alarm(text: str) -> None:
    assert screen(text).alarm, screen(text)


test_a_life_hard_to_bear_is_heard_softly = answered("soft", ["生きづらいなあ", "なんか最近やる気でない", "離婚して一年、まだ気持ちが立ち直れない"])


def test_a_sudden_death_grieved_is_no_stroke() -> None:
    found = screen("母が突然亡くなって、葬儀の手続きでずっと忙しかった。今ごろ涙が止まらない")
    assert "stroke-signs" not in found.situations and not found.alarm, found


def test_a_carers_thought_of_ending_it_together_puts_a_line_for_thoughts_first() -> None:
    found = screen("夫の介護で限界。いっそ一緒に…と考えてしまう")
    assert found.situations[0] in ("suicide-thoughts", "caregiver-may-harm"), found


# Session 13: the other languages residents write (cues/languages.py), in sentences of our own.
@pytest.mark.parametrize(("text", "situation"), [
    ("Ya no quiero vivir, quiero desaparecer", "suicide-thoughts"),
    ("Não quero mais viver", "suicide-thoughts"),
    ("我真的活不下去了", "suicide-thoughts"),
    ("정말 죽고 싶어", "suicide-thoughts"),
    ("Em không muốn sống nữa, muốn chết", "suicide-thoughts"),
    ("Ayoko nang mabuhay", "suicide-thoughts"),
    ("Saya ingin mati saja", "suicide-thoughts"),
    ("Mi papá no respira, ayuda", "not-breathing-or-unconscious"),
    ("我妈妈没有呼吸了", "not-breathing-or-unconscious"),
    ("May sunog sa kusina namin", "fire"),
    ("집에 불이 났어요", "fire"),
    ("Mi esposo me quiere matar", "violence-now-partner"),
    ("Meu filho sumiu no parque", "missing-child"),
])
def test_a_crisis_in_another_language_raises_its_alarm(text: str, situation: str) -> None:
    found = screen(text)
    assert found.alarm and situation in found.situations, found


def test_a_plan_for_tonight_in_spanish_is_an_emergency() -> None:
    found = screen("Me voy a matar esta noche")
    assert found.urgency == "emergency", found


@pytest.mark.parametrize("text", ["そうしたら相談してみます", "Hoy hay fuegos artificiales en la playa?", "送料は無料ですか",
                                  "Vou ao Hello Work amanhã, onde fica?", "着火剤はどこで買えますか"])
def test_other_languages_and_their_look_alikes_stay_quiet(text: str) -> None:
    assert not screen(text).alarm, screen(text)


# Session 13, second round: wording families the rules did not know, in sentences of our own.
@pytest.mark.parametrize(("text", "situation"), [
    ("妻を亡くして五年。もう妻のところへ行きたいと毎晩思う", "suicide-thoughts"),
    ("きょうもまた切ってしまった。血がなかなか止まらない", "self-harm"),
    ("夕飯の途中で父の体が急に左に傾いて、箸を落とした", "stroke-signs"),
    ("祖母の顔の右側が下がってて、口からお茶がこぼれる", "stroke-signs"),
    ("お風呂で2歳の娘が顔をつけたまま浮いてた", "drowning"),
    ("延長コードから煙が出てる、焦げ臭い", "fire"),
    ("誰かがドアノブをガチャガチャしてる。こわい", "stalking-threat"),
    ("ストーカーが今家の前にいる", "stalking-threat"),
    ("ポストに「次はお前の番だ」って紙", "stalking-threat"),
    ("気づいたら知らない部屋で寝てた。何か飲まされたみたいで記憶がない", "sexual-violence"),
    ("じいちゃん 徘徊 行方不明", "missing-person-dementia"),
    ("中2の娘が置き手紙を残して家を出た", "missing-child"),
    ("塾が終わってから4時間、娘が帰ってこない", "missing-child"),
    ("夜の公園で薄着のおばあさんがうずくまってる。外は雪", "no-food-or-shelter-in-cold"),
    ("認知症の夫と一緒にもう終わりにしたい", "caregiver-may-harm"),
])
def test_a_wording_family_of_round_two_raises_its_alarm(text: str, situation: str) -> None:
    found = screen(text)
    assert found.alarm and situation in found.situations, found


@pytest.mark.parametrize("text", [
    "母のところへ行きたいので、実家までのバスを教えて",        # a visit, the way there
    "父のところに行きたいけど、施設の面会時間は何時まで？",
    "毎日野菜を切ってる。包丁を研ぎたい",
    "モバイルバッテリーから発火するって聞いたんですが、何ごみで出せばいいですか？",
    "仕事は二人で終わらせよう",
])
def test_a_harmless_twin_of_round_two_stays_quiet(text: str) -> None:
    assert not screen(text).alarm, screen(text)


@pytest.mark.parametrize("text", [
    "孫が「死ぬ〜」って言いながら宿題してる",                  # a groan while doing homework
    "推しが尊くて息ができない",                                # a fan's hyperbole
    "I nearly choked laughing at the comedy show last night",
])
def test_a_way_of_speaking_raises_no_alarm(text: str) -> None:
    assert not screen(text).alarm, screen(text)


def test_a_groan_beside_a_blade_is_still_heard() -> None:
    found = screen("息子が「死ぬ」って言いながら包丁を持ってる")
    assert found.alarm and "suicide-thoughts" in found.situations, found
