"""The shared draft: edits with optimistic locking, publishing, spreadsheet imports, the audit trail.

Every change goes into one draft document (`Draft`, id 1) that starts as a copy of the live knowledge.
An edit names the version (a hash) of the item it was based on; a save based on an outdated version
raises `Conflict` and changes nothing. Each change and its audit entry commit in one transaction, and
the draft row is written compare-and-set on its revision, so two saves never overwrite each other.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import delete, update
from sqlalchemy import select as sa_select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from backoffice.models import AuditEntry, Draft, PendingImport, utcnow
from core.loading import check_doc
from core.settings import Settings
from knowledge import document
from knowledge.files import KINDS, Doc
from knowledge.spreadsheet import diff_docs
from knowledge.store import generation, read_doc, write_doc
from knowledge.validate import Problem

JST = dt.timezone(dt.timedelta(hours=9), "JST")  # Japan has no daylight saving time
RETRIES = 5

CANONICAL: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "sections": document.section,
    "districts": document.district,
    "counters": lambda e: document.entry(e, "counter"),
    "services": lambda e: document.entry(e, "service"),
    "topics": document.topic,
    "emergency": document.emergency,
}


def today() -> dt.date:
    return dt.datetime.now(JST).date()


def _json(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def plain(obj: Any) -> Any:
    """JSON-safe copy (dates become ISO text), so what is stored equals what is read back."""
    return json.loads(_json(obj))


def fingerprint(obj: Any) -> str:
    """The version of an item (or a document) as the form saw it."""
    return hashlib.sha256(_json(obj).encode()).hexdigest()[:20]


def find(doc: Doc, kind: str, item_id: str) -> dict[str, Any] | None:
    return next((x for x in doc.get(kind, []) if x.get("id") == item_id), None)


class Busy(RuntimeError):
    """Other saves kept coming first (RETRIES times): nothing was changed; try again."""


class Conflict(Exception):
    """The item changed since the form was loaded; `theirs` is the item as it is now."""

    def __init__(self, theirs: dict[str, Any] | None) -> None:
        super().__init__("conflict")
        self.theirs = theirs


@dataclass
class Working:
    """What staff edit: the draft when there is one, else the live knowledge."""

    doc: Doc
    is_draft: bool
    revision: int = 0
    author: str = ""
    updated_at: dt.datetime | None = None
    base_generation: int = 0


def working(engine: Engine) -> Working:
    with Session(engine) as s:
        draft = s.get(Draft, 1)
        if draft is not None:
            return Working(cast(Doc, draft.doc), True, draft.revision, draft.author, draft.updated_at,
                           draft.base_generation)
    return Working(read_doc(engine), False)


def _write_draft(s: Session, engine: Engine, doc: Doc, username: str, draft: Draft | None,
                 live: Doc | None = None) -> bool:
    """Store `doc` as the draft; False when another save came first (the caller retries).
    A new draft records `live`, the live document it was made from, as its base."""
    now = utcnow()
    if draft is None:
        base = live if live is not None else read_doc(engine)
        s.add(Draft(id=1, doc=plain(doc), base_doc=plain(base), base_generation=generation(engine),
                    revision=1, updated_at=now, author=username))
        return True
    result = s.execute(update(Draft).where(Draft.id == 1, Draft.revision == draft.revision)  # type: ignore[arg-type]
                       .values(doc=plain(doc), revision=draft.revision + 1, updated_at=now, author=username))
    return bool(result.rowcount == 1)  # type: ignore[attr-defined]


def _audit(s: Session, username: str, action: str, entity: str, before: Any, after: Any) -> None:
    s.add(AuditEntry(at=utcnow(), username=username, action=action, entity=entity, before=plain(before),
                     after=plain(after)))


def _doc_of(s: Session, engine: Engine) -> tuple[Draft | None, Doc, Doc | None]:
    """(draft row, a copy of the document to change, the live document when there is no draft yet)."""
    draft = s.get(Draft, 1)
    if draft is not None:
        return draft, copy.deepcopy(cast(Doc, draft.doc)), None
    live = read_doc(engine)
    return None, copy.deepcopy(live), live


def save_item(engine: Engine, kind: str, item_id: str, version: str | None,
              change: Callable[[dict[str, Any]], dict[str, Any]], username: str) -> dict[str, Any]:
    """Apply `change` to the item in the draft if it is still at `version`; returns the new item.
    Raises Conflict (nothing changed) when someone saved it in between, KeyError when it is gone.
    `version=None` applies to the item as it is: only for changes that cannot undo anyone's edit
    (adding one phrase to a list)."""
    for _ in range(RETRIES):
        with Session(engine) as s:
            draft, doc, live = _doc_of(s, engine)
            items = doc[kind]
            pos = next((i for i, x in enumerate(items) if x.get("id") == item_id), None)
            if pos is None:
                raise KeyError(item_id)
            current = items[pos]
            if version is not None and fingerprint(current) != version:
                raise Conflict(current)
            new = plain(CANONICAL[kind](change(copy.deepcopy(current))))
            if new == current:
                return current
            items[pos] = new
            if not _write_draft(s, engine, doc, username, draft, live):
                continue  # another save came first: look again (it may have been another item)
            _audit(s, username, "edit", f"{kind}/{item_id}", current, new)
            try:
                s.commit()
            except IntegrityError:  # two first saves created the draft at once
                continue
            return new
    raise Busy("the draft is busy: try again")


def add_item(engine: Engine, kind: str, item: dict[str, Any], username: str) -> dict[str, Any]:
    """Append a new item to the draft; Conflict when the id is taken."""
    new = plain(CANONICAL[kind](item))
    for _ in range(RETRIES):
        with Session(engine) as s:
            draft, doc, live = _doc_of(s, engine)
            existing = find(doc, kind, new["id"])
            if existing is not None:
                raise Conflict(existing)
            doc[kind].append(new)
            if not _write_draft(s, engine, doc, username, draft, live):
                continue
            _audit(s, username, "add", f"{kind}/{new['id']}", None, new)
            try:
                s.commit()
            except IntegrityError:
                continue
            return new
    raise Busy("the draft is busy: try again")


def item_problems(doc: Doc, settings: Settings, kind: str, item_id: str) -> list[Problem]:
    """The `kb check` problems of this item (shown on its edit page, beside their fields, before publishing)."""
    return [p for p in check_doc(doc, settings) if p.file == kind and p.entry == item_id]


# ---- publish ------------------------------------------------------------------------------------------------

@dataclass
class Preview:
    """What publishing the draft would do."""

    has_draft: bool
    revision: int = 0
    changes: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    live_changed: list[str] = field(default_factory=list)  # live changes since the draft began


def preview(engine: Engine, settings: Settings) -> Preview:
    with Session(engine) as s:
        draft = s.get(Draft, 1)
        if draft is None:
            return Preview(False)
        doc, base, revision = cast(Doc, draft.doc), cast(Doc, draft.base_doc), draft.revision
    live = read_doc(engine)
    return Preview(True, revision, diff_docs(live, doc), check_doc(doc, settings),
                   diff_docs(base, live) if plain(live) != plain(base) else [])


@dataclass
class Published:
    ok: bool
    reason: str = ""  # none | moved | problems | live-changed
    preview: Preview | None = None
    generation: int = 0


def publish(engine: Engine, settings: Settings, username: str, revision: int,
            overwrite_live_changes: bool = False) -> Published:
    """Validate the draft (as `kb check`) and make it live, with its audit entry, in one transaction.

    Refused, changing nothing, when: there is no draft; the draft changed after the staff member looked
    at it (`revision`); `kb check` finds problems; or the live knowledge changed since the draft began
    and the staff member has not confirmed that publishing undoes those changes."""
    view = preview(engine, settings)
    if not view.has_draft:
        return Published(False, "none", view)
    if view.revision != revision:
        return Published(False, "moved", view)
    if view.problems:
        return Published(False, "problems", view)
    if view.live_changed and not overwrite_live_changes:
        return Published(False, "live-changed", view)
    with _PUBLISHING:  # one at a time in this process (SQLite would refuse the second writer after 5 s)
        return _publish(engine, username, revision, view)


def _publish(engine: Engine, username: str, revision: int, view: Preview) -> Published:
    with Session(engine) as s:
        draft = s.get(Draft, 1)
        if draft is None or draft.revision != revision:
            return Published(False, "moved", view)
        doc = cast(Doc, draft.doc)
    before = generation(engine)
    # write_doc opens its own Session; bound to a connection already inside a transaction, that Session
    # joins it (SQLAlchemy's "join an external transaction"), so the knowledge, the draft's removal and
    # the audit entry commit together or not at all.
    with engine.begin() as conn:
        # The draft row locked first (PostgreSQL: FOR UPDATE; SQLite has one writer anyway): a second
        # publish at the same moment waits here, then finds the draft gone and says "moved" (409) instead
        # of writing the same knowledge twice (IntegrityError, a 500).
        locked = conn.execute(select_revision.with_for_update()).first()
        if locked is None or locked[0] != revision:
            raise _Moved
        write_doc(cast(Engine, conn), doc)
        with Session(bind=conn) as s:
            gone = s.execute(delete(Draft).where(Draft.id == 1, Draft.revision == revision))  # type: ignore[arg-type]
            if gone.rowcount != 1:  # type: ignore[attr-defined]
                raise _Moved  # a save slipped in after the checks: roll everything back
            _audit(s, username, "publish", "kb", {"generation": before},
                   {"generation": before + 1, "changes": view.changes})
            s.commit()
    return Published(True, "", view, generation(engine))


_PUBLISHING = threading.Lock()


class _Moved(Exception):
    pass


select_revision = sa_select(Draft.__table__.c.revision).where(Draft.__table__.c.id == 1)  # type: ignore[attr-defined]


def publish_safely(engine: Engine, settings: Settings, username: str, revision: int,
                   overwrite_live_changes: bool = False) -> Published:
    try:
        return publish(engine, settings, username, revision, overwrite_live_changes)
    except (_Moved, IntegrityError):  # IntegrityError: another publish wrote the same rows first
        return Published(False, "moved", preview(engine, settings))


def discard(engine: Engine, username: str, revision: int) -> bool:
    """Drop the draft (the audit keeps what it would have changed). False when it moved meanwhile."""
    with Session(engine) as s:
        draft = s.get(Draft, 1)
        if draft is None or draft.revision != revision:
            return False
        changes = diff_docs(read_doc(engine), cast(Doc, draft.doc))
        s.execute(delete(Draft).where(Draft.id == 1, Draft.revision == revision))  # type: ignore[arg-type]
        _audit(s, username, "discard", "draft", {"changes": changes}, None)
        s.commit()
    return True


# ---- spreadsheet imports ------------------------------------------------------------------------------------

def stage_import(engine: Engine, username: str, filename: str, doc: Doc) -> tuple[str, list[str]]:
    """Keep an uploaded document for its preview; returns (id, changes against the working document)."""
    current = working(engine).doc
    pending_id = secrets.token_urlsafe(24)
    with Session(engine) as s:
        # Previews nobody applied within a day are dropped.
        old = utcnow() - dt.timedelta(days=1)
        s.execute(delete(PendingImport).where(PendingImport.created_at < old))  # type: ignore[arg-type]
        s.add(PendingImport(id=pending_id, username=username, filename=filename, against=fingerprint(current),
                            doc=plain(document.canonical(doc))))
        s.commit()
    return pending_id, diff_docs(current, doc)


def apply_import(engine: Engine, username: str, pending_id: str) -> list[str] | None:
    """The staged document becomes the draft, in one transaction with its audit entry; returns the
    changes, or None when the preview is gone or the draft changed after it (upload again)."""
    for _ in range(RETRIES):
        with Session(engine) as s:
            pending = s.get(PendingImport, pending_id)
            if pending is None or pending.username != username:
                return None
            draft, current, live = _doc_of(s, engine)
            if fingerprint(current) != pending.against:
                return None
            new = cast(Doc, pending.doc)
            changes = diff_docs(current, new)
            if not _write_draft(s, engine, new, username, draft, live):
                continue
            _audit(s, username, "import", "draft", {"file": pending.filename}, {"changes": changes})
            s.delete(pending)
            try:
                s.commit()
            except IntegrityError:
                continue
            return changes
    return None


def audit_entries(engine: Engine, limit: int = 50, offset: int = 0) -> list[AuditEntry]:
    with Session(engine) as s:
        rows = s.exec(select(AuditEntry).order_by(AuditEntry.id.desc())  # type: ignore[union-attr]
                      .offset(offset).limit(limit)).all()
        return list(rows)


def entry_changes(entity: str, before: Any, after: Any) -> list[str]:
    """An audit entry's before → after as readable lines (the same wording as the import preview)."""
    kind = entity.split("/", 1)[0]
    if kind in KINDS and isinstance(before, dict | None) and isinstance(after, dict | None):
        empty: Doc = {k: [] for k in KINDS}
        a, b = copy.deepcopy(empty), copy.deepcopy(empty)
        if before:
            a[kind].append(before)
        if after:
            b[kind].append(after)
        return diff_docs(a, b)
    lines: list[str] = []
    for side in (before, after):
        if isinstance(side, dict):
            lines += [str(x) for x in side.get("changes") or []]
    return lines
