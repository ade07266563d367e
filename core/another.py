"""Other counters asked for with a reason (issue #13): 「他の窓口は？いきなり生活保護はちょっと抵抗がある」, 「別のところ
ないですか、お金の相談がしたいんです」 — what the message's own words find, past the tone guard, without the counters
already shown; 「他には？」 alone is the guided path again (core/listening.py)."""

from __future__ import annotations

import re
import unicodedata

from core.alarm import names_counter
from core.guided import MAX_CARDS, State
from core.router import CLEAR_LEADER, STRONG_TOPIC, RouteResult
from core.tone import guard

_ASKED = re.compile(r"(他|ほか|別|べつ)(に|の)?(は|も)?(窓口|まどぐち|ところ|とこ|所|相談先)?(は|も|って|を)?"
                    r"(ある|あります|ない|ないですか|ありませんか|ありますか|教えて(ください)?)?(か|の)?[?？。!！、,\s]*|"
                    r"\b(any )?(other|another) (counter|place|office|option)s?\b[?.!,\s]*")
_WORDS = re.compile(r"[\u3041-\u30ff\u4e00-\u9fff]|[a-z]{3}", re.I)
REASON = 6  # characters of words beside the ask: a reason or a wish of its own, not 「他には？ありがとう」


def with_reason(text: str) -> bool:
    """The ask for other counters comes with words of its own (the reason, the wish)."""
    rest = _ASKED.sub(" ", unicodedata.normalize("NFKC", text or ""), count=1)
    return len(_WORDS.findall(rest)) >= REASON


def others(state: State, text: str, res: RouteResult) -> list[str]:
    """The counters the message's own words find (none when the routing is unsure), without the one the answer led
    with and any shown that the message names (「いきなり生活保護は…」: 生活保護 is what is not wanted) — another counter
    shown beside them may be the one meant (自立相談 after 生活保護)."""
    if res.crisis is not None or not res.results or res.clarify is not None or res.other_business is not None:
        return []
    # the words beside the ask must name a concern clearly (not 「いいえ、役に立たなかった。他の窓口は？」, whose 役に立つ
    # finds the volunteers at 6.2)
    if not with_reason(text) or max(res.topics.values(), default=0.0) < STRONG_TOPIC and res.top_score < 2 * CLEAR_LEADER:
        return []
    pushed = {state.picked or state.counter} | {r.entry["id"] for r in res.results
                                               if r.entry["id"] in state.shown and names_counter(text, r.entry)}
    return [e["id"] for e in guard([r.entry for r in res.results], text) if e["id"] not in pushed][:MAX_CARDS]
