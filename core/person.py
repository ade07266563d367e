"""A way to a person, one tap away (issue #13): 「市役所に電話する」 tapped or typed, or a person asked for in words
(「とにかく人と直接話したいです」「職員さんと話せますか」 "Can I talk to a real person?") — the city's main number,
the counter still shown with its phone (or, with none, the all-round counters), and out of hours tonight's line."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from core import followup
from core.alarm import Alarm
from core.cards import entry_name, reach
from core.emergency import line_number
from core.guided import ALL_ROUND_TOPIC, MAX_CARDS, State
from core.handoff import city_hall_open
from core.messages import main_number, say
from core.replies import Feedback, Reply
from core.router import RouteResult

FOREIGN_TOPIC = "gaikokujin"  # its first counter (外国人住民の相談) for a message in a language not read here

_FIRST = r"(とにかく|まずは?|できれば|出来れば|やっぱり?|やはり|それより(も)?|ほんとは|本当は)?[、,]?\s?(誰か|だれか)?"
_STAFF = (r"(人間|にんげん|生身の(人|ひと)|職員|しょくいん|担当者?|たんとう(しゃ)?|担当の(人|方|ひと|かた)|窓口の(人|方|ひと|かた)|"
          r"相談員|そうだんいん|係の(人|方)|スタッフ|市役所の(人|方|ひと|かた))(さん)?")
_TALK = (r"(話|はな|相談|そうだん)(し|せ|さ)(たい|たいです|たいんです|たいのですが|たいんですけど|ませんか|ますか|る\?|"
         r"れますか|れる|せてください|せてほしい|せて欲しい)(です)?")
# The whole message (core/listening.py matches it from start to end): 人 alone needs 直接 beside it —
# 「人と話したい」「誰かと話したい」 is loneliness, which the router answers.
WANTS_PERSON = (
    r"市役所に(電話|でんわ)(する|したい|します|かけたい)|(call|phone) (the )?city hall|"
    rf"{_FIRST}({_STAFF}(と|に)(直接|ちょくせつ)?|(人|ひと)(と|に)(直接|ちょくせつ)|(直接|ちょくせつ)(人|ひと)(と|に))"
    rf"(会って|あって)?{_TALK}|"
    r"((can|could|may) i |i (want|need|would like|'d like) to |let me )?(talk|speak) (to|with) "
    r"(a |an )?(real |actual |live )?(person|human( being)?|member of staff|staff member|someone in person)( please)?")


class Person(Alarm):
    """The reply that offers a person to talk to; core/listening.py's `Listening` builds on it."""

    def _person(self, state: State, now: dt.datetime | None) -> Reply:
        """A way to a person: the city's main number, the counter's phone, and out of hours tonight's line."""
        lang = state.lang
        lines = [say("person", lang)]
        # The counter still shown (a 「いいえ」 or 「別の窓口を探す」 put it away); with none, the all-round counters,
        # where a person takes any concern.
        focus = self.kb.entries.get(state.picked or state.counter or "") if (
            state.picked or state.counter) in state.shown else None
        if focus is None:
            ids = [i for i in self.kb.topics.get(ALL_ROUND_TOPIC, {}).get("counters", []) if i in self.kb.entries and (
                not state.district or self.kb.serves(self.kb.entries[i], state.district))][:2]
            return Reply("\n".join(lines + self._night(now, lang)), cards=self._cards(ids, now, lang),
                         options=self._tail(lang), lang=lang)
        phones = [str(c["value"]) for c in reach(self.kb, focus)[0] if c["kind"] == "phone"]
        if phones and phones[0] != main_number():
            lines.append(say("person_counter", lang, name=entry_name(focus, lang), phone=phones[0]))
        return Reply("\n".join(lines + self._night(now, lang)), cards=self._cards([focus["id"]], now, lang),
                     options=self._tail(lang), lang=lang)

    def _night(self, now: dt.datetime | None, lang: str) -> list[str]:
        """Out of City Hall's hours: tonight's quiet line."""
        soft = next((x for x in self.kb.emergency if "soft" in (x.get("situations") or ())), None)
        if soft is None or city_hall_open(now):
            return []
        return [say("person_night", lang, name=soft["name"], number=line_number(soft, lang),
                    hours=soft.get("hours") or say("hours_unknown", lang))]

    def _foreign(self, state: State, now: dt.datetime | None) -> Reply:
        """A message this guide cannot read: never a refusal — please write in English or easy Japanese, and the
        counter for foreign residents with the all-round one, whose people can take it on."""
        ids = [i for i in [*self.kb.topics.get(FOREIGN_TOPIC, {}).get("counters", [])[:1],
                           *self.kb.topics.get(ALL_ROUND_TOPIC, {}).get("counters", [])[:1]] if i in self.kb.entries]
        name = entry_name(self.kb.entries[ids[0]], "en") if ids else ""
        state.shown, state.counter, state.picked, state.step = ids, (ids[0] if ids else None), None, "answered"
        return Reply(say("unread_language", state.lang, name=name), cards=self._cards(ids, now, state.lang),
                     options=self._who_options(state.lang), lang=state.lang)

    def _follow_up(self, state: State, what: str, now: dt.datetime | None, res: RouteResult) -> Reply:
        raise NotImplementedError  # the answer about the counter shown: core/listening.py

    def _in_language(self, state: State, now: dt.datetime | None, res: RouteResult) -> Reply:
        """A language asked of the counter shown (「英語で相談できますか」 "Do they have someone who speaks Nepali?"): what
        this guide knows of it (the honest answer), and the counter for foreign residents beside it."""
        lang = state.lang
        reply = self._follow_up(state, followup.OTHER, now, res)
        foreign = [i for i in self.kb.topics.get(FOREIGN_TOPIC, {}).get("counters", []) if i in self.kb.entries][:1]
        if not foreign or foreign[0] in [c.entry_id for c in reply.cards]:
            return reply
        state.shown = [*state.shown[:MAX_CARDS - 1], foreign[0]]
        text = reply.text.replace(say("feedback_ask", lang), "").rstrip("\n")
        text += "\n" + say("fu_language", lang, name=entry_name(self.kb.entries[foreign[0]], lang))
        return replace(reply, text=text + "\n" + say("feedback_ask", lang),
                       cards=[*reply.cards[:MAX_CARDS - 1], *self._cards(foreign, now, lang)])

    def _ways(self, state: State, now: dt.datetime | None) -> Reply:
        """Another way than the phone asked for with no concern yet: the all-round counters, each one's email or fax
        (or whom to ask), never a question back first."""
        lang = state.lang
        ids = [i for i in self.kb.topics.get(ALL_ROUND_TOPIC, {}).get("counters", []) if i in self.kb.entries][:2]
        if not ids:
            return Reply(say("fu_no_thread", lang), options=self._who_options(lang), lang=lang)
        state.shown, state.counter, state.picked, state.step = ids, ids[0], None, "answered"
        text = "\n".join(followup.answer(self.kb, self.kb.entries[i], followup.WAYS, lang) for i in ids)
        return Reply(text + "\n" + say("feedback_ask", lang), cards=self._cards(ids, now, lang),
                     options=self._answered(lang), lang=lang)

    def _feedback(self, state: State, value: str, now: dt.datetime | None) -> tuple[State, Reply]:
        """「役に立ちましたか？」: はい, いいえ (the all-round counter; the staff review is told through
        `Reply.feedback`), 別の窓口を探す (the guided path, keeping the district)."""
        lang = state.lang
        answer = value if value in ("yes", "no", "other") else "other"
        fb = Feedback(answer=answer, counter=state.picked or state.counter, topic=state.topic,
                      district=state.district, shown=tuple(state.shown))
        if answer == "yes":
            state.picked = state.picked or state.counter
            return state, Reply(say("feedback_yes", lang), options=self._tail(lang, person=True), lang=lang,
                                feedback=fb)
        if answer == "no":
            ids = [i for i in self.kb.topics.get(ALL_ROUND_TOPIC, {}).get("counters", []) if i in self.kb.entries]
            ids = [i for i in ids if not state.district or self.kb.serves(self.kb.entries[i], state.district)][:2]
            state.shown, state.counter, state.picked = ids, (ids[0] if ids else None), None
            return state, Reply(say("feedback_no", lang), cards=self._cards(ids, now, lang),
                                options=self._tail(lang, person=True), lang=lang, feedback=fb)
        state.step, state.shown, state.picked = "area", [], None
        return state, Reply(say("feedback_other", lang), options=self._area_options(lang) + self._nav(lang),
                            lang=lang, feedback=fb)
