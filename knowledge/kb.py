"""The loaded knowledge base in memory: lookups by id, name, former name, town and topic."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from knowledge.facts import resolve
from knowledge.files import Doc
from knowledge.text import normalize, place_fold

Item = dict[str, Any]


@dataclass(frozen=True)
class SectionHit:
    """A section found by a name in the text; `former` is the old name used, if any."""

    section: Item
    said: str
    former: Item | None = None


@dataclass
class KnowledgeBase:
    doc: Doc
    generation: int = 0
    entries: dict[str, Item] = field(default_factory=dict)
    sections: dict[str, Item] = field(default_factory=dict)
    districts: dict[str, Item] = field(default_factory=dict)
    topics: dict[str, Item] = field(default_factory=dict)
    emergency: list[Item] = field(default_factory=list)
    section_names: dict[str, SectionHit] = field(default_factory=dict)
    place_names: dict[str, tuple[str, bool]] = field(default_factory=dict)
    entry_topics: dict[str, list[str]] = field(default_factory=dict)
    topic_entries: dict[str, list[str]] = field(default_factory=dict)
    main_section_entries: dict[str, list[str]] = field(default_factory=dict)
    delivered_by: dict[str, list[str]] = field(default_factory=dict)  # service id -> its counters
    locals_of: dict[str, list[str]] = field(default_factory=dict)  # city-wide counter -> its local counters
    # Values derived from this knowledge on first use (e.g. the guided path's counter lists); a publish
    # builds a new KnowledgeBase, so nothing here goes stale.
    memo: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_doc(cls, doc: Doc, generation: int = 0) -> KnowledgeBase:
        doc = resolve(doc)  # facts defined once: every `use` carries the fact it names
        kb = cls(doc=doc, generation=generation)
        for e in doc["counters"] + doc["services"]:
            kb.entries[e["id"]] = e
            if e["sections"]:
                kb.main_section_entries.setdefault(e["sections"][0], []).append(e["id"])
            kb.entry_topics[e["id"]] = list(e["topics"])
            if e["kind"] == "service":
                kb.delivered_by[e["id"]] = list(e["counters"])
            if e.get("local_of"):
                kb.locals_of.setdefault(e["local_of"], []).append(e["id"])
        for t in doc["topics"]:
            kb.topics[t["id"]] = t
            for cid in t["counters"]:
                if t["id"] not in kb.entry_topics.setdefault(cid, []):
                    kb.entry_topics[cid].append(t["id"])
        for s in doc["sections"]:
            kb.sections[s["id"]] = s
            kb.section_names[normalize(s["name"])] = SectionHit(s, s["name"])
            for f in s["former_names"]:
                kb.section_names.setdefault(normalize(f["name"]), SectionHit(s, f["name"], f))
        for d in doc["districts"]:
            kb.districts[d["id"]] = d
            for name in [d["name"], *d["aliases"]]:
                kb.place_names.setdefault(place_fold(name), (d["id"], True))
            for town in d["towns"]:
                kb.place_names.setdefault(place_fold(town["name"]), (d["id"], bool(town["confirmed"])))
        for eid, tids in kb.entry_topics.items():
            for tid in tids:
                kb.topic_entries.setdefault(tid, []).append(eid)
        kb.emergency = list(doc["emergency"])
        return kb

    def find_section(self, q: str) -> SectionHit | None:
        """The longest section name (or former name) said in the normalised text `q`."""
        best: SectionHit | None = None
        starts = self.memo.get("section-starts")
        if starts is None:  # the first characters of the sections' names: most positions start none
            starts = self.memo["section-starts"] = frozenset(name[:1] for name in self.section_names)
        for i in range(len(q)):
            if q[i] not in starts:
                continue
            for j in range(i + 3, min(len(q), i + 14) + 1):
                hit = self.section_names.get(q[i:j])
                if hit is not None and (best is None or len(hit.said) > len(best.said)):
                    best = hit
        return best

    @staticmethod
    def usable(entry: Item) -> bool:
        """False for an entry nothing a resident can use or apply for (an internal measure of the plan,
        `usable: false` in the data); the ranking decides what to do with those."""
        return entry.get("usable") is not False

    def section_name(self, entry: Item) -> str | None:
        """The current name of an entry's main section."""
        return self.sections[entry["sections"][0]]["name"] if entry["sections"] else None

    def district_label(self, district_id: str) -> str:
        """A district's name with its 行政地域, e.g. 「大船地区②（岩瀬中学校区） / 大船地域」."""
        d = self.districts[district_id]
        parent = self.districts.get(d.get("parent") or "")
        return f"{d['name']} / {parent['name']}" if parent else str(d["name"])

    def local_for(self, entry_id: str, district_id: str | None) -> Item | None:
        """The resident's own local counter (地域包括支援センター, 地区社協) of a city-wide counter: the one
        serving their district or a part of it; None when no local counter is known there. A local counter
        flagged area-unconfirmed is never given as "yours": its area is not on an official page."""
        if not district_id or district_id not in self.districts:
            return None
        for lid in self.locals_of.get(entry_id, []):
            local = self.entries[lid]
            if "area-unconfirmed" in local["flags"] or not local["districts"]:
                continue
            # the resident's district is the local counter's or lies inside it (never the other way round:
            # 腰越地域 as a whole is not only 腰越地区's)
            if {district_id, self.districts[district_id].get("parent")} & set(local["districts"]):
                return local
        return None

    def serves(self, entry: Item, district_id: str) -> bool:
        """True when the entry is city-wide or serves the district (or its area, or a part of it)."""
        if not entry["districts"]:
            return True
        family = {district_id, self.districts[district_id].get("parent")}
        family |= {d for d, x in self.districts.items() if x.get("parent") == district_id}
        return bool(family & set(entry["districts"]))
