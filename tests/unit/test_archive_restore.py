"""The one-pass restore into SQLite: a value is checked a column of a batch at a time exactly
as one by one, a bad record is named by line and field, and a refused restore puts back the
indexes, triggers and pragmas it set aside."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Column

from secretariat.db import Database
from secretariat.progress import run_to_end
from secretariat.transfer.archive import MANIFEST, restore_archive, write_archive
from secretariat.transfer.json_values import column_checker, json_checker
from secretariat.transfer.tables import TransferError, count_rows, table_named

ID = "0123456789abcdef0123456789abcdef"
# column of `plan` -> values one by one would accept, values it would refuse
VALUES: dict[str, tuple[list[Any], list[Any]]] = {
    "id": ([ID, ID.replace("0", "f")], [ID.upper(), ID[:-1], ID + "0", 7, "", ["x"]]),
    "created_at": (
        ["2026-01-31 23:59:59.123456"],
        [
            "2026-02-30 10:00:00.000000",
            "2026-01-31T23:59:59.123456",
            "2026-01-31 23:59:59",
            "٢٠٢٦-01-31 23:59:59.123456",
            20260131,
        ],
    ),
    "due_date": ([None, "2026-02-28"], ["2026-02-29", "2026-2-28", "28.02.2026", 0]),
    "status": (["agreed", "implemented"], ["Agreed", "done", 1, "", ["agreed"]]),
    "progress": ([0, 100, None], [True, 1.5, "50"]),
    "title_en": (["", "Forum", None], [1, False, {"en": "x"}]),
}


def cases() -> list[tuple[str, list[Any], bool]]:
    found = []
    for column, (good, bad) in VALUES.items():
        found.append((column, good, True))
        found += [(column, [*good, value], False) for value in bad]
    return found


@pytest.mark.parametrize(("column", "batch", "passes"), cases())
def test_a_column_of_a_batch_is_checked_as_its_values_one_by_one(
    column: str, batch: list[Any], passes: bool
) -> None:
    table_column: Column[Any] = table_named("plan").c[column]
    one = json_checker(table_column)

    def each_passes() -> bool:
        try:
            for value in batch:
                if value is not None:
                    one(value)
        except (TypeError, ValueError):
            return False
        return True

    assert each_passes() is passes
    assert column_checker(table_column)(batch) is passes


@pytest.fixture
def archive(demo_db: Database, tmp_path: Path) -> Path:
    path = tmp_path / "backup.zip"
    run_to_end(write_archive(demo_db, path))
    return path


def with_plan_line(archive: Path, target: Path, number: int, **changes: Any) -> Path:
    """A copy of the archive whose plan line `number` has fields changed, its hash
    recomputed (a well-made file holding a bad value)."""
    with zipfile.ZipFile(archive) as source:
        lines = source.read("plan.jsonl").split(b"\n")
        record = json.loads(lines[number - 1])
        record.update(changes)
        lines[number - 1] = json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode()
        plans = b"\n".join(lines)
        manifest = json.loads(source.read(MANIFEST))
        for part in manifest["parts"]:
            if part["table"] == "plan":
                part["sha256"] = hashlib.sha256(plans).hexdigest()
        with zipfile.ZipFile(target, "w") as copy:
            for name in source.namelist():
                data = {"plan.jsonl": plans, MANIFEST: json.dumps(manifest).encode()}
                copy.writestr(name, data.get(name, source.read(name)))
    return target


def schema_of(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as connection:
        return connection.execute(
            "SELECT type, name FROM sqlite_master ORDER BY type, name"
        ).fetchall()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"progress": True}, "line 120: field 'progress': expected a whole number"),
        ({"due_date": "2026-02-30"}, "line 120: field 'due_date'"),
        ({"status": "finished"}, "line 120: field 'status': expected one of"),
        ({"conference_id": ID}, "refer through 'conference_id' to a conference"),
    ],
    ids=["bool as number", "no such day", "unknown status", "missing conference"],
)
def test_a_bad_record_is_named_and_the_database_is_left_as_it_was(
    archive: Path, db: Database, db_path: Path, tmp_path: Path, changes: dict[str, Any],
    message: str, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr("secretariat.transfer.archive_check.BATCH", 50)  # line 120: 3rd batch
    bad = with_plan_line(archive, tmp_path / "bad.zip", 120, **changes)
    before = schema_of(db_path)
    with pytest.raises(TransferError, match=message):
        run_to_end(restore_archive(db, bad))
    assert schema_of(db_path) == before  # the indexes and triggers set aside are back
    with db.engine.connect() as connection:
        assert not any(count_rows(connection).values())
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_a_plan_before_the_plan_it_continues_restores(
    archive: Path, db: Database, tmp_path: Path
) -> None:
    with zipfile.ZipFile(archive) as source:
        lines = source.read("plan.jsonl").rstrip(b"\n").split(b"\n")
    assert any(json.loads(line)["continues_plan_id"] for line in lines)
    reversed_plans = b"\n".join(reversed(lines)) + b"\n"
    target = tmp_path / "reversed.zip"
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(target, "w") as copy:
        manifest = json.loads(source.read(MANIFEST))
        for part in manifest["parts"]:
            if part["table"] == "plan":
                part["sha256"] = hashlib.sha256(reversed_plans).hexdigest()
        for name in source.namelist():
            data = {"plan.jsonl": reversed_plans, MANIFEST: json.dumps(manifest).encode()}
            copy.writestr(name, data.get(name, source.read(name)))
    run_to_end(restore_archive(db, target))
    with db.engine.connect() as connection:
        assert count_rows(connection)["plan"] == len(lines)
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
