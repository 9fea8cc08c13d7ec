"""`secretariat users` where there is no server to ask: a SQLite file, a bad password file."""

from __future__ import annotations

from pathlib import Path

import pytest

from secretariat.cli import main


def test_users_are_refused_on_sqlite(
    db: object, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "users", "list"]) == 1
    assert "a SQLite file is used by whoever may write it" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "the first line is empty"), (b"\xff\xfe", "not UTF-8"), (b"x" * 5000, "one line")],
)
def test_a_bad_password_file_is_named(
    db: object,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: bytes,
    message: str,
) -> None:
    secret = tmp_path / "pw"
    secret.write_bytes(content)
    command = ["--db", str(db_path), "users", "add", "ana", "--role", "editor", "--password-file"]
    assert main([*command, str(secret)]) == 1
    assert message in capsys.readouterr().err
