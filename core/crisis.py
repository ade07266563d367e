"""What stands in a crisis answer: the emergency lines for the screen's situations, and beside them only the
counters the knowledge names for each situation (topics crisis-SITUATION) — never the ranking's guess."""

from __future__ import annotations

from typing import Any

from core.safety import Screen
from knowledge.kb import KnowledgeBase


def crisis_lines(kb: KnowledgeBase, found: Screen) -> list[dict[str, Any]]:
    """The lines for the situations, most urgent situation first, each line once; soft: one quiet 24-hour line."""
    out: list[dict[str, Any]] = []
    for situation in found.situations:
        for line in kb.emergency:
            if situation in line["situations"] and line not in out:
                out.append(line)
                if situation == "soft":
                    return out
    now = [x for x in out[1:] if "suicide-imminent" in x["situations"]] if "suicide-imminent" in found.situations[1:] else []
    # A plan for tonight: the suicide line first, 119/110 right after it — not below every other line.
    return [*out[:1], *now, *[x for x in out[1:] if x not in now]] if now else out


def crisis_counters(kb: KnowledgeBase, found: Screen) -> list[dict[str, Any]]:
    """The entries the knowledge names for each situation (topics crisis-SITUATION), at most three."""
    out: list[dict[str, Any]] = []
    for s in found.situations:
        for cid in kb.topics.get(f"crisis-{s}", {}).get("counters", []):
            if cid in kb.entries and all(e["id"] != cid for e in out):
                out.append(kb.entries[cid])
    return out[:3]
