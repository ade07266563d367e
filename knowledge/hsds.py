"""The knowledge document as Open Referral HSDS 3 objects, and back (docs/HSDS.md).

Pure functions over the knowledge document (`knowledge.files.Doc`): no database, no files.

- `export(doc)` → (services, organizations): every counter and service of the document is an HSDS
  service (the full object of the compiled `service.json`), every section and every operator named by
  the plans an HSDS organization (`organization.json`). Identifiers are UUID5 of a fixed namespace and the
  item's id, so they stay the same from one export to the next.
- `import_services(doc, services, organizations)` → (document, problems): the document with the HSDS
  services and organizations merged in (matched by identifier; new ones are added, nothing is removed).
  An export imported back gives the same document.

Where HSDS has a field the knowledge fills it (name, alternate_name = the English name, description,
phones, schedules as RRULE terms, service areas, locations, e-mail contacts); everything else the knowledge
holds (plan references, topics, keywords, the やさしい日本語 texts, the source of each fact, …) is an
attribute with a taxonomy term of the project's own taxonomies (`TAXONOMY`, `TOPIC_TAXONOMY`). Facts are
only exported where the knowledge has them: nothing is invented (an address without postal code is a
location's description, not an HSDS address).
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable
from typing import Any

from knowledge import document, facts
from knowledge.files import Doc

# Fixed: every identifier of every export derives from it (changing it changes every UUID).
NAMESPACE = uuid.UUID("5b0c6e1a-7f0e-5d7b-9a55-3a0d6c1f2e40")
TAXONOMY = "welfare-guide"  # the project's taxonomy of fields HSDS has no place for
TOPIC_TAXONOMY = "welfare-guide-topics"  # the 困りごと taxonomy (data/topics.yaml)
IDENTIFIER_SCHEME = "welfare-guide"
JST_OFFSET = 9  # schedules' timezone: UTC+9
DAY_CODES = {"mon": "MO", "tue": "TU", "wed": "WE", "thu": "TH", "fri": "FR", "sat": "SA", "sun": "SU"}
CODE_DAYS = {v: k for k, v in DAY_CODES.items()}
PHONE_TYPES = {"phone": "voice", "fax": "fax"}
_TIME = re.compile(r"^([0-9]{2}):([0-9]{2})(:[0-9]{2})?$")

# The project's taxonomy: code → (Japanese name, description). docs/HSDS.md lists the same.
TERMS: dict[str, tuple[str, str]] = {
    "entry-id": ("項目ID", "the knowledge base's id of the counter or service (data/counters.yaml, services.yaml)"),
    "kind": ("種類", "counter (窓口) or service (取組・事業・施策)"),
    "name-easy": ("やさしい日本語の名前", "the name in やさしい日本語"),
    "summary": ("住民向けの説明", "what residents see on the answer card"),
    "summary-easy": ("やさしい日本語の説明", "the summary in やさしい日本語"),
    "summary-en": ("英語の説明", "the summary in English"),
    "plan-description": ("計画の記述", "the plan's own wording, for staff"),
    "operator": ("実施主体", "the operator as the plan writes it"),
    "guideline": ("根拠", "the law or guideline behind the service"),
    "seed-source": ("出典の計画", "which plan text the service was read from"),
    "sections-in-plan": ("計画上の担当課", "the sections as the plan writes them"),
    "usable": ("住民が使える", "false: an internal measure of the plan, nothing a resident can apply for"),
    "alias": ("別名", "another name residents or staff use"),
    "section": ("担当課", "a responsible section's id, the main one first"),
    "target": ("対象", "who the entry is for"),
    "problem": ("困りごと（記述）", "a problem the entry handles, in words"),
    "keyword": ("検索語", "a word residents use that should find the entry"),
    "plan-ref": ("計画番号", "a plan reference (1-1-2-12, J2-1-23, G3-3, S2-2-3)"),
    "counter": ("実施窓口", "the id of a counter that delivers this service"),
    "unknown": ("未確認の情報", "a contact fact looked for and not found (phone, place, hours …)"),
    "flag": ("フラグ", "a marker of the knowledge base (old-source …)"),
    "district": ("地区ID", "the knowledge base's id of a district (data/districts.yaml)"),
    "contact-kind": ("連絡先の種類", "phone, fax, email, place, address, url"),
    "contact-position": ("連絡先の順番", "the fact's place among the owner's contact facts"),
    "label": ("連絡先の名前", "what the contact fact is (who answers the phone …)"),
    "source": ("出典", "the address of the source of the fact"),
    "source-date": ("出典の日付", "the date of the source"),
    "checked": ("確認日", "the date the fact was last checked against its source"),
    "note": ("注記", "a note on the fact"),
    "note-fact": ("注記の連絡先情報", "a contact fact of kind note, as JSON (value, label, source, dates, note)"),
    "closed-on-holidays": ("祝日休み", "true: closed on Japanese public holidays; false: open; absent: unknown"),
    "closed-year-end": ("年末年始休み", "true: closed from 29 December to 3 January; false: open; absent: unknown"),
    "fact-id": ("事実のID", "the id of a fact defined once, which other items refer to"),
    "fact-use": ("参照する事実", "the id of the fact this contact stands for"),
    "verified": ("公式ページ確認日", "the date a person last looked at the live source"),
    "unconfirmed": ("未確認", "true: from a secondary source, shown to residents as unconfirmed"),
    "exception": ("例外の日", "a dated exception of a schedule, as JSON (date, closed, opens, closes, note)"),
    "override": ("職員の修正", "a plan field a person corrected; the plan import keeps it"),
    "local-of": ("地区ごとの窓口", "the id of the city-wide counter this local counter is one of"),
    "section-kind": ("組織の種類", "section (市の課) or organization (社協など)"),
    "department": ("部", "the department a section belongs to"),
    "section-note": ("組織の注記", "a note on the section"),
}


def uid(kind: str, key: str) -> str:
    """The stable UUID of an item: UUID5 of the fixed namespace and `kind:key`."""
    return str(uuid.uuid5(NAMESPACE, f"{kind}:{key}"))


def entry_uuid(entry_id: str) -> str:
    return uid("entry", entry_id)


def section_uuid(section_id: str) -> str:
    return uid("section", section_id)


def operator_uuid(operator: str) -> str:
    return uid("operator", operator)


# ---- export ----------------------------------------------------------------------------------------------

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


# ---- import ----------------------------------------------------------------------------------------------

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
    if not (_TIME.match(opens) and _TIME.match(closes)):
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


# ---- checking against the specification's schemas (needs the `jsonschema` package) -------------------------

def strict(schema: Any) -> Any:
    """The schema with additionalProperties false on every object, as the specification checks its examples."""
    if isinstance(schema, dict):
        out = {k: strict(v) for k, v in schema.items()}
        if out.get("type") == "object" or "properties" in out:
            out["additionalProperties"] = False
        return out
    if isinstance(schema, list):
        return [strict(v) for v in schema]
    return schema
