"""Bring a database's schema to the current version: Alembic with the scripts in `migrations/`.

`migrate(engine, metadata)` is what the command line (`kb load` and the others) and the server's start-up
call, through `bot/schema.py`, which knows every package's tables (`python -m bot.schema` migrates the
database of the settings, DATABASE_URL). Knowledge knows only its own tables: the caller hands in the
whole schema (`import_schema(modules)`). It works from any
working folder (the Alembic configuration is built here, not read from `alembic.ini`), on SQLite and
PostgreSQL, and adopts a database made earlier by `create_all` (before migrations existed): the tables it
lacks are created, it is stamped with the first revision, and any later revisions run as usual; a database
`create_all` made from the current models (tests) already has every column, so it is stamped with the
newest revision instead.

The command line (`alembic upgrade head`, `alembic revision --autogenerate -m …`, `alembic check`)
uses `alembic.ini` at the top of the project and the same `migrations/env.py`.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import MetaData, inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlmodel import SQLModel

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"
# Every module that registers tables on SQLModel.metadata: together they are the whole schema.
SCHEMA_MODULES = ("knowledge.models", "core.state", "backoffice.models", "backoffice.review")
BASELINE = "0001"  # the first revision: the schema `create_all` made before there were migrations
_PG_LOCK = 0x6B616D61  # PostgreSQL advisory lock key: two processes starting together migrate one after the other


def import_schema(modules: Iterable[str] = ("knowledge.models",)) -> MetaData:
    """Import every module with tables (the composition root lists them: bot/schema.py); returns
    SQLModel.metadata, now holding their tables."""
    for name in modules:
        importlib.import_module(name)
    return SQLModel.metadata


def alembic_config(connection: Connection | None = None, metadata: MetaData | None = None) -> Config:
    """An Alembic Config for the project's migrations folder; with `connection`, env.py runs on it
    (and compares against `metadata`, the whole schema)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    if metadata is not None:
        cfg.attributes["target_metadata"] = metadata
    return cfg


def head() -> str | None:
    """The newest revision of the migrations folder."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current(engine: Engine) -> str | None:
    """The revision the database is at (None: not under migrations yet)."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def migrate(engine: Engine, metadata: MetaData) -> None:
    """Upgrade the database to the newest revision, in one transaction (nothing to do: nothing changes).
    `metadata` is the whole schema (every package's tables), used to complete a `create_all` database."""
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK})
        cfg = alembic_config(conn, metadata)
        present = set(inspect(conn).get_table_names())
        if "alembic_version" not in present and present & set(metadata.tables):
            # Made by create_all: complete it the same way, then record that it is at the baseline (or at
            # the newest revision when it already matches the models).
            missing = [t for name, t in metadata.tables.items() if name not in present]
            metadata.create_all(conn, tables=missing)
            same = not compare_metadata(MigrationContext.configure(conn), metadata)
            command.stamp(cfg, "head" if same else BASELINE)
        command.upgrade(cfg, "head")
