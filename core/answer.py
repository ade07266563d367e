"""The contract JSON of one answer (`ask --json`, `POST /api/ask`; its fields are listed in README.md)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from core.cards import reach
from core.emergency import emergency_line, line_json, ordered
from core.hours import describe, open_now
from core.router import RouteResult
from knowledge.kb import KnowledgeBase


def _reach(kb: KnowledgeBase, entry: dict[str, Any], lang: str, now: dt.datetime | None) -> dict[str, Any]:
    """What the answer card shows to reach the counter (additions to the contract): the number, the hours as
    written in the reply's language, and whether it is open now (null when its hours cannot say)."""
    contacts, hours = reach(kb, entry)
    return {"phone": next((str(c["value"]) for c in contacts if c["kind"] == "phone"), None),
            "hours": [describe(h, lang) for h in hours], "open_now": open_now(hours, now)}


def emergency_contacts(res: RouteResult, now: dt.datetime | None = None) -> list[dict[str, Any]]:
    """The emergency lines as every channel shows them (core/emergency.py): open ones first, a line closed
    now last with when it opens, 「（未確認）」 only where no dated page gives the number; each with the
    situations of this text it is listed for."""
    listed = {(str(x["name"]), str(x["number"])): x for x in res.emergency}
    lines = ordered([emergency_line(x) for x in res.emergency], now)
    return [{**line_json(line, res.lang, now),
             "situations": [s for s in res.safety.situations
                            if s in listed[(line.name, line.number)]["situations"]]}
            for line in lines]


def to_contract(kb: KnowledgeBase, res: RouteResult, now: dt.datetime | None = None) -> dict[str, Any]:
    """The answer object: crisis and emergency lines first, then district, results, clarify."""
    return {
        "query": res.query,
        "crisis": res.crisis is not None,
        "urgency": res.urgency,
        "emergency_contacts": emergency_contacts(res, now),
        "district": kb.district_label(res.place.district_id) if res.place else None,
        "results": [{
            "id": r.entry["id"], "kind": r.entry["kind"], "name": r.entry["name"],
            "section": kb.section_name(r.entry),
            "district": " / ".join(kb.districts[d]["name"] for d in r.entry["districts"]) or None,
            "plan_refs": list(r.entry["plan_refs"]), "score": round(r.score, 3),
            **_reach(kb, r.entry, res.lang, now),
        } for r in res.results],
        "clarify": {"text": res.clarify.text, "options": list(res.clarify.options)} if res.clarify else None,
    }
