"""Bring a database's schema to the current version: Alembic with the scripts in `migrations/`.

`migrate(engine)` is what the command line (`kb load` and the others) and the server's start-up call;
`python -m knowledge.migrate` runs it on the database of the settings (DATABASE_URL). It works from any
working folder (the Alembic configuration is built here, not read from `alembic.ini`), on SQLite and
PostgreSQL, and adopts a database made earlier by `create_all` (before migrations existed): the tables it
lacks are created, it is stamped with the first revision, and any later revisions run as usual.

The command line (`alembic upgrade head`, `alembic revision --autogenerate -m …`, `alembic check`)
uses `alembic.ini` at the top of the project and the same `migrations/env.py`.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import MetaData, inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlmodel import SQLModel

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"
# Every module that registers tables on SQLModel.metadata: together they are the whole schema.
SCHEMA_MODULES = ("knowledge.models", "bot.state", "handlers.admin.models", "handlers.admin.review")
BASELINE = "0001"  # the first revision: the schema `create_all` made before there were migrations
_PG_LOCK = 0x6B616D61  # PostgreSQL advisory lock key: two processes starting together migrate one after the other


def import_schema() -> MetaData:
    """Import every module with tables; returns SQLModel.metadata, now holding the whole schema."""
    for name in SCHEMA_MODULES:
        importlib.import_module(name)
    return SQLModel.metadata


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic Config for the project's migrations folder; with `connection`, env.py runs on it."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head() -> str | None:
    """The newest revision of the migrations folder."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current(engine: Engine) -> str | None:
    """The revision the database is at (None: not under migrations yet)."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def migrate(engine: Engine) -> None:
    """Upgrade the database to the newest revision, in one transaction (nothing to do: nothing changes)."""
    metadata = import_schema()
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK})
        cfg = alembic_config(conn)
        present = set(inspect(conn).get_table_names())
        if "alembic_version" not in present and present & set(metadata.tables):
            # Made by create_all: complete it the same way, then record that it is at the baseline.
            missing = [t for name, t in metadata.tables.items() if name not in present]
            metadata.create_all(conn, tables=missing)
            command.stamp(cfg, BASELINE)
        command.upgrade(cfg, "head")


def main() -> int:
    """`python -m knowledge.migrate`: migrate the database of the settings (DATABASE_URL, .env, default)."""
    from bot.config import load_settings
    from knowledge.db import make_engine

    engine = make_engine(load_settings().database_url)
    try:
        migrate(engine)
        print(f"database schema at revision {current(engine)}")
    finally:
        engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
