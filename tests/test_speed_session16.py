"""Session 16, the cold start (issue #17): what a new process no longer builds before its first answer, and the
proof that what it reads instead is what it would have built."""

from __future__ import annotations

import pickle

from core.guide import Guide
from core.safety import backstop
from knowledge.grams import GramIndex
from knowledge.index_cache import load_grams
from knowledge.kb import KnowledgeBase
from knowledge.store import read_doc


def _same(a: GramIndex, b: GramIndex) -> bool:
    return (a.idf == b.idf and list(a.idf) == list(b.idf) and dict(a.postings) == dict(b.postings)
            and a.delivered_by == b.delivered_by)


def test_the_cached_gram_index_is_the_one_built(loaded_engine, tmp_path):
    kb = KnowledgeBase.from_doc(read_doc(loaded_engine))
    built = GramIndex(kb)
    first = load_grams(kb, tmp_path)          # built and written
    files = list(tmp_path.glob("grams-*.pickle"))
    assert len(files) == 1
    again = load_grams(kb, tmp_path)          # read back
    assert _same(built, first) and _same(built, again)
    text = "母の物忘れがひどくて、お金の管理も心配です。どこに相談したらいいですか"
    assert again.similar(text) == built.similar(text)


def test_a_stale_or_broken_gram_cache_is_rebuilt(loaded_engine, tmp_path):
    kb = KnowledgeBase.from_doc(read_doc(loaded_engine))
    stale = tmp_path / "grams-00000000000000000000.pickle"
    stale.write_bytes(pickle.dumps({"not": "an index"}))
    first = load_grams(kb, tmp_path)
    assert not stale.exists()                 # another key's file is removed
    (path,) = tmp_path.glob("grams-*.pickle")
    path.write_bytes(b"broken")
    assert _same(load_grams(kb, tmp_path), first)
    assert load_grams(kb, None).idf == first.idf  # no folder: built, nothing written


def test_the_backstop_model_is_parsed_once_for_its_heads():
    weights, _, _ = backstop._model()
    heads = backstop._crisis_heads()
    data = backstop._data()
    assert weights is data["weights"]
    assert heads is None or heads.weights is data["crisis"]["weights"]


def test_a_one_answer_process_builds_no_kana_reader_until_a_kana_message(loaded_engine):
    guide = Guide(loaded_engine, prefetch=False)
    plain = guide.ask("母の物忘れがひどい")
    assert guide.router._kana is None
    eager = Guide(loaded_engine)
    assert [r.entry["id"] for r in plain.results] == [r.entry["id"] for r in eager.ask("母の物忘れがひどい").results]
    assert eager.router._kana is not None
    kana = "ははのものわすれがひどい"
    assert [r.entry["id"] for r in guide.ask(kana).results] == [r.entry["id"] for r in eager.ask(kana).results]
    assert guide.router._kana is not None
