"""A short message the crisis model alone would alarm names its danger (core/safety/referents.py): everyday plans
of a few words are no suicide plan, while a crisis of a few words keeps its lines. All sentences written for this
file."""

from __future__ import annotations

import pytest

from core.safety import screen
from tests.screen_cases import stays_quiet

EVERYDAY = [
    "今夜はおでんにしよう",
    "今から散歩に行こうかな",
    "明日は6時に起きよう",
    "今夜こそ早く寝よう",
    "今日こそ冷蔵庫を片付けよう",
    "今から昼寝する",
    "週末は実家に帰ろう",
    "明日こそジムに行く",
]


test_an_everyday_plan_is_no_crisis = stays_quiet(EVERYDAY)


SHORT_CRISES = [
    ("しにたい", "suicide"),
    ("ｼﾆﾀｲ ﾓｳﾑﾘ", "suicide"),
    ("もう消えたい", "suicide"),
    ("薬ぜんぶのんだ", "overdose"),
    ("息してない", "not-breathing"),
    ("ﾁｶﾞ ﾄﾏﾗﾅｲ", "bleeding"),
    ("台所から煙", "fire"),
    ("I want to die", "suicide"),
]


@pytest.mark.parametrize(("text", "kind"), SHORT_CRISES)
def test_a_short_crisis_keeps_its_alarm(text: str, kind: str) -> None:
    got = screen(text)
    assert got.alarm, got
    assert any(kind in s for s in got.situations), got
