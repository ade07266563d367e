"""Session 14 (speed, issue #11: the screen stays fast): the faster machinery gives exactly the old answers.

The indexes skip a pattern only when a text cannot hold a match of it, a context pattern runs only the
alternatives that can match, and fold() translates only the characters it changes: each is checked here against
the plain way on the tuning parts' messages and on probes written for the purpose (katakana, small kana, spaced
kana, hyperbole, quotes, English)."""

from __future__ import annotations

import json
import math
import re
import sys
import unicodedata
from pathlib import Path

import jaconv
import pytest

import core.safety.backstop as backstop
from core.safety.index import _Prefiltered, substrings
from core.safety.normalize import _GAP_RE, _LONG_RE, _REPEAT_RE, _SMALL, fold, read

ROOT = Path(__file__).resolve().parents[1]
SCREEN = sys.modules["core.safety.screen"]

PROBES = [
    "死ぬほど忙しい。でも犬が死んじゃって、猫もいなくなった", "スマホが死んだ笑", "シニタイ", "ｼﾆﾀｲ", "し に た い",
    "しにたぁーーい", "暑くて死ぬ〜", "「死ぬ〜」って言いながら宿題してる", "今は落ち着いています。昔、夫に殴られていました",
    "もし火事になったらどうすれば", "今夜、薬を全部飲みました", "I want to die tonight", "My husband hits me when he drinks",
    "締め切りに殺されそう。笑", "ゲームに溺れてる息子", "母が倒れて動かない！！！", "通報するならどこに連絡すれば",
    "自殺対策の講座はありますか", "死ぬかと思った（笑）", "こどもが　いない　です", "ヴァイオリン教室の場所",
    "ヶ月前から夫がストーカーみたいに", "冗談じゃなく、本当に消えたい", "今のうちに相談しておきたい",
]


def _texts(limit: int = 400) -> list[str]:
    out = list(PROBES)
    for path in sorted((ROOT / "tests/questions").glob("safety_*_tune.jsonl")):
        lines = [json.loads(x)["q"] for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        out += lines[:: max(1, len(lines) // (limit // 12))]
    return out


TEXTS = _texts()
# the texts as the screen searches them: the folded message, its folded sentences and their raw words
SEARCHED = sorted({t for text in TEXTS for m in [read(text)] for t in (
    "".join(s.surface for s in m.sentences), m.text, *(s.surface for s in m.sentences), *(s.raw for s in m.sentences))})


def _old_fold(text: str) -> str:
    t = jaconv.kata2hira(unicodedata.normalize("NFKC", text).lower())
    t = t.translate(_SMALL)
    t = _LONG_RE.sub("", t)
    t = _REPEAT_RE.sub(r"\1", t)
    return _GAP_RE.sub("", t)


def test_fold_is_the_old_fold() -> None:
    for text in [*TEXTS, "ァィゥェォヵヶヮ", "ヴヷヸヹヺ", "ｶﾞｯｺｳ", "ー〜～", "カ　タ　カ　ナ"]:
        assert fold(text) == _old_fold(text), text


def test_substrings_are_every_short_substring() -> None:
    for text in ["", "a", "ab", "死にたい", *TEXTS[:50]]:
        assert substrings(text) == {text[i:i + n] for n in (1, 2, 3) for i in range(len(text) - n + 1)}


@pytest.mark.parametrize("pattern", _Prefiltered.registry, ids=lambda p: f"context{p.id}")
def test_context_pattern_answers_as_the_whole_pattern(pattern: _Prefiltered) -> None:
    for text in SEARCHED:
        mine, whole = pattern.search(text), pattern.full.search(text)
        assert (mine and mine.span()) == (whole and whole.span()), text
        assert pattern.sub(" ", text) == pattern.full.sub(" ", text), text


def test_hyperbole_is_read_apart() -> None:
    # run whole, the hyperbole pattern cost 0.27 ms a message; an alternative with no anchor (one that can start
    # anywhere), a back reference or an inline flag makes it run whole again (correct, only slow)
    from core.safety.context import _HYPERBOLE_P
    assert not _HYPERBOLE_P.always


def test_phrase_index_finds_what_every_pattern_finds() -> None:
    index = SCREEN._PHRASES
    for text in SEARCHED[::3]:
        plain = {r for k, p in enumerate(index.patterns) if p.search(text) for r in index.rules[k]}
        assert index.hits(text) == plain, text


def test_english_index_finds_what_every_pattern_finds() -> None:
    index = SCREEN._ENGLISH
    for text in [t for t in SEARCHED if re.search(r"[a-z]{3}", t)]:
        plain = {r for k, p in enumerate(index.patterns) if p.search(text) for r in index.rules[k]}
        assert index.hits(text) == plain, text


def _old_heads(text: str) -> tuple[bool, float, tuple[str, ...]]:
    """The heads as they were summed before session 14: a dictionary look a head and n-gram, in the grams' order."""
    weights, bias, cut = backstop._model()
    heads = backstop._crisis_heads()
    assert heads is not None
    found = backstop.grams(text[:backstop.LIMIT])
    danger = bias + sum([weights.get(g, 0.0) for g in found]) > cut
    margin = heads.bias + sum([heads.weights.get(g, 0.0) for g in found])
    known = [heads.class_weights[g] for g in found if g in heads.class_weights]
    norm = math.sqrt(sum([idf * idf for idf, _ in known])) or 1.0
    scores = list(heads.class_bias)
    for idf, cells in known:
        for i, w in cells:
            scores[int(i)] += w * idf / norm
    return danger, margin, tuple(heads.labels[i] for i in sorted(range(len(scores)), key=scores.__getitem__, reverse=True))


def test_heads_give_the_same_scores_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    heads = backstop._crisis_heads()
    assert heads is not None
    expected = {text: _old_heads(text) for text in TEXTS}
    for text, (danger, _, _) in expected.items():
        assert backstop.hears_danger(text) == danger, text
    # with the lowest cut the crisis head gives its margin and ranking on every message
    low = backstop._Cuts(heads.bias, -1e9, -1e9, -1e9, heads.labels, heads.class_bias)
    monkeypatch.setattr(backstop, "_cuts", lambda: low)
    for text, (_, margin, ranked) in expected.items():
        assert backstop.hears_crisis(text, True) == (margin + 1e9, ranked), text
