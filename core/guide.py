"""The running knowledge: read from the database, indexed, and re-read when staff publish."""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy.engine import Engine

from core.router import Router, RouteResult
from knowledge.index_cache import load_grams, load_index
from knowledge.kb import KnowledgeBase
from knowledge.store import generation, read_doc


class KnowledgeNotLoaded(RuntimeError):
    """The database holds no knowledge base yet (run `python -m bot kb load`)."""


class Guide:
    """One per process; every channel asks through it, so all channels answer from the same data."""

    def __init__(self, engine: Engine, index_cache: Path | None = None, prefetch: bool = True) -> None:
        self.engine = engine
        self.index_cache = index_cache
        self.prefetch = prefetch  # False for a process that answers once (`ask`): its first answer needs no kana reader
        self._lock = threading.Lock()
        self._router: Router | None = None
        self._generation = -1

    @property
    def router(self) -> Router:
        """The router for the current knowledge generation (rebuilt after a publish)."""
        return self.refresh(generation(self.engine))

    @property
    def current(self) -> Router:
        """The router built last, without asking the database (the first one is built now)."""
        return self._router if self._router is not None else self.router

    @property
    def built(self) -> bool:
        """Whether a router has been built in this process (a server whose workers answer never builds one
        unless something asks)."""
        return self._router is not None

    @property
    def generation(self) -> int:
        """The knowledge generation of the router built last (-1 before the first)."""
        return self._generation

    def stored_generation(self) -> int:
        """The generation the database holds now (one query; callers may run it off the loop)."""
        return generation(self.engine)

    def refresh(self, current: int) -> Router:
        """The router for generation `current`: the one built last, or rebuilt from the database."""
        if self._router is None or current != self._generation:
            with self._lock:
                if self._router is None or current != self._generation:
                    self.install(self.build(current))
        assert self._router is not None
        return self._router

    def build(self, current: int) -> Router:
        """A new router for generation `current`, from the database; nothing in use changes, so it may run in
        a thread while the event loop routes with the router in use (the tokenizer is per thread,
        knowledge/text.py)."""
        doc = read_doc(self.engine)
        if not doc["counters"]:
            raise KnowledgeNotLoaded("the knowledge base is empty: run `python -m bot kb load`")
        kb = KnowledgeBase.from_doc(doc, current)
        router = Router(kb, load_index(kb, self.index_cache), load_grams(kb, self.index_cache))
        if self.prefetch:
            _ = router.kana  # read here, beside the loop: the first kana message would otherwise wait ≈ 0.1 s for it
        return router

    def install(self, router: Router) -> Router:
        """Answer from `router` (made by `build`) from now on."""
        self._router, self._generation = router, router.kb.generation
        return router

    @property
    def kb(self) -> KnowledgeBase:
        return self.router.kb

    def warm(self) -> None:
        """Build (or load) the router now, e.g. right after a load, so the first question is quick."""
        _ = self.router

    def ask(self, text: str) -> RouteResult:
        return self.router.route(text)
