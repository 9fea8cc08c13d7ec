"""Property: sites that edit, delete and change statuses at random, and exchange files in any
order (lost, repeated, reordered), hold the same records once every file has gone both ways
and conflicts are resolved the same way everywhere; and no edit is lost without a conflict
about its record having been shown."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from secretariat.db import Database, open_database
from secretariat.errors import SecretariatError
from secretariat.exchange.apply import import_exchange
from secretariat.exchange.export import export_exchange
from secretariat.exchange.keys import CONFIG_DIR_ENV
from secretariat.exchange.merge import Conflict
from secretariat.models import Plan
from secretariat.progress import run_to_end
from secretariat.services import plans
from tests.builders import small_committee
from tests.unit.exchange_sites import make_sites, records_of

SITES = 3
PLANS = 4
FIELDS = ("title_en", "lead_agency_a", "progress")
VALUES = {"title_en": ("x", "y", "z"), "lead_agency_a": ("p", "q"), "progress": (10, 20, 30)}
STATUSES = ("in_progress", "on_hold", "implemented", "dropped")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Three sites (a small committee at the first, the others from its first file), their
    keys in a folder of their own; each example gets copies."""
    folder = tmp_path_factory.mktemp("sites")
    previous = os.environ.get(CONFIG_DIR_ENV)
    os.environ[CONFIG_DIR_ENV] = str(folder / "config")
    try:
        paths = [folder / f"site{index}.db" for index in range(SITES)]
        first = open_database(paths[0])
        built = small_committee(first)
        for index in range(PLANS):
            built.plan(2, "ECO", f"계획 {index}")
        first.close()
        for path in paths[1:]:
            open_database(path).close()
        make_sites(folder, *paths)
        for index, path in enumerate(paths[1:], start=1):
            _settle_pair(paths[0], path, folder / f"first{index}.secx", f"site{index}")
        for path in paths:
            _checkpoint(path)
        yield folder
    finally:
        if previous is None:
            os.environ.pop(CONFIG_DIR_ENV, None)
        else:
            os.environ[CONFIG_DIR_ENV] = previous


def _checkpoint(path: Path) -> None:
    db = open_database(path)
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def _settle_pair(source: Path, target: Path, file: Path, to: str) -> None:
    a, b = open_database(source), open_database(target)
    run_to_end(export_exchange(a, file, to))
    run_to_end(import_exchange(b, file, _same_everywhere))
    a.close()
    b.close()


def _same_everywhere(conflict: Conflict) -> str:
    """Every site resolves a conflict the same way: the record kept, else the larger value."""
    if not conflict.field:
        return "ours" if conflict.ours is not None else "theirs"
    ours = json.dumps(conflict.ours, sort_keys=True)
    theirs = json.dumps(conflict.theirs, sort_keys=True)
    return "theirs" if theirs > ours else "ours"


site = st.integers(0, SITES - 1)
plan = st.integers(0, PLANS - 1)
edit = st.tuples(st.just("edit"), site, plan, st.sampled_from(FIELDS), st.integers(0, 2))
status = st.tuples(st.just("status"), site, plan, st.sampled_from(STATUSES), st.integers(0, 9))
delete = st.tuples(st.just("delete"), site, plan)
add = st.tuples(st.just("add"), site)
send = st.tuples(st.just("send"), site, site)
deliver = st.tuples(st.just("deliver"), st.integers(0, 30))
operation = st.one_of(edit, edit, status, delete, add, send, send, deliver, deliver)


@dataclass
class World:
    folder: Path
    dbs: list[Database]
    plan_ids: list[Any]
    mailbox: list[tuple[int, Path]] = field(default_factory=list)  # (to, file)
    files: int = 0
    edits: list[tuple[int, str, str, Any]] = field(default_factory=list)  # (step, id, field, value)
    touched: dict[str, int] = field(default_factory=dict)  # plan id -> last step it was written
    conflicted: set[str] = field(default_factory=set)

    def resolver(self, conflict: Conflict) -> str:
        self.conflicted.add(conflict.record_id.hex)
        return _same_everywhere(conflict)

    def export(self, source: int, target: int) -> None:
        if source == target:
            return
        self.files += 1
        file = self.folder / f"f{self.files}.secx"
        run_to_end(export_exchange(self.dbs[source], file, f"site{target}"))
        self.mailbox.append((target, file))

    def deliver(self, index: int) -> None:
        if self.mailbox:
            target, file = self.mailbox[index % len(self.mailbox)]
            run_to_end(import_exchange(self.dbs[target], file, self.resolver))


def _act(world: World, step: int, action: tuple[Any, ...]) -> None:
    kind = action[0]
    try:
        if kind == "edit":
            _, where, which, name, choice = action
            value = VALUES[name][choice % len(VALUES[name])]
            plan_id = world.plan_ids[which]
            plans.update_plan(world.dbs[where], plan_id, {name: value})
            world.edits.append((step, plan_id.hex, name, value))
            world.touched[plan_id.hex] = step
        elif kind == "status":
            _, where, which, target, day = action
            plan_id = world.plan_ids[which]
            when = date(2026, 1, 1 + day)
            plans.change_status(world.dbs[where], [plan_id], target, changed_on=when)
            world.touched[plan_id.hex] = step
        elif kind == "delete":
            _, where, which = action
            plans.delete_plan(world.dbs[where], world.plan_ids[which])
            world.touched[world.plan_ids[which].hex] = step
        elif kind == "add":
            conference, team = _a_conference_and_team(world.dbs[action[1]])
            added = plans.create_plan(
                world.dbs[action[1]],
                {
                    "conference_id": conference,
                    "team_id": team,
                    "title_ko": f"새 {step}",
                    "origin": "A",
                    "horizon": "near",
                },
            )
            world.plan_ids.append(added.id)
        elif kind == "send":
            world.export(action[1], action[2])
        else:
            world.deliver(action[1])
    except SecretariatError:
        pass  # a plan deleted here, or refused by the rules: nothing happened


def _a_conference_and_team(db: Database) -> tuple[Any, Any]:
    from secretariat.services.conferences import list_conferences
    from secretariat.services.teams import list_teams

    conference = next(c for c in list_conferences(db) if c.number == 2)
    team = next(t for t in list_teams(db) if t.code == "ECO")
    return conference.id, team.id


def _settle(world: World) -> None:
    """Every pair exchanges until a whole round changes nothing."""
    for _round in range(6):
        before = [records_of(db) for db in world.dbs]
        for source in range(SITES):
            for target in range(SITES):
                if source != target:
                    world.export(source, target)
                    world.deliver(len(world.mailbox) - 1)
        if [records_of(db) for db in world.dbs] == before:
            return


@settings(
    max_examples=int(os.environ.get("EXCHANGE_EXAMPLES", "12")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(operation, min_size=1, max_size=14))
def test_sites_converge_and_lose_nothing_unseen(
    template: Path, actions: list[tuple[Any, ...]]
) -> None:
    folder = Path(tempfile.mkdtemp(prefix="exchange-"))
    previous = os.environ.get(CONFIG_DIR_ENV)
    os.environ[CONFIG_DIR_ENV] = str(template / "config")
    try:
        for index in range(SITES):
            shutil.copyfile(template / f"site{index}.db", folder / f"site{index}.db")
        dbs = [open_database(folder / f"site{index}.db") for index in range(SITES)]
        with dbs[0].read() as session:
            ids = list(session.scalars(select(Plan.id).order_by(Plan.seq)))
        world = World(folder, dbs, ids)
        for step, action in enumerate(actions):
            _act(world, step, action)
        _settle(world)
        held = [records_of(db) for db in dbs]
        for other in held[1:]:
            assert other == held[0]
        _nothing_lost_unseen(world, held[0])
    finally:
        for db in locals().get("dbs", []):
            db.close()
        if previous is None:
            os.environ.pop(CONFIG_DIR_ENV, None)
        else:
            os.environ[CONFIG_DIR_ENV] = previous
        shutil.rmtree(folder, ignore_errors=True)


def _nothing_lost_unseen(world: World, held: dict[str, dict[str, dict[str, Any]]]) -> None:
    """Each edit is in the result, or its plan was written again later, or a conflict about
    it was shown."""
    final = held["plan"]
    for step, plan_id, name, value in world.edits:
        if world.touched.get(plan_id, step) > step or plan_id in world.conflicted:
            continue
        assert plan_id in final, f"plan {plan_id} edited at step {step} vanished unseen"
        assert final[plan_id][name] == value, (step, plan_id, name, value)
