"""An on-disk copy of the built index, so a new process answers its first question quickly.

The cache key is the knowledge document's content plus the source of the modules that build the index:
a publish or a code change makes a new key, and the stale file is removed. The file lives in the project's
own run-time folder and is only read by this process's code.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
from pathlib import Path

from knowledge import phrases, search, text
from knowledge.kb import KnowledgeBase
from knowledge.search import Index


def _key(kb: KnowledgeBase) -> str:
    h = hashlib.sha256(json.dumps(kb.doc, sort_keys=True, ensure_ascii=False).encode())
    for module in (search, phrases, text):
        h.update(Path(str(module.__file__)).read_bytes())
    return h.hexdigest()[:20]


def load_index(kb: KnowledgeBase, cache_dir: Path | None) -> Index:
    """The index for `kb`: from the cache when it matches, else built (and cached when a folder is given)."""
    if cache_dir is None:
        return Index(kb)
    path = cache_dir / f"index-{_key(kb)}.pickle"
    try:
        with path.open("rb") as f:
            index = pickle.load(f)
        if isinstance(index, Index):
            index.kb = kb
            return index
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
        pass  # missing or unreadable: rebuild below
    index = Index(kb)
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as f:
            pickle.dump(index, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: concurrent processes never read half a file
        for old in cache_dir.glob("index-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only disk only costs speed
    return index
