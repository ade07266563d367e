"""Words residents meet, explained in one plain line (issue #14): 「成年後見とは？」「民生委員って何？」
「what is a care manager?」, or the tap 「◯◯とは？」 under an answer whose card names a glossary word.

`explain` runs early in a turn (`Dialogue.handle`): a message that is only a definition question about one
word of `data/glossary.yaml` (and raises nothing on the safety screen) is answered with that word's line in the
resident's register and the card of the counter to ask, when the glossary names one. Anything more — 「成年後見の
申立てをしたい」「民生委員って誰に聞けば」 — is a question for the router, not a definition. `offer` adds one
option 「◯◯とは？」 (choice `g:<id>`) to an answer whose cards' names or summaries contain a glossary word.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from core.cards import build_card
from core.messages import say
from core.replies import Option, Reply
from core.safety import screen
from knowledge.glossary import load_glossary
from knowledge.kb import KnowledgeBase

CHOICE = "g:"
_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
DATA = Path(__file__).resolve().parent.parent / "data"
MAX_ASK = 40  # characters: a definition question is short
_LEAD = r"(?:えっと|あの|すみません|ところで|ちなみに|ねえ|そもそも)?[、,\s]*[「『]?"
_MARK = r"[」』]?\s*(?:とは|って|っていうのは|というのは|ってのは|っていうの|の意味|ってどういう意味|とはどういう意味)"
_TAIL = (r"\s*(?:なに|何|なん|どういう(?:意味|こと|もの|制度|しくみ|仕組み|人|ところ)|どんな(?:もの|こと|意味|制度|"
         r"しくみ|仕組み|人|ところ)|意味)?\s*(?:ですか|でしょうか|なの|なんですか|なのですか|のこと|か|は|を?"
         r"(?:教えて|おしえて)(?:ください|下さい|ほしい)?)?\s*[?？。!！]*$")
_EN = re.compile(r"^(?:what(?:'s| is| are| does| do)|who(?:'s| is| are)|define|meaning of|explain)\s+(?:an? |the )?"
                 r"(.+?)(?:\s+means?)?\s*[?.!]*$", re.I)


@dataclass(frozen=True)
class Glossary:
    terms: tuple[dict[str, Any], ...]

    @classmethod
    def from_dir(cls, data_dir: Path) -> Glossary:
        return cls(tuple(load_glossary(data_dir)))

    def words(self, x: dict[str, Any]) -> list[str]:
        """The Japanese spellings of a term: the term, its aliases and its reading without spaces."""
        return [fold(w) for w in (x["term"], *x["aliases"], re.sub(r"\s", "", x["reading"] or "")) if w]

    def get(self, term_id: str) -> dict[str, Any] | None:
        return next((x for x in self.terms if x["id"] == term_id), None)

    def asked(self, text: str) -> dict[str, Any] | None:
        """The term a short definition question is about, else None."""
        t = fold(text).strip()
        if not t or len(t) > MAX_ASK:
            return None
        english = _EN.match(t)
        if english:
            said = english.group(1).strip().casefold()
            return next((x for x in self.terms if said in [w.casefold() for w in x["en_terms"]]
                         or said in self.words(x)), None)
        spellings = sorted(((term, w) for term in self.terms for w in self.words(term)), key=lambda p: -len(p[1]))
        for term, word in spellings:
            if re.fullmatch(_LEAD + re.escape(word) + _MARK + _TAIL, t):
                return term
        return None

    def found_in(self, text: str) -> dict[str, Any] | None:
        """The first term (by position) whose term or alias the text contains."""
        t, best = fold(text), None
        for x in self.terms:
            for w in (fold(x["term"]), *[fold(a) for a in x["aliases"]]):
                at = t.find(w)
                if at >= 0 and (best is None or (at, -len(w)) < best[0]):
                    best = ((at, -len(w)), x)
        return best[1] if best else None


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


@lru_cache(maxsize=1)
def default() -> Glossary:
    """The glossary of the project's data folder (read once; edit data/glossary.yaml and restart)."""
    return Glossary.from_dir(DATA)


def term_label(x: dict[str, Any], lang: str) -> str:
    """The word in the resident's register: English, the reading in kana (やさしい日本語), or as written."""
    if lang == "en" and x["en_terms"]:
        return str(x["en_terms"][0])
    return str(x["reading"]) if lang == "easy" else str(x["term"])


def explain(kb: KnowledgeBase, state: Any, text: str | None, choice: str | None, now: dt.datetime | None,
            options: list[Option], glossary: Glossary | None = None) -> Reply | None:
    """The reply to 「◯◯とは？」 asked or tapped, else None (the turn goes on as before). `state`
    (core/guided.State) follows the counter shown, so 「電話番号は？」 after it is about that counter."""
    g = glossary or default()
    if choice:
        x = g.get(choice[len(CHOICE):]) if choice.startswith(CHOICE) else None
    else:
        x = g.asked(text or "")
        if x is not None and screen(text or "").urgency != "none":
            return None  # a word of distress in it: the safety screen and the router answer
    if x is None:
        return None
    if text and not state.lang_chosen:  # the register follows the resident's words, as in the router's turns
        english = not _JAPANESE.search(text)
        state.lang = "en" if english else ("easy" if state.lang == "easy" else "ja")
    lang = state.lang if state.lang in ("ja", "easy", "en") else "ja"
    term = term_label(x, lang)
    line = say("gloss_line", lang, term=term[:1].upper() + term[1:] if lang == "en" else term, line=x[lang])
    ids = [c for c in x["counters"] if c in kb.entries]
    cards = [build_card(kb, kb.entries[i], now, lang) for i in ids[:1]]
    if cards:
        line += "\n" + say("gloss_ask", lang)
        state.counter, state.picked, state.step = ids[0], None, "answered"
        state.shown = [ids[0]]
    return Reply(line, cards=cards, options=options, lang=lang)


def offer(kb: KnowledgeBase, reply: Reply, glossary: Glossary | None = None) -> Reply:
    """One tap 「◯◯とは？」 for the first glossary word the answer's cards name (none during an alarm), after the
    feedback buttons or, with none, last."""
    if not reply.cards or reply.emergency or any(o.id.startswith(CHOICE) for o in reply.options):
        return reply
    g = glossary or default()
    for card in reply.cards:
        entry = kb.entries.get(card.entry_id) or {}
        x = g.found_in(f"{entry.get('name') or card.title} {entry.get('summary') or card.summary}")
        if x is not None:
            tap = Option(CHOICE + x["id"], say("gloss_tap", reply.lang, term=term_label(x, reply.lang)))
            # after 「役に立ちましたか？」's answers; with none (a question back), after the reply's own options — never
            # the first button of 「どんなことでお困りですか」 (「ひきこもりとは？」 before the areas)
            at = max((i + 1 for i, o in enumerate(reply.options) if o.id.startswith("fb:")), default=len(reply.options))
            return replace(reply, options=[*reply.options[:at], tap, *reply.options[at:]])
    return reply
