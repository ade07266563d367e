"""What every match of a pattern must contain: the strings the indexes (index.py) look for before they run it.

A pattern is only searched in a text that holds one of its anchors (the most selective set of strings one of
which any match contains, cut to their first three characters) and, for a conjunction, one string of each
other such set: 子 alone does not send a sentence to a pattern that also needs あざ."""

from __future__ import annotations

from typing import Any

_ANCHOR = 3          # anchors are cut to their first three characters

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
    return _analyse(items)[0]


def _analyse(items: Any) -> tuple[set[str] | None, list[set[str]]]:
    """The anchors of a parsed pattern (`_required`) and every set of strings (cut to _ANCHOR characters) one of
    which any match contains (`_needs_all`), in one pass: a text that misses one of the sets holds no match. The
    sets of a sequence, of a group and of a repeat that must happen once; an alternation adds the union of its
    branches' anchors when each has one."""
    found: list[set[str]] = []
    every: list[set[str]] = []
    run: set[str] | None = {""}

    def close() -> None:
        if run and "" not in run:
            found.append(run)
            every.append({x[:_ANCHOR] for x in run})

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
                req, inner = _analyse(av[-1])
                every.extend(inner)
            elif name == "BRANCH":
                req = set()
                for branch in av[1]:
                    r = _analyse(branch)[0]
                    if r is None:
                        req = None
                        break
                    req |= r
                if req:
                    every.append(req)
            elif name in ("MAX_REPEAT", "MIN_REPEAT") and av[0] >= 1:
                req, inner = _analyse(av[2])
                every.extend(inner)
            if req:
                found.append(req)
    close()
    if not found:
        return None, every
    # The most selective: the longest shortest string, then the fewest strings.
    best = max(found, key=lambda f: (min(len(x) for x in f), -len(f)))
    return {x[:_ANCHOR] for x in best}, every


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
