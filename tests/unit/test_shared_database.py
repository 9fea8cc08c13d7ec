"""A shared PostgreSQL database: an owner, editors and readers as the server's own roles.

Against the server SECRETARIAT_TEST_PG_URL names (.ci/run starts one, where users other than
the superuser log in with a password, as in an office)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from secretariat.access import Role
from secretariat.cli import main
from secretariat.db import PasswordRequiredError, open_database
from secretariat.errors import DatabaseError, ReadOnlyError
from secretariat.services import plans

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        not os.environ.get("SECRETARIAT_TEST_PG_URL"), reason="SECRETARIAT_TEST_PG_URL is not set"
    ),
]
PASSWORD = "correct horse 7"


def as_user(pg_url: str, name: str, password: str | None = PASSWORD) -> str:
    return (
        make_url(pg_url).set(username=name, password=password).render_as_string(hide_password=False)
    )


@pytest.fixture
def office(pg_url: str, tmp_path: Path) -> dict[str, str]:
    """The README's office: a database made by its owner, an editor and a reader."""
    database = make_url(pg_url).database
    assert main(["--db", pg_url, "init", "--demo"]) == 0
    secret = tmp_path / "password"
    secret.write_text(PASSWORD + "\n")
    names = {"editor": f"{database}_ana", "reader": f"{database}_lee"}
    for role, name in names.items():
        command = ["--db", pg_url, "users", "add", name, "--role", role, "--password-file"]
        assert main([*command, str(secret)]) == 0
    return {"owner": pg_url, **{role: as_user(pg_url, name) for role, name in names.items()}}


def first_plan_id(url: str) -> object:
    db = open_database(url)
    try:
        with db.read() as session:
            return session.execute(text("SELECT id FROM plan ORDER BY id LIMIT 1")).scalar()
    finally:
        db.close()


def test_users_are_listed_with_their_roles(
    office: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--db", office["owner"], "users", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["NAME", "ROLE"]
    roles = dict(line.split() for line in lines[1:])
    assert sorted(roles.values()) == ["editor", "owner", "reader"]
    assert roles[make_url(office["editor"]).username] == "editor"


def test_an_editor_writes_and_cannot_change_the_schema(office: dict[str, str]) -> None:
    editor = open_database(office["editor"])
    try:
        assert editor.role is Role.EDITOR and not editor.read_only
        plan_id = first_plan_id(office["editor"])
        # A status the plan is not at yet (the demo's ids, and so its first plan, vary).
        status = (
            "dropped" if plans.get_plan(editor, plan_id).status.value == "on_hold" else "on_hold"
        )
        plans.change_status(editor, [plan_id], status, changed_on="2026-11-20")
        assert plans.get_plan(editor, plan_id).status.value == status
        with editor.engine.connect() as connection:  # the server's user is the author
            authors = connection.execute(
                text("SELECT author FROM plan_status_change WHERE plan_id = :id"), {"id": plan_id}
            ).scalars()
            edits = connection.execute(
                text("SELECT field, author FROM record_edit WHERE record_id = :id"),
                {"id": plan_id},
            ).all()
        assert make_url(office["editor"]).username in set(authors)
        assert ("status", make_url(office["editor"]).username) in edits
        with editor.engine.connect() as connection:
            with pytest.raises(Exception, match="permission denied for table alembic_version"):
                connection.exec_driver_sql("UPDATE alembic_version SET version_num = 'x'")
            connection.rollback()
            with pytest.raises(Exception, match="permission denied for schema"):
                connection.exec_driver_sql("CREATE TABLE notes (text varchar)")
    finally:
        editor.close()


def test_a_reader_opens_read_only_and_the_server_refuses_their_writes(
    office: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    reader = open_database(office["reader"])  # no read_only asked for
    try:
        assert reader.read_only and reader.role is Role.READER
        with pytest.raises(ReadOnlyError, match="may read this database but not change it"):
            plans.change_status(
                reader, [first_plan_id(office["owner"])], "dropped", changed_on="2026-11-20"
            )
        with reader.engine.connect() as connection:
            assert connection.exec_driver_sql("SHOW default_transaction_read_only").scalar() == "on"
            # Switching the session back does not help: the grants are the rule.
            connection.exec_driver_sql("SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE")
            connection.exec_driver_sql("SET default_transaction_read_only = off")
            connection.commit()
            with pytest.raises(Exception, match="permission denied for table activity"):
                connection.exec_driver_sql("DELETE FROM activity")
    finally:
        reader.close()
    capsys.readouterr()
    assert main(["--db", office["reader"], "init", "--demo"]) == 1
    assert "may read this database but not change it" in capsys.readouterr().err


def test_an_older_schema_is_upgraded_only_by_its_owner(office: dict[str, str]) -> None:
    owner = open_database(office["owner"])
    with owner.engine.begin() as connection:
        connection.execute(
            text("UPDATE alembic_version SET version_num = '0006_short_search_terms'")
        )
    owner.close()
    with pytest.raises(DatabaseError, match=r"needs an upgrade.*ask postgres to run") as refused:
        open_database(office["editor"])
    assert "Nothing was written" in str(refused.value)
    owner = open_database(office["owner"], migrate=False)
    with owner.engine.connect() as connection:
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    owner.close()
    assert revision == "0006_short_search_terms"


def test_a_password_is_asked_for_and_a_wrong_one_refused(office: dict[str, str]) -> None:
    name = make_url(office["editor"]).username
    assert name is not None
    with pytest.raises(PasswordRequiredError, match=f"the server asks {name} for a password"):
        open_database(as_user(office["owner"], name, password=None))
    with pytest.raises(PasswordRequiredError, match="password authentication failed"):
        open_database(as_user(office["owner"], name, password="guess"))


def test_a_removed_user_can_no_longer_log_in(
    office: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    name = str(make_url(office["reader"]).username)
    assert main(["--db", office["owner"], "users", "remove", name]) == 0
    assert "dropped their login" in capsys.readouterr().out
    with pytest.raises(Exception, match="password authentication failed"):
        open_database(office["reader"])
    assert main(["--db", office["owner"], "users", "remove", name]) == 1
    assert "is not an editor or reader" in capsys.readouterr().err


def test_only_the_owner_manages_users(
    office: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "pw"
    secret.write_text(PASSWORD)
    database = make_url(office["owner"]).database
    command = ["users", "add", f"{database}_kim", "--role", "editor", "--password-file"]
    assert main(["--db", office["editor"], *command, str(secret)]) == 1
    assert "the server refused to create" in capsys.readouterr().err
    assert main(["--db", office["owner"], "users", "add", "Bad-Name", "--role", "reader"]) == 1
    assert "not a user name this app creates" in capsys.readouterr().err


def wait_for(condition: object, seconds: float = 5.0) -> bool:
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False


def test_a_change_by_one_user_reaches_the_others_within_a_second(office: dict[str, str]) -> None:
    import time

    from secretariat.services import teams
    from secretariat.watch import ChangeWatcher

    reader = open_database(office["reader"])
    editor = open_database(office["editor"])
    watcher = ChangeWatcher(reader)
    try:
        assert watcher.polls and watcher.listener is not None
        assert watcher.listener.connected.wait(5)
        assert not watcher.changed()
        team = teams.list_teams(editor)[0]
        saved = time.monotonic()
        teams.update_team(editor, team.id, {"name_en": "Economy and Trade"})
        assert wait_for(watcher.changed)
        assert time.monotonic() - saved < 1.0
        assert not watcher.changed()  # once per batch
        # The server drops the listening connection: it comes back by itself, and since what
        # was said meanwhile is lost, that counts as a change (read everything again).
        listener, first = watcher.listener, watcher.listener.backend_pid
        owner = open_database(office["owner"])
        with owner.engine.connect() as connection:
            connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": first})
        owner.close()
        assert wait_for(lambda: listener.backend_pid not in (0, first), 15)
        assert wait_for(watcher.changed)
    finally:
        watcher.close()
        reader.close()
        editor.close()


def test_a_save_while_the_server_is_away_says_so_and_writes_nothing(office: dict[str, str]) -> None:
    from secretariat.db import Database, make_engine
    from secretariat.errors import ServerUnreachableError
    from secretariat.services import teams

    editor = open_database(office["editor"])
    team = teams.list_teams(editor)[0]
    editor.close()
    away = make_url(office["editor"]).set(port=1)  # nothing listens there: the server is gone
    database = Database(engine=make_engine(away), url=away)
    try:
        with pytest.raises(ServerUnreachableError, match="cannot be reached just now"):
            teams.update_team(database, team.id, {"name_en": "Economy and Trade"})
    finally:
        database.close()


def test_init_makes_three_roles_and_any_owner_may_upgrade(
    office: dict[str, str], tmp_path: Path
) -> None:
    database = make_url(office["owner"]).database
    owners = f"{database}_owners"
    owner = open_database(office["owner"])
    with owner.engine.connect() as connection:
        groups = connection.execute(
            text("SELECT rolname FROM pg_roles WHERE rolname LIKE :p AND NOT rolcanlogin"),
            {"p": f"{database}_%s"},
        ).scalars()
        assert sorted(groups) == sorted(f"{database}_{r}s" for r in ("owner", "editor", "reader"))
        tables = connection.execute(
            text("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")
        ).scalars()
        assert list(tables) == [owners]  # the group owns the schema, not one login
    owner.close()
    secret = tmp_path / "pw"
    secret.write_text(PASSWORD)
    kim = f"{database}_kim"
    command = ["--db", office["owner"], "users", "add", kim, "--role", "owner", "--password-file"]
    assert main([*command, str(secret)]) == 0
    owner = open_database(office["owner"])
    with owner.engine.begin() as connection:  # an older schema, as after an update of the app
        from alembic import command

        from secretariat.migrations import alembic_config

        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0009_record_versions")
    owner.close()
    upgraded = open_database(as_user(office["owner"], kim))  # the co-owner upgrades it
    try:
        assert upgraded.role is Role.OWNER
        with upgraded.engine.connect() as connection:
            made_by = connection.execute(
                text(
                    "SELECT pg_get_userbyid(proowner) FROM pg_proc "
                    "WHERE proname = 'secretariat_notify_change'"
                )
            ).scalar()
        assert made_by == owners  # what the upgrade made belongs to the group too
    finally:
        upgraded.close()
    editor = open_database(office["editor"])  # and the editors may write it
    try:
        plan_id = first_plan_id(office["editor"])
        plans.update_plan(editor, plan_id, {"progress": 5})
    finally:
        editor.close()


def test_two_editors_on_one_plan_the_second_is_shown_the_conflict(
    office: dict[str, str], tmp_path: Path
) -> None:
    from secretariat.errors import ConflictError

    database = make_url(office["owner"]).database
    secret = tmp_path / "pw"
    secret.write_text(PASSWORD)
    bo = f"{database}_bo"
    command = ["--db", office["owner"], "users", "add", bo, "--role", "editor", "--password-file"]
    assert main([*command, str(secret)]) == 0
    ana, bo_db = open_database(office["editor"]), open_database(as_user(office["owner"], bo))
    try:
        plan_id = first_plan_id(office["editor"])
        seen = plans.get_plan(bo_db, plan_id).version  # both have the plan open
        plans.update_plan(ana, plan_id, {"title_en": "Ana's title", "version": seen})
        with pytest.raises(
            ConflictError, match=f"changed by {make_url(office['editor']).username}"
        ):
            plans.update_plan(bo_db, plan_id, {"title_en": "Bo's title", "version": seen})
        assert plans.get_plan(ana, plan_id).title_en == "Ana's title"  # nothing overwritten
    finally:
        ana.close()
        bo_db.close()
