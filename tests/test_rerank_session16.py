"""The learned reranker, second round (issue #17): trained on route_train_u.jsonl too; English wordings keep their
counter (an English message is still not reordered: bench/route_learn_clean.py found no gain on the older sets)."""

from __future__ import annotations

import pytest

from core.train_rerank import SETS


def test_both_training_files_are_trained_on_and_no_locked_part() -> None:
    for name in ("route_train", "route_train_u", "short10_tune", "long10_tune"):
        assert name in SETS
    assert not [s for s in SETS if "locked" in s]


def _ids(guide, text: str) -> list[str]:
    return [r.entry["id"] for r in guide.ask(text).results]


# Written for this test, as residents who write in English word the same troubles (not taken from any question set).
@pytest.mark.parametrize("text, first", [
    ("My grandfather is 90 and lives by himself. He needs someone to help with little chores like replacing light "
     "bulbs and taking out heavy things. Is there a service?", "koureisha-seikatsu-support"),
    ("My mum lives alone and can't reach the high shelves or move the sofa anymore. Who could help her with small "
     "jobs at home?", "koureisha-seikatsu-support"),
    ("My father has started forgetting things and leaving the stove on. He lives alone. Where can I talk to someone "
     "about his care?", "chiiki-houkatsu"),
    ("I lost my job last month and I'm worried I can't pay the rent. Is there anywhere to get advice?", "jiritsu-soudan"),
    ("Our son is 28 and has stayed in his room for three years. He won't talk to anyone. Where can parents get "
     "advice?", "hikikomori-soudan"),
    ("I'm a single mother with two kids and money is very tight. What support is there for single-parent families?",
     "hitorioya-soudan"),
    ("I need someone to look after my baby for a few hours while I see the doctor. Is there a babysitting service in "
     "the neighbourhood?", "family-support"),
    # a twin: the thing itself asked for keeps its own counter
    ("My husband uses a wheelchair. Can we borrow one for a trip?", "kurumaisu-kashidashi"),
])
def test_an_english_message_keeps_its_counter_first(guide, text, first):
    assert _ids(guide, text)[0] == first
