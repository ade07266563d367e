"""A readable diff of two knowledge documents, one line a change: what a spreadsheet or HSDS import, or a
staff draft, would change (`diff_docs`; split from knowledge/spreadsheet.py, which re-exports it)."""

from __future__ import annotations

import difflib
import json
from collections import Counter
from itertools import zip_longest
from typing import Any

from knowledge import document
from knowledge.files import KINDS, Doc


def _show(value: Any) -> str:
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, list):
        return " | ".join(map(str, value)) or "(empty)"
    return str(value)


def _before_after(a: Any, b: Any, width: int = 70) -> str:
    """`a → b`, long texts cut down to the part that differs."""
    sa, sb = _show(a), _show(b)
    if len(sa) <= width and len(sb) <= width:
        return f"{sa} → {sb}"
    prefix = len(_common(sa, sb))
    suffix = min(len(_common(sa[::-1], sb[::-1])), min(len(sa), len(sb)) - prefix)
    start, keep_end = max(prefix - 10, 0), max(suffix - 10, 0)  # 10 characters of context each side

    def cut(x: str) -> str:
        mid = x[start:len(x) - keep_end]
        mid = mid if len(mid) <= width else mid[:width] + "…"
        return ("…" if start else "") + mid + ("…" if keep_end else "")

    return f"{cut(sa)} → {cut(sb)}"


def _common(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def _summary(item: dict[str, Any]) -> str:
    text = ", ".join(_show(v) for k, v in item.items()
                     if v not in (None, "", []) and k not in ("source", "source_date", "checked"))
    return text if len(text) <= 80 else text[:80] + "…"


def _diff_list_of_maps(label: str, a: list[dict[str, Any]], b: list[dict[str, Any]]) -> list[str]:
    def key(x: dict[str, Any]) -> str:
        return json.dumps(x, ensure_ascii=False, sort_keys=True)

    out: list[str] = []
    matcher = difflib.SequenceMatcher(a=[key(x) for x in a], b=[key(x) for x in b], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        for i, j in zip_longest(range(i1, i2), range(j1, j2)):
            if j is None:
                out.append(f"{label}[{i + 1}] removed: {_summary(a[i])}")
            elif i is None:
                out.append(f"{label}[{j + 1}] added: {_summary(b[j])}")
            else:
                out += [f"{label}[{j + 1}] {k}: {_before_after(a[i].get(k), b[j].get(k))}"
                        for k in dict.fromkeys([*a[i], *b[j]]) if a[i].get(k) != b[j].get(k)]
    return out


def _diff_item(label: str, a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for key in dict.fromkeys([*a, *b]):
        va, vb = a.get(key), b.get(key)
        if va == vb:
            continue
        if isinstance(va, list) and isinstance(vb, list) and all(isinstance(x, dict) for x in va + vb):
            out += _diff_list_of_maps(f"{label}: {key}", va, vb)
        elif isinstance(va, list) and isinstance(vb, list) and set(va) != set(vb):
            gone, new = [x for x in va if x not in vb], [x for x in vb if x not in va]
            out.append(f"{label}: {key}: " + "; ".join(
                part for part in (f"added {_show(new)}" if new else "", f"removed {_show(gone)}" if gone else "")
                if part))
        elif isinstance(va, list) and isinstance(vb, list):
            out.append(f"{label}: {key}: order {_before_after(va, vb)}")
        else:
            out.append(f"{label}: {key}: {_before_after(va, vb)}")
    return out


def _keyed(items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    copies: Counter[str] = Counter()
    for i, item in enumerate(items, 1):
        key = base = str(item.get("id") or f"(no id, item {i})")
        while key in out:  # a duplicate id in a bad file still shows as its own item: "x (2)", "x (3)" …
            copies[base] += 1
            key = f"{base} ({copies[base] + 1})"
        out[key] = item
    return out


def diff_docs(old: Doc, new: Doc) -> list[str]:
    """What changes from `old` to `new`, one line each: added / removed items, changed fields
    (`before → after`), moved items. [] when they are the same."""
    old, new = document.canonical(old), document.canonical(new)
    out: list[str] = []
    for kind in KINDS:
        a, b = _keyed(old[kind]), _keyed(new[kind])
        for key, item in b.items():
            if key not in a:
                out.append(f"{kind}: added {key} ({item.get('name')})")
        for key, item in a.items():
            if key not in b:
                out.append(f"{kind}: removed {key} ({item.get('name')})")
            else:
                out += _diff_item(f"{kind} {key}", item, b[key])
        order_a, order_b = [k for k in a if k in b], [k for k in b if k in a]
        if order_a != order_b:
            matcher = difflib.SequenceMatcher(a=order_a, b=order_b, autojunk=False)
            kept = {k for blk in matcher.get_matching_blocks() for k in order_b[blk.b:blk.b + blk.size]}
            out.append(f"{kind}: order changed ({', '.join(k for k in order_b if k not in kept)} moved)")
    return out
