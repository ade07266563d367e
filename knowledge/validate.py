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
from knowledge.document import OVERRIDABLE
from knowledge.files import Doc
from knowledge.sources import is_official, why_not_official

# ASCII digits only: \d would also take full-width １１０, which a tel: link cannot dial (entry points NFKC first).
PHONE_RE = re.compile(r"^(#[0-9]{4}|[0-9]{3}|0[0-9]{1,4}-[0-9]{1,4}-[0-9]{3,4})$")
DATE_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")  # ASCII: the database's date type takes no ２０２６
CONTACT_KINDS = {"phone", "fax", "email", "place", "address", "url", "note"}
UNKNOWN_FACTS = {"phone", "place", "hours", "email"}
DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
TIME_RE = re.compile(r"^([01]\d|2[0-4]):[0-5]\d$")
AREAS = {"elderly", "disability", "children", "money", "mind", "violence", "community", "other", "crisis", "outside"}
SITUATIONS = {
    "suicide-thoughts", "suicide-plan-or-attempt", "suicide-imminent", "self-harm", "overdose",
    "not-breathing-or-unconscious", "stroke-signs", "heavy-bleeding", "choking", "heatstroke", "elderly-fallen",
    "seizure", "drowning", "fire", "gas-or-co", "violence-now-partner", "violence-now-family", "stalking-threat",
    "confinement", "sexual-violence", "child-abuse", "elder-abuse-injury", "disabled-abuse-injury",
    "missing-person-dementia", "missing-child", "no-food-or-shelter-in-cold", "caregiver-may-harm", "soft",
    "consumer", "medical-advice"}
# Topics of area "crisis" hold the counters shown beside the lines of one situation (id: crisis-SITUATION).
CRISIS_AREA = "crisis"
# Topics of area "outside" are other city business (ごみ, 住民票, 観光 …): everyday words, no counters; a message
# about them gets a kind redirect to the city hall, never a welfare counter (core/otherbusiness.py).
OUTSIDE_AREA = "outside"
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
SUMMARY_MAX = 80  # characters of the one line a resident sees on the answer card
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
    summary, contacts, hours, districts, plan_refs …; "" when none) and what is wrong."""

    file: str
    entry: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.entry}: {self.message}" if self.entry else f"{self.file}: {self.message}"


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

    out += _check_sections(doc["sections"], facts)
    out += _check_districts(doc["districts"], districts)
    for e in doc["counters"]:
        out += _check_entry("counters", e, sections, districts, topics, counters, facts)
    for e in doc["services"]:
        out += _check_entry("services", e, sections, districts, topics, counters, facts)
    out += _check_topics(doc["topics"], {e.get("id") for e in entries})
    for line in doc["emergency"]:
        out += _check_emergency(line)

    out += [Problem("counters", "", "id", f"required counter {cid} (contract counters.tsv) is missing")
            for cid in required_counter_ids if cid not in counters]
    if plan_index:
        out += _check_plan(entries, plan_index)
    return out


def _check_ids(kind: str, items: list[dict[str, Any]]) -> list[Problem]:
    """Ids and names; counters and services ("entries") share one set of ids."""
    out: list[Problem] = []
    for item in items:
        file = _file(item) if kind == "entries" else kind
        at = _at(file, item)
        if not item.get("id"):
            out.append(at("id", f"an item without id (name: {item.get('name')!r})"))
        elif not ID_RE.match(str(item["id"])):
            out.append(at("id", "id must be lower-case ASCII words joined by '-'"))
        if not item.get("name"):
            out.append(at("name", "name is empty"))
    last = {str(x.get("id")): x for x in items if x.get("id")}
    dup = [i for i, n in Counter(str(x.get("id")) for x in items if x.get("id")).items() if n > 1]
    out += [Problem(_file(last[i]) if kind == "entries" else kind, i, "id",
                    "duplicate id" + (" (counters and services share ids)" if kind == "entries" else ""))
            for i in sorted(dup)]
    return out


def _check_topics(items: list[dict[str, Any]], entry_ids: set[Any]) -> list[Problem]:
    out: list[Problem] = []
    for t in items:
        at = _at("topics", t)
        if t.get("area") not in AREAS:
            out.append(at("area", f"unknown area {t.get('area')!r}"))
        out += [at("counters", f"unknown counter {c}") for c in t.get("counters") or [] if c not in entry_ids]
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
        if s.get("kind", "section") not in ("section", "organization"):
            out.append(at("kind", "kind must be section or organization"))
        for former in s.get("former_names") or []:
            if former.get("name") in current:
                out.append(at("former_names", f"former name {former.get('name')} is another section's current name"))
            until = former.get("until")
            if until is not None and not DATE_RE.match(str(until)):
                out.append(at("former_names", f"former name {former.get('name')}: until {until!r} is not a date"))
        out += _check_contacts(at, s.get("contacts") or [], facts)
    return out


def _check_districts(items: list[dict[str, Any]], known: set[Any]) -> list[Problem]:
    out: list[Problem] = []
    seen_towns: dict[str, str] = {}
    for d in items:
        did, at = d.get("id"), _at("districts", d)
        if d.get("kind") not in ("area", "shakyo"):
            out.append(at("kind", "kind must be area or shakyo"))
        parent = d.get("parent")
        if parent is not None and parent not in known:
            out.append(at("parent", f"unknown parent district {parent}"))
        if d.get("kind") == "shakyo" and parent is None:
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


def _check_entry(file: str, e: dict[str, Any], sections: set[Any], districts: set[Any],
                 topics: set[Any], counters: set[Any], facts: dict[Any, dict[str, Any]]) -> list[Problem]:
    at = _at(file, e)
    out: list[Problem] = []
    if file == "counters" and e.get("kind", "counter") != "counter":
        out.append(at("kind", "kind must be counter in counters.yaml"))
    if file == "services" and e.get("kind") != "service":
        out.append(at("kind", "kind must be service in services.yaml"))
    secs = e.get("sections") or []
    if file == "counters" and not secs:
        out.append(at("sections", "counter without section"))
    out += [at("sections", f"unknown section {s}") for s in secs if s not in sections]
    out += [at("sections", f"section name in the plan not known: {s}") for s in e.get("unknown_sections") or []]
    out += [at("districts", f"unknown district {d}") for d in e.get("districts") or [] if d not in districts]
    out += [at("topics", f"unknown topic {t}") for t in e.get("topics") or [] if t not in topics]
    out += [at("counters", f"unknown counter {c}") for c in e.get("counters") or [] if c not in counters]
    out += _check_refs(at, e.get("plan_refs") or [])
    out += _check_texts(at, e)
    out += _check_contacts(at, e.get("contacts") or [], facts)
    for h in e.get("hours") or []:
        out += _check_hours(at, h)
    out += [at("overrides", f"override {k!r} is not a plan field ({', '.join(OVERRIDABLE)})")
            for k in e.get("overrides") or [] if k not in OVERRIDABLE]
    out += _check_local(file, at, e, counters)
    unknown = e.get("unknown") or []
    out += [at("unknown", f"unknown fact {u!r} is not one of {sorted(UNKNOWN_FACTS)}") for u in unknown
            if u not in UNKNOWN_FACTS]
    if file == "counters" and not (e.get("contacts") or e.get("hours")) and not unknown:
        out.append(at("contacts", "no sourced contact facts and no 'unknown' flag"))
    return out


def _check_refs(at: At, refs: list[Any]) -> list[Problem]:
    out = [] if refs else [at("plan_refs", "no plan refs")]
    forms = ", ".join(current().plan_ref_examples) or "none: data/city.yaml names no plan_refs forms"
    out += [at("plan_refs", f"plan ref {r!r} is not of the form {forms} (data/city.yaml)")
            for r in refs if not current().plan_ref_re.match(str(r))]
    out += [at("plan_refs", f"plan ref {r} listed twice") for r, n in Counter(refs).items() if n > 1]
    return out


def _check_local(file: str, at: At, e: dict[str, Any], counters: set[Any]) -> list[Problem]:
    local_of = e.get("local_of")
    if local_of is None:
        return []
    out: list[Problem] = []
    if file != "counters":
        out.append(at("local_of", "local_of: only a counter is one of a city-wide counter's local counters"))
    elif local_of == e.get("id") or local_of not in counters:
        out.append(at("local_of", f"local_of {local_of!r} is not another counter"))
    if not e.get("districts") and AREA_UNCONFIRMED not in (e.get("flags") or []):
        out.append(at("districts", f"a local counter names the districts it serves, or is flagged {AREA_UNCONFIRMED}"))
    return out


def _check_texts(at: At, e: dict[str, Any]) -> list[Problem]:
    """The resident-facing texts: a summary in plain words (not the plan's), short enough for a card."""
    out = [at(key, f"{key} must be text, not {type(e[key]).__name__}") for key in ENTRY_TEXT_KEYS
           if e.get(key) is not None and not isinstance(e[key], str)]
    summary = e.get("summary")
    if not isinstance(summary, str) or not summary.strip():
        out.append(at("summary", "no summary (the line residents see on the answer card)"))
    else:
        if len(summary) > SUMMARY_MAX:
            out.append(at("summary", f"summary is {len(summary)} characters, more than {SUMMARY_MAX}"))
        plan = PLAN_REGISTER.findall(summary)
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
    at = _at("emergency", line)
    out: list[Problem] = []
    if not PHONE_RE.match(str(line.get("number") or "")):
        out.append(at("number", f"bad number {line.get('number')!r}"))
    flags = line.get("flags") or []
    if not line.get("source") and SOURCE_MISSING not in flags:
        out.append(at("source", f"no source (or flag it {SOURCE_MISSING} when no official page says it)"))
    elif line.get("source") and not is_official(line["source"]) and SECONDARY_SOURCE not in flags:
        out.append(at("source", f"source is {why_not_official(line['source'])}, not an official page:"
                                f" flag it {SECONDARY_SOURCE} or cite an official page"))
    out += [at("situations", f"unknown situation {s!r}") for s in line.get("situations") or [] if s not in SITUATIONS]
    if not line.get("situations"):
        out.append(at("situations", "no situations"))
    return out
