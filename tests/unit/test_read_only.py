"""Read-only is a guarantee: with --read-only (or $SECRETARIAT_READ_ONLY) every command that
writes refuses before it opens anything, and a WAL database on read-only storage opens for
reading (SQLite's `immutable` when its -shm cannot be made) while writing commands refuse."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from secretariat.cli import main
from secretariat.db import open_database, open_database_plainly

WRITING_COMMANDS = [
    ["init"],
    ["init", "--demo"],
    ["import", "xlsx", "WORKBOOK"],
    ["import", "archive", "ARCHIVE"],
    ["edit", "plan", "5-ECO-03", "--set", "progress=40"],
    ["restore-backup", "BACKUP"],
]


def dump(path: Path) -> list[str]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return sorted(connection.iterdump())
    finally:
        connection.close()


@pytest.fixture
def demo_copy(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def files(demo_copy: Path, tmp_path: Path) -> dict[str, str]:
    workbook, archive = tmp_path / "w.xlsx", tmp_path / "a.zip"
    assert main(["--db", str(demo_copy), "export", "xlsx", "-o", str(workbook)]) == 0
    assert main(["--db", str(demo_copy), "export", "archive", "-o", str(archive)]) == 0
    backup = tmp_path / "demo.db.20260101-000000.bak"
    shutil.copyfile(demo_copy, backup)
    return {"WORKBOOK": str(workbook), "ARCHIVE": str(archive), "BACKUP": str(backup)}


@pytest.mark.parametrize("command", WRITING_COMMANDS, ids=lambda c: " ".join(c[:2]))
@pytest.mark.parametrize("how", ["option", "environment"])
def test_every_writing_command_refuses_when_read_only_was_asked(
    demo_copy: Path,
    files: dict[str, str],
    command: list[str],
    how: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = dump(demo_copy)
    argv = ["--db", str(demo_copy), *(files.get(word, word) for word in command)]
    if how == "option":
        argv.insert(0, "--read-only")
    else:
        monkeypatch.setenv("SECRETARIAT_READ_ONLY", "1")
    capsys.readouterr()
    assert main(argv) == 1
    assert (
        "open read-only (--read-only or $SECRETARIAT_READ_ONLY is set)" in capsys.readouterr().err
    )
    assert dump(demo_copy) == before


def test_reading_commands_still_read_when_read_only_was_asked(
    demo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--read-only", "--db", str(demo_copy), "indicators", "--conference", "3"]) == 0
    assert "Indicators per conference" in capsys.readouterr().out


@pytest.fixture
def read_only_storage(tmp_path: Path) -> Iterator[Path]:
    """A small file system mounted read-only (needs root; skipped without)."""
    mount = tmp_path / "media"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)],
                          capture_output=True, check=False)  # fmt: skip
    if made.returncode != 0:
        pytest.skip("cannot mount a file system here (not root)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_wal_database_on_read_only_storage_opens_read_only(
    demo_template: Path, read_only_storage: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = read_only_storage / "demo.db"
    shutil.copyfile(demo_template, path)
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    connection.close()
    subprocess.run(["mount", "-o", "remount,ro", str(read_only_storage)], check=True)
    with pytest.raises(sqlite3.OperationalError):  # what SQLite alone does there
        sqlite3.connect(f"file:{path}?mode=ro", uri=True).execute("SELECT 1 FROM plan")

    database = open_database(path, read_only=True)
    with database.engine.connect() as reading:
        assert reading.exec_driver_sql("SELECT count(*) FROM plan").scalar() == 179
    database.close()
    app_opens = open_database_plainly(str(path), read_only=False, create=False)  # the app's way
    assert app_opens.read_only  # it says so and offers no edits
    app_opens.close()
    assert main(["--db", str(path), "list", "teams"]) == 0
    assert "ECO" in capsys.readouterr().out
    assert main(["--db", str(path), "indicators"]) == 0  # reads, though it may upgrade
    capsys.readouterr()
    assert main(["--db", str(path), "init"]) == 3
    assert "read-only storage" in capsys.readouterr().err
    assert sorted(p.name for p in read_only_storage.iterdir()) == ["demo.db"]
