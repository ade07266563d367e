"""Disk copies of what a process builds before its first answer (the safety screen's rules and indexes, the
backstop's weights), so that a new process reads them instead of building them again.

A copy is named by a hash of everything that built it: the source files given (the code and the data), and
the versions of the packages whose output it holds (Sudachi's readings). A change to any of them makes a new
name, and the stale copy is removed; a clean clone builds it on its first start. The files live in the
project's run-time folder (var/cache, as knowledge/index_cache.py's) and are only read by this code.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path
from typing import TypeVar

_T = TypeVar("_T")

ROOT = Path(__file__).resolve().parent.parent
CACHE_DIR = ROOT / "var" / "cache"


def cached(path: Path, kind: type[_T], build: Callable[[], _T]) -> _T:
    """The object pickled at `path` when it is a `kind`, else built and written there (atomically), the stale
    files of the same prefix removed."""
    try:
        with path.open("rb") as f:
            found = pickle.load(f)
        if isinstance(found, kind):
            return found
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, IndexError, TypeError):
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


def key(sources: Iterable[Path], packages: Iterable[str] = (), extra: str = "") -> str:
    """A hash of the files' contents (in the order given), the packages' versions, Python's, and `extra` (the
    text of what is built, when it is not a file of its own)."""
    h = hashlib.sha256(sys.version.encode() + b"\0" + extra.encode())
    for path in sources:
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    for name in packages:
        try:
            h.update(f"{name}={metadata.version(name)}\0".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{name}=-\0".encode())
    return h.hexdigest()[:20]


def built(name: str, kind: type[_T], sources: Iterable[Path], build: Callable[[], _T],
          packages: Iterable[str] = (), extra: str = "") -> _T:
    """What `build` makes, from var/cache/NAME-KEY.pickle when the sources and packages are those it was made of."""
    return cached(CACHE_DIR / f"{name}-{key(sources, packages, extra)}.pickle", kind, build)
