"""The generic SQL table model: ids in order, rows on demand, sorting in SQL (over a core
RecordList of the plans, built here)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import Select, func, select

from secretariat.db import Database
from secretariat.models import Plan
from secretariat.services.record_lists import RecordList
from ui.models import sql_table
from ui.models.sql_table import BLOCK_SIZE, ID_ROLE, Column, SqlTableModel, TableSpec, record_spec


def _ids(title_filter: list[str], _dialect: str) -> Select[Any]:
    query = select(Plan.id)
    if title_filter:
        query = query.where(func.lower(Plan.title_en).contains(title_filter[0]))
    return query


def _rows(keys: Sequence[uuid.UUID], _dialect: str) -> Select[Any]:
    return select(Plan.id, Plan.title_en, Plan.progress).where(Plan.id.in_(keys))


PLANS = RecordList(
    _ids,
    _rows,
    sorts={"title": Plan.title_en, "progress": Plan.progress},
    default_order=(Plan.id,),
)


def plan_spec(db: Database, title_filter: list[str]) -> TableSpec:
    return record_spec(
        db,
        PLANS,
        lambda: list(title_filter),
        [
            Column("title", lambda: "Title", lambda r: r["title_en"], sort_by="title"),
            Column("progress", lambda: "Progress", lambda r: r["progress"], sort_by="progress"),
        ],
    )


def test_model_reads_sorts_and_filters(demo_db: Database, qtmodeltester: ModelTester) -> None:
    title_filter: list[str] = []
    model = SqlTableModel(demo_db, plan_spec(demo_db, title_filter))
    model.reload()
    assert model.rowCount() >= 150 > BLOCK_SIZE // 2
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 1).data() == 100
    assert model.index(model.rowCount() - 1, 1).data() == 0
    model.sort(0)
    titles = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert titles == sorted(titles)
    title_filter.append("forum")
    model.reload()
    shown = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert 0 < len(shown) < len(titles)
    assert all("forum" in title.lower() for title in shown)
    first_id = model.index(0, 0).data(ID_ROLE)
    assert model.row_of(first_id) == 0


def test_the_next_block_is_read_while_idle(
    demo_db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Scrolling down reads the block below ahead of the view, scrolling up the one above;
    a reload forgets what was planned."""
    monkeypatch.setattr(sql_table, "BLOCK_SIZE", 16)
    model = SqlTableModel(demo_db, plan_spec(demo_db, []))
    model.reload()
    assert model.index(20, 0).data()  # block 1
    assert set(model._cache) == {1}  # nothing read ahead yet: the event loop was busy
    qtbot.waitUntil(lambda: 2 in model._cache)
    assert model.index(40, 0).data()  # block 2, from the cache; block 3 is read next
    qtbot.waitUntil(lambda: 3 in model._cache)
    assert model.index(100, 0).data()  # block 6, a jump down
    qtbot.waitUntil(lambda: 7 in model._cache)
    assert model.index(90, 0).data()  # block 5, going up: block 4 next
    qtbot.waitUntil(lambda: 4 in model._cache)
    model.index(150, 0).data()  # block 9: block 10 planned...
    model.reload()  # ...and forgotten
    qtbot.wait(20)
    assert model._cache == {}
    rows = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert all(rows)


def test_a_short_first_block_is_completed_while_idle(
    demo_db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker reads only the first screen with the ids: the view shows it at once, the rest
    of its block is read when the event loop is idle, then the next block; a row past the
    short block before that is read at once."""
    monkeypatch.setattr(sql_table, "BLOCK_SIZE", 16)
    model = SqlTableModel(demo_db, plan_spec(demo_db, []))
    model.reload()
    titles = [model.index(row, 0).data() for row in range(40)]
    first_screen = [model.row_data(row) for row in range(5)]
    model.reload([first_screen])
    assert len(model._cache[0]) == 5
    assert model.index(2, 0).data() == titles[2]  # from what the worker read
    qtbot.waitUntil(lambda: len(model._cache[0]) == 16)
    qtbot.waitUntil(lambda: 1 in model._cache)
    assert [model.index(row, 0).data() for row in range(40)] == titles
    model.reload([first_screen])
    assert model.index(9, 0).data() == titles[9]  # past the short block, before any idle
    assert len(model._cache[0]) == 16


def test_rows_kept_are_bounded_and_read_again_when_needed(
    demo_db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """However far the list scrolls, at most CACHE_BLOCKS blocks stay in memory (each row
    kept lengthens the garbage collector's pauses); a block let go is read again."""
    monkeypatch.setattr(sql_table, "BLOCK_SIZE", 8)
    monkeypatch.setattr(sql_table, "CACHE_BLOCKS", 4)
    model = SqlTableModel(demo_db, plan_spec(demo_db, []))
    model.reload()
    assert model.rowCount() > 8 * 8
    titles = []
    for row in range(model.rowCount()):
        titles.append(model.index(row, 0).data())
        assert len(model._cache) <= 4
        if row % 8 == 0:
            qtbot.wait(0)  # the event loop runs now and then: the read-ahead too
    assert 0 not in model._cache
    assert [model.index(row, 0).data() for row in range(8)] == titles[:8]
    assert 0 in model._cache
