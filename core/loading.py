"""From data files to the database: validate first, then replace in one transaction."""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy.engine import Engine

from core.settings import Settings
from knowledge.files import Doc, read_data_dir, read_plan_index
from knowledge.glossary import glossary_problems
from knowledge.store import generation, write_doc
from knowledge.validate import Problem, validate
from knowledge.verified import verified_problems


def required_counter_ids(settings: Settings) -> list[str]:
    """The counters that must exist: `required_counters.tsv` in the data folder (the city's registry, the
    project contract's counters.tsv), or `counters.tsv` in CONTRACT_DIR when that is set."""
    path = (settings.contract_dir / "counters.tsv" if settings.contract_dir is not None
            else settings.data_dir / "required_counters.tsv")
    if not path.exists():
        return []
    rows = path.read_text(encoding="utf-8").splitlines()[1:]
    return [r.split("\t", 1)[0] for r in rows if r.strip()]


def check_doc(doc: Doc, settings: Settings, data_dir: Path | None = None) -> list[Problem]:
    """validate's problems, then the `verified` dates' (knowledge/verified.py) and the glossary's."""
    folder = data_dir or settings.data_dir
    problems = validate(doc, read_plan_index(folder), required_counter_ids(settings))
    counters = {str(c.get("id")) for c in doc.get("counters") or []}
    return problems + [Problem(*p) for p in verified_problems(doc) + glossary_problems(folder, counters)]


def load_files(engine: Engine, settings: Settings, data_dir: Path | None = None) -> list[Problem]:
    """Validate the data folder and load it; on any problem nothing is changed and the problems return."""
    folder = data_dir or settings.data_dir
    doc = read_data_dir(folder)
    problems = check_doc(doc, settings, folder)
    if not problems:
        write_doc(engine, doc)
    return problems


def ensure_loaded(engine: Engine, settings: Settings) -> None:
    """The embedded default needs no set-up step: load data/ on first use."""
    if generation(engine) == 0:
        problems = load_files(engine, settings)
        if problems:
            print("knowledge base not loaded:", *problems[:20], sep="\n  ", file=sys.stderr)
            raise SystemExit(2)
