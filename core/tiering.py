"""The conversation's own tiering (issue #13): what a turn's urgency is when the thread, not the message alone, says
it. The screen reads one message; here a later turn is heard against what came before — the weight going on after
distress stays soft, a carer's own strength told as failing is soft in any turn, and harm told as happening now while
a crisis line for harm stands is an emergency (110 now), though the message alone names no one (「いままさにバシッて
叩く音がした」 after the neighbour's child heard crying every night)."""

from __future__ import annotations

import re
from dataclasses import replace

from core import followup, smalltalk
from core.alarm import QUESTION as _QUESTION
from core.alarm import at_hospital, eased, helped, safe_now, sign_gone
from core.guided import State
from core.hearing import BURDEN, LIST, SAID, TALK, UNABLE, WEIGHT, WORRY
from core.person import Person
from core.router import RouteResult
from core.safety import Screen, screen
from core.safety.past import besides

_SENTENCE = re.compile(r"[^。．！!？?\n]+[。．！!？?\n]*")
TOLD = 40  # characters: a statement this short in a thread that the router cannot place is more of the same story

# A crisis line stands for harm a person does to another (a child, an old or disabled person, a partner).
HARM = frozenset({"child-abuse", "elder-abuse-injury", "disabled-abuse-injury", "violence-now-partner",
                  "violence-now-family", "stalking-threat", "sexual-violence", "confinement"})
_PARTNER = frozenset({"violence-now-partner", "stalking-threat", "sexual-violence"})
# The moment itself: 「いままさに」「たった今」「今また」 "right now" (not 「今日」「今度」「今朝」 nor 「いまは」 of a contrast).
_NOW = re.compile(r"(今|いま|イマ)(まさに|また|も|さっき|ちょうど)|(まさに|たった)(今|いま)|(今|いま)(?![日度朝週月年晩夜後回更ま])|"
                  r"まだ[^。]{0,10}(てる|ている|続|つづ)|(止|と)まら(ない|なく)|続いて(る|いる)|つづいて(る|いる)|"  # still going on
                  r"\b(right now|just now|again|as we speak|at this moment|still)\b", re.I)
# A blow, a kick, a scream or the sound of them (叩く音, バシッて, 悲鳴, 泣き叫ぶ) — not words alone (怒鳴り声 is the crisis told).
_BLOW = re.compile(r"叩|たた(い|く|か|け)|殴|なぐ(ら|り|る|っ)|蹴|けら(れ|れる)|けって|ぶた(れ|れる)|張り倒|はりたお|突き飛ば|"
                   r"バシ|ばしっ|パシ|ぱしっ|バチ|ドン|どん(って|と|っ)|ゴン|ガシャ|がしゃ|ガタン|"
                   r"悲鳴|ひめい|叫|さけ(ぶ|び|んで)|泣き叫|首を?(絞|締|しめ)|"
                   r"\b(hit|hitting|beat|beating|kick|kicking|slap|slapping|scream|screaming|punch|punching)\b", re.I)
# …unless it is not now: stopped, not heard, a habit, or a question about what to do if.
_NOT_NOW = re.compile(r"(し|聞こえ|きこえ)(なく|ない|ません|ていない)|(止|や|と)(ん|ま)(だ|った|りました)|静か|しずか|"
                      r"毎(晩|日|朝|週|回)|いつも|よく|時々|ときどき|たまに|(たら|れば|なら)(どう|いい)|\b(stopped|quiet|if)\b",
                      re.I)
# A carer's own strength told as failing under the load (「私も体がついてこなくて」「もう仕事辞めるしかないのかな」「共倒れ
# になりそう」): the weight, the quiet tier — not a plan to change (「体がついてこないのでジムに通いたい」 is no weight).
STRENGTH = re.compile(r"(体|からだ|身体|心身|身も心も|気力|体力)(とも(に)?)?(が|も)?(ついて(こ|い)(ない|なく|れ)|もた(ない|なく|ん)|持た(ない|なく|ん)|"
                      r"(限界|げんかい|ボロボロ|ぼろぼろ|悲鳴))|"
                      r"(仕事|しごと|会社|かいしゃ|職場|パート)(を|も)?(辞め|やめ)(る|ざるを得ない)(しか|ほか)(ない|ないの)|"
                      r"(離職|りしょく)(する)?(しか|ほか)(ない|ないの)|(離職|りしょく)(寸前|も?考え|を?迷)|"
                      r"(共倒れ|ともだおれ)(に)?(なり|なる|し)?(そう|かけ|寸前|る(の|かも))")

# Worn out told of oneself (「私も正直まいってます」「介護でへとへと」「心が折れそう」): exhaustion, the quiet tier — not a visit
# (「お墓に参ってきました」「神社へ参っています」) nor the humble verb (「努めて参ります」).
WORN = re.compile(r"(?<![にへてで])(まいって|参って|まいっちゃ|参っちゃ)(る|ます|います|いる|いて|きた|きて|きました|しまって|しまい|う|って)|"
                  r"(疲|つか)れ(果て|はて|切っ|きっ)|へとへと|ヘトヘト|くたくた|クタクタ|疲弊|ひへい|(心|こころ)が(折れ|おれ)")


def harm_now(text: str) -> bool:
    """A blow or a scream told as happening now (「いままさにバシッて叩く音がした」 "he's hitting her right now")."""
    return bool(_NOW.search(text) and _BLOW.search(text)) and not _NOT_NOW.search(text)


class Tiering(Person):
    """A turn's urgency heard against the thread; core/listening.py's `Listening` builds on it."""

    def _typed_option(self, state: State, text: str) -> str | None:
        """A menu option typed rather than tapped (core/listening.py)."""
        raise NotImplementedError

    def _goes_on(self, state: State, text: str, res: RouteResult) -> RouteResult:
        """After a turn in the soft tier, a short message that goes on about what weighs (「仕事も家のことも全部」,
        "Work, my kids, money, everything") — no question, no thanks, no place, no ask about a counter — is
        heard in the same tier; harm now while a crisis line for harm stands is an emergency; anything else keeps
        its own screen."""
        t = text.strip()
        if res.crisis is not None and state.alarm and self._handled(state, t, res):
            return self._as_soft(res)  # 「救急車呼んで、今運ばれていきました」: the same danger, handled
        if res.urgency in ("none", "soft") and state.alarm[:1] == ["crisis"] and HARM & set(state.alarm[1:]) and (
                harm_now(t)):
            return self._harm_now(state, res)
        if res.urgency == "none" and res.crisis is None and (WEIGHT.search(t) or STRENGTH.search(t)):  # 「どうやって暮らせばいいの」
            return self._as_soft(res)
        if res.safety.by_model and (state.alarm or state.shown or state.distress or state.topic or state.step != "start"
                                    or smalltalk.kind(t) == smalltalk.GREETING):  # 「蒸しますねえ」 alone: a hello
            # The crisis head reads one message alone; in a later turn a short reply (「もう寝ます」, "I'm safe now")
            # is heard by the thread (the alarm carried or released), not alarmed anew by the model; what it says is
            # ranked on its words (「いや命とかじゃなくて、借金がもう返せないってこと」: the debt counters, not the crisis').
            return self._as_soft(self.router.route(res.query, model_heard_soft=True))
        if (state.distress and WORRY.search(t) or state.shown and UNABLE.search(t)) and res.urgency == "none" and len(
                t) <= TOLD and not (
                _QUESTION.search(t) or smalltalk.calm(t, lenient=True) or self._typed_option(state, t) is not None):
            # Right after distress or a danger just past, worry told about the same story (「これから家族としてどう支えたら
            # いいのか分からなくて」 after 入院しました): still the quiet tier, not a calm question.
            return self._as_soft(res)
        if not state.distress or not (BURDEN.search(t) or LIST.search(t) and not SAID.search(t)):
            return res  # 「父は生活保護を受けていました」 is a fact told, not the weight going on
        if res.urgency != "none" or res.crisis is not None or len(t) > TOLD or (
                _QUESTION.search(t) or res.place is not None or followup.aspect(t) is not None
                or smalltalk.kind(t, lenient=True) is not None or self._typed_option(state, t) is not None):
            return res
        return self._as_soft(res)

    def _weight(self, state: State, text: str, res: RouteResult) -> RouteResult:
        """After distress, everything or alone told short (「仕事も家のことも全部」「私ひとりで」 "everything"): the weight
        itself in the soft tier, no concern to rank — the thread's counters again with the sympathy (`_comfort`), not
        what 仕事 or 家 alone would find."""
        t = text.strip()
        if not state.distress or res.crisis is not None or res.urgency != "soft" or not (BURDEN.search(t) or TALK.search(t)) or (
                len(t) > TOLD or _QUESTION.search(t) or res.place is not None or followup.aspect(t) is not None
                or smalltalk.kind(t, lenient=True) is not None or self._typed_option(state, t) is not None):
            return res
        return replace(res, results=[], topics={}, top_score=0.0, clarify=None)

    def _handled(self, state: State, text: str, res: RouteResult) -> bool:
        """While an alarm stands, the same danger told as handled or over (「救急車呼んで、今運ばれていきました。今後のことは…」
        「けいれんはおさまって、いまは寝てます」: help came, taken to hospital, its sign gone): the screen hears its words again, the conversation hears it past — unless a
        sentence that tells no handling alarms on its own (「救急車で運ばれました。今度は父が倒れて息してない」)."""
        sentences = _SENTENCE.findall(text)
        told = [at_hospital(s) or helped(s) or safe_now(s) or sign_gone(s, state.alarm[1:]) for s in sentences]
        if not any(told) or not set(res.safety.situations) <= set(state.alarm[1:]):
            return False
        rest = besides(zip(sentences, told, strict=True))  # 「祖父は運ばれたけど、今度は祖母も倒れて動かない」: not over
        return not rest or not screen(rest).alarm

    def _tier_after(self, alarmed: bool, text: str) -> bool:
        """After the turn is answered: worn out told of oneself (「私も正直まいってます」) in any turn, and relief or
        safety told after an alarm earlier in the conversation (「話したら少し気持ちが軽くなりました」 "im safe for now.
        is there someone…?"), also once the alarm was released and with a question beside it, are heard in the soft
        tier — the answer as it was (relief after distress alone stays none). True when the turn was so heard."""
        res = self.last_result
        if res is not None and res.urgency == "none" and res.crisis is None and (
                alarmed and (eased(text) or safe_now(text) or sign_gone(text, [])) or WORN.search(text)):
            self.last_result = self._as_soft(res)
            return True
        return False

    def _harm_now(self, state: State, res: RouteResult) -> RouteResult:
        """The harm the crisis line stands for, told as happening now: 110 now (violence in the family or by a
        partner, as the thread's harm was), the thread's situations after it; the lines are the whole answer."""
        situations = state.alarm[1:]
        now = "violence-now-partner" if _PARTNER & set(situations) else "violence-now-family"
        found = Screen("emergency", tuple(dict.fromkeys([now, *situations])))
        return replace(res, safety=found, emergency=self.router.emergency_lines(found), results=[], topics={},
                       clarify=None, top_score=0.0)
