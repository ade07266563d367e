"""The trained backstop's danger head (core/safety/backstop.py, issue #11): a person speaking of a present danger
in words no rule knows meets at least the quiet line, never silence; a routine question stays routine; the
backstop never lowers a rule's alarm (its crisis head: test_safety_heads.py). Sentences written for this test, none copied from the question sets."""

from __future__ import annotations

import pytest

from core.safety import screen
from core.safety.backstop import hears_danger

HEARD = [
    "もう ぜんぶ どうでもいい。だれか",
    "部屋のすみで ふるえてる。だれか",
    "I can't do this anymore, everything hurts",
]
ROUTINE = [
    "児童手当の申請に必要な書類を教えてください",
    "図書館は何時まで開いていますか",
    "What documents do I need to apply for the child allowance?",
    "火災保険の申請方法",
]


@pytest.mark.parametrize("text", HEARD)
def test_unknown_words_of_danger_are_never_met_with_silence(text: str) -> None:
    assert screen(text).urgency != "none"


@pytest.mark.parametrize("text", ROUTINE)
def test_routine_questions_raise_nothing(text: str) -> None:
    assert not screen(text).alarm
    assert not hears_danger(text)


def test_unknown_words_of_danger_meet_the_quiet_line_or_more() -> None:
    for text in HEARD:
        assert hears_danger(text) or screen(text).urgency != "none"
        assert screen(text).urgency in ("soft", "crisis", "emergency")


def test_the_backstop_never_lowers_a_rule() -> None:
    assert screen("夫に殴られてる、今も隣の部屋にいる").alarm
    assert screen("死にたい").alarm
