"""The same code on a real PostgreSQL server: migrations, rules, indicators, read-only.

Runs when SECRETARIAT_TEST_PG_URL names a server (.ci/run starts a throwaway one); each test
gets a database of its own, dropped afterwards.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import text

from secretariat import indicators
from secretariat.db import Database, open_database
from secretariat.demo import load_demo
from secretariat.errors import ReadOnlyError, ValidationError
from secretariat.migrations import HEAD_REVISION, current_revision
from secretariat.services import plans

SERVER_URL = os.environ.get("SECRETARIAT_TEST_PG_URL", "")
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not SERVER_URL, reason="SECRETARIAT_TEST_PG_URL is not set"),
]


@pytest.fixture
def pg_demo(pg_url: str) -> Iterator[Database]:
    database = open_database(pg_url)
    load_demo(database)
    yield database
    database.close()


def test_migrations_reach_head(pg_url: str) -> None:
    database = open_database(pg_url)
    with database.engine.connect() as connection:
        assert current_revision(connection) == HEAD_REVISION
    database.close()


def test_indicators_equal_sqlite(pg_demo: Database, demo_db: Database) -> None:
    on_postgres = indicators.conference_indicators(pg_demo)
    on_sqlite = indicators.conference_indicators(demo_db)
    assert on_postgres == on_sqlite
    as_of = date(2026, 11, 23)
    assert indicators.team_activity(pg_demo, as_of=as_of) == indicators.team_activity(
        demo_db, as_of=as_of
    )
    assert indicators.reciprocity(pg_demo) == indicators.reciprocity(demo_db)


def test_rules_and_atomicity(pg_demo: Database) -> None:
    with pg_demo.read() as session:
        plan_ids = list(session.scalars(text("SELECT id FROM plan ORDER BY id LIMIT 2")))
    before = [plans.get_plan(pg_demo, key).status for key in plan_ids]
    with pytest.raises(ValidationError, match="changed_on"):
        plans.change_status(pg_demo, plan_ids, "dropped", changed_on="2026-02-30")
    assert [plans.get_plan(pg_demo, key).status for key in plan_ids] == before


def test_read_only_sessions(pg_demo: Database, pg_url: str) -> None:
    reader = open_database(pg_url, read_only=True)
    try:
        with reader.read() as session:
            assert session.execute(text("SELECT count(*) FROM plan")).scalar() >= 150
        with pytest.raises(ReadOnlyError):
            plans.change_status(reader, [], "dropped", changed_on="2026-01-01")
        with pytest.raises(Exception, match="read-only transaction"), reader.engine.begin() as c:
            c.execute(text("DELETE FROM activity"))
    finally:
        reader.close()
