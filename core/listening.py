"""The conversation listens across turns (issue #13): a message that carries no new concern is answered
in the thread. A district given later narrows the counters shown (never a refusal, never a restart); a
question about the last answer (電話番号は？ 土日も？ 予約いる？) is answered from that counter's facts
(core/followup.py); thanks, greetings, emoji get a short kind reply (core/smalltalk.py); distress with no
concern gets sympathy. `Listening._listen` returns None when the message is a new question to route.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import replace

from core import followup, smalltalk
from core.alarm import QUESTION as _QUESTION
from core.alarm import names_counter as _names
from core.alarm import relief_told
from core.another import city_itself, others
from core.foreign import unread
from core.guided import ALL_ROUND_TOPIC, FEEDBACK, HANDOFF, MAX_CARDS, PERSON, RESTART, State
from core.hearing import ANYWHERE as _ANYWHERE
from core.hearing import CHILD, ELDER, ONE_PLACE, SOMEONE
from core.messages import LANGS, say
from core.person import FOREIGN_TOPIC, WANTS_PERSON
from core.places import find_district
from core.replies import Reply
from core.reporting import REPORTER, reporting_counters
from core.router import CLEAR_LEADER, RouteResult
from core.safety import Screen
from core.tiering import Tiering

CALM = Screen("none", ())

TOLD = 40  # characters: a statement this short in a thread that the router cannot place is more of the same story
SHORT = 20  # characters: a message this short that names only a person or a question has no concern yet
MIND_TOPIC = "kokoro"  # its first counter is こころの相談: offered to distress that names no concern of its own
# The menu's own words typed instead of tapped (「紹介状をつくって」「最初からやり直したい」「役に立ちました」): the option.
_TYPED = [(HANDOFF, r"(紹介状|しょうかいじょう)((を|が)?(つく|作|書|か)(る|って|りたい|いて|きたい)?(ください|下さい|ほしい|欲しい)?|"
                    r"(を|が)?(ください|下さい|ほしい|欲しい|お願い(します)?|おねがい(します)?|見せて|みせて))?|"
                    r"(make |write |show )?(me )?(a |the )?(referral|handoff)( (letter|note))?( please)?"),
          (RESTART, r"(最初|さいしょ)から((やり直|やりなお)(す|し|したい|します|して)?(ください)?|にする|お願い(します)?|"
                    r"おねがい(します)?|もう一度|もういちど)?|"
                    r"(やり直|やりなお)(し|す|したい|します)|リセット|(start (over|again)|restart|reset)( please)?"),
          (PERSON, WANTS_PERSON),
          (f"{FEEDBACK}yes", r"(役|やく)に(立|た)(ちました|った)(よ|です)?|(it|that) (was )?(helpful|helped)"),
          (f"{FEEDBACK}no", r"(役|やく)に(立|た)(たなかった|ちませんでした)|(it|that) (was not|wasn'?t|didn'?t) help(ful)?|"
                            r"not helpful")]
_TYPED_RE = [(choice, re.compile(rf"^(?:{pattern})$")) for choice, pattern in _TYPED]
_LABEL = re.compile(r"[\s。、．，,.!！?？「」・]+")
_SAD = set("😢😭😞😔😿🥲😥😰😨😓💧💦😩😫")
_WAVE = set("👋🙋")


class Listening(Tiering):
    """The replies within a thread; core/dialogue.py's `Dialogue` builds on it."""

    def _thread_topics(self, state: State) -> set[str]:
        """The topics of the thread: the one remembered and those of the counters shown."""
        out = {state.topic} if state.topic else set()
        for eid in state.shown:
            topics = set(self.kb.entries.get(eid, {}).get("topics") or ())
            if ALL_ROUND_TOPIC not in topics:  # an all-round counter takes any concern: it makes none the thread's
                out |= topics
        return out

    def _other_generation(self, state: State, res: RouteResult) -> bool:
        """A question about a child in a thread about an older person's care (「子どもを数時間だけ預かってもらえますか」
        after 地域包括支援センター), ranking a counter for children: its own concern, not a question about the counters
        shown — 「ちょっとの間だけ母を預けられるところは？」 stays the thread's."""
        if not res.results or res.clarify is not None or not CHILD.search(res.query) or ELDER.search(res.query):
            return False
        areas = {self.kb.topics[t].get("area") for t in self._thread_topics(state) if t in self.kb.topics}
        leader = {self.kb.topics[t].get("area") for t in res.results[0].entry.get("topics") or () if t in self.kb.topics}
        return bool(areas) and "children" not in areas and "children" in leader

    def _listen(self, state: State, text: str, res: RouteResult, now: dt.datetime | None) -> Reply | None:
        """A message that carries no new concern: a district, a question about the last answer, small talk,
        a feeling. None: route it as a new question."""
        lang = state.lang
        state.shown = [i for i in state.shown if i in self.kb.entries]  # a publish may have removed one
        thread = bool(state.shown)
        place_only = res.place is not None and followup.only_place(text, self._places_said(text, res.place.said))
        # A place in a message the router cannot answer on its own (「腰越の方に住んでます」) narrows too.
        unanswerable = not res.results or res.clarify is not None
        lenient = not res.results and res.other_business is None
        talk = smalltalk.kind(text, lenient=lenient)
        # A district or a question about the last answer is answered in the thread, the lines kept below; while an
        # alarm stands only a real question counts (「声だせない、電話できない」 is the danger, not the phone number).
        asks = thread and (place_only or followup.aspect(text) is not None and (
            not state.alarm or bool(_QUESTION.search(text.strip()))))
        asked_of = self._asked_of(state, text, res, now) if res.crisis is None and thread else None
        if asked_of is not None:  # 「通告したら私だと知られますか」, 「施設じゃなくて市に直接言いたい」
            return asked_of
        if state.alarm and res.crisis is None:  # core/alarm.py: over, at the hospital, hesitation, a new concern
            decided, reply = self._during_alarm(state, text, res, talk, asks, now)
            if decided:
                return reply
        quiet = self._quiet(state, text, res, talk, now)  # relief, 「他には？」「違う」, the place put right
        if quiet is not None:
            self._calmed(res)  # none of them holds distress
            return quiet
        if res.urgency == "soft" and talk is not None and (  # 「ありがとう、楽になった」, 「わからない」 alone
                smalltalk.calm(text, lenient) or talk == smalltalk.DONT_KNOW and not thread):
            self._calmed(res)
            return self._small_talk(state, talk, text)
        # 「近くの」 narrows the thread unless the message asks something of its own ("a play space near Tamanawa?")
        near = followup.nearby(text) and (unanswerable or res.results[0].entry["id"] in state.shown)
        if (place_only or near) and (thread or state.topic) and state.district:
            if place_only:  # 「あ、ごめんなさい、玉縄でした」: a place and little words hold no distress
                self._calmed(res)
            return self._narrow(state, now)
        what = followup.aspect(text)
        if thread and unanswerable and followup.corrects(text) and res.place is None:  # 「母じゃなくて父のことです」
            self._calmed(res)
            return Reply(say("same_thread", lang) + "\n" + say("feedback_ask", lang),
                         cards=self._cards(state.shown, now, lang), options=self._answered(lang), lang=lang)
        if unanswerable and (ONE_PLACE.search(text) and not what or not thread and _ANYWHERE.search(text)):  # 「一か所で聞けないの？」: the all-round counters
            return self._comfort(state, res, now, all_round=True)
        if res.urgency == "soft" and (unanswerable or smalltalk.cry(text)) and not (thread and what):
            return self._comfort(state, res, now)  # distress with no concern of its own: sympathy, never weak guesses
        if (res.place is not None and unanswerable and (thread or state.topic)) or place_only or (
                near and (thread or state.topic)):
            if state.district is None:
                return Reply(say("nearby_ask", lang), options=self._area_district_options(lang), lang=lang)
            if thread or state.topic:
                return self._narrow(state, now)
            label = self._district(state.district, lang)
            return Reply(say("district_noted", lang, label=label), options=self._who_options(lang), lang=lang)
        if talk is not None:
            return self._small_talk(state, talk, text)
        if thread and followup.language(text) and res.other_business is None:
            return self._in_language(state, now, res)  # 「ネパール語が話せる人はいますか」: and the multicultural counter
        if thread and what is not None:
            return self._follow_up(state, what, now, res)
        return self._otherwise(state, text, res, now)

    def _asked_of(self, state: State, text: str, res: RouteResult, now: dt.datetime | None) -> Reply | None:
        """In a thread, a question about whom the resident tells: the fear of being known as the one who told (the
        abuse counter's honest follow-up), or the city itself asked for (the thread's counters the city runs)."""
        if REPORTER.search(text) and (ids := reporting_counters(self.kb, state, text)):
            return self._reported(state, ids, now)
        ids = city_itself(self.kb, state, text)
        return self._these(state, ids, now) if ids else None

    def _these(self, state: State, ids: list[str], now: dt.datetime | None) -> Reply:
        """These counters answered, the thread going on from them (the city itself asked for, other counters asked)."""
        lang = state.lang
        state.shown, state.counter, state.picked = ids, ids[0], None
        return Reply(say("these_counters", lang) + "\n" + say("feedback_ask", lang), cards=self._cards(ids, now, lang),
                     options=self._answered(lang), lang=lang)

    def _reported(self, state: State, ids: list[str], now: dt.datetime | None) -> Reply:
        """The fear of being known as the one who told (core/reporting.py): the abuse counter's honest follow-up."""
        lang = state.lang
        state.shown, state.counter, state.picked = ids, ids[0], None
        text = followup.answer(self.kb, self.kb.entries[ids[0]], followup.OTHER, lang)
        more = "\n" + say("fu_other_cards", lang) if len(ids) > 1 else ""
        return Reply(text + more + "\n" + say("feedback_ask", lang), cards=self._cards(ids, now, lang),
                     options=self._answered(lang), lang=lang)

    def _quiet(self, state: State, text: str, res: RouteResult, talk: str | None,
               now: dt.datetime | None) -> Reply | None:
        """A message that holds no distress: relief told (「聞いてもらえて少し楽になりました」), a short reply to what was
        shown (「他には？」「違う」「それ」), the place put right (「深沢は実家で、今住んでるのは関谷です」: narrowed)."""
        lang, thread = state.lang, bool(state.shown)
        if talk is None and (state.distress or thread) and res.crisis is None and relief_told(text):
            return Reply(say("st_eased", lang), options=self._tail(lang, person=True) if thread
                         else self._who_options(lang), lang=lang)
        if thread and followup.another(text) and (ids := others(state, text, res)):  # 「他の窓口は？生活保護は抵抗が…」
            return self._these(state, ids, now)
        short = self._short(state, text, talk, now)
        if short is not None:
            return short
        if thread and res.place is not None and (not res.results or res.clarify is not None) and followup.corrects(
                text) and state.district:
            return self._narrow(state, now)
        return None

    def _short(self, state: State, text: str, talk: str | None, now: dt.datetime | None) -> Reply | None:
        """A short reply to what was shown or asked: 「他には？」 or 「違う」 (the guided path, keeping the district),
        「それ」 (the counter just shown, its details), a yes or 「それ」 after a question back (the question again)."""
        lang, thread = state.lang, bool(state.shown)
        if thread and (followup.another(text) or followup.wrong(text)):
            state.step, state.shown, state.picked = "area", [], None
            return Reply(say("feedback_other", lang), options=self._area_options(lang) + self._nav(lang), lang=lang)
        if thread and followup.that_one(text) and state.counter in self.kb.entries:
            state.picked = state.counter
            return Reply(say("details", lang) + "\n" + say("feedback_ask", lang),
                         cards=self._cards([state.counter or ""], now, lang), options=self._answered(lang), lang=lang)
        if not thread and state.step == "area" and (talk == smalltalk.OK or followup.that_one(text)):
            return Reply(say("ask_area", lang), options=self._area_options(lang) + self._nav(lang), lang=lang)
        return None

    def _typed_option(self, state: State, text: str) -> str | None:
        """A menu option typed rather than tapped (its label, or 「紹介状をつくって」「最初からやり直したい」): the
        option's choice; 「役に立ちました」 only after an answer. A yes or a no alone is small talk, not an option."""
        t = unicodedata.normalize("NFKC", text or "").strip().lower().rstrip("。．.!！?？ ")
        found = next((choice for choice, pattern in _TYPED_RE if pattern.match(t)), None)
        found = found or self._labels().get(_LABEL.sub("", t))
        return None if found is None or found.startswith(FEEDBACK) and not state.shown else found

    def _labels(self) -> dict[str, str]:
        """The menu's fixed options by their label as typed (any language): made once per knowledge base."""
        key = ("typed_labels",)
        if key not in self.kb.memo:
            labels: dict[str, str] = {}
            for lang in LANGS:
                for o in self._who_options(lang) + self._tail(lang, person=True) + self._nav(lang):
                    labels.setdefault(_LABEL.sub("", o.label.lower()), o.id)
            self.kb.memo[key] = labels
        found: dict[str, str] = self.kb.memo[key]
        return found

    def _otherwise(self, state: State, text: str, res: RouteResult, now: dt.datetime | None) -> Reply | None:
        """A short question or a person with nothing shown yet (asked back), a vague message or a question the
        router cannot answer in a thread (the thread's counters); None: a new question."""
        lang, thread = state.lang, bool(state.shown)
        unanswerable, what = not res.results or res.clarify is not None, followup.aspect(text)
        if not thread and unanswerable and res.other_business is None:
            if what == followup.WAYS:  # 「耳が遠くて電話ができません。FAXかメールで相談できますか」: the all-round counters' ways
                return self._ways(state, now)
            if what is not None and len(text) <= SHORT:  # 「場所はどこ？」 with nothing shown yet
                return Reply(say("fu_no_thread", lang), options=self._who_options(lang), lang=lang)
            if SOMEONE.search(text) and len(text) <= SHORT:  # 「夫のことで」: whose, not yet what
                state.step = "area"
                return Reply(say("about_someone", lang), options=self._area_options(lang) + self._nav(lang),
                             lang=lang)
        if thread and res.clarify is not None:
            return Reply(say("same_thread", lang) + "\n" + say("feedback_ask", lang),
                         cards=self._cards(state.shown, now, lang), options=self._answered(lang), lang=lang)
        if thread and unanswerable and res.other_business is None and _QUESTION.search(text.strip()):
            return self._follow_up(state, followup.OTHER, now, res)  # about the counter, not a refusal
        if thread and unanswerable and res.other_business is None and len(text.strip()) <= TOLD:
            # 「先生にはまだ言ってない」「親には言いにくい」: more of the same story, no new question: never a refusal
            return Reply(say("told_more", lang) + "\n" + say("feedback_ask", lang),
                         cards=self._cards(state.shown, now, lang), options=self._answered(lang), lang=lang)
        return None

    def _calmed(self, res: RouteResult) -> None:
        """The conversation hears no distress in the message (thanks, 「見つかりました」 after an alarm): the screen's
        soft tier is not this turn's urgency (what the turn reports and the demand counts)."""
        if res.crisis is None and res.urgency == "soft":
            self.last_result = replace(res, safety=CALM)

    def _comfort(self, state: State, res: RouteResult, now: dt.datetime | None, all_round: bool = False) -> Reply:
        """Distress with no concern of its own (「もう限界」「話を聞いてほしいだけ」): one sentence of sympathy and the
        quiet line, こころの相談 (when the message voices distress itself) and the thread's counters (or the all-round
        ones: with no thread, or one place for everything asked), never weak guesses."""
        lang, thread = state.lang, bool(state.shown)
        mind = list(self.kb.topics.get(MIND_TOPIC, {}).get("counters", []))[:1] if smalltalk.distressed(
            res.query) and not all_round else []
        rest = state.shown[:2] if thread and not all_round else list(
            self.kb.topics.get(ALL_ROUND_TOPIC, {}).get("counters", []))[:2]
        # written in a language this guide does not read (Spanish, Tagalog …): the foreign residents' counter first
        foreign = self.kb.topics.get(FOREIGN_TOPIC, {}).get("counters", [])[:1] if unread(res.query) else []
        ids = [i for i in dict.fromkeys(foreign + mind + rest) if i in self.kb.entries and (
            not state.district or self.kb.serves(self.kb.entries[i], state.district))][:MAX_CARDS]
        state.shown = ids
        if state.counter not in ids:
            state.counter, state.picked = (ids[0] if ids else None), None
        if thread:
            text, options = say("these_counters", lang) + "\n" + say("feedback_ask", lang), self._answered(lang)
        else:
            state.step = "area"
            text, options = say("these_counters", lang) + "\n" + say("soft_ways", lang), (
                self._area_options(lang) + self._nav(lang))
        return Reply(self._soft(res, lang) + text, cards=self._cards(ids, now, lang), options=options, lang=lang,
                     urgency=res.urgency)

    def _places_said(self, text: str, said: str) -> tuple[str, ...]:
        """The place the router found and any other the message names (「大船の今泉です」: area and town)."""
        out = [said]
        for _ in range(2):
            more = find_district(self.kb, followup.place_rest(text, tuple(out)))
            if more is None or not more.said:
                break
            out.append(more.said)
        return tuple(out)

    def _small_talk(self, state: State, talk: str, text: str) -> Reply:
        lang = state.lang
        thread = bool(state.shown)
        if talk == smalltalk.EMOJI:
            # 👍 or 🙏 as a first message: a short acknowledgement, not the greeting again (👋 is a greeting)
            talk = smalltalk.GREETING if set(text) & _WAVE and not thread else smalltalk.FEELING if (
                set(text) & _SAD or not thread) else smalltalk.OK
        key = {smalltalk.THANKS: "st_thanks", smalltalk.GREETING: "st_greeting", smalltalk.OK: "st_ok",
               smalltalk.BYE: "st_bye", smalltalk.DONT_KNOW: "st_dontknow", smalltalk.FEELING: "st_feeling", smalltalk.PLAY: "st_play"}[talk]
        if talk == smalltalk.DONT_KNOW or not thread:
            options = self._who_options(lang)
        else:
            options = self._tail(lang, person=True)
        return Reply(say(key, lang), options=options, lang=lang)

    def _follow_up(self, state: State, what: str, now: dt.datetime | None, res: RouteResult) -> Reply:
        """The answer about the counter asked of, from its facts. When the resident named or chose it (or the
        question's own routing ranks it) its card comes alone; when it is not clear which counter they mean, the
        answer is about the likeliest and the others shown follow it."""
        lang = state.lang
        if followup.pure(res.query):  # 「予約しないと行けませんか」: a question about the counter holds no distress
            self._calmed(res)
        focus, sure = self._focus(state, res)
        entry = self.kb.entries.get(focus) or self.kb.entries[state.shown[0]]
        state.counter = entry["id"]
        if entry["id"] not in state.shown:  # a counter named (「成年後見センターってどこ？」) or its concern (「家賃の方の」)
            state.shown = [entry["id"], *state.shown][:MAX_CARDS]
        if sure:  # its card alone (named, chosen or ranked): the next 「電話番号は？」 is about it, not the thread's first
            state.picked = entry["id"]
        ids = [entry["id"]] if sure else [entry["id"], *[i for i in state.shown if i != entry["id"]]]
        text = followup.answer(self.kb, entry, what, lang)
        if len(ids) > 1:
            text += "\n" + say("fu_other_cards", lang)
        return Reply(text + "\n" + say("feedback_ask", lang), cards=self._cards(ids, now, lang),
                     options=self._answered(lang), lang=lang)

    def _focus(self, state: State, res: RouteResult) -> tuple[str, bool]:
        """The counter a follow-up is about, among those shown, and whether that is certain: the one the message
        names, the one chosen, the one its own routing ranks; else (not certain) the first of the thread's concern
        that is not an all-round counter, else the thread's counter."""
        for i in state.shown:
            if _names(res.query, self.kb.entries[i]):
                return i, True
        concern = followup.concern_named(res.query)  # 「家賃の方の窓口、平日何時まで？」: the counter of that concern
        if concern is not None:
            by = self.router.route(concern)
            ranked = [r.entry["id"] for r in by.results] if by.clarify is None else []
            among = [i for i in ranked[:3] if i in state.shown]
            if among:
                return among[0], True
            general = self.kb.topics.get(ALL_ROUND_TOPIC, {}).get("counters", [])
            if ranked and by.top_score >= CLEAR_LEADER and ranked[0] not in general:
                return ranked[0], True  # not shown yet: its card comes with the answer
        if state.picked in state.shown:
            return state.picked or "", True
        top = res.results[0].entry if res.results and res.clarify is None else None
        if top is not None and _names(res.query, top):
            return top["id"], True  # 「福祉センターってどこにあるんですか」: the counter it names, though not shown
        ranked = [r.entry["id"] for r in res.results if r.entry["id"] in state.shown and res.clarify is None
                  and not followup.pure(res.query)  # 「お金かかりますか」 ranks the money counter: no sign of which
                  and followup.aspect(res.query) not in (followup.WHO, followup.ELIGIBLE)]  # 「担任の先生から市に連絡しても？」
        if ranked:
            return ranked[0], True
        if top is not None and top["id"] in state.seen and res.top_score >= CLEAR_LEADER and not followup.pure(
                res.query) and followup.aspect(res.query) not in (followup.WHO, followup.ELIGIBLE):
            return top["id"], True  # 「免除の手続きって何がいる？」 after a job answer: a counter of an earlier answer
        own = [i for i in state.shown if state.topic in (self.kb.entries[i].get("topics") or ())
               and ALL_ROUND_TOPIC not in (self.kb.entries[i].get("topics") or ())]  # the thread's concern's own
        return (own or [state.counter or state.shown[0]])[0], False

    def _narrow(self, state: State, now: dt.datetime | None) -> Reply:
        """The counters shown (and the topic's), kept to those serving the district; its own first."""
        lang, district = state.lang, state.district or ""
        label = self._district(district, lang)
        pool = list(state.shown) + [i for i in self._counters_for(state.topic, None, None) if i not in state.shown]
        serving = [i for i in pool if i in self.kb.entries and self.kb.serves(self.kb.entries[i], district)]
        serving.sort(key=lambda i: (0 if self.kb.entries[i]["districts"] else 1, pool.index(i)))
        # The district's own counter first (a local one of a counter shown comes as that card, core/local.py) and
        # no counter shown that serves the district hidden for it: up to one card more than the usual three.
        own = [i for i in serving if i not in state.shown and self.kb.entries[i]["districts"]
               and self.kb.entries[i].get("local_of") not in state.shown][:1]
        kept = [i for i in serving if i in state.shown]
        rest = [*own, *kept, *[i for i in serving if i not in own and i not in kept]]
        ids = rest[:min(MAX_CARDS + 1, max(MAX_CARDS, len(own) + len(kept)))]
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

