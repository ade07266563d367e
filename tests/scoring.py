"""Scoring of answers against a question set, with the contract's semantics: an in-process mirror of the
contract's scorer (`score.py` beside `counters.tsv` in the shared contract; the registry is copied in
tests/fixtures/contract), the same kinds and the same hit rule, so no test needs ../shared.

Used by tests/test_routing_quality.py and bench/; prints top-1/top-3/crisis/out-of-scope/district rates.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


def load_questions(*paths: Path) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for path in paths:
        out += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def registry_refs(counters_tsv: Path) -> dict[str, set[str]]:
    lines = counters_tsv.read_text(encoding="utf-8").splitlines()
    head = lines[0].split("\t")
    rows = [dict(zip(head, line.split("\t"), strict=False)) for line in lines[1:] if line.strip()]
    return {r["id"]: set(r["plan_refs"].split()) for r in rows}


@dataclass
class Report:
    tally: dict[str, list[int]] = field(default_factory=dict)
    crisis_false_positive: int = 0
    non_crisis: int = 0
    failures: list[str] = field(default_factory=list)

    def count(self, name: str, ok: bool, q: dict[str, Any], out: dict[str, Any]) -> None:
        n = self.tally.setdefault(name, [0, 0])
        n[0] += 1
        n[1] += int(ok)
        if not ok:
            top = [(r["id"], r["plan_refs"][:2]) for r in out.get("results", [])[:3]]
            self.failures.append(f"FAIL {name}: {q['q']} | want {q.get('ids') or q.get('sections') or ''} "
                                 f"{q.get('refs', '')} {q.get('district', '')} | got {top} "
                                 f"crisis={out.get('crisis')} district={out.get('district')}")

    def rate(self, name: str) -> float:
        total, ok = self.tally.get(name, [0, 0])
        return ok / total if total else 1.0

    def summary(self) -> str:
        parts = [f"{k}={v[1]}/{v[0]}={v[1] / v[0]:.3f}" for k, v in sorted(self.tally.items())]
        parts.append(f"crisis_false_positive={self.crisis_false_positive}/{self.non_crisis}")
        return " ".join(parts)


def score(questions: Iterable[dict[str, Any]], answer: Callable[[str], dict[str, Any]],
          registry: dict[str, set[str]]) -> Report:
    rep = Report()

    def hit(res: dict[str, Any], q: dict[str, Any]) -> bool:
        ids = set(q.get("ids", []))
        refs = set(q.get("refs", []))
        for i in ids:
            refs |= registry.get(i, set())
        return res.get("id") in ids or bool(set(res.get("plan_refs") or []) & refs)

    for q in questions:
        out = answer(q["q"])
        res = out.get("results") or []
        kind = q["kind"]
        if kind != "crisis":
            rep.non_crisis += 1
            if out.get("crisis"):
                rep.crisis_false_positive += 1
                rep.failures.append(f"FALSE ALARM: {q['q']}")
        if kind == "route":
            rep.count("top1", bool(res) and hit(res[0], q), q, out)
            rep.count("top3", any(hit(r, q) for r in res[:3]), q, out)
            if "district" in q:
                d = out.get("district") or ""
                rep.count("district", any(t in d for t in q["district"]), q, out)
        elif kind == "crisis":
            rep.count("crisis", bool(out.get("crisis")) and bool(out.get("emergency_contacts")), q, out)
        elif kind == "nocrisis":
            rep.count("nocrisis", (not out.get("crisis")) and any(hit(r, q) for r in res[:3]), q, out)
        elif kind == "calm":
            rep.count("calm", not out.get("crisis"), q, out)
        elif kind == "oos":
            rep.count("oos", not res and not out.get("crisis"), q, out)
        elif kind == "vague":
            rep.count("vague", bool(out.get("clarify")) or (bool(res) and res[0].get("id") in q["ids"]), q, out)
        elif kind == "section":
            secs = q["sections"]
            rep.count("section", any(any(s in (r.get("section") or "") for s in secs) for r in res[:3]), q, out)
    return rep
