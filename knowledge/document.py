"""The canonical shape of each item of the knowledge document: fixed keys, fixed order, defaults filled.

Both the YAML reader and the database reader pass through here, so "export then import changes nothing"
holds by construction and diffs only show real changes.
"""

from __future__ import annotations

from typing import Any

from knowledge.files import Doc

CONTACT_KEYS = ("kind", "value", "label", "source", "source_date", "checked", "note")
HOURS_KEYS = ("days", "opens", "closes", "closed_on_holidays", "closed_year_end", "label",
              "source", "source_date", "checked")
# The resident-facing texts of an entry (docs/DATA.md); `description` stays the plan's wording, for staff.
ENTRY_TEXTS = ("name_en", "name_easy", "summary", "summary_easy", "summary_en")
ENTRY_LISTS = ("aliases", "sections", "districts", "targets", "problems", "topics", "keywords",
               "plan_refs", "counters", "unknown", "flags")


def _contact(c: dict[str, Any]) -> dict[str, Any]:
    out = {k: c.get(k) for k in CONTACT_KEYS}
    out["value"] = None if out["value"] is None else str(out["value"])
    return out


def _hours(h: dict[str, Any]) -> dict[str, Any]:
    out = {k: h.get(k) for k in HOURS_KEYS}
    out["days"] = list(out["days"] or [])
    out["closed_on_holidays"] = bool(h.get("closed_on_holidays", True))
    out["closed_year_end"] = bool(h.get("closed_year_end", True))
    return out


def entry(e: dict[str, Any], kind: str) -> dict[str, Any]:
    """A counter or service with every key present."""
    out: dict[str, Any] = {
        "id": e.get("id"), "kind": e.get("kind") or kind, "name": e.get("name"),
        "name_en": e.get("name_en"), "name_easy": e.get("name_easy"),
        "summary": e.get("summary"), "summary_easy": e.get("summary_easy"), "summary_en": e.get("summary_en"),
        "description": e.get("description") or "",
        "operator": e.get("operator"), "guideline": e.get("guideline"), "source": e.get("source"),
        "sections_in_plan": e.get("sections_in_plan"),
        # true unless the file says false (validate reports a value that is not true or false)
        "usable": True if e.get("usable") is None else e.get("usable"),
    }
    for key in ENTRY_LISTS:
        out[key] = [str(v) for v in e.get(key) or []]
    out["contacts"] = [_contact(c) for c in e.get("contacts") or []]
    out["hours"] = [_hours(h) for h in e.get("hours") or []]
    if e.get("unknown_sections"):
        out["unknown_sections"] = list(e["unknown_sections"])
    return out


def section(s: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": s.get("id"), "name": s.get("name"), "kind": s.get("kind") or "section",
        "department": s.get("department"),
        "former_names": [{"name": f.get("name"), "until": f.get("until"), "source": f.get("source")}
                         for f in s.get("former_names") or []],
        "flags": list(s.get("flags") or []), "note": s.get("note"),
        "contacts": [_contact(c) for c in s.get("contacts") or []],
    }


def district(d: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": d.get("id"), "name": d.get("name"), "kind": d.get("kind"), "parent": d.get("parent"),
        "aliases": list(d.get("aliases") or []),
        "towns": [{"name": t.get("name"), "reading": t.get("reading"), "confirmed": bool(t.get("confirmed")),
                   "source": t.get("source")} for t in d.get("towns") or []],
    }


def topic(t: dict[str, Any]) -> dict[str, Any]:
    return {"id": t.get("id"), "name": t.get("name"), "area": t.get("area"),
            "synonyms": [str(s) for s in t.get("synonyms") or []], "counters": list(t.get("counters") or [])}


def emergency(x: dict[str, Any]) -> dict[str, Any]:
    return {"id": x.get("id"), "name": x.get("name"), "number": str(x.get("number") or ""),
            "hours": x.get("hours"), "situations": list(x.get("situations") or []),
            "source": x.get("source"), "source_date": x.get("source_date"), "checked": x.get("checked"),
            "note": x.get("note")}


def canonical(doc: Doc) -> Doc:
    """The whole document in canonical form."""
    return {
        "sections": [section(s) for s in doc["sections"]],
        "districts": [district(d) for d in doc["districts"]],
        "counters": [entry(e, "counter") for e in doc["counters"]],
        "services": [entry(e, "service") for e in doc["services"]],
        "topics": [topic(t) for t in doc["topics"]],
        "emergency": [emergency(x) for x in doc["emergency"]],
    }
