"""Creating a database is whole or nothing: `init --demo` that fails or is killed half-way
leaves no file under the database's name, and what a kill left is removed at the next open."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from secretariat import demo, migrations
from secretariat.cli import main
from secretariat.files import host_tag, part_path


def files_in(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_a_failing_demo_load_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real_load = demo.load_demo

    def load_then_fill_the_disk(db: object) -> None:
        real_load(db)  # type: ignore[arg-type]
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(demo, "load_demo", load_then_fill_the_disk)
    target = tmp_path / "new.db"
    assert main(["--db", str(target), "init", "--demo"]) == 3
    err = capsys.readouterr().err
    assert f"could not create {target}: database or disk is full; nothing was left" in err
    assert files_in(tmp_path) == []
    monkeypatch.undo()
    assert main(["--db", str(target), "init", "--demo"]) == 0  # and `init` works at once
    assert migrations.revision_of_file(target) == migrations.HEAD_REVISION


def test_kill_9_during_init_demo_leaves_nothing_under_the_name(tmp_path: Path) -> None:
    target = tmp_path / "new.db"
    killed_half_way = textwrap.dedent(
        """
        import os, signal, sys
        from sqlalchemy import event
        from sqlalchemy.engine import Engine
        from secretariat.cli import main

        @event.listens_for(Engine, "before_cursor_execute")
        def kill(_conn, _cursor, statement, *_args):
            if statement.startswith("INSERT INTO plan_status_change"):  # the schema is built
                os.kill(os.getpid(), signal.SIGKILL)

        main(["--db", sys.argv[1], "init", "--demo"])
        """
    )
    result = subprocess.run([sys.executable, "-c", killed_half_way, str(target)], check=False)
    assert result.returncode == -9
    assert not target.exists()
    left = files_in(tmp_path)
    assert left and all(".part" in name for name in left)  # only the temporary, by its name

    assert main(["--db", str(target), "init"]) == 0
    assert files_in(tmp_path) == ["new.db"]  # the dead process's .part files went too


def test_stale_part_files_of_dead_processes_go_at_the_next_open(tmp_path: Path) -> None:
    target = tmp_path / "committee.db"
    assert main(["--db", str(target), "init"]) == 0
    dead = part_path(tmp_path / "briefing.pdf")
    dead = dead.with_name(dead.name.replace(f".{os.getpid()}@", ".999999999@"))
    dead.write_bytes(b"half a PDF")
    elsewhere = dead.with_name(dead.name.replace(f"@{host_tag()}-", "@00000000-"))
    elsewhere.write_bytes(b"another machine's export, on a shared folder")
    live = part_path(tmp_path / "workbook.xlsx")  # this process's: still being written
    live.write_bytes(b"half a workbook")
    foreign = tmp_path / ".notes.part"  # not of our naming: never touched
    foreign.write_bytes(b"someone else's")
    assert main(["--db", str(target), "list", "teams"]) == 0  # read-only: removes nothing
    assert dead.exists()
    assert main(["--db", str(target), "init"]) == 0
    assert not dead.exists()
    assert live.exists() and foreign.exists()
    assert elsewhere.exists()  # its own machine knows whether it is still being written
