"""Scoring whole conversations (blind stories) through `python -m bot chat --jsonl`.

A story is `{"id", "lang", "steps": [{"text" | "choose", "lang"?, "expect": {...}}]}` (JSON lines or a YAML
list). Each story is one resident: its first step starts a new one. What a step's `expect` means:

| key | the reply … |
|---|---|
| `ids` | shows at least one of these cards |
| `forbid_ids` | shows none of these cards |
| `district` | has a district (as the conversation knows it) containing this text |
| `urgency` | has this urgency (emergency / crisis / soft / none) |
| `refusal: false` | is not a refusal: not the bot's "this guide cannot answer that" nor a stale-option reply |
| `no_cards` | shows no card |
| `options` | offers options (`true`), or these labels (a list) |
| `english` | is written in English (no kana in its text) |

Used by tests/test_blind_stories.py (floors) and bench/conversations.py (the figures, tune and locked apart).
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent

# The bot's own words when it does not answer (core/dialogue.py): out of scope, in Japanese and English,
# and a tap on an option that is no longer offered. tests/test_chat_jsonl.py checks that an out-of-scope
# question is still recognised, so a rewording cannot silently make every reply count as an answer.
REFUSALS = ("この案内ではお答えできません", "not something this guide knows", "その選択肢はもう使えません")
KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")
CHECKS = ("error", "ids", "forbid_ids", "district", "urgency", "refusal", "no_cards", "options", "english")


def is_refusal(text: str) -> bool:
    return any(r in text for r in REFUSALS)


def is_english(text: str) -> bool:
    return bool(re.search(r"[A-Za-z]{2}", text)) and not KANA.search(text)


def load_stories(path: Path) -> list[dict[str, Any]]:
    text = path.read_text(encoding="utf-8")
    if path.suffix in (".yaml", ".yml"):
        stories = yaml.safe_load(text)
    else:
        stories = [json.loads(line) for line in text.splitlines() if line.strip()]
    return list(stories)


def part(story_id: str) -> str:
    """"locked" for a third of the stories (sha256 of the id, mod 3 == 0), "tune" for the rest: fixed for
    ever by the id alone, so tuning on the tune part never sees the locked one."""
    return "locked" if int(hashlib.sha256(story_id.encode()).hexdigest(), 16) % 3 == 0 else "tune"


def script(stories: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The `chat --jsonl` steps of the stories: each story's first step starts a new resident."""
    steps = []
    for story in stories:
        for i, step in enumerate(story["steps"]):
            s = {k: v for k, v in step.items() if k != "expect"}
            if "lang" not in s and story.get("lang"):
                s["lang"] = story["lang"]
            if i == 0:
                s["new"] = True
            steps.append(s)
    return steps


def run_chat(steps: list[dict[str, Any]], *, python: str = sys.executable, cwd: Path = ROOT,
             env: Mapping[str, str] | None = None, timeout: float = 900) -> list[dict[str, Any]]:
    """Run the steps through the real command; one output object a step."""
    stdin = "".join(json.dumps(s, ensure_ascii=False) + "\n" for s in steps)
    p = subprocess.run([python, "-m", "bot", "chat", "--jsonl"], cwd=cwd, env=dict(env) if env else None,
                       input=stdin, capture_output=True, text=True, timeout=timeout)
    if p.returncode != 0:
        raise RuntimeError(f"chat --jsonl failed ({p.returncode}): {p.stderr[-2000:]}")
    outs = [json.loads(line) for line in p.stdout.splitlines()]
    if len(outs) != len(steps):
        raise RuntimeError(f"{len(steps)} steps gave {len(outs)} lines: {p.stderr[-2000:]}")
    return outs


def check(expect: Mapping[str, Any], out: Mapping[str, Any]) -> list[str]:
    """The names of the expectations the reply misses (CHECKS); [] when it is fully as expected."""
    if "error" in out:
        return ["error"]
    cards = [c["id"] for c in out["cards"]]
    failed = []
    if expect.get("ids") and not set(expect["ids"]) & set(cards):
        failed.append("ids")
    if set(expect.get("forbid_ids") or ()) & set(cards):
        failed.append("forbid_ids")
    if expect.get("district") and expect["district"] not in (out["district"] or ""):
        failed.append("district")
    if "urgency" in expect and out["urgency"] != expect["urgency"]:
        failed.append("urgency")
    if expect.get("refusal") is False and is_refusal(out["text"]):
        failed.append("refusal")
    if expect.get("no_cards") and cards:
        failed.append("no_cards")
    if "options" in expect and not _options_ok(expect["options"], out["options"]):
        failed.append("options")
    if expect.get("english") and not is_english(out["text"]):
        failed.append("english")
    return failed


def _options_ok(expected: Any, shown: list[str]) -> bool:
    if isinstance(expected, list):
        return all(any(s == e or s.startswith(e + "（") for s in shown) for e in expected)
    return bool(shown) == bool(expected)


@dataclass
class StepResult:
    story: str
    index: int
    step: dict[str, Any]
    out: dict[str, Any]
    failed: list[str]


@dataclass
class Figures:
    """The figures of a set of steps."""

    stories: int = 0
    stories_full: int = 0
    steps: int = 0
    full: int = 0
    refusal_n: int = 0
    refusal_ok: int = 0
    district_n: int = 0
    district_ok: int = 0
    urgency_n: int = 0
    urgency_ok: int = 0
    ids_n: int = 0
    ids_ok: int = 0
    forbidden_shown: int = 0
    failures: Counter[str] = field(default_factory=Counter)

    @staticmethod
    def pct(ok: int, n: int) -> float:
        return 100.0 * ok / n if n else 100.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "stories": self.stories, "steps": self.steps,
            "stories_full_pct": round(self.pct(self.stories_full, self.stories), 1),
            "steps_full_pct": round(self.pct(self.full, self.steps), 1),
            "not_refusal_pct": round(self.pct(self.refusal_ok, self.refusal_n), 1),
            "district_pct": round(self.pct(self.district_ok, self.district_n), 1),
            "urgency_pct": round(self.pct(self.urgency_ok, self.urgency_n), 1),
            "ids_pct": round(self.pct(self.ids_ok, self.ids_n), 1),
            "forbidden_shown": self.forbidden_shown,
            "counts": {"refusal": self.refusal_n, "district": self.district_n, "urgency": self.urgency_n,
                       "ids": self.ids_n},
            "failures": dict(self.failures.most_common()),
        }


def score(stories: list[dict[str, Any]], outs: list[dict[str, Any]]) -> tuple[Figures, list[StepResult]]:
    figures, results = Figures(), []
    it = iter(outs)
    for story in stories:
        figures.stories += 1
        story_ok = True
        for i, step in enumerate(story["steps"]):
            out, expect = next(it), step.get("expect") or {}
            failed = check(expect, out)
            results.append(StepResult(story["id"], i, step, out, failed))
            figures.steps += 1
            figures.full += not failed
            story_ok = story_ok and not failed
            figures.failures.update(failed)
            if expect.get("refusal") is False:
                figures.refusal_n += 1
                figures.refusal_ok += "refusal" not in failed and "error" not in failed
            if expect.get("district"):
                figures.district_n += 1
                figures.district_ok += "district" not in failed and "error" not in failed
            if "urgency" in expect:
                figures.urgency_n += 1
                figures.urgency_ok += "urgency" not in failed and "error" not in failed
            if expect.get("ids"):
                figures.ids_n += 1
                figures.ids_ok += "ids" not in failed and "error" not in failed
            if "error" not in out:
                figures.forbidden_shown += len(set(expect.get("forbid_ids") or ())
                                               & {c["id"] for c in out["cards"]})
        figures.stories_full += story_ok
    return figures, results
