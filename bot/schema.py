"""The whole database schema, assembled here (the composition root): every package registers its own
tables on SQLModel.metadata when its models are imported, and knowledge/migrate.py runs the migrations
against what it is handed.

`python -m bot.schema` migrates the database of the settings (DATABASE_URL, a `.env` file, the SQLite
default) and prints the revision: what docker-compose.yml runs before serving.
"""

from __future__ import annotations

from sqlalchemy import MetaData
from sqlalchemy.engine import Engine

from knowledge import migrate as _migrate

# Every module that registers tables on SQLModel.metadata: together they are the whole schema.
SCHEMA_MODULES = ("knowledge.models", "core.state", "backoffice.models", "backoffice.review", "backoffice.demand",
                  "ops.deliveries")


def import_schema() -> MetaData:
    """Import every module with tables; returns SQLModel.metadata, now holding the whole schema."""
    return _migrate.import_schema(SCHEMA_MODULES)


def migrate(engine: Engine) -> None:
    """Bring the database to the newest revision with the whole schema (creates it, or adopts a
    database `create_all` made before migrations)."""
    _migrate.migrate(engine, import_schema())


def main() -> int:
    """`python -m bot.schema`: migrate the database of the settings."""
    from bot.config import load_settings
    from knowledge.db import make_engine

    engine = make_engine(load_settings().database_url)
    try:
        migrate(engine)
        print(f"database schema at revision {_migrate.current(engine)}")
    finally:
        engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
