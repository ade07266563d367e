"""Write the knowledge document into the database and read it back (the run-time source of truth)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import delete
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from knowledge import document
from knowledge.files import Doc
from knowledge.models import (
    ContactFact,
    District,
    EmergencyLine,
    Entry,
    EntryLink,
    EntrySection,
    EntryTopic,
    KbMeta,
    PlanRef,
    Schedule,
    Section,
    SectionAlias,
    ServiceArea,
    Topic,
    Town,
)

# Children before parents, so deleting in this order never trips a foreign key.
_TABLES = (ContactFact, Schedule, EntryLink, EntryTopic, PlanRef, ServiceArea, EntrySection, Entry,
           Town, SectionAlias, Topic, EmergencyLine, District, Section)


def _date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _contact_row(c: dict[str, Any], pos: int, entry_id: str | None = None,
                 section_id: str | None = None) -> ContactFact:
    # a `use` row has no value of its own (the fact it names has): stored as "", read back as None
    return ContactFact(kind=c["kind"], value=c["value"] or "", label=c["label"], source=c["source"],
                       source_date=_date(c["source_date"]), checked=_date(c["checked"]), note=c["note"],
                       position=pos, entry_id=entry_id, section_id=section_id, fact=c["fact"], use=c["use"],
                       verified=_date(c["verified"]), unconfirmed=c["unconfirmed"])


def write_doc(engine: Engine, doc: Doc) -> None:
    """Replace the whole knowledge base with `doc` in one transaction (validate it first)."""
    doc = document.canonical(doc)
    entries = doc["counters"] + doc["services"]
    with Session(engine) as s:
        for table in _TABLES:
            s.execute(delete(table))
        s.flush()
        _add_items(s, doc, entries)
        s.flush()
        # Parents exist now; district parents and all link rows follow.
        _add_district_and_section_rows(s, doc)
        for e in entries:
            _add_entry_rows(s, e)
        s.add_all(_topic_links(doc, entries).values())
        _bump_generation(s)
        s.commit()


def _add_items(s: Session, doc: Doc, entries: list[dict[str, Any]]) -> None:
    """The rows other rows point to: sections, districts, topics, entries, emergency lines."""
    for i, sec in enumerate(doc["sections"]):
        s.add(Section(id=sec["id"], name=sec["name"], kind=sec["kind"], department=sec["department"],
                      flags=sec["flags"], note=sec["note"], position=i))
    for i, d in enumerate(doc["districts"]):
        s.add(District(id=d["id"], name=d["name"], kind=d["kind"], aliases=d["aliases"], position=i))
    for t_pos, t in enumerate(doc["topics"]):
        s.add(Topic(id=t["id"], name=t["name"], area=t["area"], synonyms=t["synonyms"], position=t_pos))
    for i, e in enumerate(entries):
        s.add(Entry(id=e["id"], kind=e["kind"], name=e["name"], name_en=e["name_en"], name_easy=e["name_easy"],
                    summary=e["summary"], summary_easy=e["summary_easy"], summary_en=e["summary_en"],
                    description=e["description"], operator=e["operator"], guideline=e["guideline"],
                    source=e["source"], sections_in_plan=e["sections_in_plan"], usable=e["usable"],
                    aliases=e["aliases"], targets=e["targets"], problems=e["problems"], keywords=e["keywords"],
                    unknown=e["unknown"], flags=e["flags"], overrides=e["overrides"], local_of=e["local_of"],
                    position=i))
    for i, x in enumerate(doc["emergency"]):
        s.add(EmergencyLine(id=x["id"], name=x["name"], name_en=x.get("name_en"), number=x["number"], hours=x["hours"],
                            situations=x["situations"], source=x["source"],
                            source_date=_date(x["source_date"]), checked=_date(x["checked"]),
                            note=x["note"], flags=x["flags"], position=i))


def _add_district_and_section_rows(s: Session, doc: Doc) -> None:
    """Districts' parents and towns; sections' former names and contact facts."""
    for d in doc["districts"]:
        if d["parent"]:
            row = s.get(District, d["id"])
            if row is not None:
                row.parent_id = d["parent"]
        for t in d["towns"]:
            s.add(Town(name=t["name"], reading=t["reading"], district_id=d["id"],
                       confirmed=t["confirmed"], source=t["source"]))
    for sec in doc["sections"]:
        for f in sec["former_names"]:
            s.add(SectionAlias(section_id=sec["id"], name=f["name"], until=_date(f["until"]),
                               source=f["source"]))
        for pos, c in enumerate(sec["contacts"]):
            s.add(_contact_row(c, pos, section_id=sec["id"]))


def _add_entry_rows(s: Session, e: dict[str, Any]) -> None:
    """An entry's link rows: sections, service areas, plan references, counters, contact facts, hours."""
    for pos, sid in enumerate(e["sections"]):
        s.add(EntrySection(entry_id=e["id"], section_id=sid, position=pos))
    for pos, did in enumerate(e["districts"]):
        s.add(ServiceArea(entry_id=e["id"], district_id=did, position=pos))
    for pos, ref in enumerate(e["plan_refs"]):
        s.add(PlanRef(entry_id=e["id"], ref=ref, position=pos))
    for pos, cid in enumerate(e["counters"]):
        s.add(EntryLink(service_id=e["id"], counter_id=cid, position=pos))
    for pos, c in enumerate(e["contacts"]):
        s.add(_contact_row(c, pos, entry_id=e["id"]))
    for h in e["hours"]:
        s.add(Schedule(entry_id=e["id"], days=h["days"], opens=h["opens"], closes=h["closes"],
                       closed_on_holidays=h["closed_on_holidays"], closed_year_end=h["closed_year_end"],
                       label=h["label"], source=h["source"], source_date=_date(h["source_date"]),
                       checked=_date(h["checked"]), weeks=h["weeks"], exceptions=h["exceptions"],
                       verified=_date(h["verified"]), unconfirmed=h["unconfirmed"]))


def _topic_links(doc: Doc, entries: list[dict[str, Any]]) -> dict[tuple[str, str], EntryTopic]:
    """One EntryTopic per (entry, topic): the entry's own topics and the topics' main counters, merged."""
    links: dict[tuple[str, str], EntryTopic] = {}
    for e in entries:
        for pos, tid in enumerate(e["topics"]):
            links[(e["id"], tid)] = EntryTopic(entry_id=e["id"], topic_id=tid, in_entry=True, entry_position=pos)
    for t in doc["topics"]:
        for pos, cid in enumerate(t["counters"]):
            link = links.setdefault((cid, t["id"]), EntryTopic(entry_id=cid, topic_id=t["id"]))
            link.main, link.main_position = True, pos
    return links


def _bump_generation(s: Session) -> None:
    """A counter that changes with every write, so running bots can notice a publish."""
    meta = s.get(KbMeta, "generation")
    if meta is None:
        s.add(KbMeta(key="generation", value="1"))
    else:
        meta.value = str(int(meta.value) + 1)
        meta.updated = dt.datetime.now(dt.UTC)


def generation(engine: Engine) -> int:
    """The current knowledge generation (0 when nothing was ever loaded)."""
    with Session(engine) as s:
        meta = s.get(KbMeta, "generation")
        return int(meta.value) if meta else 0


def _ordered(s: Session, model: Any) -> list[Any]:
    return list(s.exec(select(model).order_by(model.position)).all())


def _grouped(s: Session) -> dict[str, dict[str, list[Any]]]:
    """The link rows, grouped by the item they belong to and in their order (a missing item: [])."""
    def by(model: Any, key: str, order: Any) -> dict[str, list[Any]]:
        grouped: dict[str, list[Any]] = defaultdict(list)
        for row in s.exec(select(model).order_by(order)).all():
            grouped[getattr(row, key)].append(row)
        return grouped

    return {
        "aliases": by(SectionAlias, "section_id", SectionAlias.id),
        "sec_contacts": by(ContactFact, "section_id", ContactFact.position),
        "ent_contacts": by(ContactFact, "entry_id", ContactFact.position),
        "towns": by(Town, "district_id", Town.id),
        "ent_secs": by(EntrySection, "entry_id", EntrySection.position),
        "areas": by(ServiceArea, "entry_id", ServiceArea.position),
        "refs": by(PlanRef, "entry_id", PlanRef.position),
        "links": by(EntryLink, "service_id", EntryLink.position),
        "hours": by(Schedule, "entry_id", Schedule.id),
        "ent_topics": by(EntryTopic, "entry_id", EntryTopic.entry_position),
        "main_topics": by(EntryTopic, "topic_id", EntryTopic.main_position),
    }


def _contacts(rows: list[ContactFact]) -> list[dict[str, Any]]:
    return [{"kind": c.kind, "value": c.value or (None if c.use else c.value), "label": c.label,
             "source": c.source,
             "source_date": _iso(c.source_date), "checked": _iso(c.checked), "note": c.note,
             "fact": c.fact, "use": c.use, "verified": _iso(c.verified), "unconfirmed": c.unconfirmed}
            for c in rows]


def _entry_item(e: Entry, g: dict[str, dict[str, list[Any]]]) -> dict[str, Any]:
    return {
        "id": e.id, "kind": e.kind, "name": e.name, "name_en": e.name_en, "name_easy": e.name_easy,
        "summary": e.summary, "summary_easy": e.summary_easy, "summary_en": e.summary_en,
        "description": e.description, "operator": e.operator, "guideline": e.guideline, "source": e.source,
        "sections_in_plan": e.sections_in_plan, "usable": e.usable, "aliases": e.aliases,
        "sections": [x.section_id for x in g["ent_secs"][e.id]],
        "districts": [x.district_id for x in g["areas"][e.id]],
        "targets": e.targets, "problems": e.problems,
        "topics": [x.topic_id for x in g["ent_topics"][e.id] if x.in_entry],
        "keywords": e.keywords, "plan_refs": [r.ref for r in g["refs"][e.id]],
        "counters": [x.counter_id for x in g["links"][e.id]], "unknown": e.unknown, "flags": e.flags,
        "overrides": e.overrides, "local_of": e.local_of,
        "contacts": _contacts(g["ent_contacts"][e.id]),
        "hours": [{"days": h.days, "opens": h.opens, "closes": h.closes,
                   "closed_on_holidays": h.closed_on_holidays, "closed_year_end": h.closed_year_end,
                   "label": h.label, "source": h.source, "source_date": _iso(h.source_date),
                   "checked": _iso(h.checked), "weeks": h.weeks, "exceptions": h.exceptions,
                   "verified": _iso(h.verified), "unconfirmed": h.unconfirmed} for h in g["hours"][e.id]],
    }


def read_doc(engine: Engine) -> Doc:
    """The knowledge base as a document in canonical form (empty lists when nothing is loaded)."""
    with Session(engine) as s:
        g = _grouped(s)
        doc: Doc = {"sections": [], "districts": [], "counters": [], "services": [], "topics": [],
                    "emergency": []}
        for sec in _ordered(s, Section):
            doc["sections"].append({
                "id": sec.id, "name": sec.name, "kind": sec.kind, "department": sec.department,
                "former_names": [{"name": a.name, "until": _iso(a.until), "source": a.source}
                                 for a in g["aliases"][sec.id]],
                "flags": sec.flags, "note": sec.note, "contacts": _contacts(g["sec_contacts"][sec.id])})
        for d in _ordered(s, District):
            doc["districts"].append({
                "id": d.id, "name": d.name, "kind": d.kind, "parent": d.parent_id, "aliases": d.aliases,
                "towns": [{"name": t.name, "reading": t.reading, "confirmed": t.confirmed, "source": t.source}
                          for t in g["towns"][d.id]]})
        for t in _ordered(s, Topic):
            doc["topics"].append({"id": t.id, "name": t.name, "area": t.area, "synonyms": t.synonyms,
                                  "counters": [link.entry_id for link in g["main_topics"][t.id] if link.main]})
        for e in _ordered(s, Entry):
            doc["counters" if e.kind == "counter" else "services"].append(_entry_item(e, g))
        for x in _ordered(s, EmergencyLine):
            doc["emergency"].append({
                "id": x.id, "name": x.name, "name_en": x.name_en, "number": x.number, "hours": x.hours,
                "situations": x.situations,
                "source": x.source, "source_date": _iso(x.source_date), "checked": _iso(x.checked),
                "note": x.note, "flags": x.flags})
    return document.canonical(doc)
