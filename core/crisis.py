"""What stands in a crisis answer: the emergency lines for the screen's situations, and beside them only the
counters the knowledge names for each situation (topics crisis-SITUATION) — never the ranking's guess."""

from __future__ import annotations

import re
from typing import Any

from core.relations import infer_topics
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


# Harm by someone, told without saying to whom it is done (家族からの暴力, 閉じ込め): the one harmed, as the message
# names them (core/relations.py), says whose counters stand beside the lines — an old man hit by his son is elder
# abuse (高齢者虐待, 地域包括), a disabled brother hit at his workshop 障害者虐待, a partner's blows DV — and sexual
# violence by a partner DV too (by anyone else: the all-round counter beside 110).
_GENERIC_HARM = ("violence-now-family", "confinement", "sexual-violence")
_ELDER = re.compile(r"高齢|お年寄り|年寄り|おじいさん|おばあさん|おじいちゃん|おばあちゃん|じいちゃん|ばあちゃん|祖父|祖母|認知症")
_CHILD_NAMED = re.compile(r"子ども|子供|こども|児童|赤ちゃん|乳児|幼児|小学生|中学生|高校生|娘|息子|孫|子が|子は|子を|の子")

# Harm told by the one a parent harms (「親に毎日殴られる。家帰りたくない」): a child, unless the writer says they are grown.
_BY_PARENT = re.compile(r"(?<![父母])(親|お父さん|お母さん|おとうさん|おかあさん|パパ|ママ|継父|継母)(に|から)")  # 父に: may be grown
_GROWN = re.compile(r"([2-9][0-9]|二十|三十|四十|五十|六十|七十|八十|九十)(歳|才|代)|もう[2-9][0-9]|社会人|大人|成人|孫")


def _harmed(text: str) -> str | None:
    """The situation of the one harmed, as the message names them; None when it does not say."""
    found = infer_topics(text)
    if found.get("gyakutai", 0.0) >= 3.0 and "shogai" in found:
        return "disabled-abuse-injury"
    if found.get("gyakutai", 0.0) > 0 and "koureisha" in found:
        return "elder-abuse-injury"
    if found.get("gyakutai", 0.0) > 0 and "kosodate" in found and (
            _CHILD_NAMED.search(text) or _BY_PARENT.search(text) and not _GROWN.search(text)):
        return "child-abuse"
    if found.get("dv", 0.0) > 0:
        return "violence-now-partner"
    if not found and _ELDER.search(text) and not _CHILD_NAMED.search(re.sub(r"息子さん|娘さん", "", text)):
        return "elder-abuse-injury"  # 近所のおばあちゃんが…家から閉め出されてる: no blow told, an old person named
    return None


def crisis_counters(kb: KnowledgeBase, found: Screen, text: str = "") -> list[dict[str, Any]]:
    """The entries the knowledge names for each situation (topics crisis-SITUATION), at most three; for harm told
    without whom it is done to, the counters of the one the message names as harmed first."""
    situations = list(found.situations)
    if set(situations) & set(_GENERIC_HARM):
        harmed = _harmed(text)
        if harmed is not None:  # before the family's violence, also when the screen named it second
            situations = [s for s in situations if s != harmed]
            situations.insert(next(i for i, s in enumerate(situations) if s in _GENERIC_HARM), harmed)
    out: list[dict[str, Any]] = []
    for s in situations:
        for cid in kb.topics.get(f"crisis-{s}", {}).get("counters", []):
            if cid in kb.entries and all(e["id"] != cid for e in out):
                out.append(kb.entries[cid])
    return out[:3]
