"""`python -m bot privacy purge --older-than DAYS [--dry-run] [--json]`: delete residents' old data.

Two tables hold anything about a resident (docs/PRIVACY.md says what is in them):

- `conversation_state` (core/state.py): rows that have expired, and rows not updated for DAYS;
- `unanswered_question` (backoffice/review.py): rows created more than DAYS ago.

Every other table is kept on purpose (`KEPT` says why): the knowledge base is public information, and
the admin tables are about staff (accounts, logins, the audit log, drafts, uploads), not residents.
One transaction for all tables; SQLAlchemy core only, so the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Table, delete, func, inspect, or_, select
from sqlalchemy.engine import Connection, Engine

# Tables that are not residents' data, and why they stay (a test checks every table is in one list).
KEPT = {
    "admin_user": "staff accounts",
    "admin_session": "staff logins",
    "admin_audit": "the staff audit log (who changed the knowledge base)",
    "admin_draft": "the staff's unpublished draft of the knowledge base",
    "admin_import": "staff spreadsheet uploads awaiting 'apply'",
    "alembic_version": "the schema's version",
    "demand_count": "counts of questions per day by topic, district, channel, outcome, urgency (no words, no resident)",
    "delivery_seen": "LINE delivery ids already accepted, deleted after a day (no resident, no words)",
    "turn_ticket": "LINE events whose turn is not over (salted hash, timestamp, delivery id; no words), deleted "
                   "when answered, or within ten minutes",
    "rate_bucket": "each resident's rate limit (salted hash, tokens), deleted about an hour after their last message",
}
KNOWLEDGE = "the knowledge base (public information from the city's plans)"
UNKNOWN = "not known to this command: check whether it holds residents' data"
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)  # nothing of ours is older; a huge DAYS stops here
_DAYS = re.compile(r"[0-9]+")


@dataclass(frozen=True)
class Rule:
    """One resident table and which of its rows a purge deletes."""

    table: Table
    what: str  # for the report: which rows go
    old: Callable[[Table, dt.datetime, dt.datetime], ColumnElement[bool]]  # (table, now, cutoff) → WHERE


def resident_rules() -> list[Rule]:
    """The tables that hold anything about a resident (importing them registers them too)."""
    from backoffice.review import UnansweredQuestion
    from core.state import ConversationState

    state: Table = ConversationState.__table__  # type: ignore[attr-defined]
    review: Table = UnansweredQuestion.__table__  # type: ignore[attr-defined]
    return [
        Rule(state, "expired, or not updated for DAYS",
             lambda t, now, cutoff: or_(t.c.expires_at <= now, t.c.updated_at < cutoff)),
        Rule(review, "created more than DAYS ago", lambda t, now, cutoff: t.c.created_at < cutoff),
    ]


def kept_tables(table_names: list[str]) -> dict[str, str]:
    """The other tables among `table_names`, each with why a purge leaves it alone."""
    resident = {r.table.name for r in resident_rules()}
    knowledge = knowledge_tables()
    return {name: KEPT.get(name) or (KNOWLEDGE if name in knowledge else UNKNOWN)
            for name in table_names if name not in resident}


def knowledge_tables() -> set[str]:
    """The knowledge base's tables (knowledge/models.py)."""
    from sqlmodel import SQLModel

    import knowledge.models as km

    return {obj.__table__.name for obj in vars(km).values()
            if isinstance(obj, type) and issubclass(obj, SQLModel) and hasattr(obj, "__table__")}


def parse_days(raw: str) -> int:
    """DAYS as given on the command line: a whole number, 0 or more. ValueError with a clear message."""
    text = raw.strip()
    if not _DAYS.fullmatch(text):
        raise ValueError(f"--older-than takes a whole number of days, 0 or more (got {raw!r})")
    return int(text)


def cutoff_for(days: int, now: dt.datetime) -> dt.datetime:
    try:
        return max(now - dt.timedelta(days=days), EPOCH)
    except OverflowError:
        return EPOCH


@dataclass
class TableReport:
    table: str
    rows: str  # which rows go
    deleted: int  # deleted, or would be deleted in a dry run
    kept: int  # rows left


@dataclass
class Report:
    days: int
    now: dt.datetime
    cutoff: dt.datetime
    dry_run: bool
    tables: list[TableReport]
    not_purged: dict[str, str]  # other tables of the database → why they are kept

    def to_json(self) -> dict[str, Any]:
        return {
            "older_than_days": self.days, "now": self.now.isoformat(), "cutoff": self.cutoff.isoformat(),
            "dry_run": self.dry_run,
            "tables": {t.table: {"deleted": t.deleted, "kept": t.kept, "rows": t.rows} for t in self.tables},
            "deleted_total": sum(t.deleted for t in self.tables),
            "not_purged": self.not_purged,
        }

    def to_text(self) -> str:
        verb = "would delete" if self.dry_run else "deleted"
        lines = [f"privacy purge{' (dry run: nothing deleted)' if self.dry_run else ''}: older than "
                 f"{self.days} day(s), i.e. before {self.cutoff:%Y-%m-%d %H:%M} UTC"]
        width = max(len(t.table) for t in self.tables)
        for t in self.tables:
            lines.append(f"  {t.table:<{width}}  {verb} {t.deleted}, kept {t.kept}  ({t.rows})")
        lines.append(f"  total: {verb} {sum(t.deleted for t in self.tables)}")
        by_reason: dict[str, list[str]] = {}
        for name, why in self.not_purged.items():
            by_reason.setdefault(why, []).append(name)
        if by_reason:
            lines.append("left alone (not residents' data):")
            lines += [f"  {why}: {', '.join(names)}" for why, names in by_reason.items()]
        return "\n".join(lines)


def _count(conn: Connection, table: Table, where: ColumnElement[bool] | None = None) -> int:
    query = select(func.count()).select_from(table)
    return int(conn.execute(query if where is None else query.where(where)).scalar_one())


def purge(engine: Engine, days: int, *, dry_run: bool = False, now: dt.datetime | None = None) -> Report:
    """Delete (or with `dry_run` only count) residents' rows older than `days`, in one transaction.

    A resident table the database does not have yet counts 0."""
    if days < 0:
        raise ValueError("days must be 0 or more")
    now = now or dt.datetime.now(dt.UTC)
    cutoff = cutoff_for(days, now)
    reports: list[TableReport] = []
    sqlite = engine.dialect.name == "sqlite"
    with engine.begin() as conn:
        if sqlite and not dry_run:
            conn.exec_driver_sql("PRAGMA secure_delete=ON")  # deleted rows are overwritten, not just unlinked
        present = set(inspect(conn).get_table_names())
        for rule in resident_rules():
            t = rule.table
            if t.name not in present:
                reports.append(TableReport(t.name, rule.what, 0, 0))
                continue
            where = rule.old(t, now, cutoff)
            total, n = _count(conn, t), _count(conn, t, where)
            if not dry_run and n:
                gone = conn.execute(delete(t).where(where)).rowcount
                n = gone if gone is not None and gone >= 0 else n
            reports.append(TableReport(t.name, rule.what, n, total - n))
        if dry_run:
            conn.rollback()
    if sqlite and not dry_run:
        # The deleted words are still in the write-ahead log (-wal) until a checkpoint: copy the pages
        # back (overwritten) and empty the log now. Waits for readers up to the busy timeout.
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return Report(days, now, cutoff, dry_run, reports, kept_tables(sorted(present)))


def run(args: argparse.Namespace, engine: Callable[[], Engine]) -> int:
    """The `privacy purge` command. DAYS is checked before the database is opened."""
    try:
        days = parse_days(args.older_than)
    except ValueError as exc:
        print(f"error: {exc}; nothing was deleted", file=sys.stderr)
        return 2
    report = purge(engine(), days, dry_run=args.dry_run)
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False))
    else:
        print(report.to_text())
    return 0
