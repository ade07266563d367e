"""Finding the cues fast: every phrase is cut to an anchor (its first characters) so that a sentence is
matched only against the phrases whose anchor it holds; context patterns share one scan."""

from __future__ import annotations

import re
import re._parser as sre_parse
from functools import lru_cache
from typing import Any

_Phrase = tuple[frozenset[str] | None, re.Pattern[str]]
_ANCHOR = 3          # anchors are cut to their first three characters
_SHORT = 12          # a sentence this short is always read by Sudachi (市にたい has no anchor but its reading)
_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")


def _firsts(items: Any) -> tuple[set[str] | None, bool]:
    """The characters a match of a parsed pattern can start with (None: any), and whether it can be empty."""
    out: set[str] = set()
    for op, av in items:
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # zero width
        if name == "LITERAL":
            return out | {chr(av)}, False
        if name == "IN":
            if any(str(o) != "LITERAL" for o, _ in av):
                return None, False
            return out | {chr(a) for _, a in av}, False
        if name == "BRANCH":
            nullable = False
            for branch in av[1]:
                f, n = _firsts(branch)
                if f is None:
                    return None, False
                out |= f
                nullable = nullable or n
            if not nullable:
                return out, False
            continue
        if name == "SUBPATTERN":
            f, n = _firsts(av[-1])
        elif name in ("MAX_REPEAT", "MIN_REPEAT"):
            f, n = _firsts(av[2])
            n = n or av[0] == 0
        else:
            return None, False
        if f is None:
            return None, False
        out |= f
        if not n:
            return out, False
    return out, True



def _exact(op: Any, av: Any) -> set[str] | None:
    """Every string one parsed element can match, when they are few and literal (None otherwise)."""
    name = str(op)
    if name == "LITERAL":
        return {chr(av)}
    if name in _ZERO_WIDTH:
        return {""}
    if name == "IN":
        if len(av) > 24 or any(str(o) != "LITERAL" for o, _ in av):
            return None
        return {chr(a) for _, a in av}
    if name == "SUBPATTERN":
        return _exact_seq(av[-1])
    if name == "BRANCH":
        out: set[str] = set()
        for branch in av[1]:
            e = _exact_seq(branch)
            if e is None:
                return None
            out |= e
        return out if len(out) <= 256 else None
    if name in ("MAX_REPEAT", "MIN_REPEAT") and av[1] <= 1:
        e = _exact_seq(av[2])
        if e is None:
            return None
        return e | {""} if av[0] == 0 else e
    return None


def _exact_seq(items: Any) -> set[str] | None:
    run = {""}
    for op, av in items:
        e = _exact(op, av)
        if e is None:
            return None
        run = {a + b for a in run for b in e}
        if len(run) > 256:
            return None
    return run


def _required(items: Any) -> set[str] | None:
    """Strings of which every match of a parsed pattern contains one (None when none can be named)."""
    found: list[set[str]] = []
    run: set[str] | None = {""}

    def close() -> None:
        if run and "" not in run:
            found.append(run)

    for op, av in items:
        name = str(op)
        e = _exact(op, av)
        if e is not None and run is not None:
            nxt = {a + b for a in run for b in e}
            if len(nxt) <= 256:
                run = nxt
                continue
        close()
        run = e if e is not None else {""}
        if e is None:
            req: set[str] | None = None
            if name == "SUBPATTERN":
                req = _required(av[-1])
            elif name == "BRANCH":
                req = set()
                for branch in av[1]:
                    r = _required(branch)
                    if r is None:
                        req = None
                        break
                    req |= r
            elif name in ("MAX_REPEAT", "MIN_REPEAT") and av[0] >= 1:
                req = _required(av[2])
            if req:
                found.append(req)
    close()
    if not found:
        return None
    # The most selective: the longest shortest string, then the fewest strings.
    best = max(found, key=lambda f: (min(len(x) for x in f), -len(f)))
    return {x[:_ANCHOR] for x in best}


def _phrase(pattern: str) -> _Phrase:
    """A compiled phrase with the strings one of which any match contains (its anchors): a sentence without
    them is not searched. Falls back to the characters a match can start with."""
    parsed = sre_parse.parse(pattern)
    anchors = _required(parsed)
    if anchors is None:
        f, nullable = _firsts(parsed)
        anchors = None if f is None or nullable else f
    return (None if anchors is None else frozenset(anchors)), re.compile(pattern, re.M)


class _Index:
    """Phrases by their anchors: a sentence is searched only with the phrases whose anchor it contains (a few
    dozen of some eight hundred). One pattern may serve several rules (the same words in two situations)."""

    def __init__(self, per_rule: list[tuple[_Phrase, ...]]) -> None:
        ids: dict[re.Pattern[str], int] = {}
        rules: list[list[int]] = []
        anchored: dict[str, set[int]] = {}
        always: set[int] = set()
        for i, phrases in enumerate(per_rule):
            for f, p in phrases:
                k = ids.setdefault(p, len(ids))
                if k == len(rules):
                    rules.append([])
                if i not in rules[k]:
                    rules[k].append(i)
                if f is None:
                    always.add(k)
                else:
                    for a in f:
                        anchored.setdefault(a, set()).add(k)
        self.patterns = list(ids)
        self.rules = [tuple(r) for r in rules]
        self.by_anchor = {a: frozenset(ks) for a, ks in anchored.items()}
        self.always = frozenset(always)
        self.firsts = frozenset(a[0] for a in self.by_anchor)

    def anchored(self, text: str) -> bool:
        """Whether text holds any anchor at all."""
        keys, firsts = self.by_anchor, self.firsts
        for i, ch in enumerate(text):
            if ch in firsts:
                piece = text[i:i + 3]
                if piece in keys or piece[:2] in keys or ch in keys:
                    return True
        return False

    def _anchors_in(self, text: str) -> list[str]:
        """The anchors found in text (anchors are one to _ANCHOR = 3 characters long)."""
        keys, out = self.by_anchor, []
        for i, ch in enumerate(text):
            if ch in self.firsts:
                piece = text[i:i + 3]
                if piece in keys:
                    out.append(piece)
                if piece[:2] in keys:
                    out.append(piece[:2])
                if ch in keys:
                    out.append(ch)
        return out

    def hits(self, text: str, reading: str = "", starts: frozenset[int] = frozenset()) -> set[int]:
        """The rules with a phrase in text, or in the reading starting where a word starts."""
        todo = set(self.always)
        for t in (text, reading) if reading else (text,):
            for piece in self._anchors_in(t):
                todo |= self.by_anchor[piece]
        found: set[int] = set()
        for k in todo:
            rules = self.rules[k]
            if found.issuperset(rules):
                continue
            p = self.patterns[k]
            if p.search(text) is not None or reading and _at_word_start(p, reading, starts):
                found.update(rules)
        return found


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (split at | outside groups and classes)."""
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


class _Prefiltered:
    """A large context pattern searched only in a text that holds an anchor of one of its alternatives.

    Python's re tries every alternative at every position (20–40 µs a sentence for each of these patterns);
    the anchors of all of them are found in one scan of the text, and the pattern itself (with exactly its own
    meaning) runs only when one of its anchors is there."""

    registry: list[_Prefiltered] = []
    by_anchor: dict[str, set[int]] = {}
    firsts: set[str] = set()

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self.full = compiled
        self.id = len(_Prefiltered.registry)
        _Prefiltered.registry.append(self)
        self.always = False
        for alt in _alternatives(compiled.pattern):
            try:
                parsed = sre_parse.parse(alt, compiled.flags)
            except re.error:
                self.always = True
                break
            anchors = _required(parsed)
            if anchors is None:
                f, nullable = _firsts(parsed)
                anchors = None if f is None or nullable else f
            if not anchors:
                self.always = True
                break
            for anchor in anchors:
                _Prefiltered.by_anchor.setdefault(anchor, set()).add(self.id)
                _Prefiltered.firsts.add(anchor[0])

    def search(self, text: str) -> re.Match[str] | None:
        if not self.always and self.id not in _context_anchors(text):
            return None
        return self.full.search(text)

    def sub(self, repl: str, text: str) -> str:
        if not self.always and self.id not in _context_anchors(text):
            return text
        return self.full.sub(repl, text)


@lru_cache(maxsize=1024)
def _context_anchors(text: str) -> frozenset[int]:
    """The context patterns with an anchor in text (one scan for all of them)."""
    keys, firsts, found = _Prefiltered.by_anchor, _Prefiltered.firsts, set()
    for i, ch in enumerate(text):
        if ch in firsts:
            piece = text[i:i + 3]
            for a in (piece, piece[:2], ch):
                ids = keys.get(a)
                if ids:
                    found |= ids
    return frozenset(found)


def _at_word_start(p: re.Pattern[str], text: str, starts: frozenset[int]) -> bool:
    pos = 0
    while (m := p.search(text, pos)) is not None:
        if m.start() in starts and -(m.end() + 1) not in starts:  # a word's start, not ending inside a kanji word
            return True
        pos = m.start() + 1
    return False
