"""Validation of the knowledge document: a list of `Problem`s (file, entry, field, message), nothing raised.

`kb check`, `kb load`, the Excel import and the staff "publish" button all run `validate`;
any problem blocks the load, so the running bot never answers from a broken knowledge base.
`str(problem)` is the one readable line `kb check` prints ("counters: foo: name is empty"); the admin
uses the fields to show a problem beside the entry and the field it concerns.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from typing import Any

from knowledge.city import current
from knowledge.files import Doc
from knowledge.schema import KINDS, Item
from knowledge.schema.meta import (
    AREAS,
    CONTACT_KINDS,
    DATE_RE,
    DAYS,
    ID_RE,
    PHONE_RE,
    SITUATIONS,
    SUMMARY_MAX,
    TIME_RE,
    UNKNOWN_FACTS,
)
from knowledge.sources import is_official, why_not_official

# The vocabulary lives with the item classes (knowledge/schema/meta.py); these names stay importable from here.
__all__ = ["AREAS", "CONTACT_KINDS", "DATE_RE", "DAYS", "ID_RE", "PHONE_RE", "SITUATIONS", "SUMMARY_MAX", "TIME_RE",
           "UNKNOWN_FACTS", "Problem", "validate"]
# Topics of area "crisis" hold the counters shown beside the lines of one situation (id: crisis-SITUATION).
CRISIS_AREA = "crisis"
# Topics of area "outside" are other city business (ごみ, 住民票, 観光 …): everyday words, no counters; a message
# about them gets a kind redirect to the city hall, never a welfare counter (core/otherbusiness.py).
OUTSIDE_AREA = "outside"
# The plan's register (what the city will do), not what a resident can do: never in a summary.
PLAN_REGISTER = re.compile(r"図ります|図っていきます|推進します|体制の|充実を図|周知|検討します|努めます")
ENTRY_TEXT_KEYS = ("name_en", "name_easy", "summary", "summary_easy", "summary_en")
# An emergency line whose number no official page in the reference files states: kept, flagged for staff.
SOURCE_MISSING = "source-missing"
# An emergency line from a secondary page only (a blog, a copy of a bulletin): flagged, shown as 未確認.
SECONDARY_SOURCE = "secondary-source"
# A local counter whose existence or area no official page states: residents read 「担当地区は未確認」.
AREA_UNCONFIRMED = "area-unconfirmed"


@dataclass(frozen=True)
class Problem:
    """One problem of the document: the file (counters, services, sections, districts, topics, emergency, or
    facts / plan for the whole), the entry's id ("" when not one item's), the item's key it concerns (name,
    summary, contacts, hours, districts, plan_refs …; "" when none) and what is wrong.

    A spreadsheet import's problem of one cell has `row` (as Excel numbers it): `file` is the sheet (or csv),
    `field` the column. A problem of a whole file names the file in `file` (or has none: `message` says all)."""

    file: str
    entry: str
    field: str
    message: str
    row: int | None = None

    def __str__(self) -> str:
        if self.row is not None:
            return f"{self.file} row {self.row}, column {self.field}: {self.message}"
        if self.entry:
            return f"{self.file}: {self.entry}: {self.message}"
        return f"{self.file}: {self.message}" if self.file else self.message


At = Callable[[str, str], Problem]  # (field, message) → a Problem of one entry


def _at(file: str, item: dict[str, Any]) -> At:
    return partial(Problem, file, str(item.get("id") or ""))


def _file(entry: dict[str, Any]) -> str:
    return "counters" if entry.get("kind", "counter") == "counter" else "services"


def validate(doc: Doc, plan_index: dict[str, str] | None = None,
             required_counter_ids: Iterable[str] = ()) -> list[Problem]:
    """Every problem of the document; [] when it may be loaded."""
    out: list[Problem] = []
    sections = {s.get("id") for s in doc["sections"]}
    districts = {d.get("id") for d in doc["districts"]}
    topics = {t.get("id") for t in doc["topics"]}
    entries = doc["counters"] + doc["services"]
    counters = {c.get("id") for c in doc["counters"]}
    owners = doc["sections"] + entries
    defined = [c.get("fact") for o in owners for c in o.get("contacts") or [] if c.get("fact")]
    out += [Problem("facts", "", "contacts", f"fact {f} is defined twice") for f, n in Counter(defined).items() if n > 1]
    facts = {c.get("fact"): c for o in owners for c in o.get("contacts") or [] if c.get("fact")}

    for kind, items in (("sections", doc["sections"]), ("districts", doc["districts"]),
                        ("entries", entries), ("topics", doc["topics"]), ("emergency", doc["emergency"])):
        out += _check_ids(kind, items)
    known = {"sections": sections, "districts": districts, "topics": topics, "counters": counters}
    for kind, cls in KINDS.items():  # what each field's metadata asks (topics name counters and services)
        ids = known | {"counters": {e.get("id") for e in entries}} if kind == "topics" else known
        out += [p for item in doc[kind] for p in check_fields(cls, _at(kind, item), item, ids)]

    out += _check_sections(doc["sections"], facts)
    out += _check_districts(doc["districts"])
    for e in doc["counters"]:
        out += _check_entry("counters", e, counters, facts)
    for e in doc["services"]:
        out += _check_entry("services", e, counters, facts)
    out += _check_topics(doc["topics"])
    for line in doc["emergency"]:
        out += _check_emergency(line)

    out += [Problem("counters", "", "id", f"required counter {cid} (contract counters.tsv) is missing")
            for cid in required_counter_ids if cid not in counters]
    if plan_index:
        out += _check_plan(entries, plan_index)
    return out


def _blank(value: Any) -> bool:
    return value is None or value == [] or (isinstance(value, str) and not value.strip())


def check_fields(cls: type[Item], at: At, item: dict[str, Any], known: dict[str, set[Any]]) -> list[Problem]:
    """The checks each field's metadata (knowledge/schema/) asks for: required, length, pattern, allowed
    values (a single value must be one of them), the ids it names (`known`: the ids of each kind)."""
    out: list[Problem] = []
    for name, m in cls.specs():
        value = item.get(name)
        if m.fallback is not None and not value:
            value = m.fallback  # what the canonical form makes of an empty value (a section's kind: section)
        bad = m.bad or f"{name} {{!r}} is not allowed"
        if _blank(value) and (m.required or (m.allowed and not m.many)):
            out.append(at(name, m.required or bad.format(value)))
            continue
        if value is None or value == "" or value == []:
            continue
        if m.max_len and isinstance(value, str) and len(value) > m.max_len:
            out.append(at(name, f"{name} is {len(value)} characters, more than {m.max_len}"))
        for v in value if m.many and isinstance(value, list) else [value]:
            hashable = not isinstance(v, (list, dict))
            if (m.pattern and not m.pattern.match(str(v))) or (m.allowed and (not hashable or v not in m.allowed)):
                out.append(at(name, bad.format(v)))
            elif m.refs and (not hashable or v not in known.get(m.refs, ())):
                out.append(at(name, m.bad.format(v) if m.bad else f"unknown {m.refs[:-1]} {v}"))
    return out


def _check_ids(kind: str, items: list[dict[str, Any]]) -> list[Problem]:
    """Ids: present, once (the pattern is the field's, check_fields); counters and services ("entries") share
    one set of ids."""
    out: list[Problem] = []
    for item in items:
        file = _file(item) if kind == "entries" else kind
        if not item.get("id"):
            out.append(_at(file, item)("id", f"an item without id (name: {item.get('name')!r})"))
    last = {str(x.get("id")): x for x in items if x.get("id")}
    dup = [i for i, n in Counter(str(x.get("id")) for x in items if x.get("id")).items() if n > 1]
    out += [Problem(_file(last[i]) if kind == "entries" else kind, i, "id",
                    "duplicate id" + (" (counters and services share ids)" if kind == "entries" else ""))
            for i in sorted(dup)]
    return out


def _check_topics(items: list[dict[str, Any]]) -> list[Problem]:
    out: list[Problem] = []
    for t in items:
        at = _at("topics", t)
        if t.get("area") == OUTSIDE_AREA:
            if t.get("counters"):
                out.append(at("counters", "other city business (area outside) names no welfare counters"))
            if not t.get("synonyms"):
                out.append(at("synonyms", "other city business (area outside) needs its everyday words"))
    return out


def _check_plan(entries: list[dict[str, Any]], plan_index: dict[str, str]) -> list[Problem]:
    covered = {r for e in entries for r in e.get("plan_refs") or []}
    out = [Problem("plan", "", "plan_refs", f"{ref} ({plan_index[ref]}) is in no entry's plan_refs")
           for ref in plan_index if ref not in covered]
    for e in entries:
        out += [_at(_file(e), e)("plan_refs", f"plan ref {ref} is not in the plans (plan_index.tsv)")
                for ref in e.get("plan_refs") or [] if current().plan_ref_re.match(str(ref)) and ref not in plan_index]
    return out


def _check_sections(items: list[dict[str, Any]], facts: dict[Any, dict[str, Any]]) -> list[Problem]:
    out: list[Problem] = []
    current = Counter(str(s.get("name")) for s in items)
    named_twice = {n for n, k in current.items() if k > 1}
    out += [Problem("sections", str(s.get("id") or ""), "name", f"two sections are named {s.get('name')}")
            for s in items if str(s.get("name")) in named_twice]
    for s in items:
        at = _at("sections", s)
        for former in s.get("former_names") or []:
            if former.get("name") in current:
                out.append(at("former_names", f"former name {former.get('name')} is another section's current name"))
            until = former.get("until")
            if until is not None and not DATE_RE.match(str(until)):
                out.append(at("former_names", f"former name {former.get('name')}: until {until!r} is not a date"))
        out += _check_contacts(at, s.get("contacts") or [], facts)
    return out


def _check_districts(items: list[dict[str, Any]]) -> list[Problem]:
    out: list[Problem] = []
    seen_towns: dict[str, str] = {}
    for d in items:
        did, at = d.get("id"), _at("districts", d)
        if d.get("kind") == "shakyo" and d.get("parent") is None:
            out.append(at("parent", "a 地区社協圏域 needs its 行政地域 as parent"))
        for town in d.get("towns") or []:
            name = town.get("name")
            if not name:
                out.append(at("towns", "a town without name"))
                continue
            if name in seen_towns:
                out.append(at("towns", f"town {name} is in both {seen_towns[name]} and {did}"))
            seen_towns[name] = str(did)
            if town.get("confirmed") and not town.get("source"):
                out.append(at("towns", f"town {name} is confirmed but has no source"))
            elif town.get("confirmed") and not is_official(town.get("source")):
                out.append(at("towns", f"town {name} is confirmed on {why_not_official(town.get('source'))}"
                                       " (only a city, 広報かまくら or 社協 page confirms a town): confirmed: false"))
    return out


def _check_entry(file: str, e: dict[str, Any], counters: set[Any], facts: dict[Any, dict[str, Any]]) -> list[Problem]:
    """What check_fields does not: the kind of each file, sections of a counter, texts, contacts, hours."""
    at = _at(file, e)
    out: list[Problem] = []
    if file == "counters" and e.get("kind", "counter") != "counter":
        out.append(at("kind", "kind must be counter in counters.yaml"))
    if file == "services" and e.get("kind") != "service":
        out.append(at("kind", "kind must be service in services.yaml"))
    secs = e.get("sections") or []
    if file == "counters" and not secs:
        out.append(at("sections", "counter without section"))
    out += [at("sections", f"section name in the plan not known: {s}") for s in e.get("unknown_sections") or []]
    out += _check_refs(at, e.get("plan_refs") or [])
    out += _check_texts(at, e)
    out += _check_contacts(at, e.get("contacts") or [], facts)
    for h in e.get("hours") or []:
        out += _check_hours(at, h)
    out += _check_local(file, at, e)
    unknown = e.get("unknown") or []
    if file == "counters" and not (e.get("contacts") or e.get("hours")) and not unknown:
        out.append(at("contacts", "no sourced contact facts and no 'unknown' flag"))
    return out


def _check_refs(at: At, refs: list[Any]) -> list[Problem]:
    out: list[Problem] = []  # none at all: check_fields
    forms = ", ".join(current().plan_ref_examples) or "none: data/city.yaml names no plan_refs forms"
    out += [at("plan_refs", f"plan ref {r!r} is not of the form {forms} (data/city.yaml)")
            for r in refs if not current().plan_ref_re.match(str(r))]
    out += [at("plan_refs", f"plan ref {r} listed twice") for r, n in Counter(refs).items() if n > 1]
    return out


def _check_local(file: str, at: At, e: dict[str, Any]) -> list[Problem]:
    """A local counter: only a counter, never its own (check_fields: a counter that exists)."""
    local_of = e.get("local_of")
    if local_of is None:
        return []
    out: list[Problem] = []
    if file != "counters":
        out.append(at("local_of", "local_of: only a counter is one of a city-wide counter's local counters"))
    elif local_of == e.get("id"):
        out.append(at("local_of", f"local_of {local_of!r} is not another counter"))
    if not e.get("districts") and AREA_UNCONFIRMED not in (e.get("flags") or []):
        out.append(at("districts", f"a local counter names the districts it serves, or is flagged {AREA_UNCONFIRMED}"))
    return out


def _check_texts(at: At, e: dict[str, Any]) -> list[Problem]:
    """The resident-facing texts: a summary in plain words (not the plan's), short enough for a card."""
    out = [at(key, f"{key} must be text, not {type(e[key]).__name__}") for key in ENTRY_TEXT_KEYS
           if e.get(key) is not None and not isinstance(e[key], str)]
    summary = e.get("summary")  # present and short enough: check_fields
    plan = PLAN_REGISTER.findall(summary) if isinstance(summary, str) else []
    if plan:
        out.append(at("summary", f"summary in the plan's words ({'、'.join(dict.fromkeys(plan))}): "
                                 "say what a resident can do or get"))
    if e.get("usable") is not None and not isinstance(e["usable"], bool):
        out.append(at("usable", f"usable must be true or false, not {e['usable']!r}"))
    return out


def _check_contacts(at: At, contacts: list[dict[str, Any]], facts: dict[Any, dict[str, Any]]) -> list[Problem]:
    out: list[Problem] = []
    for c in contacts:
        if c.get("use"):
            used = facts.get(c["use"])
            if used is None:
                out.append(at("contacts", f"uses fact {c['use']}, which no contact defines (fact: {c['use']})"))
            elif c.get("kind") not in (None, used.get("kind")):
                out.append(at("contacts", f"uses fact {c['use']} as {c.get('kind')}, but it is a {used.get('kind')}"))
            if c.get("value") or c.get("source"):
                out.append(at("contacts", f"uses fact {c['use']} and also gives a value or source: change the fact once"))
            continue
        kind, value = c.get("kind"), str(c.get("value") or "")
        if kind not in CONTACT_KINDS:
            out.append(at("contacts", f"contact kind {kind!r} is not one of {sorted(CONTACT_KINDS)}"))
        if not value:
            out.append(at("contacts", f"{kind} without value"))
        if not c.get("source"):
            out.append(at("contacts", f"{kind} {value} has no source"))
        if kind in ("phone", "fax") and not PHONE_RE.match(value):
            out.append(at("contacts", f"bad phone format {value!r} (write it as 0000-00-0000)"))
        if kind == "email" and "@" not in value:
            out.append(at("contacts", f"bad e-mail {value!r}"))
        for key in ("source_date", "checked", "verified"):
            if c.get(key) is not None and not DATE_RE.match(str(c[key])):
                out.append(at("contacts", f"{kind} {value}: {key} {c[key]!r} is not a date"))
        out += [at("contacts", m) for m in _check_origin(f"{kind} {value}", c)]
    return out


def _check_origin(what: str, fact: dict[str, Any]) -> list[str]:
    """A fact from anything but an official page must say so (`unconfirmed: true`, shown as 未確認)."""
    if fact.get("unconfirmed") not in (None, True, False):
        return [f"{what}: unconfirmed must be true or false"]
    if fact.get("source") and not fact.get("unconfirmed") and not is_official(fact["source"]):
        return [f"{what}: source is {why_not_official(fact['source'])}, not an official page:"
                " mark it unconfirmed: true (residents see 未確認) or cite the city's page"]
    return []


def _check_hours(at: At, h: dict[str, Any]) -> list[Problem]:
    out: list[str] = []
    bad = [d for d in h.get("days") or [] if d not in DAYS]
    if bad or not h.get("days"):
        out.append(f"hours days {h.get('days')!r} must be mon..sun")
    for key in ("opens", "closes"):
        if not TIME_RE.match(str(h.get(key) or "")):
            out.append(f"hours {key} {h.get(key)!r} must be HH:MM")
    if TIME_RE.match(str(h.get("opens"))) and TIME_RE.match(str(h.get("closes"))) \
            and str(h["opens"]) >= str(h["closes"]):
        out.append(f"hours open {h['opens']} is not before close {h['closes']}")
    if not h.get("source"):
        out.append("hours without source")
    for key in ("closed_on_holidays", "closed_year_end"):
        if h.get(key) not in (None, True, False):
            out.append(f"hours {key} must be true, false or left out (the source does not say)")
    for w in h.get("weeks") or []:
        if not isinstance(w, int) or isinstance(w, bool) or not 1 <= w <= 5:
            out.append(f"hours weeks {w!r} must be 1..5 (3 = the third of the month)")
    for x in h.get("exceptions") or []:
        if not isinstance(x, dict) or not DATE_RE.match(str(x.get("date") or "")):
            out.append(f"hours exception {x!r} needs a date YYYY-MM-DD")
        elif x.get("closed") is False and not (TIME_RE.match(str(x.get("opens") or ""))
                                               and TIME_RE.match(str(x.get("closes") or ""))):
            out.append(f"hours exception {x['date']}: open needs opens and closes HH:MM")
    for key in ("source_date", "checked", "verified"):
        if h.get(key) is not None and not DATE_RE.match(str(h[key])):
            out.append(f"hours {key} {h[key]!r} is not a date")
    out += _check_origin("hours", h)
    return [at("hours", m) for m in out]


def _check_emergency(line: dict[str, Any]) -> list[Problem]:
    """The source or its flag (the number and the situations: check_fields)."""
    at = _at("emergency", line)
    out: list[Problem] = []
    flags = line.get("flags") or []
    if not line.get("source") and SOURCE_MISSING not in flags:
        out.append(at("source", f"no source (or flag it {SOURCE_MISSING} when no official page says it)"))
    elif line.get("source") and not is_official(line["source"]) and SECONDARY_SOURCE not in flags:
        out.append(at("source", f"source is {why_not_official(line['source'])}, not an official page:"
                                f" flag it {SECONDARY_SOURCE} or cite an official page"))
    return out
