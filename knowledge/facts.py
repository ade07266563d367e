"""Facts defined once: a contact fact named with `fact: <id>` is used elsewhere as `use: <id>`.

The files and the database keep the reference (staff change the phone in one place); the running knowledge
(`KnowledgeBase.from_doc`) sees each use replaced by the fact it names, with the use's own `label` if it has
one, so every card shows the same, current value.
"""

from __future__ import annotations

from typing import Any

from knowledge.files import Doc


def defined(doc: Doc) -> dict[str, dict[str, Any]]:
    """Every named fact of the document by its id (sections' and entries' contacts)."""
    owners = doc["sections"] + doc["counters"] + doc["services"]
    return {c["fact"]: c for o in owners for c in o.get("contacts") or [] if c.get("fact")}


def resolve_contacts(contacts: list[dict[str, Any]], facts: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for c in contacts:
        used = facts.get(c.get("use") or "")
        if c.get("use") and used is None:
            continue  # validate reports it; a dangling use shows nothing rather than an empty fact
        out.append(dict(used, label=c.get("label") or used.get("label"), note=c.get("note") or used.get("note"),
                        use=c["use"], fact=None) if used is not None else c)
    return out


def resolve(doc: Doc) -> Doc:
    """The document with every `use` replaced by the fact it names (the items are copies)."""
    facts = defined(doc)
    if not any(c.get("use") for kind in ("sections", "counters", "services") for o in doc[kind]
               for c in o.get("contacts") or []):
        return doc
    out = dict(doc)
    for kind in ("sections", "counters", "services"):
        out[kind] = [dict(o, contacts=resolve_contacts(o.get("contacts") or [], facts)) for o in doc[kind]]
    return out
