"""The safety screen's full outcome for every text the project has, to prove that a change of machinery (speed)
changed no screen: urgency, situations in order, `by_model` and the emergency lines in the order shown.

    python bench/safety_same.py OUT.tsv                 # write the outcomes
    python bench/safety_same.py OUT.tsv --against A.tsv # … and list the texts whose outcome differs (exit 1 if any)

Texts: every line of tests/questions/*.jsonl and every step (`text`, `say`) of tests/stories/*.jsonl and *.yaml.
Each text is screened with cold caches (as bench/safety_bench.py times it) and again with warm ones; the two must
agree. Only a text's place (file:line or file:story:step) and its outcome are written, never its words: the
locked parts are checked without being read.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import core.safety as safety_pkg  # noqa: E402
from core.safety import screen  # noqa: E402
from knowledge.text import warm_up  # noqa: E402

LINES = [(x["id"], tuple(x.get("situations") or ())) for x in yaml.safe_load((ROOT / "data/emergency.yaml").read_text(encoding="utf-8"))]


def lines_shown(situations: tuple[str, ...]) -> list[str]:
    """The emergency lines in the order core/crisis.py crisis_lines gives them."""
    out: list[str] = []
    for situation in situations:
        for line_id, covers in LINES:
            if situation in covers and line_id not in out:
                out.append(line_id)
                if situation == "soft":
                    return out
    now = [x for x in out[1:] if "suicide-imminent" in dict(LINES)[x]] if "suicide-imminent" in situations[1:] else []
    return [*out[:1], *now, *[x for x in out[1:] if x not in now]] if now else out


def _caches() -> list[Any]:
    """Every per-text cache between a message and its screen: the lru_caches of core.safety and knowledge.text
    (not the ones that load a model or a dictionary once, maxsize 1)."""
    import importlib
    import pkgutil

    import knowledge.text
    modules = [knowledge.text] + [importlib.import_module(m.name) for m in pkgutil.walk_packages(
        safety_pkg.__path__, "core.safety.") if not m.name.endswith("train_backstop")]
    out = []
    for mod in modules:
        for value in vars(mod).values():
            if isinstance(value, functools._lru_cache_wrapper) and value.cache_parameters()["maxsize"] != 1:
                out.append(value)
    return out


def texts() -> Iterator[tuple[str, str]]:
    for path in sorted((ROOT / "tests/questions").glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                yield f"{path.name}:{n}", json.loads(line)["q"]
    for path in sorted((ROOT / "tests/stories").glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                for k, step in enumerate(json.loads(line).get("steps", [])):
                    if isinstance(step.get("text"), str):
                        yield f"{path.name}:{n}:{k}", step["text"]
    for path in sorted((ROOT / "tests/stories").glob("*.yaml")):
        for k, text in enumerate(_said(yaml.safe_load(path.read_text(encoding="utf-8")))):
            yield f"{path.name}:{k}", text


def _said(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("say", "text") and isinstance(value, str):
                yield value
            else:
                yield from _said(value)
    elif isinstance(node, list):
        for item in node:
            yield from _said(item)


def outcome(text: str) -> str:
    found = screen(text)
    return f"{found.urgency}\t{','.join(found.situations)}\t{int(found.by_model)}\t{','.join(lines_shown(found.situations))}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--against")
    args = ap.parse_args()
    warm_up()
    caches = _caches()
    rows: list[str] = []
    every = list(texts())
    for where, text in every:
        for cache in caches:
            cache.cache_clear()
        rows.append(f"{where}\t{outcome(text)}")
    for (where, text), row in zip(every, rows, strict=True):  # warm: the caches of the whole run kept
        if f"{where}\t{outcome(text)}" != row:
            print(f"warm and cold differ: {where}")
    Path(args.out).write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} texts screened ({len(caches)} caches cleared before each)")
    if args.against:
        before = Path(args.against).read_text(encoding="utf-8").splitlines()
        diff = [(a, b) for a, b in zip(before, rows, strict=False) if a != b]
        for a, b in diff:
            print(f"- {a}\n+ {b}")
        if len(before) != len(rows):
            print(f"number of texts differs: {len(before)} → {len(rows)}")
        print(f"{len(diff)} outcomes differ")
        sys.exit(1 if diff or len(before) != len(rows) else 0)


if __name__ == "__main__":
    main()
