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
from pathlib import Path
from types import ModuleType

from knowledge import grams, phrases, search, text
from knowledge.build_cache import cached as _cached
from knowledge.grams import GramIndex
from knowledge.kb import KnowledgeBase
from knowledge.search import Index


def _key(kb: KnowledgeBase, modules: tuple[ModuleType, ...] = (search, phrases, text)) -> str:
    h = hashlib.sha256(json.dumps(kb.doc, sort_keys=True, ensure_ascii=False).encode())
    for module in modules:
        h.update(Path(str(module.__file__)).read_bytes())
    return h.hexdigest()[:20]


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
