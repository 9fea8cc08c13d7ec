"""The generic SQL table model: ids in order, rows on demand, sorting in SQL."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from sqlalchemy import func, select

from secretariat.db import Database
from secretariat.models import Plan
from ui.models.sql_table import BLOCK_SIZE, ID_ROLE, Column, SqlTableModel, TableSpec


def plan_spec(title_filter: list[str]) -> TableSpec:
    def ids() -> select:
        query = select(Plan.id)
        if title_filter:
            query = query.where(func.lower(Plan.title_en).contains(title_filter[0]))
        return query

    def rows(keys: Sequence[uuid.UUID]) -> select:
        return select(Plan.id, Plan.title_en, Plan.progress).where(Plan.id.in_(keys))

    return TableSpec(
        ids=ids,
        rows=rows,
        columns=[
            Column("title", lambda: "Title", lambda r: r["title_en"], sort_by=Plan.title_en),
            Column("progress", lambda: "Progress", lambda r: r["progress"], sort_by=Plan.progress),
        ],
        default_order=[Plan.id],
    )


def test_model_reads_sorts_and_filters(demo_db: Database, qtmodeltester: ModelTester) -> None:
    title_filter: list[str] = []
    model = SqlTableModel(demo_db, plan_spec(title_filter))
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
