"""One engine per database URL. SQLite gets WAL, foreign keys and a busy timeout on connect; PostgreSQL
(psycopg 3) gets a liveness check on checkout, a short connect timeout and the UTC session time zone."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel, create_engine

from knowledge import models  # noqa: F401  (registers the tables on SQLModel.metadata)

PG_CONNECT_TIMEOUT = 3  # seconds: a database that is down fails a request quickly instead of hanging it


def normalise_url(url: str) -> str:
    """`postgres://…` and `postgresql://…` (the forms hosting services hand out) → the psycopg 3 driver."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url.removeprefix(prefix)
    return url


def make_engine(url: str, *, pre_ping: bool = True) -> Engine:
    """Create an engine; for a SQLite file, create its folder and set the connection pragmas.

    `pre_ping=False` skips the liveness round trip on each checkout, for a caller that handles a
    dropped connection itself (the server: ops/health.py; SQLAlchemy discards the pool on a disconnect)."""
    url = normalise_url(url)
    if url.startswith("sqlite:///"):
        path = url.removeprefix("sqlite:///")
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if url.startswith("postgresql"):
        # Datetime columns are `timestamp with time zone` (SQLModel's UTCDateTime); a UTC session makes
        # anything the database prints or casts UTC too, as on SQLite. Values come back aware, in UTC.
        return create_engine(url, pool_pre_ping=pre_ping,
                             connect_args={"connect_timeout": PG_CONNECT_TIMEOUT, "options": "-c timezone=UTC"})
    return create_engine(url, pool_pre_ping=pre_ping)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")  # with WAL: durable across app crashes, much cheaper commits
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def create_tables(engine: Engine) -> None:
    """Create missing tables straight from the models (a fast fresh schema for tests and benchmarks);
    deployments use the migrations (`knowledge.migrate.migrate`)."""
    SQLModel.metadata.create_all(engine)
