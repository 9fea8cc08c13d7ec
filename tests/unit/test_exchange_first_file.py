"""A first full file into an empty database is loaded as a restore is (exchange/first_file.py):
what it writes is what the record-by-record merge writes, bases and log included."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from secretariat.exchange import first_file
from tests.unit.exchange_sites import office_and_partner, records_at, run

SKIPPED = {"updated_at"}  # when each side wrote the row


def _contents(path: Path) -> dict[str, list[str]]:
    """Every row of every table (the log by what it names: its numbers are local)."""
    connection = sqlite3.connect(path)
    try:
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'plan_search%' AND name NOT LIKE 'sqlite%'"
            )
        ]
        held = {}
        for name in names:
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{name}")')]
            if name == "exchange_log":
                columns = ["table_name", "record_id"]
            chosen = ", ".join(f'"{column}"' for column in columns if column not in SKIPPED)
            held[name] = sorted(map(repr, connection.execute(f'SELECT {chosen} FROM "{name}"')))
        text = connection.execute("SELECT search_text FROM plan LIMIT 1").fetchone()
        word = text[0].split()[0] if text else "none"
        found = connection.execute(
            "SELECT rowid FROM plan_search WHERE plan_search MATCH ?", (f'"{word}"',)
        )
        held["search"] = sorted(map(repr, found))
        return held
    finally:
        connection.close()


def test_the_first_file_writes_what_the_merge_writes(
    demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    office, fast = office_and_partner(demo_template, tmp_path)
    general = tmp_path / "general.db"
    shutil.copyfile(fast, general)
    raw = sqlite3.connect(office)  # foreign keys off: a plan gone, its history left behind
    with raw:
        raw.execute(
            "DELETE FROM plan WHERE id = (SELECT plan_id FROM plan_status_change WHERE plan_id "
            "NOT IN (SELECT plan_id FROM activity WHERE plan_id IS NOT NULL UNION "
            "SELECT plan_id FROM agenda_item WHERE plan_id IS NOT NULL UNION "
            "SELECT continues_plan_id FROM plan WHERE continues_plan_id IS NOT NULL) LIMIT 1)"
        )
    raw.close()
    file = tmp_path / "first.secx"
    assert run("--db", office, "exchange", "export", "-o", file) == 0

    loaded = []
    monkeypatch.setattr(first_file, "load_first_file", _spy(first_file.load_first_file, loaded))
    assert run("--db", fast, "exchange", "import", file) == 0
    assert loaded  # the fast way was taken
    monkeypatch.setattr(first_file, "applies", lambda _connection: False)
    assert run("--db", general, "exchange", "import", file) == 0

    made, expected = _contents(fast), _contents(general)
    assert made == expected
    assert any("'deleted'" in row for row in made["exchange_base"])  # the tombstone's base
    assert len(made["plan"]) > 100 and made["search"]
    assert records_at(fast) == records_at(general)


def _spy(function: object, calls: list[object]) -> object:
    def spy(*args: object, **kwargs: object) -> object:
        calls.append(args)
        return function(*args, **kwargs)  # type: ignore[operator]

    return spy


def test_a_bad_value_is_named_and_nothing_is_written(
    demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office, partner = office_and_partner(demo_template, tmp_path)
    raw = sqlite3.connect(office)  # as a damaged database would send it
    with raw:
        raw.execute("UPDATE plan SET horizon = 'someday' WHERE rowid = 7")
    raw.close()
    file = tmp_path / "first.secx"
    assert run("--db", office, "exchange", "export", "-o", file) == 0
    before = _contents(partner)
    capsys.readouterr()
    assert run("--db", partner, "exchange", "import", file) == 1
    error = capsys.readouterr().err
    assert "payload line" in error and "plan.horizon = 'someday'" in error
    assert _contents(partner) == before
