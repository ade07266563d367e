"""The knowledge document → Open Referral HSDS 3 services and organizations (`export`; knowledge/hsds.py)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from knowledge import document, facts
from knowledge.files import Doc
from knowledge.hsds_terms import (
    DAY_CODES,
    IDENTIFIER_SCHEME,
    JST_OFFSET,
    PHONE_TYPES,
    TAXONOMY,
    TERMS,
    TOPIC_TAXONOMY,
    entry_uuid,
    operator_uuid,
    section_uuid,
    uid,
)


def _clean(obj: dict[str, Any]) -> dict[str, Any]:
    """Without the keys whose value is None or empty (HSDS types do not allow null)."""
    return {k: v for k, v in obj.items() if v not in (None, "", [])}


def _term(code: str, topic: dict[str, Any] | None = None) -> dict[str, Any]:
    if topic is not None:
        return {"id": uid("topic", topic["id"]), "code": topic["id"], "name": topic["name"],
                "description": f"困りごと「{topic['name']}」（分野 {topic['area']}）", "taxonomy": TOPIC_TAXONOMY,
                "language": "ja"}
    name, description = TERMS[code]
    return {"id": uid("term", code), "code": code, "name": name, "description": description, "taxonomy": TAXONOMY,
            "language": "ja"}


class _Attrs:
    """The attributes of one HSDS object, numbered in order (stable ids)."""

    def __init__(self, owner: str, entity: str, topics: dict[str, dict[str, Any]] | None = None) -> None:
        self.owner, self.entity, self.topics = owner, entity, topics or {}
        self.items: list[dict[str, Any]] = []

    def add(self, code: str, value: Any) -> None:
        if value is None or value == "":
            return
        text = ("true" if value else "false") if isinstance(value, bool) else str(value)
        topic = self.topics.get(text) if code == "topic" else None
        if code == "topic" and topic is None:
            code = "topic-unknown"
        term = _term(code, topic) if code != "topic-unknown" else {
            "id": uid("topic", text), "code": text, "name": text, "description": "困りごと（未登録）",
            "taxonomy": TOPIC_TAXONOMY}
        self.items.append({"id": uid("attribute", f"{self.owner}:{len(self.items)}"), "link_id": self.owner,
                           "link_type": term["taxonomy"], "link_entity": self.entity,
                           "taxonomy_term_id": term["id"], "value": text, "taxonomy_term": term})

    def many(self, code: str, values: Iterable[Any]) -> None:
        for v in values:
            self.add(code, v)


def _provenance(attrs: _Attrs, c: dict[str, Any], pos: int, label: bool = False) -> None:
    attrs.add("contact-kind", c["kind"])
    attrs.add("contact-position", pos)
    if label:
        attrs.add("label", c.get("label"))
    attrs.add("source", c.get("source"))
    attrs.add("source-date", c.get("source_date"))
    attrs.add("checked", c.get("checked"))
    attrs.add("note", c.get("note"))
    attrs.add("fact-id", c.get("fact"))
    attrs.add("fact-use", c.get("use"))
    attrs.add("verified", c.get("verified"))
    if c.get("unconfirmed"):
        attrs.add("unconfirmed", True)


def _contacts(owner_id: str, owner_field: str, contacts: list[dict[str, Any]],
              attrs: _Attrs) -> dict[str, list[dict[str, Any]]]:
    """Contact facts → phones, e-mail contacts, locations (physical: place, address; virtual: url), notes."""
    out: dict[str, list[dict[str, Any]]] = {"phones": [], "contacts": [], "locations": []}
    for i, c in enumerate(contacts):
        oid = uid(f"contact-{c['kind']}", f"{owner_id}:{i}")
        kind = c["kind"]
        if kind in PHONE_TYPES:
            a = _Attrs(oid, "phone")
            _provenance(a, c, i)
            out["phones"].append(_clean({"id": oid, owner_field: owner_id, "number": c["value"],
                                         "type": PHONE_TYPES[kind], "description": c.get("label"),
                                         "attributes": a.items}))
        elif kind == "email":
            a = _Attrs(oid, "contact")
            _provenance(a, c, i)
            out["contacts"].append(_clean({"id": oid, owner_field: owner_id, "name": c.get("label"),
                                           "email": c["value"], "attributes": a.items}))
        elif kind in ("place", "address", "url"):
            a = _Attrs(oid, "location")
            _provenance(a, c, i, label=True)
            loc: dict[str, Any] = {"id": oid, "location_type": "virtual" if kind == "url" else "physical"}
            if kind == "url":
                loc |= {"url": c["value"], "name": c.get("label")}
            elif kind == "place":
                loc |= {"name": c["value"], "description": c.get("label")}
            else:  # an address without postal code: its text, not an HSDS address (that needs one)
                loc |= {"name": c.get("label") or c["value"], "description": c["value"]}
            out["locations"].append(_clean(loc | {"attributes": a.items}))
        else:  # note (and any other kind): no HSDS field, kept whole as an attribute of the owner
            fact = {k: c.get(k) for k in document.CONTACT_KEYS if k != "kind"} | {"kind": kind, "position": i}
            attrs.add("note-fact", json.dumps(fact, ensure_ascii=False, sort_keys=True))
    return out


def _schedule(entry_id: str, sid: str, i: int, h: dict[str, Any]) -> dict[str, Any]:
    oid = uid("schedule", f"{entry_id}:{i}")
    a = _Attrs(oid, "schedule")
    a.add("closed-on-holidays", h["closed_on_holidays"])
    a.add("closed-year-end", h["closed_year_end"])
    a.add("source", h.get("source"))
    a.add("source-date", h.get("source_date"))
    a.add("checked", h.get("checked"))
    a.add("verified", h.get("verified"))
    if h.get("unconfirmed"):
        a.add("unconfirmed", True)
    for x in h.get("exceptions") or []:
        a.add("exception", json.dumps(x, ensure_ascii=False, sort_keys=True))
    closed = [w for w, on in (("祝日", h["closed_on_holidays"]), ("年末年始", h["closed_year_end"])) if on]
    weeks = [w for w in h.get("weeks") or [] if isinstance(w, int)]
    days = [DAY_CODES[d] for d in h["days"] if d in DAY_CODES]
    return _clean({
        "id": oid, "service_id": sid, "freq": "MONTHLY" if weeks else "WEEKLY", "wkst": "MO",
        "timezone": JST_OFFSET,
        "byday": ",".join(f"{w}{d}" for d in days for w in weeks) if weeks else ",".join(days),
        "opens_at": h["opens"], "closes_at": h["closes"], "description": h.get("label"),
        "notes": f"{'・'.join(closed)}は休み" if closed else None, "attributes": a.items})


def organization(section: dict[str, Any]) -> dict[str, Any]:
    """A section (課 or organisation) as an HSDS organization."""
    s = document.section(section)
    oid = section_uuid(s["id"])
    attrs = _Attrs(oid, "organization")
    attrs.add("section-kind", s["kind"])
    attrs.add("department", s["department"])
    attrs.add("section-note", s["note"])
    attrs.many("flag", s["flags"])
    parts = _contacts(oid, "organization_id", s["contacts"], attrs)
    description = s["note"] or (f"{s['department']} {s['name']}" if s["department"] else s["name"])
    # Former names are the name's history: HSDS metadata (field name, previous value, until when, source).
    history = [{"id": uid("former-name", f"{s['id']}:{i}"), "resource_id": oid, "resource_type": "organization",
                "last_action_date": f.get("until") or "", "last_action_type": "rename", "field_name": "name",
                "previous_value": f.get("name") or "", "replacement_value": s["name"],
                "updated_by": f.get("source") or ""} for i, f in enumerate(s["former_names"])]
    return _clean({
        "id": oid, "name": s["name"], "alternate_name": s["former_names"][0]["name"] if s["former_names"] else None,
        "description": description,
        "organization_identifiers": [{"id": uid("identifier", s["id"]), "organization_id": oid,
                                      "identifier_scheme": IDENTIFIER_SCHEME, "identifier_type": "section",
                                      "identifier": s["id"]}],
        "phones": parts["phones"], "contacts": parts["contacts"],
        "locations": [loc | {"organization_id": oid} for loc in parts["locations"]],
        "attributes": attrs.items, "metadata": history})


def operator_organization(operator: str) -> dict[str, Any]:
    """An operator as the plans name it (市社協, 神奈川県, 委託 …) as an HSDS organization."""
    oid = operator_uuid(operator)
    return {"id": oid, "name": operator, "description": f"計画に実施主体として記載されている名称: {operator}",
            "organization_identifiers": [{"id": uid("identifier", f"operator:{operator}"), "organization_id": oid,
                                          "identifier_scheme": IDENTIFIER_SCHEME, "identifier_type": "operator",
                                          "identifier": operator}]}


def service(e: dict[str, Any], doc: Doc, orgs: dict[str, dict[str, Any]] | None = None) -> dict[str, Any]:
    """One counter or service of the document as a full HSDS service."""
    e = document.entry(e, e.get("kind") or "counter")
    sid = entry_uuid(e["id"])
    topics = {t["id"]: t for t in doc["topics"]}
    districts = {d["id"]: d for d in doc["districts"]}
    if orgs is None:
        orgs = organizations_by_uuid(doc)
    attrs = _Attrs(sid, "service", topics)
    for code, key in (("entry-id", "id"), ("kind", "kind"), ("name-easy", "name_easy"), ("summary", "summary"),
                      ("summary-easy", "summary_easy"), ("summary-en", "summary_en"),
                      ("plan-description", "description"), ("operator", "operator"), ("guideline", "guideline"),
                      ("seed-source", "source"), ("sections-in-plan", "sections_in_plan"), ("local-of", "local_of")):
        attrs.add(code, e[key])
    if e["usable"] is not True:
        attrs.add("usable", e["usable"])
    for code, key in (("alias", "aliases"), ("section", "sections"), ("target", "targets"),
                      ("problem", "problems"), ("topic", "topics"), ("keyword", "keywords"),
                      ("plan-ref", "plan_refs"), ("counter", "counters"), ("unknown", "unknown"), ("flag", "flags"),
                      ("override", "overrides")):
        attrs.many(code, e[key])
    parts = _contacts(sid, "service_id", e["contacts"], attrs)
    org_id = (section_uuid(e["sections"][0]) if e["sections"]
              else operator_uuid(e["operator"]) if e["operator"] else None)
    areas = []
    for i, did in enumerate(e["districts"]):
        aid = uid("service-area", f"{e['id']}:{i}")
        a = _Attrs(aid, "service_area")
        a.add("district", did)
        d = districts.get(did)
        areas.append(_clean({"id": aid, "service_id": sid, "name": d["name"] if d else did,
                             "description": ({"area": "行政地域", "shakyo": "地区社協圏域"}.get(d["kind"]) if d else None),
                             "extent_type": "text", "extent": d["name"] if d else None, "attributes": a.items}))
    checked = [str(x["checked"]) for x in e["contacts"] + e["hours"] if x.get("checked")]
    return _clean({
        "id": sid, "organization_id": org_id, "name": e["name"], "alternate_name": e["name_en"],
        "description": e["summary"] or e["description"] or None, "status": "active",
        "assured_date": max(checked) if checked else None,
        "phones": parts["phones"],
        "schedules": [_schedule(e["id"], sid, i, h) for i, h in enumerate(e["hours"])],
        "service_areas": areas,
        "service_at_locations": [{"id": uid("service-at-location", loc["id"]), "service_id": sid,
                                  "location_id": loc["id"], "location": loc} for loc in parts["locations"]],
        "contacts": parts["contacts"],
        "organization": orgs.get(org_id) if org_id else None,
        "attributes": attrs.items,
    })


def organizations_by_uuid(doc: Doc) -> dict[str, dict[str, Any]]:
    """Every organization of the document (sections, then operators in first-use order), by UUID."""
    out = {section_uuid(s["id"]): organization(s) for s in doc["sections"]}
    for e in doc["counters"] + doc["services"]:
        op = e.get("operator")
        if op and operator_uuid(op) not in out:
            out[operator_uuid(op)] = operator_organization(op)
    return out


def export(doc: Doc) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(services, organizations) of the whole document, in the document's order."""
    doc = facts.resolve(document.canonical(doc))  # a fact used in several places: its value in each
    orgs = organizations_by_uuid(doc)
    services = [service(e, doc, orgs) for e in doc["counters"] + doc["services"]]
    return services, list(orgs.values())

