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
from knowledge.kb import KnowledgeBase

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


# The city itself asked for, in a thread (「施設じゃなくて市に直接言いたい」「市役所の人に伝えたい」 "I want to tell the city
# directly"): the thread's counters the city runs, not those it entrusts (地域包括) nor the 社協's.
_CITY_ITSELF = re.compile(r"(市|市役所|しやくしょ|行政|市の(窓口|職員|担当|人))(の(人|方|窓口))?(に|へ|から)(直接|ちょくせつ)?[、,]?"
                          r"(言い|いい|伝え|つたえ|相談し|そうだんし|話し|はなし|訴え|うったえ|通報し|知らせ|しらせ|動い|対応し)(たい|たく|て(ほしい|もらい))|"
                          r"\b(tell|report (it )?to|talk to|contact) the city( hall)? (itself|directly)\b", re.I)
_OWN = re.compile(r"^市(?!社協|社会福祉協議会)")


def city_itself(kb: KnowledgeBase, state: State, text: str) -> list[str]:
    """The thread's counters run by the city when the message asks for the city itself; [] otherwise."""
    if not state.shown or not _CITY_ITSELF.search(unicodedata.normalize("NFKC", text or "")):
        return []
    topics = {t for i in state.shown for t in kb.entries.get(i, {}).get("topics") or ()}
    near = [i for i in state.shown if i in kb.entries] + [
        e["id"] for e in kb.entries.values() if e.get("kind") == "counter" and set(e.get("topics") or ()) & topics]
    return [i for i in dict.fromkeys(near) if _OWN.match(str(kb.entries[i].get("operator") or "")) and KnowledgeBase.usable(
        kb.entries[i])][:MAX_CARDS]
