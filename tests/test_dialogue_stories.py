"""Multi-turn conversation scripts (tests/stories/*.yaml) run against the channel-neutral dialogue.

Each turn says something (`say`), taps an option by its label (`pick`), or starts over (`start`), then
checks what a resident would see: text, options, cards, emergency lines.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from core.cards import card_text
from core.dialogue import Dialogue, State
from core.replies import Reply

# blind_stories.yaml is another format (steps with expectations), run by tests/test_blind_stories.py.
STORIES = sorted(p for p in (Path(__file__).parent / "stories").glob("*.yaml") if p.name != "blind_stories.yaml")
NOW = dt.datetime(2026, 11, 24, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))  # a Tuesday morning


def _as_list(value):
    return value if isinstance(value, list) else [value]


def _check(reply: Reply, turn: dict, where: str) -> None:
    labels = [o.label for o in reply.options]
    for text in _as_list(turn.get("expect_text", [])):
        assert text in reply.text, f"{where}: {text!r} not in {reply.text!r}"
    for label in turn.get("expect_options", []):
        assert label in labels, f"{where}: option {label!r} not in {labels}"
    for pattern in turn.get("expect_options_matching", []):
        assert any(re.match(pattern, lb) for lb in labels), f"{where}: no option matches {pattern} in {labels}"
    titles = [c.title for c in reply.cards]
    for title in turn.get("expect_cards", []):
        assert title in titles, f"{where}: card {title!r} not in {titles}"
    cards_text = "\n".join(card_text(c) for c in reply.cards)
    for text in turn.get("expect_card_text", []):
        assert text in cards_text, f"{where}: {text!r} not on any card"
    names = [e.name for e in reply.emergency]
    for name in turn.get("expect_emergency", []):
        assert any(name in n for n in names), f"{where}: emergency line {name!r} not in {names}"
    if turn.get("expect_emergency_first"):
        assert reply.emergency, f"{where}: no emergency lines"


@pytest.mark.parametrize("path", STORIES, ids=[p.stem for p in STORIES])
def test_story(guide, path):
    story = yaml.safe_load(path.read_text(encoding="utf-8"))
    dialogue = Dialogue(guide.router)
    state, reply = dialogue.start()
    for i, turn in enumerate(story["turns"], 1):
        where = f"{story['name']} turn {i}"
        if turn.get("start"):
            state, reply = dialogue.start()
        elif "say" in turn:
            state, reply = dialogue.handle(State.from_dict(state.to_dict()), text=turn["say"], now=NOW)
        else:
            match = [o for o in reply.options if o.label == turn["pick"] or o.label.startswith(turn["pick"] + "（")]
            assert match, f"{where}: no option {turn['pick']!r} in {[o.label for o in reply.options]}"
            state, reply = dialogue.handle(State.from_dict(state.to_dict()), choice=match[0].id, now=NOW)
        _check(reply, turn, where)


def test_state_never_holds_the_residents_words(guide):
    dialogue = Dialogue(guide.router)
    state, _ = dialogue.handle(State(), text="母の物忘れがひどく、お金の管理が心配です", now=NOW)
    assert "物忘れ" not in str(state.to_dict())
    assert state.counter is not None
