"""The canonical shape of each item of the knowledge document: fixed keys, fixed order, defaults filled.

Both the YAML reader and the database reader pass through here, so "export then import changes nothing"
holds by construction and diffs only show real changes. The shapes are the item classes' of
`knowledge/schema/` (`from_mapping(…).to_mapping()`): the one definition of an item's fields.
"""

from __future__ import annotations

from typing import Any

from knowledge.files import Doc
from knowledge.schema import Contact, District, EmergencyLine, Entry, Hours, Section, Topic
from knowledge.schema.items import OVERRIDABLE as OVERRIDABLE

CONTACT_KEYS = tuple(name for name, _ in Contact.specs())
HOURS_KEYS = tuple(name for name, _ in Hours.specs())


def entry(e: dict[str, Any], kind: str) -> dict[str, Any]:
    """A counter or service with every key present (`kind` when the item names none)."""
    return Entry.from_mapping(e, kind=kind).to_mapping()


def section(s: dict[str, Any]) -> dict[str, Any]:
    return Section.from_mapping(s).to_mapping()


def district(d: dict[str, Any]) -> dict[str, Any]:
    return District.from_mapping(d).to_mapping()


def topic(t: dict[str, Any]) -> dict[str, Any]:
    return Topic.from_mapping(t).to_mapping()


def emergency(x: dict[str, Any]) -> dict[str, Any]:
    return EmergencyLine.from_mapping(x).to_mapping()


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
