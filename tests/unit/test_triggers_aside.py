"""Setting the big tables' triggers aside is part of the caller's transaction, even when
nothing else was written in it yet: a rollback (or a killed process) puts them back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from secretariat.bulk_load import TriggersAside
from secretariat.db import Database, open_database


def _triggers(db: Database) -> set[str]:
    path = db.engine.url.database
    assert path
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        return {str(row[0]) for row in rows}
    finally:
        connection.close()


def test_triggers_set_aside_first_in_a_transaction_come_back_with_its_rollback(
    db: Database,
) -> None:
    before = _triggers(db)
    assert any(name.startswith("plan_") for name in before)
    with db.write() as session:
        session.connection().exec_driver_sql("SELECT 1")  # a read, as a merge starts with
        aside = TriggersAside(session)
        aside.set_aside()
        assert not any(name.startswith("plan_") for name in _triggers_inside(session))
        assert _triggers(db) == before  # another connection still sees them
        session.rollback()
    assert _triggers(db) == before


def _triggers_inside(session: object) -> set[str]:
    rows = session.connection().exec_driver_sql(  # type: ignore[attr-defined]
        "SELECT name FROM sqlite_master WHERE type = 'trigger'"
    )
    return {str(row[0]) for row in rows}


def test_fewer_collections_during_bulk_loads_and_the_thresholds_back_after() -> None:
    import gc

    from secretariat.bulk_load import fewer_collections

    before = gc.get_threshold()
    with fewer_collections():
        relaxed = gc.get_threshold()
        assert relaxed[0] > before[0]
        with fewer_collections():  # a second load at once (the app's threads)
            assert gc.get_threshold() == relaxed
        assert gc.get_threshold() == relaxed  # the first is not over yet
    assert gc.get_threshold() == before
    try:
        with fewer_collections():
            raise KeyError("a failed load")
    except KeyError:
        pass
    assert gc.get_threshold() == before


def test_a_smaller_page_cache_for_a_while_then_the_connections_own(tmp_path: Path) -> None:
    from secretariat.bulk_load import page_cache

    db = open_database(tmp_path / "cache.db")
    try:
        with db.engine.connect() as connection:
            before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
            with page_cache(connection, 4096):
                assert connection.exec_driver_sql("PRAGMA cache_size").scalar() == -4096
            assert connection.exec_driver_sql("PRAGMA cache_size").scalar() == before
    finally:
        db.close()
