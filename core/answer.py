"""The contract JSON of one answer (`ask --json`, `POST /api/ask`; its fields are listed in README.md)."""

from __future__ import annotations

from typing import Any

from core.cards import reach
from core.router import RouteResult
from knowledge.kb import KnowledgeBase


def _phone(kb: KnowledgeBase, entry: dict[str, Any]) -> str | None:
    """The number the answer card shows (an addition to the contract: how to reach the counter)."""
    return next((str(c["value"]) for c in reach(kb, entry)[0] if c["kind"] == "phone"), None)


def to_contract(kb: KnowledgeBase, res: RouteResult) -> dict[str, Any]:
    """The answer object: crisis and emergency lines first, then district, results, clarify."""
    return {
        "query": res.query,
        "crisis": res.crisis is not None,
        "urgency": res.urgency,
        "emergency_contacts": [{"name": x["name"], "number": x["number"], "hours": x["hours"],
                                "situations": [s for s in res.safety.situations if s in x["situations"]]}
                               for x in res.emergency],
        "district": kb.district_label(res.place.district_id) if res.place else None,
        "results": [{
            "id": r.entry["id"], "kind": r.entry["kind"], "name": r.entry["name"],
            "section": kb.section_name(r.entry),
            "district": " / ".join(kb.districts[d]["name"] for d in r.entry["districts"]) or None,
            "plan_refs": list(r.entry["plan_refs"]), "score": round(r.score, 3),
            "phone": _phone(kb, r.entry),
        } for r in res.results],
        "clarify": {"text": res.clarify.text, "options": list(res.clarify.options)} if res.clarify else None,
    }
