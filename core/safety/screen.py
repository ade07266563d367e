"""The safety screen: runs before anything else and decides the urgency of a message.

urgency: "emergency" (call 119/110 now), "crisis" (a crisis line today), "soft" (no alarm; one quiet 24-hour
line and a gentle question back) or "none". Each sentence is read on its own, so a crisis told in the middle
of a form question is caught, and a training course or a story from years ago in another sentence does not
hide it. A cue in a sentence that is about a course, a policy, a film, insurance or the past, or that is
plainly hyperbole (死ぬほど忙しい), lowers that cue to soft or none — never a person's own present words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from knowledge.build_cache import built
from knowledge.lazyre import Lazy

from .around import _MessageContext, _SentenceContext
from .calm import keeps_quiet, names_someone_else
from .context import (
    _DENIAL_UNDONE,
    _HYPERBOLE_EN,
    _HYPERBOLE_P,
    _HYPOTHETICAL_EN,
    _HYPOTHETICAL_P,
    _IMMINENT_EN,
    _IMMINENT_P,
    _IN_PROGRESS_EN,
    _IN_PROGRESS_P,
    _INFO_EN,
    _INFO_P,
    _NEGATED_P,
    _NOT_NOW,
    _NOW_EN,
    _NOW_P,
    _PAST_EN,
    _PAST_P,
    _QUOTED,
    _THREAT_QUOTE,
    EMERGENCY_SITUATIONS,
    PRIORITY,
)
from .cues import CHILD, CUES, ELDER, PARTNER, Cue
from .cues.words import SCHOOL
from .frames import Frame, frames
from .guards import _apply_guards
from .index import _SHORT, _Index, _Phrase, _phrase
from .learned import hear
from .normalize import Message, Sentence, fold, read, sentence_reading, with_readings
from .past import handled
from .senses import other_senses
from .told_when import _BLOW_NOW_EN, _GOING_BACK, _HABITUAL, _NOW_OTHER, _NOW_WORD_RE, _PAST_TIME, _SPAN_NOW


@dataclass(frozen=True)
class Screen:
    """The urgency of one message and the situations found, most urgent first."""

    urgency: str                       # "emergency" | "crisis" | "soft" | "none"
    situations: tuple[str, ...] = ()
    by_model: bool = False             # raised by the backstop's crisis head, no rule: weaker in a later turn

    @property
    def alarm(self) -> bool:
        return self.urgency in ("emergency", "crisis")


NONE = Screen("none")


@dataclass(frozen=True)
class _Rule:
    """One cue, read into patterns once (their readings, anchors and needed strings; kept in var/cache)."""

    situation: str
    weak: bool
    phrases: tuple[_Phrase, ...]
    english: tuple[_Phrase, ...]
    needs: Lazy | None
    verbs: tuple[tuple[frozenset[str], frozenset[str], frozenset[str]], ...]


# A word boundary between Latin letters and anything else: \b would see none between kana and Latin (さっきodした).
_LATIN_EDGE = r"(?:(?<![a-z])(?=[a-z])|(?<=[a-z])(?![a-z]))"


def _rule(cue: Cue) -> _Rule:
    def split(x: str, sep: str) -> frozenset[str]:
        return frozenset(x.split(sep)) if x else frozenset()
    return _Rule(cue.situation, cue.weak,
                 tuple(_phrase(with_readings(fold(p)).replace(r"\b", _LATIN_EDGE)) for p in cue.phrases),
                 tuple(_phrase(p) for p in cue.english), Lazy(with_readings(fold(cue.needs))) if cue.needs else None,
                 tuple((split(r, " "), split(a, "|"), split(n, "|")) for r, a, n in cue.verbs))


def _build() -> tuple[tuple[_Rule, ...], _Index, _Index]:
    rules = tuple(_rule(cue) for cue in CUES)
    return rules, _Index([r.phrases for r in rules]), _Index([r.english for r in rules])


# Reading the cues (Sudachi readings of every kanji run, each pattern parsed for its anchors) took a new process
# about two seconds: the result is kept on disk, named by a hash of the safety package's code and cues, the
# reader (knowledge/text.py) and the dictionary's version.
_SOURCES = (*sorted(Path(__file__).parent.rglob("*.py")), *(Path(__file__).parents[2] / "knowledge" / f
                                                          for f in ("text.py", "lazyre.py")))
_RULES, _PHRASES, _ENGLISH = built("screen", tuple, _SOURCES, _build, ("sudachipy", "sudachidict_core", "jaconv"))
_VERB_RULES = frozenset(i for i, r in enumerate(_RULES) if r.verbs)
# Every root a verb rule names: a rule none of whose roots is among a sentence's lemmas is not tried.
_VERB_ROOTS = {i: frozenset(root for roots, _, _ in r.verbs for root in roots) for i, r in enumerate(_RULES) if r.verbs}
# The words a verb rule can meet: a root, or the noun of a noun+verb root (息+する). A sentence with none of
# them among its morphemes has no frame worth building.
_VERB_ATOMS = frozenset(root.split("+")[0] for r in _RULES for roots, _, _ in r.verbs for root in roots)


def _may_have_verbs(raw: str) -> bool:
    from knowledge.text import morphemes_read  # cached: the pass read() made
    return any(t[1] in _VERB_ATOMS or t[0] in _VERB_ATOMS for t in morphemes_read(raw))


def _verb_hit(rule: tuple[frozenset[str], frozenset[str], frozenset[str]], found: tuple[Frame, ...]) -> bool:
    roots, want, never = rule
    for f in found:
        if f.lemmas & roots and (not want or f.feats & want) and not f.feats & never:
            return True
    return False


@lru_cache(maxsize=4096)
def screen(text: str) -> Screen:
    """The urgency and situations of one message (cached: the same words always give the same screen)."""
    msg = read(text)
    if not msg.sentences:
        return NONE
    whole = "".join(s.surface for s in msg.sentences)  # the folded sentences: no second fold of the text
    needs = _Needs(whole, msg.text, msg.signals)
    ctx: _MessageContext | None = None  # read only when a sentence has a cue (most messages have none)
    alarms: list[str] = []
    soft = lowered = own = False
    imminent = in_progress = denied = False
    for s in msg.sentences:
        hits, distress = _sentence_hits(s, needs)
        if distress and not _about_a_course(s):
            soft = True
            own = own or not names_someone_else(s.surface)  # a weight told of no one else: the writer's own
        if not hits:
            denied = denied or _denies_dying(s)
            continue
        if ctx is None:
            ctx = _MessageContext(msg, whole)
        said = _SentenceContext(s, ctx)
        for situation in hits:
            if said.lowers(situation) and not (situation.startswith("suicide") and said.negated and _DENIAL_UNDONE.search(whole)):
                soft = soft or not said.quiet()
                lowered = True
                own = own or situation in _OWN_WEIGHT  # the writer's own wish or attempt, past or denied
                denied = denied or situation == "suicide-thoughts" and said.negated
                continue
            alarms.append(situation)
        if any(h.startswith("suicide") for h in hits):
            imminent = imminent or bool(_IMMINENT_P.search(s.surface) or _IMMINENT_EN.search(s.raw))
            in_progress = in_progress or bool(_IN_PROGRESS_P.search(s.surface) or _IN_PROGRESS_EN.search(s.raw))
    if denied and "suicide-thoughts" in alarms and not imminent and alarms.count("suicide-thoughts") == len(alarms):
        # the wish denied in a sentence of its own (生きるのがしんどい。死にたいとかじゃないけど): the weight is soft
        alarms, soft = [], True
    if "suicide-plan-or-attempt" in alarms and not imminent:
        # a plan in one sentence, the place or the hour in another (屋上にいる。もう飛ぶ): imminent all the same
        imminent = bool(_IMMINENT_P.search(whole) or _IMMINENT_EN.search(msg.text))
    if "suicide-plan-or-attempt" in alarms and not in_progress and {"self-harm", "overdose"} & set(alarms):
        # a plan in one sentence, the cut or the pills already taken in another (I already cut a little. I don't
        # want to be saved): an attempt under way, 119 first
        in_progress = bool(_IN_PROGRESS_P.search(whole) or _IN_PROGRESS_EN.search(msg.text))
    if not alarms:
        heard, heard_crisis = hear(msg, whole, text, soft, lowered)
        if heard_crisis:
            decided = _decide(msg, whole, [heard_crisis], bool(_IMMINENT_P.search(whole) or _IMMINENT_EN.search(text)),
                              bool(_IN_PROGRESS_P.search(whole) or _IN_PROGRESS_EN.search(text)))
            return replace(decided, by_model=decided.alarm)
        # the quiet line only where the writer is the one in distress (calm.py), not for a worry or a service asked
        return Screen("soft", ("soft",)) if heard and (own or keeps_quiet(text, soft)) else NONE
    decided = _decide(msg, whole, alarms, imminent, in_progress)
    if decided.alarm:
        return decided
    if not _all_harmless(alarms, whole + " " + msg.text):  # every cue dropped by a guard or a second sign
        return decided if keeps_quiet(text, True) else NONE
    # every cue was read in its harmless sense (a teenager home late, a bee sting): soft only where distress was
    # heard, as for a cue the context lowered
    return decided if hear(msg, whole, text, soft, True)[0] and (own or keeps_quiet(text, soft)) else NONE


# A wish to die, a cut or pills of the writer's own that a rule lowered (去年、死のうとしたことがあります; 死にたいとかじゃ
# ない): the quiet line stays, whatever else the message asks.
_OWN_WEIGHT = frozenset({"suicide-thoughts", "suicide-plan-or-attempt", "self-harm", "overdose"})
_DYING = re.compile(fold(r"死|しぬ|しに|自殺|じさつ"))
# Nothing to be done now (今すぐどうにかなるわけじゃないです, 別に今どうこうってことはない): the weight told is not a plan.
_NOTHING_NOW = re.compile(fold(r"(今すぐ|いますぐ|今|いま)(は|すぐ)?(どうこう|どうにか|何か|なにか)(する|なる|しよう)?(って|という)?(こと|わけ|訳|感じ)(は|で|じゃ|では)?(は)?(ない|なく|ありません)"))


def _denies_dying(s: Sentence) -> bool:
    """A sentence of its own that denies a wish to die (でも死ぬとかそういうのじゃないです) or anything done now."""
    return bool(_DYING.search(s.surface) and _NEGATED_P.search(s.surface) or _NOTHING_NOW.search(s.surface))


def _all_harmless(alarms: list[str], text: str) -> bool:
    """Whether the harmless senses of words (senses.py) alone explain every situation found."""
    found = set(alarms)
    other_senses(found, text)
    return not found


class _Needs:
    """Whether a rule's `needs` is met by the message, asked only of rules that have a hit (once each)."""

    def __init__(self, whole: str, raw: str, signals: frozenset[str]) -> None:
        tail = " " + " ".join("sig_" + name for name in sorted(signals)) if signals else ""
        self.whole, self.raw = whole + tail, raw + tail
        self.known: dict[int, bool] = {}

    def met(self, i: int, english: bool) -> bool:
        rule = _RULES[i]
        if rule.needs is None:
            return True
        key = i if not english else -1 - i
        if key not in self.known:
            ok = rule.needs.search(self.whole) is not None
            if english and not ok:
                ok = rule.needs.search(self.raw) is not None
            self.known[key] = ok
        return self.known[key]


def _sentence_hits(s: Sentence, needs: _Needs) -> tuple[list[str], bool]:
    """Situations whose cues this sentence carries, and whether it speaks of distress."""
    unquoted = _unquote(s.surface)
    words = _HYPERBOLE_P.sub(" ", unquoted)
    # The reading cannot be cut where the surface was (positions differ): a sentence with hyperbole is read
    # by its surface alone.
    # Sudachi reads the sentence (its reading, then its verbs) when it is short or holds something a phrase
    # starts with: a long sentence with no anchor at all is routine prose (a third of the tuning sentences).
    sudachi = s.japanese and (len(s.surface) <= _SHORT or bool(_PHRASES.anchored(unquoted)))
    reading, starts = sentence_reading(s.raw) if sudachi and words == unquoted else ("", frozenset[int]())
    reading = _unquote(reading, keep_length=True) if reading else ""
    if reading == words:
        reading = ""  # no kanji: the reading view says nothing new
    english = _HYPERBOLE_EN.sub(" ", s.raw) if _LATIN.search(s.raw) else ""
    hits: list[str] = []
    distress = False
    phrase_hits = _PHRASES.hits(words, reading, starts)
    if english:
        phrase_hits |= _ENGLISH.hits(english)
    found: tuple[Frame, ...] | None = None
    lemmas: frozenset[str] = frozenset()
    for i in sorted(phrase_hits | _VERB_RULES):
        rule = _RULES[i]
        if rule.weak and distress or not rule.weak and rule.situation in hits:
            continue
        if i not in phrase_hits:
            if not rule.verbs:
                continue
            if found is None:
                found = frames(s.raw) if sudachi and words.strip() and words == unquoted and _may_have_verbs(s.raw) else ()
                lemmas = frozenset().union(*(f.lemmas for f in found))
            if not _VERB_ROOTS[i] & lemmas or not any(_verb_hit(v, found) for v in rule.verbs):
                continue
        if not needs.met(i, bool(english)):
            continue
        if rule.situation == "danger" and _quiet_context(s):
            continue
        if rule.weak:
            distress = True
        else:
            hits.append(rule.situation)
    return hits, distress


_LATIN = re.compile(r"[a-z]{3}")


def _about_a_course(s: Sentence) -> bool:
    """A sentence about a course, a policy, a group or the news, with nothing said to happen now: its weak words
    of distress (自殺対策の講座, 自死遺族の会) are the topic, not the writer's state."""
    return bool((_INFO_P.search(s.surface) or _INFO_EN.search(s.raw)) and not (_NOW_P.search(s.surface) or _NOW_EN.search(s.raw)))


def _quiet_context(s: Sentence) -> bool:
    """A sentence about a course, a what-if or the past: the danger net stays silent there."""
    return bool(_INFO_P.search(s.surface) or _INFO_EN.search(s.raw) or _HYPOTHETICAL_P.search(s.surface)
                or _HYPOTHETICAL_EN.search(s.raw) or _PAST_P.search(s.surface) or _PAST_EN.search(s.raw))


def _unquote(text: str, keep_length: bool = False) -> str:
    """Quoted words are someone else's, except a threat made to the resident (「殺すぞ」と言われた), words of
    danger or pain, and any words reported as said or sent to someone (「見てるぞ」と言われた, 「ご飯もらえない」と
    言っている)."""
    return _QUOTED.sub(lambda m: m.group(0) if _THREAT_QUOTE.search(m.group(0)) or _REPORTED.match(text, m.end())
                       else " " * (len(m.group(0)) if keep_length else 1), text)


_REPORTED = re.compile(fold(
    r"(と|って|て)?[^。「」]{0,8}?(言われ|いわれ|書き込まれ|書かれ|送られ|送ってき|届い|来た|きた|脅され|叫ば|怒鳴られ|言って(い|る|た|き|て)|"
    r"言っとる|言うとる|言うて|いうて|ゆうて|言いよ|いいよ(る|っ)|話して(い|る|た)|打ち明け|(めーる|line|ライン|メッセージ|dm|電話|連絡|手紙|メモ|はがき|紙|貼り紙|張り紙)(が|で|を|も)|"
    # a call or a message that brought the words, told as a bare noun (施設から『…』って電話。, 「…」と連絡あり)
    r"(めーる|line|ライン|メッセージ|dm|電話|連絡|知らせ)(あり|あった|来|き(た|ま))?(?=[。!！?？、]|$)|"
    # a note pushed into the postbox or stuck on the door: words sent to the resident
    r"(入って|入れられ|はいって|置かれ|置いて|貼られ|はられ|挟まれ)(い|る|た|ま)|"
    # words written where someone will find them (余白に「…」と書いてありました), and words reported with nothing
    # after (小さい子が「家に入れてもらえない」って。)
    r"書いて(あ|い|た)|かいて(あ|い|た)|書き残|かきのこ|書き込んで|かきこんで|(って|と)(?=[。!！?？…]|$))"))


_VIOLENCE_NOW = frozenset({"violence-now-partner", "violence-now-family"})
# A person shut in or put out told as what happens or was seen (何回も外に出されてる): a line today, not 110 now.
_TOLD_AS_HABIT = _VIOLENCE_NOW | {"confinement"}
# The scene words folded and compiled once (folding a pattern of some hundred characters costs 0.1–0.2 ms: on
# every message with an alarm that was most of the decision's time).
_PARTNER_RE = re.compile(fold(PARTNER))
_CHILD_RE = re.compile(fold(CHILD))
_A_CHILD_RE = re.compile(fold(CHILD) + r"|の子[、,\s]")  # 近所の子、…外に出されてる
_CHILD_OR_SCHOOL_RE = re.compile(fold(CHILD) + "|" + fold(SCHOOL))
_ELDER_OR_DEMENTIA_RE = re.compile(fold(ELDER) + "|認知症|にんちしょう|dementia")
# A way to die told as a thought (飛び降りたら楽になるのかなって考えてた, 屋上から飛び降りたら終わるかなって思ってしまう): the
# suicide lines today, not 119 — unless the place is where the resident is now or the hour is set (今ベランダにいて…, 今夜).
_THOUGHT = re.compile(fold(r"((た|だ)ら|れば)[^。]{0,14}(かな|かも|だろう|でしょう|のでは)(って|と|なんて)?[^。]{0,6}(考え|かんがえ|思|おも|よぎ)"))
_IF = re.compile(r"(た|だ)ら|れば")
_THERE_NOW = re.compile(fold(r"(今|いま)[^。]{0,6}(屋上|ベランダ|橋|線路|崖|がけ|ほーむ|ビル|海)|(屋上|ベランダ|橋|線路|崖|がけ|ほーむ)(に|の上|で)(い|居|立|座|来|き)|"
                             r"今夜|今晩|今日|今から|いまから|これから|明日|つもり|遺書|さようなら|さよなら"))


# Away from the one who harmed (夫から逃げてきた, DVから逃げてきた, 家を飛び出してきた).
_FLED = re.compile(fold(r"(逃げ|にげ)(て|出して|だして)(き|来)(た|ました|て|ちゃ)|(家|いえ)を(飛び出|とびだ|出て)(き|来)(た|ました|て)"))


def _decide(msg: Message, whole: str, alarms: list[str], imminent: bool, in_progress: bool) -> Screen:
    text = whole + " " + msg.text
    found = set(alarms)
    if "violence-now" in found:
        found.discard("violence-now")
        found.add("violence-now-partner" if _PARTNER_RE.search(text) else "violence-now-family")
    if "missing-person" in found:
        found.discard("missing-person")
        child = _CHILD_OR_SCHOOL_RE.search(text) and not _ELDER_OR_DEMENTIA_RE.search(text)
        found.add("missing-child" if child else "missing-person-dementia")
    # A pursuer or a confiner who is a partner brings the DV lines; the pursuit itself decides whether it is now.
    pursued_by_partner = "violence-now-partner" not in found and bool(found & {"stalking-threat", "confinement"}) and bool(
        _PARTNER_RE.search(text))
    if pursued_by_partner:
        found.add("violence-now-partner")
    # A carer's fear for a child brings the child's lines; a parent's own wish to die (with the child) keeps
    # the suicide lines first.
    beside_child = "caregiver-may-harm" in found and "child-abuse" not in found and bool(_CHILD_RE.search(text))
    if beside_child:  # not when the carer's verb is read in its harmless sense (ハンコを押してしまった)
        carer = {"caregiver-may-harm"}
        other_senses(carer, text)
        beside_child = bool(carer)
    if beside_child:
        found.add("child-abuse")
    _apply_guards(found, text)
    if not found:
        return Screen("soft", ("soft",))
    if (imminent or in_progress) and _THOUGHT.search(whole) and not _THERE_NOW.search(whole):
        # 飛び降りたら楽になるのかなって考えてた: a thought of the way (its 飛び降りたら is no jump done), not a plan under way
        in_progress = bool(_IN_PROGRESS_P.search(_IF.sub("", whole)))
        imminent = in_progress
    if "suicide-plan-or-attempt" in found and (imminent or in_progress):
        found.add("suicide-imminent")
    order = list(PRIORITY)
    if "suicide-imminent" in found and not in_progress:
        order.remove("suicide-imminent")
        order.insert(order.index("suicide-thoughts") + 1, "suicide-imminent")  # a plan: the suicide line first
    if beside_child and found & {"suicide-thoughts", "suicide-plan-or-attempt"}:
        order.remove("child-abuse")
        order.insert(order.index("caregiver-may-harm"), "child-abuse")
    if "no-food-or-shelter-in-cold" in found and found & _VIOLENCE_NOW and _FLED.search(text):
        # fled with nothing, out at night (夫から逃げてきた。財布もない、駅のベンチ): the night's roof first, the DV lines after
        order.remove("no-food-or-shelter-in-cold")
        order.insert(order.index("violence-now-partner"), "no-food-or-shelter-in-cold")
    situations = tuple(sorted(found, key=order.index))
    urgent = found & EMERGENCY_SITUATIONS - ({"violence-now-partner"} if pursued_by_partner else set())
    if urgent & _TOLD_AS_HABIT and (_HABITUAL.search(text) or _PAST_TIME.search(text)) and not (
            _NOW_P.search(_NOT_NOW.sub(" ", _GOING_BACK.sub(" ", whole))) or _NOW_EN.search(_GOING_BACK.sub(" ", msg.text)) or _BLOW_NOW_EN.search(msg.text)
            or _NOW_OTHER.search(msg.text)):
        urgent -= _TOLD_AS_HABIT  # violence told as what happens (酒を飲むと殴る): a DV line today, not 110 now
        if "confinement" in found and _A_CHILD_RE.search(text) and not _PARTNER_RE.search(text):  # a child put out or
            situations = tuple(sorted(found - {"confinement"} | {"child-abuse"}, key=order.index))  # shut in: 189
    emergency = bool(urgent) or "suicide-imminent" in found
    if emergency and urgent and not urgent & _TOLD_AS_HABIT and "suicide-imminent" not in found and handled(msg, screen):
        return Screen("soft", ("soft",))  # 先週父が倒れて救急車で運ばれました: a danger past and handled, the quiet tier
    if found & {"stalking-threat", "sexual-violence"} and _NOW_WORD_RE.search(
            _NOT_NOW.sub(" ", _SPAN_NOW.sub(" ", text))):
        emergency = True
    return Screen("emergency" if emergency else "crisis", situations)
