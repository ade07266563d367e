"""A child lost or taken, by family, in sentences of our own (issue #11): the child named in kana (むすこ), with an
age beside a brother or an eldest son (弟(7歳), 長女(9才)); gone in a crowd (人混みで消えた), taken by a stranger
(知らない車に乗せられた, さらわれたかも), long past the hour (門限を1時間過ぎても戻らない), not there a moment after
(さっきまでいたのに). The child's line (missing-child, 110) comes first, not the line for an older person with dementia.
Harmless twins stay quiet: a belonging or a pet not found, a child grown and moved out, a thought of the future,
a child found a moment later, a child who will not leave the park, a habit of coming home late."""

from __future__ import annotations

import pytest

from core.safety import screen
from tests.screen_cases import stays_quiet

GONE = [
    "むすこが駅のホームでいなくなりました",
    "むすめが見当たらない！ショッピングセンターの中",
    "弟(7歳)が花火大会の人混みで消えた",
    "長女(9才)を海水浴場で見失いました",
    "4歳の子が知らない車に乗せられたのを見た人がいる",
    "うちの子、さらわれたかもしれない",
    "次男(10歳)が門限を1時間過ぎても戻らない、電話も出ない",
    "下の子がいません！さっきまで砂場にいたのに",
    "小3の息子が習い事に行ったはずが行方がわからない",
]

QUIET = [
    "息子の体操服がどこにも見当たらない",
    "娘が散歩中に犬を見失ったって泣いて帰ってきた",
    "長男が就職して家を出ていなくなってから夫婦二人です",
    "子どもたちがいなくなったら家が広く感じるんだろうな",
    "娘が見当たらないと思ったらクローゼットに隠れてた",
    "公園から帰らないって駄々をこねる3歳児、どうしたら",
    "子どもがいない夫婦ですが養子縁組の相談窓口は",
]


@pytest.mark.parametrize("text", GONE)
def test_a_child_gone_or_taken_brings_the_child_line_first(text: str) -> None:
    s = screen(text)
    assert s.urgency == "emergency", (text, s)
    assert s.situations[0] == "missing-child", (text, s.situations)


test_a_thing_lost_a_grown_child_or_a_child_found_raises_no_alarm = stays_quiet(QUIET)
