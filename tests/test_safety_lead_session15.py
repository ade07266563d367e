"""The safety screen on families of false alarms found in session 15's training-only routing set (issue #11), in
sentences of our own: the Kansai "but" read as a burn (なんやけど), a role not yet found read as a person gone
(ケアマネさんもいません), a place for the day read as a night with no roof (平日行くところがなくて), a harm feared if it ever
came (刺されたら怖い, 倒れたら心配), and a wish denied (「消えたい」とまでは言わない). Each family has the crises with the same
words that must still raise the alarm.
"""

from __future__ import annotations

import pytest

from core.safety import screen


@pytest.mark.parametrize("text", [
    # the Kansai "but" (やけど after な or ん) is no burn
    "子どもが言うこと聞かないんやけど、どうしたらええ",
    "孫のことなんやけど、最近学校に行ってへん",
    "うちの子、3歳なんやけど、まだ言葉が少なくて心配",
    # a role not yet found is no one gone
    "父の介護、まだ介護認定も受けてなくて、ケアマネさんもいません。何から始めれば",
    "母の介護、まだヘルパーさんもいなくて困ってます",
    # a place to spend the day is no night without a roof
    "4歳で幼稚園に行ってなくて、平日行くところがなくて困ってる",
    "定年後、昼間に行くところがなくて毎日家にいる",
    # a harm feared if it ever came
    "スズメバチの巣が軒下にできた。母が高齢で刺されたら怖い",
    "父が倒れたら心配で、見守りサービスを探してます",
    "母が転んだら大変なので手すりをつけたい",
    "私が倒れたらと思うと夜も眠れない。母の介護は誰がするのか",
    # a wish denied, with a worry for someone low
    "夫が最近「消えたい」とまでは言わないけど、休日は一日中寝てて元気がない",
])
def test_an_everyday_message_raises_no_alarm(text: str) -> None:
    assert not screen(text).alarm, screen(text)


@pytest.mark.parametrize("text, situation", [
    ("息子の腕にやけどの跡がいっぱいある", "child-abuse"),
    ("子どもがやけどだらけで帰ってきた", "child-abuse"),
    ("娘がいません！さっきまで公園にいたのに", "missing-child"),
    ("母がいません。認知症で、朝から見当たらない", "missing-person-dementia"),
    ("家を追い出されて、今夜行くところがない", "no-food-or-shelter-in-cold"),
    ("お金もなくて行くところがありません。外は寒い", "no-food-or-shelter-in-cold"),
    ("包丁で刺された、血が止まらない", "heavy-bleeding"),
    ("帰ったら殴られる、怖い", "violence-now-family"),
    ("また殴られたら怖いので家に帰れない", "violence-now-family"),
    ("また殴られたらと思うと家に帰れない", "violence-now-family"),
    ("「死にたい」とは言わないけど、遺書を書いてるのを見つけた", "suicide-plan-or-attempt"),
])
def test_the_same_words_with_the_danger_still_raise_it(text: str, situation: str) -> None:
    s = screen(text)
    assert s.alarm and situation in s.situations, s
