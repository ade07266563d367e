"""What is said around a cue: the whole message's time, jokes, hedges and consulting, and one sentence's course,
what-if, past, negation and now (context.py's patterns). Each is read only when a cue's decision asks for it."""

from __future__ import annotations

import re
from functools import cached_property

from .context import (
    _ARMED,
    _CONSULT,
    _CONSULT_EN,
    _CONSULT_WHERE,
    _CONSULTED,
    _HAPPENING,
    _HEDGE,
    _HYPOTHETICAL_EN,
    _HYPOTHETICAL_P,
    _INFO_EN,
    _INFO_P,
    _JOKE,
    _JOKE_EN,
    _LINGERING,
    _MARKS,
    _NEGATED_EN,
    _NEGATED_P,
    _NOT_JOKE,
    _NOT_NOW,
    _NOW_EN,
    _NOW_IS,
    _NOW_P,
    _PAST_EN,
    _PAST_P,
    _PRESENT_EN,
    _PRESENT_P,
    _SETTLED_EN,
    _SETTLED_P,
    _TOLD_AS_OVER,
)
from .cues.words import WAY_TO_DIE
from .normalize import Message, Sentence, fold, with_readings

# A way or an amount to die asked (何錠飲んだら死ねますか, how many pills would it take to die): a method sought, never
# lowered as a what-if or a question — unless a story is its topic (ミステリーで、何階から落ちたら死ねるか).
_WAY_TO_DIE = re.compile(with_readings(fold(WAY_TO_DIE)) + r"|\bhow (many|much)\b[^.?]{0,40}\b(to die|to kill (me|myself)|"
                         r"would kill me|will kill me|to end (it|my life))\b")
_STORY = re.compile(fold(r"小説|ミステリー|推理|ドラマ|映画|漫画|まんが|アニメ|作中|登場人物|主人公|犯人|トリック|ゲーム|心霊|都市伝説|怪談|自由研究") +
                    r"|\b(novel|story|movie|film|plot|character|game|mystery)\b")


# A harm told as having happened, and again lately (昨日も, 今朝も, 今週も): not an old story.
_AGAIN_RECENTLY = re.compile(fold(r"(昨日|きのう|今朝|けさ|昨夜|ゆうべ|今週|こんしゅう|おととい|一昨日)も"))
_AGAIN_ALONE = re.compile(fold(r"^\s*(昨日|きのう|今日|きょう|今朝|けさ|昨夜|ゆうべ|今週|こんしゅう|おととい|一昨日|さっき|今も|いまも)も?"
                               r"(です|でした|ね|よ|だよ|なんです)?[。.!！…\s]*$"))


class _MessageContext:
    """What the whole message says of time, jokes, hedges and consulting (asked once a sentence has a cue, and each
    only when a cue's decision comes to it: most alarms need two or three of them)."""

    def __init__(self, msg: Message, whole: str) -> None:
        self.msg, self.whole = msg, whole

    @cached_property
    def present_anywhere(self) -> bool:
        return bool(_PRESENT_P.search(self.whole) or _PRESENT_EN.search(self.msg.text))

    @cached_property
    def settled(self) -> bool:
        whole = self.whole
        if _LINGERING.search(whole):
            # a fear that lingers (今も怖い) settles the story only when the story is told as over (昔, 元夫)
            return bool(_SETTLED_P.search(_LINGERING.sub(" ", whole)) or _SETTLED_EN.search(self.msg.text)
                        or _PAST_P.search(whole) or _TOLD_AS_OVER.search(whole))
        return bool(_SETTLED_P.search(whole) or _SETTLED_EN.search(self.msg.text)) or bool(
            _PAST_P.search(whole) and _NOW_IS.search(whole))

    @cached_property
    def joke(self) -> bool:
        text = self.msg.text
        return bool(_JOKE.search(text) or _JOKE_EN.search(text)) and not _NOT_JOKE.search(text)

    @cached_property
    def happening(self) -> bool:
        return bool(_HAPPENING.search(self.whole) or _HAPPENING.search(self.msg.text))

    @cached_property
    def hedged(self) -> bool:
        return any(_HEDGE.match(s.surface) for s in self.msg.sentences)

    @cached_property
    def asks_service(self) -> bool:
        # A message that asks about a course, a service or an aid somewhere (溺れたら、と心配…監視員の時間を知りたい):
        # a what-if or a story that is over in it is the reason for the question, not a danger for the quiet line.
        return bool(_INFO_P.search(self.whole) or _INFO_EN.search(self.msg.text))

    @cached_property
    def consulting(self) -> bool:
        whole, text = self.whole, self.msg.text
        return bool(_CONSULT.search(whole) or _CONSULT_EN.search(text) or _CONSULT_WHERE.search(whole) and (
            _NOT_NOW.search(whole) or not _MARKS.search(whole))) and not (
            _NOW_P.search(_NOT_NOW.sub(" ", whole)) or _NOW_EN.search(text) or _ARMED.search(whole + " " + text))


class _SentenceContext:
    """What one sentence with a cue says of a course, a what-if, the past, negation and now (each read when asked)."""

    def __init__(self, s: Sentence, ctx: _MessageContext) -> None:
        self.s, self.ctx = s, ctx

    @cached_property
    def info(self) -> bool:
        return bool(_INFO_P.search(self.s.surface) or _INFO_EN.search(self.s.raw))

    @cached_property
    def hypothetical(self) -> bool:
        return bool(self.ctx.hedged or _HYPOTHETICAL_P.search(self.s.surface) or _HYPOTHETICAL_EN.search(self.s.raw))

    @cached_property
    def past(self) -> bool:
        s = self.s
        return bool((_PAST_P.search(s.surface) or _PAST_EN.search(s.raw)) and not (
            _PRESENT_P.search(s.surface) or _PRESENT_EN.search(s.raw) or _AGAIN_RECENTLY.search(s.surface)
            or self._again_after()))

    def _again_after(self) -> bool:
        """The next sentence is only a recent day with も (殴られたことはある。昨日も): it happened again, lately."""
        sentences = list(self.ctx.msg.sentences)
        at = next((i for i, other in enumerate(sentences) if other is self.s), -1)
        return 0 <= at < len(sentences) - 1 and bool(_AGAIN_ALONE.match(sentences[at + 1].surface))

    @cached_property
    def negated(self) -> bool:
        return bool(_NEGATED_P.search(self.s.surface) or _NEGATED_EN.search(self.s.raw))

    @cached_property
    def now(self) -> bool:
        return bool(_NOW_P.search(self.s.surface) or _NOW_EN.search(self.s.raw) or self.ctx.happening)

    def lowers(self, situation: str) -> bool:
        """Whether the cue is lowered: negated, past, settled, a course or a what-if, a joke — unless now."""
        ctx = self.ctx
        if situation.startswith("suicide") and _WAY_TO_DIE.search(self.s.surface + " " + self.s.raw) and not (
                self.negated or _STORY.search(ctx.whole + " " + ctx.msg.text)):
            return False
        return self.negated or (self.past and not ctx.present_anywhere) or (ctx.settled and not self.now) or (
            (self.info or self.hypothetical) and not self.now) or (ctx.joke and not self.now) or (
            ctx.consulting and situation in _CONSULTED)

    def quiet(self) -> bool:
        """A lowered cue with no quiet line: the message asks about a course, or about a service with a what-if or
        a story that is over told (the reason for the question)."""
        ctx = self.ctx
        return self.info or (ctx.asks_service and (self.hypothetical or self.past or ctx.settled) and not self.negated)
