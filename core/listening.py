"""The conversation listens across turns (issue #13): a message that carries no new concern is answered
in the thread. A district given later narrows the counters shown (never a refusal, never a restart); a
question about the last answer (電話番号は？ 土日も？ 予約いる？) is answered from that counter's facts
(core/followup.py); thanks, greetings, emoji get a short kind reply (core/smalltalk.py); distress with no
concern gets sympathy. `Listening._listen` returns None when the message is a new question to route.
"""

from __future__ import annotations

import datetime as dt
import re

from core import followup, smalltalk
from core.guided import ALL_ROUND_TOPIC, MAX_CARDS, Menu, State
from core.messages import say
from core.places import find_district
from core.replies import EmergencyLine, Reply
from core.router import Router, RouteResult
from core.safety import Screen

SHORT = 20  # characters: a message this short that names only a person or a question has no concern yet
_SOMEONE = re.compile(r"夫|妻|主人|旦那|嫁|母|父|親|息子|娘|子ども|子供|こども|祖母|祖父|おばあ|おじい|家族|兄|姉|弟|妹|孫|"
                      r"友人|友達|近所|husband|wife|mother|father|son|daughter|child|parent|family|neighbou?r", re.I)
# The resident says the danger is over or not now: the alarm is not carried further.
_SAFE_NOW = re.compile(r"(危な|あぶな)く(は|も)?(ない|ありません)|落ち着いて(き|い)|無事(です|でした|だった)|もう(大丈夫|平気)|"
                       r"おさまり|収まり|not in danger|(i'?m|we'?re|she'?s|he'?s) (safe|ok|okay) now", re.I)
_SAD = set("😢😭😞😔😿🥲😥😰😨😓💧💦😩😫")


class Listening(Menu):
    """The replies within a thread; core/dialogue.py's `Dialogue` builds on it."""

    router: Router  # set by Dialogue

    def _thread_topics(self, state: State) -> set[str]:
        """The topics of the thread: the one remembered and those of the counters shown."""
        out = {state.topic} if state.topic else set()
        for eid in state.shown:
            out |= set(self.kb.entries.get(eid, {}).get("topics") or ())
        return out

    def _listen(self, state: State, text: str, res: RouteResult, now: dt.datetime | None) -> Reply | None:
        """A message that carries no new concern: a district, a question about the last answer, small talk,
        a feeling. None: route it as a new question."""
        lang = state.lang
        state.shown = [i for i in state.shown if i in self.kb.entries]  # a publish may have removed one
        thread = bool(state.shown)
        place_only = res.place is not None and followup.only_place(text, self._places_said(text, res.place.said))
        # A place in a message the router cannot answer on its own (「腰越の方に住んでます」) narrows too.
        unanswerable = not res.results or res.clarify is not None
        talk = smalltalk.kind(text, lenient=not res.results and res.other_business is None)
        if state.alarm and _SAFE_NOW.search(text) and res.crisis is None:  # 「いまは危なくないです」
            state.alarm = []
            return Reply(say("alarm_over", lang), cards=self._cards(state.shown, now, lang),
                         options=self._answered(lang) if thread else self._who_options(lang), lang=lang)
        asks = thread and (place_only or followup.aspect(text) is not None)  # answered in the thread, lines kept
        if state.alarm and talk is None and unanswerable and res.other_business is None and not asks:
            return self._still_alarm(state)
        if res.urgency == "soft":  # distress with no concern of its own: sympathy, never weak guesses
            state.step = state.step if thread else "area"
            return Reply(self._soft(res, lang) + say("soft_ways", lang), cards=self._cards(state.shown, now, lang),
                         options=(self._answered(lang) if thread else self._area_options(lang) + self._nav(lang)),
                         lang=lang, urgency=res.urgency)
        if (res.place is not None and unanswerable and (thread or state.topic)) or place_only or (
                followup.nearby(text) and (thread or state.topic)):
            if state.district is None:
                return Reply(say("nearby_ask", lang), options=self._area_district_options(lang), lang=lang)
            if thread or state.topic:
                return self._narrow(state, now)
            label = self._district(state.district, lang)
            return Reply(say("district_noted", lang, label=label), options=self._who_options(lang), lang=lang)
        if thread and followup.another(text):  # 「他には？」: the guided path, keeping the district
            state.step, state.shown, state.picked = "area", [], None
            return Reply(say("feedback_other", lang), options=self._area_options(lang) + self._nav(lang), lang=lang)
        if talk is not None:
            return self._small_talk(state, talk, text)
        what = followup.aspect(text)
        if thread and what is not None:
            return self._follow_up(state, what, now)
        if not thread and unanswerable and res.other_business is None:
            if what is not None and len(text) <= SHORT:  # 「場所はどこ？」 with nothing shown yet
                return Reply(say("fu_no_thread", lang), options=self._who_options(lang), lang=lang)
            if _SOMEONE.search(text) and len(text) <= SHORT:  # 「夫のことで」: whose, not yet what
                state.step = "area"
                return Reply(say("about_someone", lang), options=self._area_options(lang) + self._nav(lang),
                             lang=lang)
        if thread and res.clarify is not None:
            return Reply(say("same_thread", lang) + "\n" + say("feedback_ask", lang),
                         cards=self._cards(state.shown, now, lang), options=self._answered(lang), lang=lang)
        return None

    def _places_said(self, text: str, said: str) -> tuple[str, ...]:
        """The place the router found and any other the message names (「大船の今泉です」: area and town)."""
        out = [said]
        for _ in range(2):
            more = find_district(self.kb, followup.place_rest(text, tuple(out)))
            if more is None or not more.said:
                break
            out.append(more.said)
        return tuple(out)

    def _alarm_lines(self, state: State) -> list[EmergencyLine]:
        """The lines of the alarm the state remembers (its urgency, then its situations)."""
        urgency, *situations = state.alarm
        return [self._line(x) for x in self.router.emergency_lines(Screen(urgency, tuple(situations)))]

    def _still_alarm(self, state: State) -> Reply:
        """After an alarm, a message the bot cannot answer (「119した」, 「もう柵のそとにいる」, a place): the same
        lines again at the same urgency, and the counters still shown."""
        return Reply(say("alarm_still", state.lang), emergency=self._alarm_lines(state),
                     cards=self._cards(state.shown, None, state.lang), options=self._tail(state.lang, person=True),
                     lang=state.lang, urgency=state.alarm[0])

    def _small_talk(self, state: State, talk: str, text: str) -> Reply:
        lang = state.lang
        thread = bool(state.shown)
        if talk == smalltalk.EMOJI:
            talk = smalltalk.FEELING if set(text) & _SAD else (smalltalk.OK if thread else smalltalk.GREETING)
        key = {smalltalk.THANKS: "st_thanks", smalltalk.GREETING: "st_greeting", smalltalk.OK: "st_ok",
               smalltalk.BYE: "st_bye", smalltalk.DONT_KNOW: "st_dontknow", smalltalk.FEELING: "st_feeling"}[talk]
        if talk == smalltalk.DONT_KNOW or not thread:
            options = self._who_options(lang)
        else:
            options = self._tail(lang, person=True)
        return Reply(say(key, lang), options=options, lang=lang)

    def _follow_up(self, state: State, what: str, now: dt.datetime | None) -> Reply:
        """The answer about the counter the thread is on, from its facts; its card and the others shown."""
        lang = state.lang
        focus = state.picked or state.counter or state.shown[0]
        entry = self.kb.entries.get(focus) or self.kb.entries[state.shown[0]]
        ids = [entry["id"], *[i for i in state.shown if i != entry["id"]]]
        text = followup.answer(self.kb, entry, what, lang)
        if len(ids) > 1:
            text += "\n" + say("fu_other_cards", lang)
        return Reply(text + "\n" + say("feedback_ask", lang), cards=self._cards(ids, now, lang),
                     options=self._answered(lang), lang=lang)

    def _narrow(self, state: State, now: dt.datetime | None) -> Reply:
        """The counters shown (and the topic's), kept to those serving the district; its own first."""
        lang, district = state.lang, state.district or ""
        label = self._district(district, lang)
        pool = list(state.shown) + [i for i in self._counters_for(state.topic, None, None) if i not in state.shown]
        serving = [i for i in pool if i in self.kb.entries and self.kb.serves(self.kb.entries[i], district)]
        serving.sort(key=lambda i: (0 if self.kb.entries[i]["districts"] else 1, pool.index(i)))
        ids = serving[:MAX_CARDS]
        local = any(self.kb.entries[i]["districts"] or self.kb.local_for(i, district) for i in ids)
        text = say("narrowed" if local else "narrowed_citywide", lang, label=label)  # never a narrowing not done
        if not ids:
            ids = list(state.shown) or list(self.kb.topics.get(ALL_ROUND_TOPIC, {}).get("counters", []))[:2]
            text = say("narrowed_none", lang, label=label)
        if not state.district_confirmed:  # the town's district is not on an official page: said every time
            text += say("area_unconfirmed", lang)
        state.shown = ids
        state.counter, state.step = (ids[0] if ids else None), "answered"
        if state.picked not in ids:
            state.picked = None
        return Reply(text + "\n" + say("feedback_ask", lang), cards=self._cards(ids, now, lang),
                     options=self._answered(lang), lang=lang)

