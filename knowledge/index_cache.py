"""On-disk copies of the built indexes, so a new process answers its first question quickly.

The cache key is the knowledge document's content plus the source of the modules that build the index:
a publish or a code change makes a new key, and the stale file is removed. The files live in the project's
own run-time folder and are only read by this process's code. Two indexes are kept: the phrases' (`Index`,
knowledge/search.py) and the entries' character n-grams (`GramIndex`, knowledge/grams.py; ≈ 0.25 s of CPU to
build at each start before it was kept).
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TypeVar

from knowledge import grams, phrases, search, text
from knowledge.grams import GramIndex
from knowledge.kb import KnowledgeBase
from knowledge.search import Index

_T = TypeVar("_T")


def _key(kb: KnowledgeBase, modules: tuple[ModuleType, ...] = (search, phrases, text)) -> str:
    h = hashlib.sha256(json.dumps(kb.doc, sort_keys=True, ensure_ascii=False).encode())
    for module in modules:
        h.update(Path(str(module.__file__)).read_bytes())
    return h.hexdigest()[:20]


def _cached(path: Path, kind: type[_T], build: Callable[[], _T]) -> _T:
    """The object pickled at `path` when it is a `kind`, else built and written there (atomically), the stale
    files of the same prefix removed."""
    try:
        with path.open("rb") as f:
            found = pickle.load(f)
        if isinstance(found, kind):
            return found
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
        pass  # missing or unreadable: rebuild below
    built = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as f:
            pickle.dump(built, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: concurrent processes never read half a file
        prefix = path.name.split("-")[0]
        for old in path.parent.glob(f"{prefix}-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only disk only costs speed
    return built


def load_index(kb: KnowledgeBase, cache_dir: Path | None) -> Index:
    """The index for `kb`: from the cache when it matches, else built (and cached when a folder is given)."""
    if cache_dir is None:
        return Index(kb)
    index = _cached(cache_dir / f"index-{_key(kb)}.pickle", Index, lambda: Index(kb))
    index.kb = kb
    return index


def load_grams(kb: KnowledgeBase, cache_dir: Path | None) -> GramIndex:
    """The entries' n-gram index for `kb`, as `load_index` keeps the phrases' (keyed by knowledge/grams.py too)."""
    if cache_dir is None:
        return GramIndex(kb)
    return _cached(cache_dir / f"grams-{_key(kb, (grams, text))}.pickle", GramIndex, lambda: GramIndex(kb))
