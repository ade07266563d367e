"""The safety screen, session 10 (issue #11): crises told in wordings no rule knew, and routine questions that
used an alarming word in a harmless sense. Each family has lines of danger and harmless twins — the same words
where nothing is happening. All sentences written for this file."""

from __future__ import annotations

import pytest

from core.safety import screen
from tests.screen_cases import alarms, stays_quiet

DANGER = {
    # a wish to join the dead, one's own absence as the way out
    "suicide told softly": [
        "妻が亡くなってから、はやく向こうへ行って妻に会いたいとばかり考えています",
        "母に先立たれて、もうあの世に行きたい。毎日そう思う",
        "借金で家族に迷惑をかけてる。私さえいなくなれば全部丸く収まる気がする",
        "保険金がおりれば借金を返せるし、死んだほうが家族のためだと思ってしまう",
    ],
    "an overdose by its drug": [
        "睡眠導入剤をあるだけ飲んだ。頭がぼんやりする",
        "痛み止めを一気に20錠飲んでしまった",
        "お酒と一緒に安定剤をたくさん飲みました",
    ],
    "blood and jerks told plainly": [
        "あしから ち いっぱい でてる",
        "父が吐いたものに血がまじってて、どす黒い",
        "弟が急に意識がなくなって手足ががくがくしてる、持病はないです",
    ],
    "a child in water, a child not arrived": [
        "3歳の息子がお風呂でうつぶせで浮いてた、泣かない",
        "川で遊んでた子が一人いない、水の中に沈んでるかも",
        "小1の娘が学校を出たのに家に着いていない、もう2時間たつ",
        "息子が知らない男の人の車に乗せられたと近所の人が言っている",
    ],
    "someone behind on the street": [
        "帰り道、駅からずっとうしろに知らない男がいて怖い",
        "さっきから後ろに男がいる。角を曲がったら向こうも曲がってきた",
    ],
    "an older person harmed, a neighbour's child neglected": [
        "隣から怒鳴り声と、おばあさんの悲鳴と「やめて」という声がずっと聞こえる",
        "施設の入居者さんの腕に、つかまれたようなあざがたくさんあります。職員に叩かれたと言っています",
        "向かいの家の小さい子がいつも同じ服で、夜遅くまで一人で外にいる。足にやけどの跡もあった",
        "友達が「赤ちゃんを窓から投げたくなる」って言ってて心配",
    ],
    "a home without heat or food": [
        "電気を止められて3日、食べるものも尽きた。寒くて動けない",
        "家を追い出されて、今夜は子どもと二人で公園のベンチで過ごしています。雪が降ってきた",
    ],
}

HARMLESS = {
    "suicide told softly": [
        "祖母は「もう十分生きた」が口癖ですが、元気にデイサービスに通っています。送迎の時間を知りたい",
        "あちらの窓口に行って書類を出したいです",
        "生命保険の見直しの相談はどこでできますか",
    ],
    "an overdose by its drug": [
        "子どもの解熱剤の飲ませ方を薬剤師さんに聞きたい",
        "痛み止めを飲んだら楽になりました。整形外科の夜間診療はありますか",
    ],
    "blood and jerks told plainly": [
        "持病の薬を毎日飲んでいる母の通院の送迎をお願いしたい",
        "金魚がぴくぴくしてて動かない、どこに相談すれば",
    ],
    "a child in water, a child not arrived": [
        "プールの監視員のボランティアに申し込みたいです",
        "いつか子どもが迷子になるんじゃないかと不安で、迷子札を作りたい",
        "荷物がまだ家に着いていないので、配達の問い合わせ先を教えて",
    ],
    "someone behind on the street": [
        "後ろの席の人が話しかけてくるのが苦手です",
        "マラソン大会で走ったら向こうも走ってきて、楽しかったです",
    ],
    "an older person harmed, a neighbour's child neglected": [
        "小学3年の息子が一人で留守番するのが心配です。学童の申し込みはいつまで？",
        "子どもがオンラインゲームで「やられた」「死んだ」って叫んでうるさい。ゲーム依存の相談先は",
        "入居者さんの家族会に参加したいです",
    ],
    "a home without heat or food": [
        "住宅用火災警報器が電池切れで鳴っています。交換の仕方を教えて",
        "公民館で「閉じ込められた！」という脱出ゲームの催しをしたい。予約は？",
        "父が認知症で、そのうち一人で出歩いて迷子にならないか不安です。見守りGPSの貸し出しはありますか",
    ],
}


test_danger_raises_the_alarm = alarms([t for lines in DANGER.values() for t in lines])


test_harmless_twin_raises_no_alarm = stays_quiet([t for lines in HARMLESS.values() for t in lines])


def test_every_family_has_both() -> None:
    assert DANGER.keys() == HARMLESS.keys()


def test_an_overdose_not_meant_to_kill_is_an_overdose_first() -> None:
    # 119 first for the body; the lines for a wish to die do not come first when the wish is denied
    s = screen("頭痛薬を一度にたくさん飲みました。死ぬつもりではなかったけど、吐き気が止まらない")
    assert s.alarm and s.situations[0] == "overdose", s


def test_a_dog_bite_that_bleeds_is_bleeding_not_violence() -> None:
    s = screen("いぬに かまれて うでから ち いっぱい。とまらない")
    assert s.alarm and s.situations[0] == "heavy-bleeding", s


def test_a_scream_of_an_older_person_is_elder_abuse_not_a_child() -> None:
    s = screen("隣の家からおじいさんの悲鳴と「ごめんなさい」って声が何度も聞こえる")
    assert s.alarm and "child-abuse" not in s.situations, s


def test_a_past_habit_stopped_is_soft() -> None:
    s = screen("中学生の頃に自傷をしていました。今は3年やめていますが、跡が気になって夏に半袖が着られません")
    assert s.urgency == "soft", s


@pytest.mark.parametrize("text", [
    "子どもが言うことを聞かなくて、私の育て方が悪かったのかと毎日落ち込みます",
    "火事で家族を亡くして何年もたつのに、今も胸が苦しくなる",
])
def test_self_blame_and_grief_get_the_quiet_line(text: str) -> None:
    assert screen(text).urgency == "soft", screen(text)


# Long routing messages (issue #11, false alarms on long LINE messages): a stroke already in the hospital's hands,
# no guarantor and no relatives left, a parent's raised voice regretted, a pupil's mark told by a teacher who asks
# for counters, a shut-out told of another day and asked where to report, baby care that muddles the mind.
LONG_ROUTINE = [
    "母が脳出血で倒れ、いまは回復期のリハビリ病院にいます。退院の予定が来月なので、家の手すりや介護サービスの手続きを相談したいです。",
    "両親は他界していて身寄りもいません。アパートの保証人がいないので、保証会社の利用について相談できる窓口を教えてください。",
    "保育士です。担当の子の腕にあざを見つけたことがあり、園長には報告済みです。園の外の相談先も知っておきたいです。",
    "向かいのおじいさんが、先日は雨の夜に家の外に出されていました。家族に怒鳴られている声もよく聞こえます。こういうときはどこに連絡すればいいですか。",
    "双子の育児で毎日バタバタ、何が正解か分からなくなって疲れました。ほかのママと話せる子育てサロンはありますか。",
]
LONG_DANGER = [
    "リハビリ病院から帰ってきた父が、さっきから急にろれつが回らなくなって、右手に力が入らない",
    "保証人の相談をしていたら、認知症の母が朝から家に帰ってこない。まだ見つからない",
    "大声で怒鳴ってしまって、そのあと息子を叩いてしまった。顔にあざができている",
    "いま隣の家でおばあさんが外に出されて、寒い中で泣き叫んでいる",
]


test_long_routine_message_raises_no_alarm = stays_quiet(LONG_ROUTINE)


test_long_message_twin_still_alarms = alarms(LONG_DANGER)


def test_a_bruise_on_a_pupil_is_the_childs_line_not_a_disabled_persons() -> None:
    s = screen("担任している子の腕に、何度もあざがあります。今日は「家で叩かれた」と言っていました")
    assert s.alarm and "child-abuse" in s.situations and "disabled-abuse-injury" not in s.situations, s


# The same families told in kana, dialect and English, and their harmless twins.
VARIANTS_DANGER = [
    "もうつかれた。はやく あっちに いって とうちゃんに あいてえ",
    "亡くなった夫の所へ、早く行きたいです",
    "I keep thinking if I were gone the insurance would pay off what we owe",
    "my husband is throwing up blood",
    "a boy from my class never made it home after school, his mum called",
    "one of our residents wandered out of the care home in his slippers",
    "むすこが しらない くるまに のせられた",
    "じいちゃんが ち はいた",
    "ほいくえんの こが いえに ついてない",
    "睡眠薬をお酒で流し込んだ",
    "私なんかいないほうがいい",
    "母が子どもを床に叩きつけた",
]
VARIANTS_HARMLESS = [
    "あっちに行って友達に会いたいので、バスの時刻を教えて",
    "会議には私がいないほうが話が進むと思う",
    "頭痛薬を飲んでも治らないので、頭痛外来を探しています",
    "ISN'T there insurance advice for people with debts?",
    "子どもが帰り道に犬にかまれないか心配です",
]


test_variants_raise_the_alarm = alarms(VARIANTS_DANGER)


test_variants_harmless_twins_stay_quiet = stays_quiet(VARIANTS_HARMLESS)


def test_a_plan_with_its_place_in_another_sentence_is_imminent() -> None:
    # 「屋上にいる。」 then 「もう飛ぶ」: the place and the plan in two sentences still bring 110/119
    s = screen("いま橋の上。もう飛ぶ")
    assert s.urgency == "emergency" and "suicide-imminent" in s.situations, s


@pytest.mark.parametrize("text", [
    "娘がかくれんぼで見つからないって怒ってた、かわいい。近くの公園の遊具について知りたい",
    "息子が友達に叩かれたと言っていますが、けがはないです。先生に相談するべきですか",
])
def test_play_and_a_question_whether_to_consult_stay_quiet(text: str) -> None:
    assert not screen(text).alarm, screen(text)


@pytest.mark.parametrize("text", [
    "かくれんぼしてたら息子がいなくなって、もう1時間見つからない",
    "かくれんぼで娘が見つからない！",
])
def test_a_child_not_found_in_a_game_that_goes_on_alarms(text: str) -> None:
    assert screen(text).alarm, screen(text)


@pytest.mark.parametrize("text", [
    "彼のモラハラがしんどいけど、叩かれたりはしていません",
])
def test_harsh_words_regretted_and_a_blow_denied_are_soft(text: str) -> None:
    assert screen(text).urgency == "soft", screen(text)


@pytest.mark.parametrize("text", [
    "介護で母にきつく当たってしまい、昨日は叩いてしまった",
    "叩かれたりはしていませんが、さっき包丁を向けられました",
    "殴られたりはしていないけど、毎晩怒鳴られて怖い",
])
def test_their_twins_still_alarm(text: str) -> None:
    assert screen(text).alarm, screen(text)
