"""Open Referral HSDS 3 services and organizations → the knowledge document (`import_services`;
knowledge/hsds.py)."""

from __future__ import annotations

import json
import re
from typing import Any

from knowledge import document
from knowledge.files import Doc
from knowledge.hsds_terms import (
    CODE_DAYS,
    IDENTIFIER_SCHEME,
    TAXONOMY,
    TIME_OF_DAY,
    TOPIC_TAXONOMY,
    entry_uuid,
    section_uuid,
)


def _attr_values(obj: dict[str, Any]) -> dict[str, list[str]]:
    """The project's attributes of an object: term code → values in order (other taxonomies ignored)."""
    out: dict[str, list[str]] = {}
    for a in obj.get("attributes") or []:
        term = a.get("taxonomy_term") or {}
        if term.get("taxonomy") == TAXONOMY:
            out.setdefault(str(term.get("code")), []).append(str(a.get("value", "")))
        elif term.get("taxonomy") == TOPIC_TAXONOMY:
            out.setdefault("topic", []).append(str(a.get("value") or term.get("code")))
    return out


def _one(values: dict[str, list[str]], code: str) -> str | None:
    got = values.get(code)
    return got[0] if got else None


def _flag(value: str | None, default: bool) -> bool:
    return default if value is None else value == "true"


def _fact(kind: str, value: Any, a: dict[str, list[str]], label: str | None) -> dict[str, Any]:
    if _one(a, "fact-use"):  # the number is the used fact's: the document keeps only the reference
        return {"kind": kind, "value": None, "label": label, "source": None, "source_date": None,
                "checked": None, "note": _one(a, "note"), "fact": None, "use": _one(a, "fact-use"),
                "verified": None, "unconfirmed": False}
    return {"kind": kind, "value": None if value is None else str(value), "label": label,
            "source": _one(a, "source"), "source_date": _one(a, "source-date"), "checked": _one(a, "checked"),
            "note": _one(a, "note"), "fact": _one(a, "fact-id"), "use": _one(a, "fact-use"),
            "verified": _one(a, "verified"), "unconfirmed": _one(a, "unconfirmed") == "true"}


def _contacts_back(obj: dict[str, Any], locations: list[dict[str, Any]], values: dict[str, list[str]]
                   ) -> list[dict[str, Any]]:
    """Phones, e-mail contacts, locations and note attributes → contact facts in their recorded order."""
    facts: list[tuple[float, int, dict[str, Any]]] = []

    def put(a: dict[str, list[str]], fact: dict[str, Any]) -> None:
        pos = _one(a, "contact-position")
        facts.append((float(pos) if pos and pos.isdigit() else float("inf"), len(facts), fact))

    for p in obj.get("phones") or []:
        a = _attr_values(p)
        kind = "fax" if p.get("type") == "fax" else "phone"
        put(a, _fact(kind, p.get("number"), a, p.get("description")))
    for c in obj.get("contacts") or []:
        a = _attr_values(c)
        if c.get("email"):
            put(a, _fact("email", c["email"], a, c.get("name")))
        for p in c.get("phones") or []:
            pa = _attr_values(p)
            put(pa, _fact("fax" if p.get("type") == "fax" else "phone", p.get("number"), pa,
                          p.get("description") or c.get("name")))
    for loc in locations:
        a = _attr_values(loc)
        kind = _one(a, "contact-kind") or ("url" if loc.get("location_type") == "virtual" else "place")
        if kind == "url":
            put(a, _fact("url", loc.get("url"), a, _one(a, "label") if "label" in a else loc.get("name")))
        elif kind == "address":
            put(a, _fact("address", loc.get("description"), a, _one(a, "label")))
        else:
            put(a, _fact("place", loc.get("name"), a, _one(a, "label") if "contact-kind" in a
                         else loc.get("description")))
    for raw in values.get("note-fact", []):
        try:
            note = json.loads(raw)
        except ValueError:
            continue
        if isinstance(note, dict):
            pos = note.get("position")
            facts.append((float(pos) if isinstance(pos, int) else float("inf"), len(facts),
                          {k: note.get(k) for k in document.CONTACT_KEYS}))
    return [f for _, _, f in sorted(facts, key=lambda x: (x[0], x[1]))]


def _hours_back(s: dict[str, Any], problems: list[str], where: str) -> dict[str, Any] | None:
    a = _attr_values(s)
    opens, closes = str(s.get("opens_at") or ""), str(s.get("closes_at") or "")
    if not (TIME_OF_DAY.match(opens) and TIME_OF_DAY.match(closes)):
        problems.append(f"{where}: schedule {s.get('id')}: opens_at/closes_at missing (only weekly hours are read)")
        return None
    if s.get("freq") not in (None, "WEEKLY", "MONTHLY"):
        problems.append(f"{where}: schedule {s.get('id')}: freq {s.get('freq')} is not read (only WEEKLY, MONTHLY)")
        return None
    days: list[str] = []
    weeks: list[int] = []
    for part in str(s.get("byday") or "").split(","):
        m = re.match(r"^\s*([1-5]?)([A-Z]{2})\s*$", part)
        if m and m[2] in CODE_DAYS:
            days += [CODE_DAYS[m[2]]] if CODE_DAYS[m[2]] not in days else []
            weeks += [int(m[1])] if m[1] and int(m[1]) not in weeks else []
    exceptions = []
    for raw in a.get("exception", []):
        try:
            x = json.loads(raw)
        except ValueError:
            continue
        if isinstance(x, dict):
            exceptions.append(x)

    def tri(code: str) -> bool | None:
        value = _one(a, code)
        return None if value is None else value == "true"

    return {"days": days, "opens": opens[:5], "closes": closes[:5],
            "closed_on_holidays": tri("closed-on-holidays"), "closed_year_end": tri("closed-year-end"),
            "label": s.get("description"), "source": _one(a, "source"), "source_date": _one(a, "source-date"),
            "checked": _one(a, "checked"), "weeks": weeks, "exceptions": exceptions,
            "verified": _one(a, "verified"), "unconfirmed": _one(a, "unconfirmed") == "true"}


def _section_id_of(org: dict[str, Any]) -> tuple[str | None, str]:
    """(the section id an organization names, 'section' / 'operator'); (None, '') for a foreign one."""
    for ident in org.get("organization_identifiers") or []:
        if ident.get("identifier_scheme") == IDENTIFIER_SCHEME and ident.get("identifier"):
            return str(ident["identifier"]), str(ident.get("identifier_type") or "section")
    return None, ""


def section_from(org: dict[str, Any], current: dict[str, Any] | None) -> dict[str, Any]:
    """An HSDS organization → a section of the document (keeping what HSDS does not carry from `current`)."""
    sid, _ = _section_id_of(org)
    a = _attr_values(org)
    ours = "section-kind" in a
    former = [{"name": m.get("previous_value") or None, "until": m.get("last_action_date") or None,
               "source": m.get("updated_by") or None}
              for m in org.get("metadata") or [] if m.get("field_name") == "name" and m.get("previous_value")]
    base = current or {}
    return document.section({
        "id": sid or f"hsds-{str(org.get('id'))[:8]}", "name": org.get("name"),
        "kind": _one(a, "section-kind") or base.get("kind") or "organization",
        "department": _one(a, "department") if ours else base.get("department"),
        "former_names": former if ours or former else base.get("former_names"),
        "flags": a.get("flag", []) if ours else base.get("flags"),
        "note": _one(a, "section-note") if ours else (base.get("note") or org.get("description")),
        "contacts": _contacts_back(org, org.get("locations") or [], a),
    })


def entry_from(svc: dict[str, Any], doc: Doc, org_sections: dict[str, str], problems: list[str],
               current: dict[str, Any] | None) -> dict[str, Any]:
    """An HSDS service → a counter or service of the document."""
    a = _attr_values(svc)
    ours = "entry-id" in a
    base = current or {}
    eid = _one(a, "entry-id") or base.get("id") or f"hsds-{str(svc.get('id'))[:8]}"
    where = f"service {eid}"
    by_name = {n: d["id"] for d in doc["districts"] for n in [d["name"], *d.get("aliases", [])]}
    districts = []
    for area in svc.get("service_areas") or []:
        did = _one(_attr_values(area), "district") or by_name.get(str(area.get("name")))
        if did is None:
            problems.append(f"{where}: service area {area.get('name')!r} is not a district of the knowledge base")
        else:
            districts.append(did)
    sections = a.get("section", [])
    if not ours:
        org_id = str(svc.get("organization_id") or (svc.get("organization") or {}).get("id") or "")
        sections = [org_sections[org_id]] if org_id in org_sections else list(base.get("sections") or [])
    hours = [h for h in (_hours_back(s, problems, where) for s in svc.get("schedules") or []) if h is not None]
    locations = [x["location"] for x in svc.get("service_at_locations") or [] if x.get("location")]
    usable = _one(a, "usable")

    def text(code: str, key: str) -> Any:
        return _one(a, code) if ours else base.get(key)

    def items(code: str, key: str) -> list[str]:
        return a.get(code, []) if ours else list(base.get(key) or [])

    return document.entry({
        "id": eid, "kind": _one(a, "kind") or base.get("kind") or "counter", "name": svc.get("name"),
        "name_en": svc.get("alternate_name") if ours else base.get("name_en"),
        "name_easy": text("name-easy", "name_easy"), "summary": text("summary", "summary"),
        "summary_easy": text("summary-easy", "summary_easy"), "summary_en": text("summary-en", "summary_en"),
        "description": (_one(a, "plan-description") or "") if ours else (svc.get("description") or ""),
        "operator": text("operator", "operator"), "guideline": text("guideline", "guideline"),
        "source": text("seed-source", "source"), "sections_in_plan": text("sections-in-plan", "sections_in_plan"),
        "local_of": text("local-of", "local_of"),
        "usable": _flag(usable, True) if ours else base.get("usable", True),
        "aliases": a.get("alias", []) if ours else list(dict.fromkeys(
            [*(base.get("aliases") or []), *([svc["alternate_name"]] if svc.get("alternate_name") else [])])),
        "sections": sections, "districts": districts,
        "targets": items("target", "targets"), "problems": items("problem", "problems"),
        "topics": a.get("topic", []) if ours or a.get("topic") else list(base.get("topics") or []),
        "keywords": items("keyword", "keywords"), "plan_refs": items("plan-ref", "plan_refs"),
        "counters": items("counter", "counters"), "unknown": items("unknown", "unknown"),
        "flags": items("flag", "flags"), "overrides": items("override", "overrides"),
        "contacts": _contacts_back(svc, locations, a), "hours": hours,
    }, "counter")


def import_services(doc: Doc, services: list[dict[str, Any]], organizations: list[dict[str, Any]]
                    ) -> tuple[Doc, list[str]]:
    """`doc` with the HSDS organizations (as sections) and services (as counters and services) merged in:
    an item whose identifier matches one of the document is replaced, a new one is appended, nothing is
    removed. Returns the new document and the problems of reading (not the validation's: run validate)."""
    doc = document.canonical(doc)
    problems: list[str] = []
    sections = {s["id"]: s for s in doc["sections"]}
    by_uuid = {section_uuid(s["id"]): s["id"] for s in doc["sections"]}
    org_sections: dict[str, str] = {}
    order = [s["id"] for s in doc["sections"]]
    for org in organizations:
        if not isinstance(org, dict) or not org.get("id") or not org.get("name"):
            problems.append(f"organization {org.get('id') if isinstance(org, dict) else org!r}: needs id and name")
            continue
        sid, kind = _section_id_of(org)
        if kind == "operator":
            continue  # operators are the services' `operator` text
        sid = sid or by_uuid.get(str(org["id"]))
        new = section_from(org, sections.get(sid) if sid else None)
        org_sections[str(org["id"])] = new["id"]
        if new["id"] not in sections:
            order.append(new["id"])
        sections[new["id"]] = new
    entries = {e["id"]: e for e in doc["counters"] + doc["services"]}
    entry_by_uuid = {entry_uuid(eid): eid for eid in entries}
    entry_order = list(entries)
    for svc in services:
        if not isinstance(svc, dict) or not svc.get("id") or not svc.get("name"):
            problems.append(f"service {svc.get('id') if isinstance(svc, dict) else svc!r}: needs id and name")
            continue
        eid = _one(_attr_values(svc), "entry-id") or entry_by_uuid.get(str(svc["id"]))
        new = entry_from(svc, doc, org_sections | {section_uuid(s): s for s in sections}, problems,
                         entries.get(eid) if eid else None)
        if new["id"] not in entries:
            entry_order.append(new["id"])
        entries[new["id"]] = new
    out = dict(doc)
    out["sections"] = [sections[i] for i in order]
    out["counters"] = [entries[i] for i in entry_order if entries[i]["kind"] == "counter"]
    out["services"] = [entries[i] for i in entry_order if entries[i]["kind"] != "counter"]
    return out, problems

