"""Who changed what: authors on status changes, a trail of every edit, carried by the archive
and shown by `list`."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from secretariat.cli import main
from secretariat.db import Database, open_database
from secretariat.models import PlanStatusChange, RecordEdit
from secretariat.progress import run_to_end
from secretariat.services import plans, teams
from secretariat.transfer.archive import restore_archive, write_archive


def edits_of(db: Database, record_id: object) -> list[tuple[str, str, str, str]]:
    with db.read() as session:
        found = session.scalars(
            select(RecordEdit).where(RecordEdit.record_id == record_id).order_by(RecordEdit.field)
        )
        return [(edit.field, edit.old_value, edit.new_value, edit.author) for edit in found]


def test_an_edit_records_each_changed_field_and_its_author(demo_db: Database) -> None:
    demo_db.set_author("Kim Minji")
    team = teams.list_teams(demo_db)[0]
    teams.update_team(demo_db, team.id, {"name_en": "Economy and Trade", "name_ko": team.name_ko})
    assert edits_of(demo_db, team.id) == [
        ("name_en", team.name_en, "Economy and Trade", "Kim Minji")
    ]


def test_a_status_change_names_who_recorded_it_and_the_plan_edit_too(
    demo_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_db.set_author("Wang Fang")
    with demo_db.read() as session:
        plan_id = session.scalars(select(PlanStatusChange.plan_id)).first()
    before = plans.get_plan(demo_db, plan_id)
    status = "dropped" if before.status.value == "on_hold" else "on_hold"
    plans.change_status(demo_db, [plan_id], status, changed_on=date.today(), note="budget")
    with demo_db.read() as session:
        latest = session.scalars(
            select(PlanStatusChange)
            .where(PlanStatusChange.plan_id == plan_id)
            .order_by(PlanStatusChange.created_at.desc())  # type: ignore[attr-defined]
        ).first()
    assert latest is not None and (latest.note, latest.author) == ("budget", "Wang Fang")
    assert ("status", before.status.value, status, "Wang Fang") in edits_of(demo_db, plan_id)
    assert main(["--db", demo_db.describe(), "list", "history", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {"Wang Fang", ""} == {row["author"] for row in rows}  # the demo's changes: no one


def test_a_deleted_record_leaves_a_line_in_the_trail(demo_db: Database) -> None:
    demo_db.set_author("Kim Minji")
    team = teams.create_team(demo_db, {"code": "SPO", "name_en": "Sport", "name_ko": "체육"})
    assert edits_of(demo_db, team.id) == []  # a creation is not an edit
    teams.delete_team(demo_db, team.id)
    assert edits_of(demo_db, team.id) == [("", "Sport", "", "Kim Minji")]


def test_the_author_on_sqlite_is_the_environments_until_settings_name_one(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SECRETARIAT_AUTHOR", "Lee Seoyeon")
    db = open_database(db_path)
    try:
        assert db.author == "Lee Seoyeon"
        db.set_author("  ")  # an empty name changes nothing
        assert db.author == "Lee Seoyeon"
    finally:
        db.close()


def test_the_archive_carries_authors_and_the_trail(demo_db: Database, tmp_path: Path) -> None:
    demo_db.set_author("Kim Minji")
    team = teams.list_teams(demo_db)[0]
    teams.update_team(demo_db, team.id, {"name_en": "Economy and Trade"})
    archive = tmp_path / "backup.zip"
    run_to_end(write_archive(demo_db, archive))
    restored = open_database(tmp_path / "restored.db")
    try:
        run_to_end(restore_archive(restored, archive))
        assert edits_of(restored, team.id) == edits_of(demo_db, team.id)
    finally:
        restored.close()
