"""Telling on harm, and the fear that comes with it (issue #13): in a thread about a child, an older or a disabled
person or a partner, 「通告したら私だと知られますか」「名前は出さずに知らせたい」「直接言ったら弟がもっとひどい目に」 is a
question for the counter that takes such reports — the abuse counter of the one the thread is about — never a new
search that finds a school's or a job's counter. What the counter does with the name is not in this guide's
knowledge: the answer is the honest follow-up (core/followup.py) with that counter's number."""

from __future__ import annotations

import re

from core.guided import ALL_ROUND_TOPIC, MAX_CARDS, State
from knowledge.kb import KnowledgeBase

# The one who tells being known, or the harm growing for it.
REPORTER = re.compile(
    r"(通報|つうほう|通告|つうこく|知らせ|しらせ|言っ|いっ|伝え|つたえ|相談し)[^。]{0,12}(バレ|ばれ|知られ|しられ|(わか|分か)(る|っちゃ|って)|"
    r"伝わ|つたわ|特定され)|(私|わたし|自分|僕|ぼく|俺)(が|だ)(って)?[^。]{0,8}(バレ|ばれ|知られ|(わか|分か)(る|っちゃ|って))|"
    r"匿名|とくめい|名前(は|を)?(出さ|ださ|出したく|伏せ|ふせ|言わ|いわ|明かさ)|仕返し|しかえし|逆恨み|さかうらみ|"
    r"もっと(ひどい|酷い)(目|こと)|(職場|施設|学校)に(いられ|居られ)なく|"
    r"\b(anonymous(ly)?|find out (it was|that) i|know (it was|that) i (told|reported)|retaliat\w*)\b", re.I)
_HARM_TOPICS = ("gyakutai", "dv")
_REPORT = re.compile(r"通報|つうほう|通告|つうこく|\breport(ed|ing)?\b", re.I)
_ABUSE = re.compile(r"虐待|DV|暴力|児童相談所")  # a counter that takes reports of harm (not 地域包括, which also does)


def reporting_counters(kb: KnowledgeBase, state: State, text: str) -> list[str]:
    """The counters for a report in a thread where harm was told (an abuse or DV counter shown) or a report named
    (通告) in a thread about a child, an older or a disabled person: the abuse counters shown first,
    then the abuse counter of the one the thread is about (a child's: 児童虐待 beside 児童相談所), then the rest shown;
    [] in any other thread (「娘に言ったらバレるかな」 after 物忘れ is no report)."""
    abuse = [i for t in _HARM_TOPICS for i in kb.topics.get(t, {}).get("counters", [])
             if i in kb.entries and _ABUSE.search(kb.entries[i]["name"])]
    shown = [i for i in state.shown if i in kb.entries]
    told = [i for i in shown if i in abuse]
    # whom the thread is about: the abuse counter shown (児童相談所: a child), else the first counter shown whose
    # concern an abuse counter protects (子育て相談: a child; 地域包括: an older person)
    fitting: list[str] = []
    for i in (told or shown):
        lead = set(kb.entries[i].get("topics") or ()) - {ALL_ROUND_TOPIC, *_HARM_TOPICS}
        fitting = [a for a in abuse if a not in told and set(kb.entries[a].get("topics") or ()) & lead]
        if fitting or told:
            break
    # a report named (通告, 通報) in a thread about someone an abuse counter protects is one too, cards or none
    return list(dict.fromkeys(told + fitting[:1] + shown))[:MAX_CARDS] if told or (
        fitting and _REPORT.search(text)) else []
