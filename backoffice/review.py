"""Questions the bot could not answer, or answered with low confidence, for staff to review.

A row keeps what helps staff improve the knowledge (kind, topic ids, district id, when) and a salted
hash of the resident, never the messenger id. The question text is kept only when the operator turned
text keeping on (`Settings.keep_message_text`, off by default).

The conversation calls `record(engine, settings, result, channel=…, user_id=…)` after routing free
text (not button taps); it writes one row when the result is out of scope, a question back, or a
weak best match, and nothing otherwise.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import JSON, Column, delete
from sqlalchemy.engine import Engine
from sqlmodel import Field, Session, SQLModel, select

from backoffice.models import utcnow
from core.replies import Feedback
from core.router import STRONG_TOPIC, RouteResult
from core.settings import Settings

# The first result's score (0..1) below which an answer counts as low confidence. Measured on the
# dev, own and holdout question sets (321 answered questions, 48 with a wrong first counter): below 0.5
# fall 35 answers, 15 of them wrong (43 % against 15 % overall), so these are worth a look.
LOW_CONFIDENCE = 0.5
KINDS = {"oos": "対象外と判断", "clarify": "聞き返し", "low": "自信の低い回答", "unhelpful": "「役に立たなかった」"}
MAX_TEXT = 1000
MAX_TOPICS = 3


class UnansweredQuestion(SQLModel, table=True):
    """One question the bot did not answer well."""

    __tablename__ = "unanswered_question"
    id: int | None = Field(default=None, primary_key=True)
    created_at: dt.datetime = Field(default_factory=utcnow, index=True)
    channel: str = ""
    user_key: str | None = Field(default=None, max_length=64)  # SHA-256 of salt, channel and user id
    kind: str  # oos | clarify | low
    topic_ids: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    district_id: str | None = None
    score: float | None = None
    text: str | None = None  # only with Settings.keep_message_text


def classify(result: RouteResult) -> str | None:
    """oos / clarify / low, or None for a confident answer. A crisis answer is not a knowledge gap."""
    if result.crisis is not None:
        return None
    if result.out_of_scope or not (result.results or result.clarify):
        return "oos"
    if result.clarify is not None:
        return "clarify"
    if result.results[0].score < LOW_CONFIDENCE:
        return "low"
    return None


def user_key(settings: Settings, channel: str, user_id: str) -> str:
    """The same salted hash as the conversation state's key (core/state.py)."""
    return hashlib.sha256(f"{settings.user_id_salt}:{channel}:{user_id}".encode()).hexdigest()


def unanswered(settings: Settings, result: RouteResult, *, channel: str = "",
               user_id: str | None = None) -> UnansweredQuestion | None:
    """The row to keep when the bot could not answer a question well, or None."""
    kind = classify(result)
    if kind is None:
        return None
    topics = [t for t, s in sorted(result.topics.items(), key=lambda x: -x[1]) if s >= STRONG_TOPIC][:MAX_TOPICS]
    return UnansweredQuestion(
        channel=channel, kind=kind, topic_ids=topics,
        user_key=user_key(settings, channel, user_id) if user_id else None,
        district_id=result.place.district_id if result.place else None,
        score=round(result.results[0].score, 3) if result.results else None,
        text=result.query[:MAX_TEXT] if settings.keep_message_text else None)


def unhelpful(settings: Settings, feedback: Feedback, *, channel: str = "",
              user_id: str | None = None) -> UnansweredQuestion | None:
    """The row to keep when a resident answered 「いいえ」 to 「役に立ちましたか？」 (core/dialogue.py): the
    thread's topic and district, never words (the conversation keeps none); None for any other answer."""
    if feedback.answer != "no":
        return None
    return UnansweredQuestion(
        channel=channel, kind="unhelpful", topic_ids=[feedback.topic] if feedback.topic else [],
        user_key=user_key(settings, channel, user_id) if user_id else None, district_id=feedback.district)


def write(engine: Engine, rows: list[UnansweredQuestion]) -> None:
    """Insert review rows in one transaction (the server queues them: see ops/outbox.py)."""
    with Session(engine, expire_on_commit=False) as s:
        s.add_all(rows)
        s.commit()


def record(engine: Engine, settings: Settings, result: RouteResult, *, channel: str = "",
           user_id: str | None = None) -> str | None:
    """Store the question at once when the bot could not answer it well; returns the kind stored, or None."""
    row = unanswered(settings, result, channel=channel, user_id=user_id)
    if row is None:
        return None
    write(engine, [row])
    return row.kind


def forget_before(engine: Engine, before: dt.datetime) -> int:
    """Delete rows older than `before` (for a retention job); returns how many."""
    with Session(engine) as s:
        gone = s.execute(delete(UnansweredQuestion).where(UnansweredQuestion.created_at < before))  # type: ignore[arg-type]
        s.commit()
        return int(gone.rowcount)  # type: ignore[attr-defined]


def forget_resident(engine: Engine, key: str) -> int:
    """Delete one resident's rows (by the salted hash) when they block or leave; returns how many."""
    with Session(engine) as s:
        gone = s.execute(delete(UnansweredQuestion).where(UnansweredQuestion.user_key == key))  # type: ignore[arg-type]
        s.commit()
        return int(gone.rowcount)  # type: ignore[attr-defined]


@dataclass
class Group:
    """Counts for one topic or district: all, and by kind."""

    key: str | None
    total: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    residents: set[str] = field(default_factory=set)


@dataclass
class Summary:
    days: int
    total: int
    by_topic: list[Group]
    by_district: list[Group]
    recent: list[UnansweredQuestion]


def summarise(engine: Engine, days: int = 90, recent: int = 100) -> Summary:
    """Counts by topic and by district over the last `days`, and the latest rows."""
    since = utcnow() - dt.timedelta(days=days)
    with Session(engine) as s:
        rows = list(s.exec(select(UnansweredQuestion).where(UnansweredQuestion.created_at >= since)
                           .order_by(UnansweredQuestion.id.desc())).all())  # type: ignore[union-attr]
    topics: dict[str | None, Group] = defaultdict(lambda: Group(None))
    districts: dict[str | None, Group] = defaultdict(lambda: Group(None))
    for row in rows:
        keys: list[str | None] = list(row.topic_ids) or [None]
        for key, groups in [(t, topics) for t in keys] + [(row.district_id, districts)]:
            g = groups[key]
            g.key = key
            g.total += 1
            g.kinds[row.kind] += 1
            if row.user_key:
                g.residents.add(row.user_key)

    def ordered(groups: dict[Any, Group]) -> list[Group]:
        return sorted(groups.values(), key=lambda g: (-g.total, g.key or "~"))

    return Summary(days, len(rows), ordered(topics), ordered(districts), rows[:recent])
