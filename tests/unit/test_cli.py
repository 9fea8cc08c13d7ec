"""The command line: what it prints, and one clear line with the right exit code on errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from secretariat.cli import EXIT_DATABASE, EXIT_ERROR, EXIT_USAGE, main


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The real thing, in a separate process, as a user would run it."""
    return subprocess.run(
        [sys.executable, "-m", "secretariat", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
        check=False,
    )


@pytest.fixture
def demo_file(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.db"
    target.write_bytes(demo_template.read_bytes())
    return target


def test_init_demo_then_indicators_json_covers_every_conference(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    created = run("--db", str(path), "init", "--demo")
    assert created.returncode == 0, created.stderr
    assert str(path) in created.stdout
    result = run("--db", str(path), "indicators", "--json", "--as-of", "2026-11-23")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert [row["conference"] for row in report["conferences"]] == [1, 2, 3, 4, 5, 6]
    keys = {
        "plans",
        "promotion_rate",
        "implementation_rate",
        "mutual_rate",
        "retention_rate",
        "mous_at_conference",
        "mous_cumulative",
        "months_since_previous",
        "change_pp",
    }
    assert keys <= set(report["conferences"][0])
    assert {row["team"] for row in report["teams"]} == {"ECO", "CUL", "EDU", "ENV", "HEA"}
    assert set(report["reciprocity"]["total"]) == {"a_to_b", "b_to_a", "joint"}
    dormant = [t["team"] for t in report["dormancy"]["teams"] if t["dormant"]]
    assert dormant == ["EDU"]


def test_indicators_table_is_readable(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["--db", str(demo_file), "indicators", "--conference", "3", "--as-of", "2026-11-23"])
        == 0
    )
    out = capsys.readouterr().out
    assert "Promo %" in out and "Retain %" in out
    lines = [line.split() for line in out.splitlines() if line.strip().startswith("3 ")]
    assert [line[3] for line in lines] == ["all", "ECO", "CUL", "EDU", "ENV"]
    assert {line[2] for line in lines} == {"held"}  # the conference's state, before the team
    assert "Exchange reciprocity" in out and "DORMANT" in out


def test_db_from_environment(demo_file: Path) -> None:
    result = run("indicators", "--team", "hea", env={"SECRETARIAT_DB": str(demo_file)})
    assert result.returncode == 0, result.stderr
    assert "HEA" in result.stdout


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["indicators"], EXIT_DATABASE, "no database at"),
        (["indicators", "--conference", "99"], EXIT_ERROR, "no conference 99"),
        (["indicators", "--team", "XYZ"], EXIT_ERROR, "no team XYZ"),
        (["indicators", "--conference", "three"], EXIT_USAGE, "invalid int value"),
        (["indicators", "--as-of", "2026-02-30"], EXIT_USAGE, "not a date"),
        (["frobnicate"], EXIT_USAGE, "invalid choice"),
        (["init", "--demo"], EXIT_ERROR, "already holds a committee"),
    ],
)
def test_user_errors_are_one_line(
    args: list[str], code: int, message: str, demo_file: Path, tmp_path: Path
) -> None:
    db = demo_file if args != ["indicators"] else tmp_path / "missing.db"
    result = run("--db", str(db), *args)
    assert result.returncode == code
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr


def test_unwritable_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        # chmod does not stop root (CI runs as root), so the refusal is simulated.
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "touch", refuse)
    assert main(["--db", str(locked / "x.db"), "init"]) == EXIT_DATABASE
    err = capsys.readouterr().err
    assert f"cannot write to the folder {locked}: Permission denied" in err
    assert not (locked / "x.db").exists()


def test_folder_that_cannot_exist(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = run("--db", str(blocker / "sub" / "x.db"), "init")
    assert result.returncode == EXIT_DATABASE
    assert "cannot create the folder" in result.stderr


def test_not_a_database_file(tmp_path: Path) -> None:
    junk = tmp_path / "notes.db"
    junk.write_text("these are my notes, not a database\n" * 100)
    result = run("--db", str(junk), "indicators")
    assert result.returncode == EXIT_DATABASE
    assert "database error" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_bad_url() -> None:
    result = run("--db", "nosuchdriver://x/y", "indicators")
    assert result.returncode == EXIT_DATABASE
    assert len(result.stderr.strip().splitlines()) == 1


def test_default_database_lives_in_the_data_folder(tmp_path: Path) -> None:
    data = tmp_path / "data-folder"
    result = run("init", env={"SECRETARIAT_DATA_DIR": str(data)})
    assert result.returncode == 0, result.stderr
    assert (data / "secretariat.db").exists()


def test_help_lists_exit_codes() -> None:
    result = run("--help")
    assert result.returncode == 0
    assert "exit codes" in result.stdout and "newer version" in result.stdout
