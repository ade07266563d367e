"""The router's learned reranker (core/rerank.py, issue #17): in step with the lines it was trained on, never a
hand in a crisis, an out-of-scope message or a question back, and the order a resident would notice."""

from __future__ import annotations

import json

import pytest

from core import rerank as rr
from core.rerank import MODEL, grams, probabilities
from core.train_rerank import SETS, fingerprint, training_rows


def test_the_model_file_is_in_step_with_its_training_lines() -> None:
    """Retrain (python -m core.train_rerank) when a tune part or route_train.jsonl changes."""
    data = json.loads(MODEL.read_text(encoding="utf-8"))
    rows = training_rows()
    assert data["trained_on"] == len(rows)
    assert data["data"] == fingerprint(rows)


def test_no_locked_part_is_trained_on() -> None:
    assert not [s for s in SETS if "locked" in s]


def test_the_runtime_reads_the_ngrams_as_the_trainer_made_them() -> None:
    pytest.importorskip("sklearn")
    from sklearn.feature_extraction.text import TfidfVectorizer

    from core.train_rerank import _prepare

    for text in ("母の物忘れがひどくて、介護保険の申請はどこで？", "  I'm 16.  My dad drinks a lot ", "ａｂｃ　ＤＥＦ", "子"):
        vec = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), binary=True, preprocessor=_prepare,
                              lowercase=False).fit([text])
        assert set(vec.get_feature_names_out()) == set(grams(text))


def test_probabilities_are_probabilities_of_known_counters() -> None:
    p = probabilities("母の物忘れがひどくなってきて、介護のことを相談したい", {"chiiki-houkatsu", "no-such-counter"})
    assert set(p) == {"chiiki-houkatsu"}
    assert 0.5 < p["chiiki-houkatsu"] < 1.0


def test_without_a_model_the_rules_order_stands(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rr, "_model", lambda: None)
    assert rr.Reranker(None).rerank("母の物忘れ", ["a", "b", "c"]) == ["a", "b", "c"]  # type: ignore[arg-type]


def _ids(guide, text: str) -> list[str]:
    return [r.entry["id"] for r in guide.ask(text).results]


@pytest.mark.parametrize("text", [
    "もう死にたい。薬をたくさん飲んだ",             # a crisis: the lines and the situation's counters, never a guess
    "夫に殴られて家から出られない、今も怒鳴ってる",
    "明日のごみの日はいつですか",                   # other city business: a redirect, no counter
    "鎌倉の大仏へのバスは何番？",
    "相談したいことがあります",                     # a question back: the all-round counters, as the rules chose
    "ちょっと困ってて…",
])
def test_the_reranker_never_touches_a_crisis_a_redirect_or_a_question_back(guide, text, monkeypatch):
    learned = guide.ask(text)
    monkeypatch.setattr(rr, "_model", lambda: None)
    rules = guide.ask(text)
    assert [r.entry["id"] for r in learned.results] == [r.entry["id"] for r in rules.results]
    assert (learned.crisis is None) == (rules.crisis is None)
    assert learned.out_of_scope == rules.out_of_scope and learned.clarify == rules.clarify


def test_the_reranker_only_reorders_the_rules_first_ten(guide, monkeypatch):
    text = "母が一人暮らしで最近物忘れが増えてきて、火の始末も心配です。どこに相談すればいいですか"
    learned = _ids(guide, text)
    monkeypatch.setattr(rr, "_model", lambda: None)
    import core.router as router_mod

    monkeypatch.setattr(router_mod, "MAX_RESULTS", 10)
    assert set(learned) <= set(_ids(guide, text))


# Sentences written for this test, in the ways residents word the same trouble (not taken from any question set).
@pytest.mark.parametrize("text, first", [
    # a grown child shut in at home: the hikikomori counter, not youth employment or DV
    ("25歳の息子が会社を辞めてから部屋にこもって誰とも話さない", "hikikomori-soudan"),
    ("うちの娘、大学を中退してから家から出なくなって2年", "hikikomori-soudan"),
    ("兄が40代で何年も家にいて外に出ません。どこに相談すれば", "hikikomori-soudan"),
    ("息子が高校を出てからずっと家にいて友達とも会わない", "hikikomori-soudan"),
    # someone to go out with a disabled family member: the disability counselling, not the wheelchair loan
    ("車いすの妻と外出するとき付き添いを頼めるサービスは", "kikan-soudan-shien"),
    ("障害のある息子の通院に付き添ってくれる人を探しています", "kikan-soudan-shien"),
    # a parent who wants someone to listen: the parenting counsel, not the playroom
    ("子育てのことで誰かに話を聞いてもらいたいです", "kosodate-soudan"),
    ("育児の悩みを聞いてくれる人はいますか", "kosodate-soudan"),
    ("赤ちゃんのお世話のことで相談に乗ってほしい", "kosodate-soudan"),
    # a discharge from hospital and life at home after it
    ("母が来月退院するけど、家で一人で暮らせるか心配です", "chiiki-houkatsu"),
    ("祖母が骨折で入院中。家に戻ってからの暮らしが心配", "chiiki-houkatsu"),
])
def test_residents_wordings_get_the_counter_first(guide, text, first):
    assert _ids(guide, text)[0] == first


@pytest.mark.parametrize("text, first", [  # twins: the thing itself asked for keeps its own counter
    ("車いすを借りたいのですが", "kurumaisu-kashidashi"),
    ("旅行に行くので車いすを貸してもらえますか", "kurumaisu-kashidashi"),
    ("子育て中の親子が集まれる広場はありますか", "tsudoi-hiroba"),
    ("息子が就職活動でつまずいている。若者の就労支援はありますか", "jakunen-mugyo"),
])
def test_the_thing_asked_for_keeps_its_counter(guide, text, first):
    assert _ids(guide, text)[0] == first
