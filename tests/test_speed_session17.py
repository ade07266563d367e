"""Session 17's cold start: what a new process used to build before its first answer is read from var/cache
(knowledge/build_cache.py) and the safety screen's patterns are compiled on their first use (knowledge/lazyre.py).
Each kept copy must be exactly what building it now gives, and a stale or broken copy must be rebuilt."""

from __future__ import annotations

import pickle
import re
from pathlib import Path

from core import rerank
from core.safety import backstop, context, index
from knowledge import build_cache
from knowledge.lazyre import Lazy

SCREEN = __import__("core.safety.screen", fromlist=["_build"])


def test_a_lazy_pattern_answers_as_the_compiled_one_and_pickles_as_its_text():
    pattern, flags = r"(死に|しに)たい|消え(たい|てしまいたい)", re.M
    lazy, plain = Lazy(pattern, flags), re.compile(pattern, flags)
    assert lazy._compiled is None
    for text in ("もう死にたい", "消えてしまいたい夜\n消えたい", "元気です", "しにたいしにたい"):
        found, expected = lazy.search(text), plain.search(text)
        assert (found and found.span()) == (expected and expected.span())
        assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert lazy.sub("□", text) == plain.sub("□", text)
        assert lazy.findall(text) == plain.findall(text)
        assert bool(lazy.match(text)) == bool(plain.match(text))
        assert bool(lazy.fullmatch(text)) == bool(plain.fullmatch(text))
        assert [m.span() for m in lazy.finditer(text, 2)] == [m.span() for m in plain.finditer(text, 2)]
    again = pickle.loads(pickle.dumps(lazy))
    assert again == lazy and hash(again) == hash(lazy) and again._compiled is None  # its text, not a program
    assert Lazy(pattern) != lazy  # the flags count, as for re.Pattern


def _index_state(ix: index._Index) -> dict:
    return dict(vars(ix))


def test_the_kept_screen_rules_are_the_ones_built_now():
    rules, phrases, english = SCREEN._build()
    assert rules == SCREEN._RULES
    assert _index_state(phrases) == _index_state(SCREEN._PHRASES)
    assert _index_state(english) == _index_state(SCREEN._ENGLISH)


def test_the_kept_context_patterns_are_read_apart_as_now():
    for compiled, apart, kept in zip(context._LARGE, context._APART, (
            context._HYPERBOLE_P, context._INFO_P, context._HYPOTHETICAL_P, context._PAST_P, context._SETTLED_P,
            context._PRESENT_P, context._NOW_P, context._NEGATED_P, context._IMMINENT_P, context._IN_PROGRESS_P),
            strict=True):
        assert index.read_apart(compiled.pattern, compiled.flags) == apart
        assert [a.pattern for a in kept.alts] == apart[0] and kept.needs == apart[1]


def test_the_kept_heads_and_reranker_are_the_models_read_from_their_json():
    kept, fresh = backstop._kept(), backstop._keep()
    assert (kept.bias, kept.cut, kept.crisis) == (fresh.bias, fresh.cut, fresh.crisis)
    assert kept.table == fresh.table  # the same floats, n-gram by n-gram
    assert rerank._model() == rerank._read()


def test_a_stale_or_broken_copy_is_rebuilt_and_a_changed_source_makes_a_new_name(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(build_cache, "CACHE_DIR", tmp_path)
    source = tmp_path / "source.txt"
    source.write_text("one", encoding="utf-8")
    calls: list[int] = []

    def build() -> dict[str, int]:
        calls.append(1)
        return {"n": len(calls)}

    assert build_cache.built("thing", dict, [source], build) == {"n": 1}
    assert build_cache.built("thing", dict, [source], build) == {"n": 1} and len(calls) == 1  # read back
    (path,) = tmp_path.glob("thing-*.pickle")
    path.write_bytes(b"broken")
    assert build_cache.built("thing", dict, [source], build) == {"n": 2}  # unreadable: built again
    source.write_text("two", encoding="utf-8")
    assert build_cache.built("thing", dict, [source], build) == {"n": 3}
    assert list(tmp_path.glob("thing-*.pickle")) != [path] and len(list(tmp_path.glob("thing-*.pickle"))) == 1
    assert build_cache.key([source], extra="a") != build_cache.key([source], extra="b")
    assert build_cache.key([source], ("sudachipy",)) != build_cache.key([source])
