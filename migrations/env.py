"""Alembic environment: the whole schema is SQLModel.metadata (knowledge, conversation state, staff admin,
review of unanswered questions; see bot/schema.py SCHEMA_MODULES), or the metadata `knowledge.migrate.migrate`
passes in.

The database: the connection `knowledge.migrate.migrate` passes in, or else `-x url=…` on the command
line, or else the settings (DATABASE_URL, a `.env` file, the SQLite default). Nothing is hard-coded.
"""

from __future__ import annotations

from logging.config import fileConfig

import sqlmodel  # noqa: F401  (the revisions use sqlmodel.sql.sqltypes.AutoString)
from alembic import context
from sqlalchemy.engine import Connection

from knowledge.db import make_engine, normalise_url

config = context.config
if config.config_file_name is not None:  # the command line (alembic.ini); not when a program migrates
    fileConfig(config.config_file_name, disable_existing_loggers=False)

target_metadata = config.attributes.get("target_metadata")
if target_metadata is None:  # the alembic command line: the composition root knows every package's tables
    from bot.schema import import_schema

    target_metadata = import_schema()


def _url() -> str:
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    if not url:
        from bot.config import load_settings

        url = load_settings().database_url
    return normalise_url(url)


def _configure(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=connection.dialect.name == "sqlite")  # SQLite: ALTER by copying the table


def run_migrations_offline() -> None:
    """`alembic upgrade head --sql`: print the SQL instead of running it."""
    url = _url()
    context.configure(url=url, target_metadata=target_metadata, literal_binds=True,
                      dialect_opts={"paramstyle": "named"}, render_as_batch=url.startswith("sqlite"))
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:  # knowledge.migrate: its transaction commits or rolls back the whole upgrade
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = make_engine(_url())
    try:
        with engine.connect() as conn:
            _configure(conn)
            with context.begin_transaction():
                context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
