"""The canonical shape of each item of the knowledge document: fixed keys, fixed order, defaults filled.

Both the YAML reader and the database reader pass through here, so "export then import changes nothing"
holds by construction and diffs only show real changes.
"""

from __future__ import annotations

from typing import Any

from knowledge.files import Doc

# `fact` names a fact so other items can refer to it (`use: <fact>`): a phone or place defined once
# (docs/DATA.md "Facts defined once"). `source_date` is the page's own date, `checked` when the fact was
# compared with a reference file, `verified` when a person last looked at the live source. `unconfirmed`:
# from a secondary source (blog, mirror, old article): residents see it marked 未確認, never a live status.
CONTACT_KEYS = ("kind", "value", "label", "source", "source_date", "checked", "note", "fact", "use",
                "verified", "unconfirmed")
# Hours after HSDS schedules: weekly rules, `weeks` = the nth weekdays of a month ([3] with fri = 第3金曜;
# [] = every week); `closed_on_holidays` / `closed_year_end`: true (closed), false (open) or null (the source
# does not say: no live 「いま受付中」 and 「祝日は未確認」); `exceptions`: dates with `closed: true` or own hours.
HOURS_KEYS = ("days", "opens", "closes", "closed_on_holidays", "closed_year_end", "label",
              "source", "source_date", "checked", "weeks", "exceptions", "verified", "unconfirmed")
OVERRIDABLE = ("name", "description", "sections", "sections_in_plan", "operator", "guideline")
# The resident-facing texts of an entry (docs/DATA.md); `description` stays the plan's wording, for staff.
ENTRY_TEXTS = ("name_en", "name_easy", "summary", "summary_easy", "summary_en")
ENTRY_LISTS = ("aliases", "sections", "districts", "targets", "problems", "topics", "keywords",
               "plan_refs", "counters", "unknown", "flags", "overrides")


def _contact(c: dict[str, Any]) -> dict[str, Any]:
    out = {k: c.get(k) for k in CONTACT_KEYS}
    out["value"] = None if out["value"] is None else str(out["value"])
    out["unconfirmed"] = bool(out["unconfirmed"])
    return out


def _hours(h: dict[str, Any]) -> dict[str, Any]:
    out = {k: h.get(k) for k in HOURS_KEYS}
    out["days"] = list(out["days"] or [])
    for key in ("closed_on_holidays", "closed_year_end"):  # absent = the source does not say
        out[key] = None if h.get(key) is None else bool(h[key])
    out["weeks"] = [int(w) if str(w).strip().isdigit() else w for w in out["weeks"] or []]  # validate names others
    out["exceptions"] = [{"date": x.get("date"), "closed": bool(x.get("closed", True)),
                          "opens": x.get("opens"), "closes": x.get("closes"), "note": x.get("note")}
                         for x in out["exceptions"] or []]
    out["unconfirmed"] = bool(out["unconfirmed"])
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
        # a local counter (地域包括支援センター of one area, a 地区社協): the city-wide counter it is one of
        "local_of": e.get("local_of"),
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
            "note": x.get("note"), "flags": list(x.get("flags") or [])}


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
