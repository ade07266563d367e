"""Kinds of failure found on the tune part of the second fresh set of session 13 (crisisM), in sentences of our own
(issue #11): a child choking on a small vegetable (a vegetable is no pet to grieve); a gas smell since the quake
(地震のあとから: a state going on, no story over); cigarette burns on an old parent or a child someone else keeps;
an old person's face hurt and who did it said in dialect (嫁さにやられた); a way to sleep and never wake; a child lost
said bare or searched for by the parents; a child who never arrived at school, in English; a danger told after
"その前に" that turns from a paperwork question. Harmless twins: a vegetable grown that withered, a stove that shuts
itself off to buy, a fear of getting lost one day with no someday said, two medicines asked about together, a lending
asked for (貸し出してもらえますか is no one kept in), grief for a wife or a son lost with the days gone empty (soft: never a DV line), an attempt years ago told as experience (今ごろ of that year is no now)."""

from __future__ import annotations

import pytest

from core.safety import screen
from tests.screen_cases import stays_quiet

CRISES = [
    ("2歳の子がぶどうを口に入れたら、息ができなくて顔が紫っぽい", "choking"),
    ("地震のあとから台所がガスくさい。窓はあけた", "gas-or-co"),
    ("施設に入ってる祖母の手の甲にタバコのやけどみたいな跡が三つもあった", "elder-abuse-injury"),
    ("じっちゃの目のまわり真っ青に腫れとる。嫁さにやられたって小さい声で言う", "elder-abuse-injury"),
    ("このまま眠って二度と目が覚めなければいいのに", "suicide-thoughts"),
    ("息子が迷子 材木座の海岸", "missing-child"),
    ("公園でよその小さい子が一人で道路のほうへ行って、今お母さんが必死に探してる", "missing-child"),
    ("Daycare says my daughter never arrived today, and her dad dropped her off at 8", "missing-child"),
    ("年金の手続きのことで聞きたいんですが、その前に、隣の部屋から煙が出てて焦げくさい", "fire"),
    ("前にも死のうとしたことがある。今夜また薬を全部飲むつもり", "suicide-plan-or-attempt"),
]
QUIET = [
    "家庭菜園のミニトマトが全部枯れた、市民農園の空きはある？",
    "古いガスコンロを、消し忘れても火が消えるタイプに替えたい。補助はありますか",
    "父が散歩で迷子にならないか心配で、見守りタグの補助を知りたい",
    "痛み止めと胃薬を一緒に飲んでも大丈夫か、夜に聞ける電話はありますか",
    "図書館で大きな活字の本を貸し出してもらえますか",
    "兄がカードローンで首が回らなくなってるみたい、家族が相談できる所は",
    "おととしの今ごろ、首をつろうとしたことがあります。今は落ち着いていて、同じ経験の人と話せる場を探しています",
]


GRIEF = [
    "つまが なくなって いちねん。だれとも はなさない ひが つづいてる",
    "妻に先立たれて、台所に立つ気にもなれない",
]


@pytest.mark.parametrize("text", GRIEF)
def test_grief_with_the_days_gone_empty_is_the_quiet_line_not_an_alarm(text: str) -> None:
    s = screen(text)
    assert s.urgency == "soft", (text, s)


@pytest.mark.parametrize(("text", "situation"), CRISES)
def test_the_crisis_is_heard_with_its_line(text: str, situation: str) -> None:
    s = screen(text)
    assert s.alarm and situation in s.situations, (text, s)


test_the_everyday_sense_raises_no_alarm = stays_quiet(QUIET)
