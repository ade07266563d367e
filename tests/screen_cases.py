"""The safety screen's family tests, written once: each session's test module lists its phrasings and binds a test
name to one of these makers (``test_crisis_family_raises_its_alarm = raises_alarm(CRISES)``), so the parametrized
body is not copied into every module. pytest collects the returned function under the name it is bound to.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import pytest

from core.safety import screen

Cases = Iterable[tuple[str, str]]


def raises_alarm(cases: Cases) -> Callable[[str, str], None]:
    """Each (message, situation): an alarm, and the situation a counsellor would name is among those found."""
    @pytest.mark.parametrize(("text", "situation"), cases)
    def test(text: str, situation: str) -> None:
        found = screen(text)
        assert found.alarm and situation in found.situations, (text, found)
    return test


def names_first(cases: Cases) -> Callable[[str, str], None]:
    """Each (message, situation): an alarm whose first situation (the line shown first) is this one."""
    @pytest.mark.parametrize(("text", "situation"), cases)
    def test(text: str, situation: str) -> None:
        found = screen(text)
        assert found.alarm and found.situations[0] == situation, (text, found)
    return test


def alarms(texts: Sequence[str]) -> Callable[[str], None]:
    """Each message raises an alarm (whatever situation)."""
    @pytest.mark.parametrize("text", texts)
    def test(text: str) -> None:
        assert screen(text).alarm, (text, screen(text))
    return test


def stays_quiet(texts: Sequence[str]) -> Callable[[str], None]:
    """Each message (a harmless twin of a crisis) raises no alarm."""
    @pytest.mark.parametrize("text", texts)
    def test(text: str) -> None:
        assert not screen(text).alarm, (text, screen(text))
    return test


def answered(urgency: str, texts: Sequence[str]) -> Callable[[str], None]:
    """Each message gets this urgency tier (soft: heard quietly; none: no line at all)."""
    @pytest.mark.parametrize("text", texts)
    def test(text: str) -> None:
        assert screen(text).urgency == urgency, (text, screen(text))
    return test
