"""Long LINE-style messages (issue #17): the ask found in the story, negated topics dropped, other city
business told apart on any length, and the router's lead over a plain TF-IDF retriever.

The long question sets were written by helpers who never read the code (tests/questions/long_*.jsonl); the
locked third is only scored and printed, never used to change anything. Floors sit at the measured level
on the tuning part (pytest -s prints both parts).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from core.answer import to_contract
from core.ask import drop_negated, find_ask
from knowledge.validate import validate
from tests.fixtures import CONTRACT
from tests.scoring import load_questions, registry_refs, score

HERE = Path(__file__).resolve().parent
TUNE = HERE / "questions" / "long_tune.jsonl"
LOCKED = HERE / "questions" / "long_locked.jsonl"

# Measured on the tuning part (2026-12-01, session 8: 0.921, 0.970, 1.000; session 7: 0.891, 0.955, 1.000), with the
# safety screen of that day (its false alarms on long messages cost routed answers; they are the safety screen's to fix).
FLOORS = {"top1": 0.89, "top3": 0.95, "oos": 0.97, "district": 0.97}
# The router must lead the TF-IDF character n-gram retriever on long messages (issue #17: +10 / +4 points).
LEAD = {"top1": 0.10, "top3": 0.04}


@pytest.fixture(scope="module")
def registry():
    return registry_refs(CONTRACT / "counters.tsv")


@pytest.fixture(scope="module")
def tune(guide, registry):
    rep = score(load_questions(TUNE), lambda q: to_contract(guide.kb, guide.ask(q)), registry)
    locked = score(load_questions(LOCKED), lambda q: to_contract(guide.kb, guide.ask(q)), registry)
    print("\nlong tune:   " + rep.summary() + "\nlong locked: " + locked.summary())
    return rep


def test_long_sets_are_split_and_large_enough():
    tune, locked = load_questions(TUNE), load_questions(LOCKED)
    assert len(tune) + len(locked) >= 380
    assert sum(q["kind"] == "oos" for q in tune + locked) >= 80
    assert not {q["q"] for q in tune} & {q["q"] for q in locked}


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_long_tune_meets_floor(tune, metric):
    assert tune.rate(metric) >= FLOORS[metric], tune.summary()


def test_router_leads_tfidf_on_long_messages(guide, registry):
    spec = importlib.util.spec_from_file_location("tfidf", HERE.parent / "bench" / "tfidf.py")
    assert spec is not None and spec.loader is not None
    tfidf = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tfidf)
    items = [q for q in load_questions(TUNE) if q["kind"] == "route"]
    router = score(items, lambda q: to_contract(guide.kb, guide.ask(q)), registry)
    peer = score(items, tfidf.TfidfRetriever(guide.kb).answer, registry)
    for metric, lead in LEAD.items():
        assert router.rate(metric) - peer.rate(metric) >= lead, (metric, router.summary(), peer.summary())


# --- finding the ask --------------------------------------------------------------------------------------

def test_the_asking_sentence_is_found_after_the_story():
    f = find_ask("母が入院しています。父も足が悪いです。私は仕事を休めません。昼間に父を見てくれるところはありますか")
    assert f.sentences == 4 and f.long
    assert f.asks == ("昼間に父を見てくれるところはありますか",)


def test_without_a_question_the_last_sentence_is_the_ask():
    f = find_ask("夫が定年になりました。毎日家にいて、私の気が休まりません")
    assert f.asks == ("毎日家にいて、私の気が休まりません",)


def test_a_one_sentence_message_is_all_ask():
    f = find_ask("認知症の母のことで相談したい")
    assert not f.long and f.text == "認知症の母のことで相談したい"


@pytest.mark.parametrize("text,gone", [
    ("介護じゃなくて、お金のことで相談したい", "介護"),
    ("お金のことではなく、息子の仕事のことです", "お金"),
    ("離婚はしてないのでひとり親ではないです", "ひとり親"),
    ("親の介護の相談はもういいんです", "介護"),
    ("ひきこもり では ありません", "ひきこもり"),
])
def test_negated_topics_are_cut(text, gone):
    out, cut = drop_negated(text)
    assert gone not in out and cut


@pytest.mark.parametrize("text", ["父が認知症ではないかと心配です", "これって虐待じゃないでしょうか"])
def test_a_suspicion_is_not_a_negation(text):
    out, cut = drop_negated(text)
    assert out == text and not cut


def test_english_ask_and_negation():
    f = find_ask("My mother lives alone. I'm not asking about money. Where can she get help with shopping?",
                 english=True)
    assert f.asks == ("Where can she get help with shopping?",)
    assert "money" not in f.text and f.negated


def test_a_negated_topic_does_not_lead(guide):
    out = to_contract(guide.kb, guide.ask(
        "母の介護は施設にお願いしていて、介護の相談はもういいんです。私自身が仕事を失って、家賃が払えなくなりそうです。"
        "どこに相談すればいいですか"))
    assert out["results"] and out["results"][0]["id"] != "chiiki-houkatsu"


# --- other city business ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "引っ越してきたばかりで、燃えないごみの日がわかりません。アパートの大家さんも知らないそうです。何曜日ですか",
    "来月結婚します。婚姻届は土曜日でも出せますか。二人とも平日は仕事なので",
    "週末に母と二人で鎌倉を歩きます。母は元気です。おすすめのお寺と、お昼を食べるところを教えてください",
    "We just moved to Ofuna with our kids. Which day is the garbage collected, and do we need special bags?",
    "うちの犬の登録をしたいです。去年引っ越してきて、まだ住所を変えていません。どこで手続きしますか",
])
def test_other_city_business_gets_no_counter(guide, text):
    res = guide.ask(text)
    out = to_contract(guide.kb, res)
    assert out["results"] == [] and not out["crisis"]
    assert res.other_business is not None and res.out_of_scope


@pytest.mark.parametrize("text,counter", [
    ("一人暮らしの母が、粗大ごみを出せないと言っています。腰も悪くて重いものは持てません。手伝ってくれるサービスはありますか",
     "koureisha-seikatsu-support"),
    ("息子が高校を中退して、ずっと部屋でゲームをしています。もう2年になります。ひきこもりの相談はどこにすればいいですか",
     "hikikomori-soudan"),
])
def test_a_stray_word_does_not_push_welfare_out(guide, text, counter):
    out = to_contract(guide.kb, guide.ask(text))
    assert counter in [r["id"] for r in out["results"][:3]]


def test_outside_topics_are_validated(small_doc):
    doc = dict(small_doc)
    doc["topics"] = [*small_doc["topics"],
                     {"id": "outside-x", "name": "x", "area": "outside", "synonyms": [], "counters": ["kaigo-x"]}]
    problems = validate(doc)
    assert any("outside-x" in str(p) and "no welfare counters" in str(p) for p in problems)
    assert any("outside-x" in str(p) and "everyday words" in str(p) for p in problems)
