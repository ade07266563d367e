"""The safety screen on families found by session 14's second safety helper (issue #11, #13), in sentences of our
own: a way or an amount to die asked (何錠飲んだら死ねますか — a method sought, never a what-if), asleep and not
wanting to wake (ねむったまま おきたくない), and a danger told in the same sentence as a routine question it broke off
(介護サービスの種類を教えてほしい、もう限界で母の首を絞めそうに…). Each family has harmless twins that stay quiet.
"""

from __future__ import annotations

import pytest

from core.safety import screen
from tests.screen_cases import answered, stays_quiet

# (message, the situation a counsellor would name: it must be among those the screen finds)
CRISES = [
    # a way or an amount to die asked
    ("睡眠薬を何錠飲んだら死ねますか", "suicide-plan-or-attempt"),
    ("何錠飲めば死ねるか知りたい", "suicide-plan-or-attempt"),
    ("薬って何錠飲んだら死ねるの", "suicide-plan-or-attempt"),
    ("何階から飛び降りたら死ねますか", "suicide-plan-or-attempt"),
    ("どのくらい飲めば死ねる？", "suicide-plan-or-attempt"),
    ("すいみんやく なんじょう のんだら しねる？", "suicide-plan-or-attempt"),
    ("安定剤って何シート飲めば死ねますか", "suicide-plan-or-attempt"),
    ("何メートルから落ちたら死ねるんだろう", "suicide-plan-or-attempt"),
    ("How many sleeping pills would it take to die?", "suicide-plan-or-attempt"),
    ("how much of this would I need to kill myself", "suicide-plan-or-attempt"),
    # asleep and never waking, wished
    ("ねむったまま おきたくない", "suicide-thoughts"),
    ("眠ったまま起きたくない", "suicide-thoughts"),
    ("寝たまま、もう起きたくない", "suicide-thoughts"),
    ("もう二度と目覚めたくない", "suicide-thoughts"),
    ("にどと めをさましたくない", "suicide-thoughts"),
    ("I don't want to wake up tomorrow", "suicide-thoughts"),
    # a routine question broken off by what is happening
    ("介護サービスの種類を教えてほしい、もう限界で母の首を絞めそうになった", "caregiver-may-harm"),
    ("防災訓練の日程を聞こうと思ったら、隣の家から煙が出てる！", "fire"),
    ("ゴミの日を聞きたいんですが、いま父が倒れて動かない", "not-breathing-or-unconscious"),
    ("保育園の申し込みを知りたいけど、いま夫に殴られてる", "violence-now-partner"),
    # someone gone missing, told in English with only a pronoun (the family named in an earlier turn)
    ("He's gone missing right now, it's dark and raining!", "missing-person-dementia"),
    ("She went missing this morning", "missing-person-dementia"),
    ("they've been missing since last night", "missing-person-dementia"),
    # a carer's wish to be gone together with the one cared for: the suicide lines, no one missing
    ("母の介護を始めて3年、夜中に何度も起こされて寝ていません。最近、母と一緒にいなくなってしまえたらと考える夜があります", "suicide-thoughts"),
    ("介護に疲れた。父と二人で消えてしまいたい", "suicide-thoughts"),
    ("介護に疲れた。父と一緒に死んでしまいたい", "suicide-thoughts"),
]

# Harmless twins: a child's safety or a pet's asked, a story, a dose asked, sleep in, a question for later.
CALM = [
    "子どもが薬を何錠飲んだら危ないですか",
    "犬がチョコを何グラム食べたら死ぬ？",
    "ミステリー小説で、何階から落ちたら死ねるか調べています",
    "この薬は1日に何錠まで飲んでいいですか",
    "How many pills can I take for a headache?",
    "日曜は昼まで起きたくない",
    "防災訓練の日程を教えてほしい、煙が出たときの逃げ方も",
    "自殺対策の講座について知りたいんですが、対象は誰ですか",
    "火災保険について聞きたいんですが、火事の後の手続きも",
    "救命講習の日程を知りたいけど、AEDの使い方も教えて",
    "倒れた時の対応を知りたい",
    # someone asked to come to the house (a helper, a service) is no pursuer
    "じいちゃん一人暮らしなんだけど、戻ってきたら一人で風呂入らせるの怖い。家に来てくれるサービスとかある？",
    "家に来てもらえるヘルパーさんを探してます、一人だと怖くて",
    "母が怖がりなので、家に来てくれる見守りの人がいたら安心です",
    # a scam named: the consumer centre's matter, no pursuer
    "じいちゃんとこに変な電話が何回も来てるらしい。詐欺っぽい",
    "母に還付金の電話が何度もかかってきて怖いと言ってる",
    "My grandma keeps getting calls from a scammer",
    # warm in bed on a cold morning
    "寒くて布団から起きたくない",
    "寒くて布団から出たくない",
    "こたつから出られない",
]


# Violence, or someone shut in or put out, told as what happens or was seen (何回も, 〜たり〜たり, 〜のを見ました, 叩かれる
# んだ): the line for the day (a counsellor, 189, 地域包括), not 110 now — while now told keeps 110. A child put out is
# the child's line, not a partner's.
TOLD_AS_HABIT = [
    ("近所の子、冬なのに夜に裸足で外に出されてる。もう何回も見た", "child-abuse"),
    ("隣のおじいさんが息子さんに怒鳴られてて、冬なのに夜中に外に出されてるのを何回も見てます", "violence-now-family"),
    ("グループホームで働いています。夜勤の職員が利用者さんを部屋に鍵をかけて閉じ込めているのを見ました", "violence-now-family"),
    ("職員が利用者さんを殴っているのを見ました", "violence-now-family"),
    ("息子に叩かれるんだ。年金も取られでしまって、誰さも言えねくて", "violence-now-family"),
    ("息子に殴られるんだ", "violence-now-family"),
    ("弟が作業所で職員に怒鳴られたり頭をはたかれたりしてるって本人が言うんです", "violence-now-family"),
    # a blow last night, and afraid to go back tonight: away from it now
    ("My husband hit me again last night and he keeps my passport. I'm afraid to go home tonight.", "violence-now-partner"),
    ("昨日夫に殴られた。今夜は家に帰るのが怖い", "violence-now-partner"),
]
NOW_TOLD = [
    "子どもが部屋に閉じ込められて出られない、泣いてる",
    "夫に部屋に閉じ込められて出られない",
    "隣の家の子、いま外に出されてて裸足で泣いてる",
    "今、隣で男の人が女の人を殴ってる",
    "父に殴られたり蹴られたりしてる、今も部屋の外で怒鳴ってる",
    "My husband hit me last night and he is hitting me now",
    "昨日夫に殴られた。今も家の外で怒鳴ってる",
]
# Away by routine: no one missing.
AWAY_BY_ROUTINE = [
    "夫は単身赴任で週末しか帰ってこないです",
    "息子は寮に入っていて月に一度しか帰ってこない",
    "夫は出張で金曜まで帰ってこない",
]


@pytest.mark.parametrize(("text", "situation"), TOLD_AS_HABIT)
def test_told_as_habit_is_crisis_not_emergency(text: str, situation: str) -> None:
    s = screen(text)
    assert s.urgency == "crisis" and situation in s.situations, (text, s)


test_now_told_stays_emergency = answered("emergency", NOW_TOLD)


test_away_by_routine_no_one_missing = stays_quiet(AWAY_BY_ROUTINE)


def test_gone_together_is_no_one_missing() -> None:
    s = screen("母の介護に疲れて、母と一緒にいなくなってしまえたらと思う")
    assert not {"missing-person-dementia", "missing-child"} & set(s.situations), s
    assert "missing-person-dementia" in screen("認知症の母が、いなくなってしまいました").situations


def test_a_wish_to_die_beside_a_scam_still_heard() -> None:
    assert "suicide-thoughts" in screen("詐欺に遭って全財産失った、もう死にたい").situations


def test_a_pursuer_at_the_house_still_heard() -> None:
    assert "stalking-threat" in screen("元彼が毎日家に来てて怖い").situations


def test_gone_for_real_despite_routine() -> None:
    assert screen("夫は出張で金曜まで帰ってこないはずなのに、連絡が取れない").alarm


@pytest.mark.parametrize(("text", "situation"), CRISES)
def test_crisis_heard(text: str, situation: str) -> None:
    s = screen(text)
    assert s.alarm and situation in s.situations, (text, s)


test_twin_raises_no_alarm = stays_quiet(CALM)


def test_asked_way_to_die_not_lowered_when_denied() -> None:
    assert not screen("何錠飲んだら死ねるかなんて考えたことはない").alarm
