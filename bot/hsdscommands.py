"""`python -m bot kb export-hsds DIR` and `kb import-hsds DIR [--dry-run]` (Open Referral HSDS 3, docs/HSDS.md)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from bot.config import Settings
from knowledge import hsds
from knowledge.files import read_plan_index

SERVICES, ORGANIZATIONS = "services.json", "organizations.json"


def export_hsds(args: argparse.Namespace, settings: Settings, engine: Engine) -> int:
    from bot.kbcommands import _current

    doc, what = _current(args, settings, engine)
    services, organizations = hsds.export(doc)
    folder: Path = args.dir
    folder.mkdir(parents=True, exist_ok=True)
    for name, items in ((SERVICES, services), (ORGANIZATIONS, organizations)):
        (folder / name).write_text(json.dumps(items, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"exported {what}: {len(services)} services to {folder / SERVICES}, {len(organizations)} organizations "
          f"to {folder / ORGANIZATIONS}", file=sys.stderr)
    return 0


def _read(path: Path, problems: list[str]) -> list[dict[str, Any]]:
    """A JSON array of objects; a missing organizations file is an empty list."""
    if not path.exists():
        if path.name == SERVICES:
            problems.append(f"{path}: missing")
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        problems.append(f"{path.name}: not readable JSON: {exc}")
        return []
    if not isinstance(data, list) or not all(isinstance(x, dict) for x in data):
        problems.append(f"{path.name}: must be a JSON array of objects")
        return []
    return data


def import_hsds(args: argparse.Namespace, settings: Settings, engine: Engine) -> int:
    """Preview (--dry-run) or apply HSDS services and organizations: merged by identifier, applied in one
    transaction with the same checks as `kb import`, or nothing."""
    from bot.kbcommands import _current, preview_or_apply
    from core.loading import required_counter_ids
    from knowledge import spreadsheet

    folder: Path = args.dir
    if not folder.is_dir():
        print(f"error: {folder}: need a folder with {SERVICES} (and {ORGANIZATIONS})", file=sys.stderr)
        return 2
    read_problems: list[str] = []
    services = _read(folder / SERVICES, read_problems)
    organizations = _read(folder / ORGANIZATIONS, read_problems)
    current, _ = _current(args, settings, engine)
    new, more = hsds.import_services(current, services, organizations)
    problems = spreadsheet.import_problems(new, read_problems + more, read_plan_index(settings.data_dir),
                                           required_counter_ids(settings))
    read = f"{len(services)} service(s), {len(organizations)} organization(s) read; "
    return preview_or_apply(current, new, problems, args.dry_run, settings, engine, read)
