"""Upgrades are all or nothing: a failure or a kill -9 half-way leaves the file as it was; a
backup is checked before the upgrade and never left half-made; a file an older version left
half-upgraded is recognised, and `restore-backup` puts its backup back."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import event, text
from sqlalchemy.engine import Connection, Engine

from secretariat import backups, migrations
from secretariat.cli import main
from secretariat.db import open_database
from secretariat.errors import DatabaseError, HalfUpgradedError

# A statement of 0006: 0002-0005 have created their tables and indexes before it runs.
FAILING_STATEMENT = "plan_search_vocab USING fts5vocab"


def logical_dump(path: Path) -> list[str]:
    """The schema and every row, in an order that does not depend on the file's pages."""
    connection = sqlite3.connect(path)
    try:
        return sorted(connection.iterdump())
    finally:
        connection.close()


def make_old(path: Path, revision: str = "0001_initial") -> None:
    database = open_database(path, migrate=False)
    migrations.run_upgrade(database, revision)
    with database.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO team (id, created_at, updated_at, code, name_en, name_ko, name_zh,"
                " name_ja, active, sort_order) VALUES ('0123456789abcdef0123456789abcdef',"
                " '2020-01-01', '2020-01-01', 'ECO', 'Economy', '', '', '', 1, 0)"
            )
        )
    database.close()


def test_a_failing_migration_leaves_the_file_exactly_as_it_was(db_path: Path) -> None:
    make_old(db_path)
    before = logical_dump(db_path)

    def fail(connection: Connection, _cursor: object, statement: str, *_args: object) -> None:
        if FAILING_STATEMENT in statement and connection.engine.url.database == str(db_path):
            raise sqlite3.OperationalError("database or disk is full")

    event.listen(Engine, "before_cursor_execute", fail)
    try:
        with pytest.raises(DatabaseError, match="disk is full; it was left as it was"):
            open_database(db_path)
    finally:
        event.remove(Engine, "before_cursor_execute", fail)
    assert logical_dump(db_path) == before  # 0002-0005's tables and indexes are gone again
    open_database(db_path).close()  # and the next start upgrades it
    assert migrations.revision_of_file(db_path) == migrations.HEAD_REVISION


def test_kill_9_during_a_migration_leaves_the_file_as_it_was(db_path: Path) -> None:
    make_old(db_path)
    before = logical_dump(db_path)
    killed_inside = textwrap.dedent(
        f"""
        import os, signal, sys
        from sqlalchemy import event
        from sqlalchemy.engine import Engine
        from secretariat.db import open_database

        @event.listens_for(Engine, "before_cursor_execute")
        def kill(connection, _cursor, statement, *_args):
            if {FAILING_STATEMENT!r} in statement and connection.engine.url.database:
                os.kill(os.getpid(), signal.SIGKILL)

        open_database(sys.argv[1])
        """
    )
    result = subprocess.run([sys.executable, "-c", killed_inside, str(db_path)], check=False)
    assert result.returncode == -9
    assert logical_dump(db_path) == before
    assert migrations.revision_of_file(db_path) == "0001_initial"
    open_database(db_path).close()
    assert migrations.revision_of_file(db_path) == migrations.HEAD_REVISION


def test_a_backup_that_does_not_match_its_source_is_removed(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_old(db_path)
    before = logical_dump(db_path)
    monkeypatch.setattr(backups, "table_counts", lambda path: {"team": 0})
    with pytest.raises(DatabaseError, match=r"could not back up .*tables missing"):
        open_database(db_path)
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]
    assert logical_dump(db_path) == before


def test_a_backup_holds_every_table_and_row_of_its_source(db_path: Path) -> None:
    make_old(db_path)
    counts = backups.table_counts(db_path)
    open_database(db_path).close()
    (backup,) = backups.backups_of(db_path)
    assert backups.table_counts(backup) == counts
    assert not list(db_path.parent.glob(".*part*"))


def half_upgraded(path: Path) -> None:
    """What an older version left when killed after 0002 ran but before the stamp moved on."""
    make_old(path, "0002_plan_search_index")
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '0001_initial'")
    connection.close()


def test_a_half_upgraded_file_is_recognised_and_its_backup_named(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_old(db_path)
    backup = backups.backup_file(db_path)  # the one the older version made first
    db_path.unlink()
    half_upgraded(db_path)
    with pytest.raises(HalfUpgradedError) as raised:
        open_database(db_path)
    message = str(raised.value)
    assert "half-upgraded" in message and "plan_search" in message
    assert f"restore-backup {backup}" in message
    assert raised.value.backups == [backup]

    assert main(["--db", str(db_path), "restore-backup", str(backup)]) == 0
    out = capsys.readouterr().out
    assert f"restored {backup}" in out and "replaced" in out
    open_database(db_path).close()  # the restored file upgrades
    assert migrations.revision_of_file(db_path) == migrations.HEAD_REVISION
    replaced = list(db_path.parent.glob("committee.db.replaced-*"))
    assert len(replaced) == 1  # the half-upgraded file is kept, not lost


def test_a_half_upgraded_file_without_a_backup_says_how_to_restore_one(db_path: Path) -> None:
    half_upgraded(db_path)
    with pytest.raises(HalfUpgradedError, match=r"no backup was found.*restore-backup FILE\.bak"):
        open_database(db_path)


def test_restore_backup_refuses_a_file_that_is_not_a_backup(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_database(db_path).close()
    before = logical_dump(db_path)
    other = tmp_path / "other.bak"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.close()
    assert main(["--db", str(db_path), "restore-backup", str(other)]) == 3
    assert "not a backup of a Secretariat database" in capsys.readouterr().err
    assert logical_dump(db_path) == before
