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

The mapping lives in knowledge/hsds_terms.py (identifiers, taxonomies), knowledge/hsds_export.py and
knowledge/hsds_import.py; this module is their one entry point.
"""

from __future__ import annotations

from typing import Any

from knowledge.hsds_export import export, organization, organizations_by_uuid, service
from knowledge.hsds_import import entry_from, import_services, section_from
from knowledge.hsds_terms import (
    CODE_DAYS,
    DAY_CODES,
    IDENTIFIER_SCHEME,
    NAMESPACE,
    TAXONOMY,
    TERMS,
    TOPIC_TAXONOMY,
    entry_uuid,
    operator_uuid,
    section_uuid,
    uid,
)

__all__ = ["CODE_DAYS", "DAY_CODES", "IDENTIFIER_SCHEME", "NAMESPACE", "TAXONOMY", "TERMS", "TOPIC_TAXONOMY",
           "entry_from", "entry_uuid", "export", "import_services", "operator_uuid", "organization",
           "organizations_by_uuid", "section_from", "section_uuid", "service", "strict", "uid"]


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
