"""Blind conversations (tests/stories/blind_stories.yaml, 30 stories written by people who never saw the code)
through the real `python -m bot chat --jsonl`, held at floors: today's figures less a small margin, so
they cannot silently regress. Raise a floor when the conversation gets better; never lower one to pass.
The larger held-out set and its figures: bench/conversations.py.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.convo_scoring import check, load_stories, run_chat, score, script

STORIES = Path(__file__).parent / "stories" / "blind_stories.yaml"

# Measured with `bench/conversations.py tests/stories/blind_stories.yaml` (issue #13, part 2: follow-ups, districts
# given later, small talk, the tone guard), all 30 stories: steps fully as expected 70/81 (86.4 %), not a refusal
# 52/53 (98.1 %), district 21/21 (100 %), urgency 7/9 (77.8 %; the safety screen's), an expected card 52/61
# (85.2 %), no forbidden card shown. Part 1 measured 50.6 / 45.3 / 81.0 / 77.8 / 52.5 % and 1 forbidden card.
# Each floor is one step below (two for the steps and the cards, which the router's work moves most).
FLOORS = {
    "steps_full_pct": 83.9,
    "not_refusal_pct": 96.2,
    "district_pct": 95.2,
    "urgency_pct": 66.6,
    "ids_pct": 81.9,
}
MAX_FORBIDDEN_SHOWN = 0


@pytest.fixture(scope="module")
def figures(fresh_db_url):
    stories = load_stories(STORIES)
    outs = run_chat(script(stories), env={**os.environ, "DATABASE_URL": fresh_db_url()})
    assert not [o for o in outs if "error" in o], "a story step the command could not take"
    return score(stories, outs)[0].as_dict()


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_blind_stories_hold_their_floor(figures, name):
    assert figures[name] >= FLOORS[name], f"{name} fell to {figures[name]} (floor {FLOORS[name]}): {figures}"


def test_blind_stories_show_few_forbidden_cards(figures):
    assert figures["forbidden_shown"] <= MAX_FORBIDDEN_SHOWN, figures


def test_every_expectation_can_fail():
    """The scoring is not a rubber stamp: each kind of expectation catches the reply that misses it."""
    reply = {"text": "ごめんなさい、その内容はこの案内ではお答えできません。", "urgency": "none", "crisis": False,
             "emergency_contacts": [], "district": "大船地域", "options": [],
             "cards": [{"id": "kosei-hogo", "name": "", "section": "", "district": "", "phones": [],
                        "open_now": None}]}
    expect = {"ids": ["seikatsu-hogo"], "forbid_ids": ["kosei-hogo"], "district": "腰越", "urgency": "soft",
              "refusal": False, "no_cards": True, "options": True, "english": True}
    assert sorted(check(expect, reply)) == sorted(expect)
    assert check({"ids": ["kosei-hogo"], "district": "大船", "urgency": "none"}, reply) == []
    assert check({"ids": ["kosei-hogo"]}, {"error": "no option"}) == ["error"]
