"""Accepted LINE delivery ids in the database (ops/deliveries.py), on SQLite and, in the PostgreSQL pass, on
PostgreSQL: a new id is claimed once, a repeated one is a duplicate. (On PostgreSQL the first version counted
every id as a duplicate, so no LINE event would have been answered.)"""

from __future__ import annotations

from knowledge.db import create_tables, make_engine
from ops import deliveries


def test_a_new_id_is_claimed_once_and_a_repeat_is_a_duplicate(fresh_db_url):
    engine = make_engine(fresh_db_url())
    create_tables(engine)
    assert deliveries.claim(engine, ["line:a", "line:b"]) == {"line:a", "line:b"}
    assert deliveries.claim(engine, ["line:a", "line:c"]) == {"line:c"}
    assert deliveries.claim(engine, ["line:a"]) == set()
