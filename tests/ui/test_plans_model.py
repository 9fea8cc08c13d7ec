"""The plans table model: real SQL, filters and sorting on a worker thread, keys as stored."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from secretariat.db import Database
from secretariat.models import Horizon, Origin, PlanStatus
from secretariat.services import plan_query, plans, teams
from secretariat.services.plan_query import PlanFilter
from tests.unit import test_postgres
from ui.context import AppContext
from ui.models.plan_columns import STATUS_COLOURS
from ui.models.plans import PlansModel
from ui.widgets.plan_filters import load_filter, save_filter

# The PostgreSQL fixtures: a database per test on the server the suite is given.
SERVER_URL = test_postgres.SERVER_URL
pg_demo = test_postgres.pg_demo


@pytest.fixture
def context(demo_db: Database, tmp_path: Path) -> AppContext:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppContext(demo_db, settings)


@pytest.fixture
def model(context: AppContext) -> PlansModel:
    model = PlansModel(context)
    model.reload()
    return model


def column_of(model: PlansModel, key: str) -> int:
    return model.column_keys().index(key)


def shown(model: PlansModel, key: str) -> list:
    column = column_of(model, key)
    return [model.index(row, column).data() for row in range(model.rowCount())]


def wait_loaded(qtbot: QtBot, model: PlansModel) -> None:
    qtbot.waitUntil(lambda: not model.loading, timeout=5000)


def test_model_passes_the_model_tester(model: PlansModel, qtmodeltester: ModelTester) -> None:
    assert model.rowCount() == model.total() == plan_query.count_plans(model._context.db)
    qtmodeltester.check(model)


def test_rows_show_reference_titles_and_status(model: PlansModel, context: AppContext) -> None:
    refs = shown(model, "ref")
    assert refs[0] == "1-ECO-01"
    teams_in_order = ["ECO", "CUL", "EDU", "ENV", "HEA"]  # the committee's order, not A-Z
    assert refs == sorted(
        refs, key=lambda ref: (int(ref.split("-")[0]), teams_in_order.index(ref.split("-")[1]))
    )
    plan = plans.get_plan(context.db, model.plan_id_at(0))
    assert model.index(0, column_of(model, "title_0")).data() == plan.title_ko
    assert model.index(0, column_of(model, "title_1")).data() == plan.title_zh
    status = model.index(0, column_of(model, "status"))
    assert status.data() == "Agreed" or status.data() in {
        "In progress",
        "Implemented",
        "On hold",
        "Dropped",
    }
    swatch = status.data(Qt.ItemDataRole.DecorationRole).toImage()
    assert (
        swatch.pixelColor(swatch.width() // 2, swatch.height() // 2) == STATUS_COLOURS[plan.status]
    )
    assert model.index(0, column_of(model, "team")).data() == "Economy"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Title · Korean" in headers and "Title · Chinese" in headers


def test_the_ids_cost_the_collector_nothing(qtbot: QtBot, model: PlansModel) -> None:
    """100,000 ids in a list were walked by every full collection (a stall mid-scroll); held
    as a tuple of text keys, the collector stops looking at them after the first time."""
    for search in ("forum", ""):  # ordered in memory, then every plan in reference order
        model.set_filter(PlanFilter(search=search))
        qtbot.waitUntil(lambda: not model.loading)
        gc.collect()
        assert model.rowCount() and not gc.is_tracked(model._ids)


def test_missing_translation_shows_a_mark(model: PlansModel, context: AppContext) -> None:
    plan_id = model.plan_id_at(0)
    plans.update_plan(context.db, plan_id, {"title_zh": ""})
    model.refresh_plans([plan_id])
    cell = model.index(0, column_of(model, "title_1"))
    assert cell.data() == "(missing)"
    assert cell.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "No title in Chinese" in cell.data(Qt.ItemDataRole.ToolTipRole)


def test_filters_run_in_the_background(
    qtbot: QtBot, model: PlansModel, context: AppContext
) -> None:
    every = model.rowCount()
    eco = teams.get_by_code(context.db, "ECO").id
    with qtbot.waitSignal(model.reloaded, timeout=5000):
        model.set_filter(PlanFilter(team_id=eco, status=PlanStatus.implemented))
    assert 0 < model.rowCount() < every
    assert set(shown(model, "status")) == {"Implemented"}
    assert {ref.split("-")[1] for ref in shown(model, "ref")} == {"ECO"}
    assert model.total() == every
    model.set_filter(PlanFilter(origin=Origin.B))
    model.set_filter(PlanFilter(horizon=Horizon.long, search="포럼"))  # the first is dropped
    wait_loaded(qtbot, model)
    expected = plan_query.find_plan_ids(context.db, model.plan_filter)
    assert [model.plan_id_at(row) for row in range(model.rowCount())] == expected
    assert set(shown(model, "horizon")) == {"Long-term"}


def search(qtbot: QtBot, model: PlansModel, text: str) -> list:
    model.set_filter(PlanFilter(search=text))
    wait_loaded(qtbot, model)
    return [model.plan_id_at(row) for row in range(model.rowCount())]


def test_search_alone_is_answered_from_the_index_and_follows_edits(
    qtbot: QtBot, model: PlansModel, context: AppContext
) -> None:
    """A search alone is ordered in memory (the reference order read once); what it shows is
    what SQL shows, before and after an edit adds, renames and removes plans."""
    db = context.db
    for text in ("nothing like this", "포럼", "论坛 2", "forum"):
        assert search(qtbot, model, text) == plan_query.find_plan_ids(db, PlanFilter(search=text))
    assert model._reference is not None  # the quick path was taken
    assert 0 in model._cache  # the first rows were read with the ids, on the worker
    first_conference = plan_query.find_plan_ids(db, PlanFilter())[0]
    plan = plans.get_plan(db, first_conference)
    added = plans.create_plan(
        db,
        {
            "conference_id": plan.conference_id,
            "team_id": plan.team_id,
            "title_en": "Zebra crossing forum",
            "title_ko": "횡단보도",
            "origin": "A",
            "horizon": "near",
        },
    )
    model.reload()  # as the page does after an edit
    found = search(qtbot, model, "zebra crossing")
    assert found == [added.id]
    forums = search(qtbot, model, "forum")
    last_conference = plans.get_plan(db, forums[-1]).conference_id
    # listed later (without its due date: one before the later conference is refused)
    plans.update_plan(db, forums[0], {"conference_id": last_conference, "due_date": None})
    model.reload()
    moved = search(qtbot, model, "forum")
    assert moved == plan_query.find_plan_ids(db, PlanFilter(search="forum"))
    assert moved != forums and sorted(moved) == sorted(forums)
    plans.delete_plan(db, added.id)
    model.reload()
    assert search(qtbot, model, "zebra") == []
    assert len(search(qtbot, model, "")) == plan_query.count_plans(db)


def test_sorting_follows_the_header_and_keeps_selection(qtbot: QtBot, model: PlansModel) -> None:
    progress = column_of(model, "progress")
    model.sort(progress, Qt.SortOrder.DescendingOrder)
    wait_loaded(qtbot, model)
    values = [int(text.removesuffix(" %")) for text in shown(model, "progress")]
    assert values == sorted(values, reverse=True)
    assert model.index(0, progress).data(Qt.ItemDataRole.DecorationRole) is not None
    model.sort(column_of(model, "status"))
    wait_loaded(qtbot, model)
    order = list(PlanStatus)
    ranks = [
        next(i for i, s in enumerate(order) if s.value.replace("_", " ") == label.lower())
        for label in shown(model, "status")
    ]
    assert ranks == sorted(ranks)
    model.sort(column_of(model, "ref"), Qt.SortOrder.DescendingOrder)
    wait_loaded(qtbot, model)
    assert shown(model, "ref")[0].startswith("5-HEA-")
    model.reload()  # an edit keeps the sort
    assert shown(model, "ref")[0].startswith("5-HEA-")


def test_filters_are_remembered(tmp_path: Path, context: AppContext) -> None:
    eco = teams.get_by_code(context.db, "ECO").id
    wanted = PlanFilter(team_id=eco, status=PlanStatus.on_hold, search="포럼")
    settings = QSettings(str(tmp_path / "filters.ini"), QSettings.Format.IniFormat)
    save_filter(settings, "plans/filter", wanted)
    settings.sync()
    again = QSettings(str(tmp_path / "filters.ini"), QSettings.Format.IniFormat)
    assert load_filter(again, "plans/filter") == wanted
    again.setValue("plans/filter/status", "lost")
    again.setValue("plans/filter/team_id", "not an id")
    assert load_filter(again, "plans/filter") == PlanFilter(search="포럼")


@pytest.mark.postgres
@pytest.mark.skipif(not SERVER_URL, reason="SECRETARIAT_TEST_PG_URL is not set")
def test_model_on_postgresql(pg_demo: Database, tmp_path: Path, qtbot: QtBot) -> None:
    """Ids come back as UUIDs there (on SQLite as stored text): the model speaks UUIDs."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    model = PlansModel(AppContext(pg_demo, settings))
    model.reload()
    assert model.rowCount() == 179 and shown(model, "ref")[0] == "1-ECO-01"
    plan_id = model.plan_id_at(5)
    assert model.row_of_plan(plan_id) == 5
    plans.update_plan(pg_demo, plan_id, {"progress": 42})
    model.refresh_plans([plan_id])
    assert model.index(5, column_of(model, "progress")).data() == "42 %"
    with qtbot.waitSignal(model.reloaded, timeout=5000):
        model.set_filter(PlanFilter(search="论坛"))
    assert model.rowCount() == plan_query.count_plans(pg_demo, PlanFilter(search="论坛"))
