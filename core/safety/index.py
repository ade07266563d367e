"""Finding the cues fast: every phrase is cut to an anchor (its first characters) so that a sentence is
matched only against the phrases whose anchor it holds, and only when it also holds one string of each other set
its matches need; context patterns share one scan and run only the alternatives that can match."""

from __future__ import annotations

import re
import re._parser as sre_parse
from functools import lru_cache
from itertools import chain
from operator import add

from knowledge.lazyre import Lazy

from .anchors import _alternatives, _analyse, _firsts

_Needs = tuple[frozenset[str], ...]
_Phrase = tuple[frozenset[str] | None, Lazy, _Needs]
_SHORT = 12          # a sentence this short is always read by Sudachi (市にたい has no anchor but its reading)


@lru_cache(maxsize=4096)
def substrings(text: str) -> frozenset[str]:
    """Every substring of one to three characters (anchors are that long): the anchors a text holds are this set's
    intersection with theirs, one pass in C instead of three dictionary looks a character."""
    pairs = list(map(add, text, text[1:]))
    return frozenset(chain(text, pairs, map(add, pairs, text[2:])))


def _anchors(parsed: sre_parse.SubPattern) -> tuple[frozenset[str] | None, _Needs]:
    """The strings one of which any match contains (falling back to the characters a match can start with), and
    the other sets of strings a match needs, the most selective first."""
    anchors, every = _analyse(parsed)
    if anchors is None:
        f, nullable = _firsts(parsed)
        anchors = None if f is None or nullable else f
    if anchors is None:
        return None, ()
    found = frozenset(anchors)
    return found, _others(every, found)


def _others(every: list[set[str]], anchors: frozenset[str]) -> _Needs:
    """The sets a match needs besides its anchors, the most selective first (the first to fail)."""
    sets = {frozenset(x) for x in every} - {anchors}
    return tuple(sorted(sets, key=lambda x: (-min(map(len, x)), len(x), sorted(x))))


def _phrase(pattern: str) -> _Phrase:
    """A compiled phrase with the strings one of which any match contains (its anchors) and the other strings it
    needs: a sentence without them is not searched. Compiled when first searched: most never are in a process."""
    found, needs = _anchors(sre_parse.parse(pattern))
    return found, Lazy(pattern, re.M), needs


class _Index:
    """Phrases by their anchors: a sentence is searched only with the phrases whose anchor it contains (a few
    dozen of some eight hundred) and whose other needed strings it holds. One pattern may serve several rules
    (the same words in two situations)."""

    def __init__(self, per_rule: list[tuple[_Phrase, ...]]) -> None:
        ids: dict[Lazy, int] = {}
        rules: list[list[int]] = []
        needs: list[_Needs] = []
        anchored: dict[str, set[int]] = {}
        always: set[int] = set()
        for i, phrases in enumerate(per_rule):
            for f, p, conj in phrases:
                k = ids.setdefault(p, len(ids))
                if k == len(rules):
                    rules.append([])
                    needs.append(conj)
                if i not in rules[k]:
                    rules[k].append(i)
                if f is None:
                    always.add(k)
                else:
                    for a in f:
                        anchored.setdefault(a, set()).add(k)
        self.patterns = list(ids)
        self.rules = [tuple(r) for r in rules]
        self.needs = needs
        self.by_anchor = {a: frozenset(ks) for a, ks in anchored.items()}
        self.keys = frozenset(self.by_anchor)
        self.always = frozenset(always)
        self.needy = frozenset(k for k, n in enumerate(needs) if n)  # the patterns with strings to ask beside the anchor

    def anchored(self, text: str) -> bool:
        """Whether text holds any anchor at all."""
        return not self.keys.isdisjoint(substrings(text))

    def _candidates(self, text: str) -> set[int]:
        """The patterns whose anchor and every other needed string text holds."""
        held = substrings(text)
        needs = self.needs
        todo: set[int] = set().union(*map(self.by_anchor.__getitem__, held & self.keys), self.always)
        for k in todo & self.needy:
            for need in needs[k]:
                if need.isdisjoint(held):
                    todo.discard(k)
                    break
        return todo

    def hits(self, text: str, reading: str = "", starts: frozenset[int] = frozenset()) -> set[int]:
        """The rules with a phrase in text, or in the reading starting where a word starts."""
        in_text = self._candidates(text)
        in_reading = self._candidates(reading) if reading else set()
        found: set[int] = set()
        for k in in_text | in_reading:
            rules = self.rules[k]
            if found.issuperset(rules):
                continue
            p = self.patterns[k]
            if k in in_text and p.search(text) is not None or k in in_reading and _at_word_start(p, reading, starts):
                found.update(rules)
        return found


_Apart = tuple[list[str], list[_Needs], list[frozenset[str]] | None]


def read_apart(pattern: str, flags: int) -> _Apart:
    """A context pattern's alternatives, what each needs, and their anchors (None: the pattern must run whole)."""
    alts = _alternatives(pattern)
    try:
        whole = sre_parse.parse(pattern, flags)
        parsed = [sre_parse.parse(alt, flags) for alt in alts]
    except re.error:
        return [], [], None
    branches = len(whole[0][1][1]) if len(whole) == 1 and str(whole[0][0]) == "BRANCH" else 1
    if branches != len(alts) or flags & re.IGNORECASE or "(?" in pattern.replace(
            "(?:", "").replace("(?=", "").replace("(?!", "").replace("(?<=", "").replace("(?<!", ""):
        return [], [], None  # split elsewhere than the parser would, case folded, or inline flags or references
    out, needs = [], []
    for alt, items in zip(alts, parsed, strict=True):
        anchors, every = _analyse(items)
        if not anchors or "\\" in alt and re.search(r"\\[1-9]", alt):
            return [], [], None
        found = frozenset(anchors)
        out.append(found)
        needs.append(_others(every, found))
    return alts, needs, out


class _Prefiltered:
    """A large context pattern whose alternatives run only in a text that holds what they need.

    Python's re tries every alternative at every position (20–600 µs a sentence for each of these patterns, the
    hyperbole one the most); the anchors and needed strings of all of them are found in one pass over the text's
    substrings, and only the alternatives that can match run, each on its own. The answer is exactly the
    pattern's: the leftmost match, at a tie the first alternative, as the whole alternation finds it (its span;
    its groups are the alternative's), and `sub` replaces the same spans. A pattern whose alternatives cannot be
    read apart (a back reference, an alternative with no anchor) runs whole."""

    registry: list[_Prefiltered] = []
    by_anchor: dict[str, set[tuple[int, int]]] = {}
    keys: frozenset[str] = frozenset()

    def __init__(self, compiled: re.Pattern[str], apart: _Apart | None = None) -> None:
        """`apart`: read_apart(compiled) as kept on disk (context.py), else read here."""
        self.full = compiled
        self.id = len(_Prefiltered.registry)
        _Prefiltered.registry.append(self)
        alts, self.needs, anchors = apart or read_apart(compiled.pattern, compiled.flags)
        self.alts = [Lazy(alt, compiled.flags) for alt in alts]  # compiled when a text holds what one needs
        self.always = anchors is None
        for j, found in enumerate(anchors or ()):
            for anchor in found:
                _Prefiltered.by_anchor.setdefault(anchor, set()).add((self.id, j))
        _Prefiltered.keys = frozenset(_Prefiltered.by_anchor)

    def _first(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """The match the whole pattern would find from pos: the leftmost, at a tie the first alternative."""
        best: re.Match[str] | None = None
        for j in _context_alts(text).get(self.id, ()):
            m = self.alts[j].search(text, pos)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        return best

    def search(self, text: str) -> re.Match[str] | None:
        if self.always:
            return self.full.search(text)
        return self._first(text)

    def sub(self, repl: str, text: str) -> str:
        if self.always or "\\" in repl:
            return self.full.sub(repl, text)
        m = self._first(text)
        if m is None:
            return text
        out: list[str] = []
        pos = 0
        while m is not None:  # every alternative needs an anchor: no empty match
            out += (text[pos:m.start()], repl)
            pos = m.end()
            m = self._first(text, pos)
        out.append(text[pos:])
        return "".join(out)


@lru_cache(maxsize=1024)
def _context_alts(text: str) -> dict[int, tuple[int, ...]]:
    """For each context pattern, the alternatives whose anchor and needed strings text holds, in order."""
    held = substrings(text)
    registry = _Prefiltered.registry
    todo: set[tuple[int, int]] = set().union(*map(_Prefiltered.by_anchor.__getitem__, held & _Prefiltered.keys))
    out: dict[int, list[int]] = {}
    for k, j in sorted(todo):
        for need in registry[k].needs[j]:
            if need.isdisjoint(held):
                break
        else:
            out.setdefault(k, []).append(j)
    return {k: tuple(js) for k, js in out.items()}


def _at_word_start(p: Lazy, text: str, starts: frozenset[int]) -> bool:
    pos = 0
    while (m := p.search(text, pos)) is not None:
        if m.start() in starts and -(m.end() + 1) not in starts:  # a word's start, not ending inside a kanji word
            return True
        pos = m.start() + 1
    return False
