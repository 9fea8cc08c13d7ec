"""The plan list's filter, search and undo support on a real PostgreSQL server (no trigram
index there: plain LIKE over the folded text)."""

from __future__ import annotations

import pytest

from secretariat.db import Database
from secretariat.models import PlanStatus
from secretariat.services import plan_query, plans
from secretariat.services.plan_query import PlanFilter
from tests.unit import test_postgres

# The PostgreSQL fixtures: a database per test on the server the suite is given.
SERVER_URL = test_postgres.SERVER_URL
pg_demo = test_postgres.pg_demo

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not SERVER_URL, reason="SECRETARIAT_TEST_PG_URL is not set"),
]


def test_search_filters_and_order(pg_demo: Database) -> None:
    every = plan_query.find_plan_ids(pg_demo, PlanFilter())
    assert len(every) == plan_query.count_plans(pg_demo) == 179
    for typed in ("forum", "박람회", "투자", "论坛"):
        found = plan_query.find_plan_ids(pg_demo, PlanFilter(search=typed))
        assert found and all(typed in plans.get_plan(pg_demo, key).search_text for key in found)
    assert plan_query.find_plan_ids(pg_demo, PlanFilter(search="50%")) == []
    in_progress = PlanFilter(status=PlanStatus.in_progress, search="교류")
    assert plan_query.count_plans(pg_demo, in_progress) == len(
        plan_query.find_plan_ids(pg_demo, in_progress)
    )


def test_remove_and_restore_with_history(pg_demo: Database) -> None:
    plan_id = plan_query.find_plan_ids(pg_demo, PlanFilter(search="박람회"))[-1]
    history = plans.history(pg_demo, plan_id)
    removed = plans.remove_plans(pg_demo, [plan_id])
    plans.restore_plans(pg_demo, removed)
    assert plans.history(pg_demo, plan_id) == history
    changes = plans.change_status(pg_demo, [plan_id], "dropped", changed_on="2026-11-01")
    plans.revert_status_changes(pg_demo, [change.id for change in changes])
    assert plans.history(pg_demo, plan_id) == history
