"""The whole database schema, assembled here (the composition root): every package registers its own
tables on SQLModel.metadata when its models are imported, and knowledge/migrate.py runs the migrations
against what it is handed.

`python -m bot.schema` migrates the database of the settings (DATABASE_URL, a `.env` file, the SQLite
default) and prints the revision: what docker-compose.yml runs before serving.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import MetaData, text
from sqlalchemy.engine import Engine

from knowledge import migrate as _migrate

# Every module that registers tables on SQLModel.metadata: together they are the whole schema.
SCHEMA_MODULES = ("knowledge.models", "core.state", "backoffice.models", "backoffice.review", "backoffice.demand",
                  "ops.deliveries", "ops.turnorder")

PREPARE_LOCK = 0x6B616D616B757261  # the advisory lock of start-up (the turns' locks: ops/turnorder.lock_id, < 2**60)


def import_schema() -> MetaData:
    """Import every module with tables; returns SQLModel.metadata, now holding the whole schema."""
    return _migrate.import_schema(SCHEMA_MODULES)


def migrate(engine: Engine) -> None:
    """Bring the database to the newest revision with the whole schema (creates it, or adopts a
    database `create_all` made before migrations)."""
    _migrate.migrate(engine, import_schema())


@contextmanager
def one_at_a_time(engine: Engine) -> Iterator[None]:
    """Replicas starting together on one PostgreSQL (`docker compose up --scale bot=2`) migrate and load the
    knowledge one after the other: a session advisory lock held meanwhile (nothing to do on SQLite)."""
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("SELECT pg_advisory_lock(:id)"), {"id": PREPARE_LOCK})
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:id)"), {"id": PREPARE_LOCK})


def main() -> int:
    """`python -m bot.schema`: migrate the database of the settings."""
    from bot.config import load_settings
    from knowledge.db import make_engine

    engine = make_engine(load_settings().database_url)
    try:
        with one_at_a_time(engine):
            migrate(engine)
        print(f"database schema at revision {_migrate.current(engine)}")
    finally:
        engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
