"""Everyday senses of alarming words, in sentences of our own (issue #11): a fever is no heatstroke, keys locked in
a car are no one confined, a bed at a friend's tonight is no night out in the cold, a safety device to fit or be
given is no fire or gas leak, a question about the weather is small talk; a mood that carries one along, a blocked drain, a car
stuck in snow, snoring asked about for a test, a small cut a plaster stopped. Each keeps its danger where the danger is told: the heat of the day, a child inside,
a bed refused and the cold, smoke or a smell."""

from __future__ import annotations

import pytest

from core.safety import screen
from tests.screen_cases import stays_quiet

QUIET = [
    "下の子が熱38.5度、休日に開いてる小児科を教えて",
    "体温が39度から下がらない母、かかりつけが休み",
    "スーパーの駐車場で車の中に鍵を閉じ込めちゃった",
    "インロックしてしまいました、JAF以外に頼めるところ",
    "終電を逃して財布もないけど、今夜は姉のところに泊めてもらえる",
    "立ち消え安全装置付きのガスコンロに替えたい、一人暮らしの父のため",
    "住宅用火災警報器は市で配っていますか",
    "あした傘いる？",
    "子どもの連絡帳が先生から返ってきません、どう伝えれば",
    "友達の勢いに流されて高い布団を買ってしまった、クーリングオフは",
    "台所の排水口が詰まってしまった、高齢の母の家",
    "雪で車が動けない、ロードサービスはどこに頼めば",
    "妻のいびきがひどく、ときどき呼吸が止まってる気がする。検査はどこで",
    "野菜を切ってて指をちょっと切った、絆創膏で血は止まった",
    "He drowned his sorrows at the pub after the funeral, is there a grief group?",
    "週末は雪ふるかな⛄",
]

DANGER = [
    ("炎天下で草むしりしてた父が、体温40度でふらふら", "heatstroke"),
    ("駐車場の車の中に赤ちゃんを残したまま鍵を閉じ込めてしまった、外は暑い", "heatstroke"),
    ("友達に泊めてもらえなかった。今夜は駅で過ごすしかない、寒くて震えてる", "no-food-or-shelter-in-cold"),
    ("警報器付きなのに鳴ってて、台所が焦げくさい煙が出てる", "fire"),
    ("父が倒れて、いびきみたいな変な息をしてる。呼んでも起きない", "not-breathing-or-unconscious"),
    ("包丁で指を深く切った、絆創膏じゃ血が止まらない", "heavy-bleeding"),
    ("凍った道で祖母が転んで動けない", "elderly-fallen"),
]


test_an_everyday_sense_raises_no_alarm = stays_quiet(QUIET)


@pytest.mark.parametrize(("text", "situation"), DANGER)
def test_the_danger_told_beside_it_still_raises_the_alarm(text: str, situation: str) -> None:
    s = screen(text)
    assert s.alarm and situation in s.situations, (text, s)
