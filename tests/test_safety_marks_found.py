"""Marks of a blade found on someone (issue #11), in sentences of our own: a parent or a teacher who finds cutter
cuts or hesitation marks on a child's arm is told of self-harm going on (the quiet crisis lines), even when the
finding was yesterday and the message asks how to tell the school. A blade to throw away, a word heard in a
drama, an old scar to treat stay quiet."""

from __future__ import annotations

import pytest

from core.safety import screen
from tests.screen_cases import stays_quiet

FOUND = [
    "高1の息子の腕にカッターの傷が何本もあるのに気づきました。学校に相談すべきでしょうか",
    "部活の着替えのとき、生徒の手首にためらい傷のようなものが見えた",
    "娘が真夏でも長袖で、ちらっと見えた腕に切り傷が増えてる",
    # told after a long story of other things, the marks in the middle
    "去年の秋に夫の転勤で鎌倉に来ました。仕事も始めたばかりで、町内会の当番や資源ごみの出し方にも慣れなくて毎日ばたばたです。"
    "そんな中、先週末に中2の息子の手首にためらい傷のような跡があるのを見てしまいました。聞いても何でもないと言います。担任の先生に話すべきか迷っています",
]
QUIET = [
    "カッターの刃ってどうやって捨てればいいですか",
    "ためらい傷って言葉をドラマで初めて知りました",
    "昔のリスカの跡、消す治療って保険がききますか",
]


@pytest.mark.parametrize("text", FOUND)
def test_marks_of_a_blade_found_on_someone_are_self_harm(text: str) -> None:
    s = screen(text)
    assert s.alarm and "self-harm" in s.situations, (text, s)


test_a_blade_or_an_old_scar_told_for_a_question_raises_no_alarm = stays_quiet(QUIET)
