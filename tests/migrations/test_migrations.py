"""Migrations: empty -> head, older -> head with a backup, newer refused untouched, and the
models and the migrations describing the same schema."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlmodel import SQLModel

from secretariat import migrations
from secretariat.db import make_engine, open_database, to_url
from secretariat.errors import DatabaseError, SchemaTooNewError


def revision_of(path: Path) -> str | None:
    engine = make_engine(to_url(path))
    with engine.connect() as connection:
        revision = migrations.current_revision(connection)
    engine.dispose()
    return revision


def test_head_constant_matches_alembic() -> None:
    script = ScriptDirectory.from_config(migrations.alembic_config())
    assert script.get_heads() == [migrations.HEAD_REVISION]


def test_empty_database_goes_to_head_without_backup(db_path: Path) -> None:
    open_database(db_path).close()
    assert revision_of(db_path) == migrations.HEAD_REVISION
    assert list(db_path.parent.glob("*.bak")) == []


def test_models_and_migrations_agree(db_path: Path) -> None:
    database = open_database(db_path)
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    database.close()
    # The FTS5 search table is created by hand in 0002 and is not a model.
    differences = [d for d in differences if "plan_search" not in str(d)]
    assert differences == []


def test_older_database_is_backed_up_then_upgraded(db_path: Path) -> None:
    database = open_database(db_path, migrate=False)
    migrations.run_upgrade(database, "0001_initial")
    with database.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO team (id, created_at, updated_at, code, name_en, name_ko, name_zh,"
                " name_ja, active, sort_order) VALUES ('0123456789abcdef0123456789abcdef',"
                " '2020-01-01', '2020-01-01', 'ECO', 'Economy', '', '', '', 1, 0)"
            )
        )
    database.close()
    assert revision_of(db_path) == "0001_initial"

    open_database(db_path).close()

    assert revision_of(db_path) == migrations.HEAD_REVISION
    (backup,) = db_path.parent.glob("committee.db.*.bak")
    assert revision_of(backup) == "0001_initial"
    engine = make_engine(to_url(backup))
    with engine.connect() as connection:
        assert connection.execute(text("SELECT code FROM team")).scalar() == "ECO"
    engine.dispose()


def test_newer_database_is_refused_and_left_untouched(db_path: Path) -> None:
    open_database(db_path).close()
    engine = make_engine(to_url(db_path))
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()  # the last connection closing folds the WAL back into the file
    before = db_path.read_bytes()
    with pytest.raises(SchemaTooNewError, match="newer version of Secretariat"):
        open_database(db_path)
    assert db_path.read_bytes() == before
    assert list(db_path.parent.glob("*.bak")) == []


def test_a_file_that_is_not_ours_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    engine = make_engine(to_url(other))
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE recipes (name TEXT)"))
    engine.dispose()
    with pytest.raises(DatabaseError, match="not a Secretariat database"):
        open_database(other)


def test_read_only_does_not_create_or_upgrade(db_path: Path) -> None:
    with pytest.raises(DatabaseError, match="no database at"):
        open_database(db_path, read_only=True)
    assert not db_path.exists()
    database = open_database(db_path, migrate=False)
    migrations.run_upgrade(database, "0001_initial")
    database.close()
    with pytest.raises(DatabaseError, match="needs an upgrade"):
        open_database(db_path, read_only=True)
    assert revision_of(db_path) == "0001_initial"
