"""Channel-neutral replies: what the dialogue says, before any channel renders it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Option:
    """A choice the resident can tap; `id` is short (LINE postback ≤ 300 chars, Telegram ≤ 64 bytes)."""

    id: str
    label: str


@dataclass(frozen=True)
class Fact:
    """A contact fact as shown: its value and where it comes from."""

    label: str
    value: str
    source: str | None = None
    checked: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Card:
    """One counter or service, with everything a resident needs to reach it."""

    entry_id: str
    title: str
    summary: str
    section: str | None
    district: str | None
    phones: tuple[Fact, ...] = ()
    places: tuple[Fact, ...] = ()
    hours: tuple[Fact, ...] = ()
    open_now: bool | None = None
    unknown_note: str | None = None
    plan_refs: tuple[str, ...] = ()
    renamed_from: str | None = None
    # Without a phone of its own: whom `unknown_note` tells to call and the number (the call button rings it).
    ask: tuple[str, str] | None = None


# Beside the number of a line whose number only a secondary page gives (flag secondary-source), on every channel.
UNCONFIRMED_MARK = {"ja": "（未確認）", "easy": "（未確認）", "en": " (unconfirmed)"}


@dataclass(frozen=True)
class EmergencyLine:
    name: str
    number: str
    hours: str | None = None
    unconfirmed: bool = False      # the number comes only from a secondary source (flag secondary-source)

    def shown_number(self, lang: str = "ja") -> str:
        """The number as residents read it: 「0120-279-338（未確認）」 when only a secondary page gives it."""
        return self.number + (UNCONFIRMED_MARK.get(lang, UNCONFIRMED_MARK["ja"]) if self.unconfirmed else "")


@dataclass(frozen=True)
class Feedback:
    """The resident's answer to 「役に立ちましたか？」, as counted: no words, no resident.

    `answer` is "yes", "no" or "other" (別の窓口を探す); `counter` the counter it is about (the one chosen,
    else the first shown), `topic` and `district` the thread's, `shown` every card of the answer judged.
    The dashboard counts these per counter, topic and district (`Conversation.on_feedback`); a "no" is
    also a question for the staff review.
    """

    answer: str
    counter: str | None = None
    topic: str | None = None
    district: str | None = None
    shown: tuple[str, ...] = ()


@dataclass
class Reply:
    """Text first, then emergency lines, cards and options, in that order on every channel."""

    text: str
    emergency: list[EmergencyLine] = field(default_factory=list)
    cards: list[Card] = field(default_factory=list)
    options: list[Option] = field(default_factory=list)
    lang: str = "ja"
    urgency: str = "none"          # the safety screen's tier: emergency / crisis / soft / none
    feedback: Feedback | None = None  # set on the turn a resident answers 「役に立ちましたか？」
    note: bool = False             # the 紹介状: the web chat offers to print it (alone)
