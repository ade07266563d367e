"""The learned reranker of session 17 (issue #17): retrained with route_train_v (abuse counters and rarely seen ones),
a counter no line was written for borrows only from a branch of its own service, and a harm the message tells keeps its
own counter first when the rules lead with it. Sentences written for this test, not taken from any question set."""

from __future__ import annotations

import pytest

from core.train_rerank import HELD_OUT, SETS, rows_of


def test_the_held_out_sets_are_never_trained_on() -> None:
    assert not [s for s in SETS if s.startswith(HELD_OUT)]
    with pytest.raises(AssertionError):
        rows_of("short14_tune")


def test_a_counter_no_line_was_written_for_borrows_only_from_its_own_service(guide) -> None:
    reranker = guide.router.reranker
    # a district's branch of the care counter is that counter
    assert reranker.counters_of("chiiki-houkatsu-shakyo") == ("chiiki-houkatsu",)
    # the education centre shares one plan reference with the youth job counter, and is no youth job counter
    assert reranker.counters_of("kyoiku-center-soudan") == ()


def _ids(guide, text: str) -> list[str]:
    return [r.entry["id"] for r in guide.ask(text).results]


@pytest.mark.parametrize("text", [
    # harm to a disabled person by the staff of the place they go to, told in everyday words
    "娘はダウン症で作業所に通っています。最近、職員に髪を引っぱられたと言います。作業所には言いづらいです。どこに相談できますか。",
    "自閉症の弟がグループホームで職員に怒鳴られて叩かれているみたいです。どこに知らせればいいですか",
    "障害のある息子が通所先でスタッフから乱暴に扱われているようで、腕にあざがありました。相談先を教えてください",
    "知的障害の兄が施設で食事を抜かれているらしい。どこに相談したら",
])
def test_harm_told_keeps_the_abuse_counter_first(guide, text):
    assert _ids(guide, text)[0] == "shogai-gyakutai-boushi"


@pytest.mark.parametrize("text", [  # twins: the same people and places, no harm
    "息子が通う就労支援の事業所を別のところに変えたいです。知的障害があります。どこに相談すればいいですか",
    "自閉症の弟がグループホームに入りたいと言っています。どこに相談すればいいですか",
    "障害のある息子の通所先を探しています。相談先を教えてください",
])
def test_the_same_story_without_harm_is_no_abuse_question(guide, text):
    assert _ids(guide, text)[0] != "shogai-gyakutai-boushi"
