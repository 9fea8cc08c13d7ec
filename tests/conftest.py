"""Test set-up shared by every test: Qt offscreen, and no test touches the user's data."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from secretariat.db import Database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point the data folder somewhere temporary, so nothing reads or writes the real one."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("SECRETARIAT_DATA_DIR", str(home / "data"))
    monkeypatch.delenv("SECRETARIAT_DB", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "share"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "committee.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """A fresh, empty database at the newest schema."""
    from secretariat.db import open_database

    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo committee, built once per test session; tests get copies."""
    from secretariat.db import open_database
    from secretariat.demo import load_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    database = open_database(path)
    load_demo(database)
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A private copy of the demo committee."""
    import shutil

    from secretariat.db import open_database

    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template, path)
    database = open_database(path)
    yield database
    database.close()


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A database of its own on the PostgreSQL server SECRETARIAT_TEST_PG_URL names (.ci/run
    starts one), dropped afterwards; the test is skipped without a server."""
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    server_url = os.environ.get("SECRETARIAT_TEST_PG_URL", "")
    if not server_url:
        pytest.skip("SECRETARIAT_TEST_PG_URL is not set")
    name = f"secretariat_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            # Roles are the server's, not the database's: the groups `init` made for this
            # database and the users a test added (named after it) go too.
            roles = connection.execute(
                text("SELECT rolname FROM pg_roles WHERE starts_with(rolname, :name)"),
                {"name": name},
            ).scalars()
            for role in list(roles):
                connection.execute(text(f'DROP ROLE "{role}"'))
        admin.dispose()


@pytest.fixture
def soffice() -> str:
    """LibreOffice's command, which `make test` installs (packaging/debian-packages.txt, group
    test): the real spreadsheet reading our workbooks is never skipped, a missing one fails."""
    command = shutil.which("soffice")
    if command is None:
        pytest.fail("LibreOffice (soffice) is missing: run `packaging/debian-packages test`")
    return command
