"""Knowledge schema: SQLModel tables after Open Referral HSDS 3, adapted to a Japanese city.

HSDS organization ≈ `Section` (a 課, or an organisation such as 市社協); HSDS service ≈ `Entry`
(a counter 窓口 or a plan service 取組・事業); phones, places and e-mail are `ContactFact` rows,
schedules are `Schedule` rows (both carry their source and `checked`, HSDS's assured_date);
service areas are `ServiceArea` rows. The YAML files in `data/` (docs/DATA.md) map onto these tables.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import JSON, Column, UniqueConstraint
from sqlmodel import Field, SQLModel


class Section(SQLModel, table=True):
    """A 課 of the city, or an organisation (市社協) that runs counters."""

    id: str = Field(primary_key=True)
    name: str = Field(index=True)
    kind: str = "section"  # section | organization
    department: str | None = None
    flags: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    note: str | None = None
    position: int = 0
    version: int = 1


class SectionAlias(SQLModel, table=True):
    """A former name of a section, with the last day it was used."""

    id: int | None = Field(default=None, primary_key=True)
    section_id: str = Field(foreign_key="section.id", index=True)
    name: str = Field(index=True)
    until: date | None = None
    source: str | None = None


class District(SQLModel, table=True):
    """A 行政地域 (kind=area) or a 地区社協圏域 (kind=shakyo, parent = its area)."""

    id: str = Field(primary_key=True)
    name: str
    kind: str  # area | shakyo
    parent_id: str | None = Field(default=None, foreign_key="district.id")
    aliases: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    position: int = 0
    version: int = 1


class Town(SQLModel, table=True):
    """A town (町名・大字) and the district it belongs to; unconfirmed memberships are flagged."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    reading: str | None = None
    district_id: str = Field(foreign_key="district.id", index=True)
    confirmed: bool = False
    source: str | None = None


class Entry(SQLModel, table=True):
    """A counter (窓口) or a service (取組・事業・施策の方向性): what the router ranks."""

    id: str = Field(primary_key=True)
    kind: str = Field(index=True)  # counter | service
    name: str
    summary: str | None = None  # what residents see on the answer card: plain Japanese, ≤ 80 characters
    description: str = ""  # the plan's own wording, for staff
    operator: str | None = None
    guideline: str | None = None
    source: str | None = None  # which seed a service comes from
    sections_in_plan: str | None = None
    aliases: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    targets: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    problems: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    keywords: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    unknown: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    flags: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    position: int = 0
    version: int = 1  # optimistic locking for staff edits
    # Added by migration 0002 (at the end, where ALTER TABLE puts them): the texts for residents.
    name_en: str | None = None  # the name for residents who write in English
    name_easy: str | None = None  # the name in やさしい日本語 (with readings)
    summary_easy: str | None = None  # `summary` in やさしい日本語
    summary_en: str | None = None  # `summary` in English
    # False: nothing a resident can use or apply for (an internal measure of the plan); see kb.usable.
    # Server default '1' (true on SQLite and PostgreSQL) is a constant, so SQLite adds the column in place.
    usable: bool = Field(default=True, sa_column_kwargs={"server_default": "1"})
    # Added by migration 0004: plan fields (document.OVERRIDABLE) a person corrected; `kb import-plan` keeps them.
    overrides: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False, server_default="[]"))
    # Added by migration 0004 too: a local counter (one per district: a 地域包括支援センター, a 地区社協) names the
    # city-wide counter it is one of; its `districts` are the area it serves.
    local_of: str | None = None


class EntrySection(SQLModel, table=True):
    """Which sections are responsible for an entry; position 0 is the main one."""

    entry_id: str = Field(foreign_key="entry.id", primary_key=True)
    section_id: str = Field(foreign_key="section.id", primary_key=True)
    position: int = 0


class ServiceArea(SQLModel, table=True):
    """Districts an entry serves; none means city-wide."""

    entry_id: str = Field(foreign_key="entry.id", primary_key=True)
    district_id: str = Field(foreign_key="district.id", primary_key=True)
    position: int = 0


class PlanRef(SQLModel, table=True):
    """A plan reference of an entry (`1-1-2-12`, `J2-1-23`, `G3-3`, `S2-2-3`)."""

    __table_args__ = (UniqueConstraint("entry_id", "ref"),)
    id: int | None = Field(default=None, primary_key=True)
    entry_id: str = Field(foreign_key="entry.id", index=True)
    ref: str = Field(index=True)
    position: int = 0


class Topic(SQLModel, table=True):
    """A 困りごと category residents think in, with everyday synonyms."""

    id: str = Field(primary_key=True)
    name: str
    area: str
    synonyms: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    position: int = 0
    version: int = 1


class EntryTopic(SQLModel, table=True):
    """Topic membership: listed by the entry (`in_entry`) and/or as one of the topic's main counters."""

    entry_id: str = Field(foreign_key="entry.id", primary_key=True)
    topic_id: str = Field(foreign_key="topic.id", primary_key=True)
    in_entry: bool = False
    entry_position: int = 0
    main: bool = False
    main_position: int = 0


class EntryLink(SQLModel, table=True):
    """A service delivered by a counter."""

    service_id: str = Field(foreign_key="entry.id", primary_key=True)
    counter_id: str = Field(foreign_key="entry.id", primary_key=True)
    position: int = 0


class ContactFact(SQLModel, table=True):
    """One sourced contact fact (phone, fax, email, place, address, url, note) of an entry or section."""

    id: int | None = Field(default=None, primary_key=True)
    entry_id: str | None = Field(default=None, foreign_key="entry.id", index=True)
    section_id: str | None = Field(default=None, foreign_key="section.id", index=True)
    kind: str
    value: str
    label: str | None = None
    source: str | None = None
    source_date: date | None = None
    checked: date | None = None
    note: str | None = None
    position: int = 0
    # Added by migration 0004: a fact defined once (`fact`) or a reference to one (`use`); the date a person
    # last looked at the live source; a secondary source (shown 未確認).
    fact: str | None = None
    use: str | None = None
    verified: date | None = None
    unconfirmed: bool = Field(default=False, sa_column_kwargs={"server_default": "0"})


class Schedule(SQLModel, table=True):
    """Structured opening hours of an entry, with their source."""

    id: int | None = Field(default=None, primary_key=True)
    entry_id: str = Field(foreign_key="entry.id", index=True)
    days: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    opens: str
    closes: str
    closed_on_holidays: bool | None = None  # None: the source does not say (migration 0004)
    closed_year_end: bool | None = None
    label: str | None = None
    source: str | None = None
    source_date: date | None = None
    checked: date | None = None
    # Added by migration 0004 (after HSDS schedules): nth weekdays of the month (第3金曜 = fri + [3]),
    # dated exceptions, the live check's date, a secondary source.
    weeks: list[int] = Field(default_factory=list, sa_column=Column(JSON, nullable=False, server_default="[]"))
    exceptions: list[dict] = Field(default_factory=list,
                                   sa_column=Column(JSON, nullable=False, server_default="[]"))
    verified: date | None = None
    unconfirmed: bool = Field(default=False, sa_column_kwargs={"server_default": "0"})


class EmergencyLine(SQLModel, table=True):
    """A national or prefectural line to call first in a crisis."""

    id: str = Field(primary_key=True)
    name: str
    number: str
    hours: str | None = None
    situations: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    source: str | None = None
    source_date: date | None = None
    checked: date | None = None
    note: str | None = None
    position: int = 0
    version: int = 1
    # Added by migration 0004: e.g. [source-missing] when no official page in the reference files says it.
    flags: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False, server_default="[]"))
    # Added by migration 0007: the name in English replies (a translation of `name`).
    name_en: str | None = None


class KbMeta(SQLModel, table=True):
    """Key/value facts about the loaded knowledge base (load time, generation counter)."""

    key: str = Field(primary_key=True)
    value: str
    updated: datetime = Field(default_factory=lambda: datetime.now(UTC))
