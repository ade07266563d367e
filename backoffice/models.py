"""The staff admin's own tables: accounts, sessions, the shared draft, the audit log, pending uploads.

They live in the bot's database next to the knowledge tables and are created by `build_admin_app`
(`SQLModel.metadata.create_all`). Importing this module registers them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel

ROLES = ("editor", "viewer")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def aware(value: dt.datetime) -> dt.datetime:
    """SQLite gives datetimes back naive; they were written in UTC."""
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


class StaffUser(SQLModel, table=True):
    """A staff account: `editor` may change and publish, `viewer` may only read."""

    __tablename__ = "admin_user"
    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(index=True, unique=True, max_length=64)
    password_hash: str  # argon2id, with its parameters (argon2-cffi's encoded form)
    role: str = "viewer"
    active: bool = True
    created_at: dt.datetime = Field(default_factory=utcnow)


class StaffSession(SQLModel, table=True):
    """A logged-in browser. Only the SHA-256 of the session token is stored, so a copy of the
    database does not let anyone log in; logout deletes the row."""

    __tablename__ = "admin_session"
    token_hash: str = Field(primary_key=True, max_length=64)
    user_id: int = Field(foreign_key="admin_user.id", index=True)
    csrf: str  # the token every POST form of this session must carry
    created_at: dt.datetime = Field(default_factory=utcnow)
    expires_at: dt.datetime = Field(index=True)


class Draft(SQLModel, table=True):
    """The one shared draft: the whole edited document, not live until published.

    `base_doc` is the live document the draft started from, so publishing can tell staff what
    changed live in the meantime (a `kb import` from the command line) instead of undoing it silently.
    `revision` increases with every save; writes are conditional on it (compare-and-set)."""

    __tablename__ = "admin_draft"
    id: int = Field(default=1, primary_key=True)
    doc: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    base_doc: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    base_generation: int = 0
    revision: int = 1
    updated_at: dt.datetime = Field(default_factory=utcnow)
    author: str = ""


class AuditEntry(SQLModel, table=True):
    """Who did what, when, before → after. Insert-only: no route changes or deletes a row, and on
    SQLite a trigger refuses UPDATE and DELETE."""

    __tablename__ = "admin_audit"
    id: int | None = Field(default=None, primary_key=True)
    at: dt.datetime = Field(default_factory=utcnow, index=True)
    username: str
    action: str  # edit | add | publish | import | discard (labels: app.ACTION_LABELS)
    entity: str  # "counters/jiritsu-soudan", "kb" for the whole knowledge base
    before: Any = Field(default=None, sa_column=Column(JSON, nullable=True))
    after: Any = Field(default=None, sa_column=Column(JSON, nullable=True))


class PendingImport(SQLModel, table=True):
    """An uploaded spreadsheet between its preview and "apply" (the parsed document, not the file)."""

    __tablename__ = "admin_import"
    id: str = Field(primary_key=True, max_length=64)
    username: str
    filename: str
    created_at: dt.datetime = Field(default_factory=utcnow)
    against: str  # fingerprint of the document the preview was computed against
    doc: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
