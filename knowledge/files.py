"""Read and write the YAML source files of `data/` as one plain document (docs/DATA.md)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml

KINDS = ("sections", "districts", "counters", "services", "topics", "emergency")
Doc = dict[str, list[dict[str, Any]]]


class SourceFileError(ValueError):
    """A data file is missing or is not the YAML list docs/DATA.md describes."""


def _plain(value: Any) -> Any:
    """Dates become ISO strings so the document is JSON-ready and compares equal across round trips."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def read_yaml_list(path: Path) -> list[dict[str, Any]]:
    """One file: a YAML list of mappings (an empty file is an empty list)."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise SourceFileError(f"{path.name}: file not found") from exc
    except yaml.YAMLError as exc:
        raise SourceFileError(f"{path.name}: not valid YAML: {exc}") from exc
    if raw is None:
        return []
    if not isinstance(raw, list) or not all(isinstance(item, dict) for item in raw):
        raise SourceFileError(f"{path.name}: must be a list of mappings")
    return [_plain(item) for item in raw]


def read_data_dir(data_dir: Path) -> Doc:
    """All source files of a data folder; a missing file is an error (a typo must not empty the KB)."""
    return {kind: read_yaml_list(data_dir / f"{kind}.yaml") for kind in KINDS}


def read_plan_index(data_dir: Path) -> dict[str, str]:
    """`plan_index.tsv`: every plan number the plans contain (ref → title), for the coverage check."""
    path = data_dir / "plan_index.tsv"
    if not path.exists():
        return {}
    index: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            ref, _, title = line.partition("\t")
            index[ref.strip()] = title.strip()
    return index


def dump_yaml(items: list[dict[str, Any]], header: str = "") -> str:
    """YAML the way staff read it: Japanese as is, keys in their written order."""
    body = yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=200)
    return (header + "\n" if header else "") + body
