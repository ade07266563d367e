"""Whole conversations, scored: a stories file through `python -m bot chat --jsonl`.

usage: python bench/conversations.py [STORIES.jsonl|.yaml] [--json] [--failures] [--python PY]

The stories (default tests/stories/convo16.jsonl, written by people who never saw the code) are split for
good by the sha256 of their id: a third is `locked` (measured, never looked into), the rest `tune`. For each
part it prints: the steps fully as expected, the answers that are not a refusal (steps expecting
`refusal: false`; a refusal is the bot's own out-of-scope or stale-option wording, tests/convo_scoring.py),
the district applied (steps expecting one), the forbidden cards shown, the urgency right, and the failed
expectations by kind. `--failures` lists the failed steps of the tune part only.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from collections import Counter  # noqa: E402

from tests.convo_scoring import (  # noqa: E402
    Figures,
    StepResult,
    is_refusal,
    load_stories,
    part,
    run_chat,
    score,
    script,
)

DEFAULT = ROOT / "tests" / "stories" / "convo16.jsonl"  # session 17's blind set (80 stories, a third locked; convo17: sealed in session 17, in the repository since its end; convo15: sealed in session 16; convo14 … convo7: sessions 16 … 10)


def kinds(r: StepResult) -> list[str]:
    """What went wrong in a failed step, in words the next fix can start from."""
    out, expect = r.out, r.step.get("expect") or {}
    where = "first message" if r.index == 0 else "follow-up"
    if "error" in out:
        return [f"{where}: error line"]
    got = ("refused" if is_refusal(out["text"]) else "other cards" if out["cards"]
           else "asked back" if out["options"] else "no cards")
    found = []
    for check in r.failed:
        if check == "ids":
            found.append(f"{where}: expected card missing ({got})")
        elif check == "refusal" and "ids" not in r.failed:
            found.append(f"{where}: refused ({'thanks/greeting' if expect.get('no_cards') else 'other'})")
        elif check == "district":
            found.append("district not recognised" if out["district"] is None else "district different")
        elif check == "urgency":
            found.append(f"urgency {expect['urgency']} given as {out['urgency']}")
        elif check != "refusal":
            found.append({"english": "reply not in English", "no_cards": "cards shown where none fit",
                          "forbid_ids": "forbidden card shown", "options": "no options offered"}.get(check, check))
    return found


def report(name: str, f: Figures, results: list[StepResult]) -> str:
    d = f.as_dict()
    failed = ", ".join(f"{k} {n}" for k, n in d["failures"].items()) or "none"
    return "\n".join([
        f"== {name}: {f.stories} stories, {f.steps} steps",
        f"  steps fully as expected   {d['steps_full_pct']:5.1f}%  ({f.full}/{f.steps}; "
        f"stories {f.stories_full}/{f.stories})",
        f"  answers not a refusal     {d['not_refusal_pct']:5.1f}%  ({f.refusal_ok}/{f.refusal_n})",
        f"  district applied          {d['district_pct']:5.1f}%  ({f.district_ok}/{f.district_n})",
        f"  urgency right             {d['urgency_pct']:5.1f}%  ({f.urgency_ok}/{f.urgency_n})",
        f"  expected card shown       {d['ids_pct']:5.1f}%  ({f.ids_ok}/{f.ids_n})",
        f"  forbidden cards shown     {f.forbidden_shown}",
        f"  failed expectations       {failed}",
        "  failure kinds (steps):",
        *[f"    {n:3d}  {k}" for k, n in Counter(k for r in results for k in kinds(r)).most_common()],
    ])


def describe(r: StepResult) -> str:
    said = r.step.get("text", r.step.get("choose"))
    got = r.out.get("error") or r.out["text"].replace("\n", " ")[:70]
    cards = [c["id"] for c in r.out.get("cards", [])]
    return (f"{r.story}#{r.index + 1} {said!r} → {','.join(r.failed)}\n"
            f"    expect {json.dumps(r.step.get('expect'), ensure_ascii=False)}\n"
            f"    got urgency={r.out.get('urgency')} district={r.out.get('district')} cards={cards} {got!r}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("stories", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--python", default=sys.executable, help="the project's Python (default: this one)")
    ap.add_argument("--json", action="store_true", help="the figures as one JSON object")
    ap.add_argument("--failures", action="store_true", help="list the failed steps of the tune part")
    args = ap.parse_args()
    stories = load_stories(args.stories)
    started = time.monotonic()
    outs = run_chat(script(stories), python=args.python, env=os.environ)
    took = time.monotonic() - started
    figures: dict[str, Figures] = {}
    results: dict[str, list[StepResult]] = {}
    for name in ("tune", "locked"):
        chosen = [s for s in stories if part(s["id"]) == name]
        # The outputs in the order of the stories: pick each chosen story's lines.
        lines, at = [], 0
        for s in stories:
            n = len(s["steps"])
            if part(s["id"]) == name:
                lines += outs[at:at + n]
            at += n
        figures[name], results[name] = score(chosen, lines)
    figures["all"], results["all"] = score(stories, outs)
    if args.json:
        print(json.dumps({k: {**f.as_dict(), "kinds": dict(Counter(x for r in results[k] for x in kinds(r)))}
                          for k, f in figures.items()}, ensure_ascii=False, indent=2))
    else:
        print(f"{args.stories}: {len(stories)} stories, {len(outs)} steps in {took:.1f} s")
        for name, f in figures.items():
            print(report(name, f, results[name]))
    if args.failures:
        print("\n-- failed steps (tune part)")
        for r in results["tune"]:
            if r.failed:
                print(describe(r))
    return 0


if __name__ == "__main__":
    sys.exit(main())
