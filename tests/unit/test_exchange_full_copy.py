"""A full copy's lines made by SQLite say exactly what the general way writes for them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from secretariat.db import open_database
from secretariat.exchange import export
from secretariat.exchange.full_copy import made_by_sqlite, sqlite_lines
from secretariat.exchange.values import EXCHANGED
from secretariat.progress import run_to_end
from tests.unit.exchange_sites import office_and_partner, records_at, run


def _payload(path: Path) -> list[dict[str, Any]]:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return [json.loads(line) for line in archive.read("payload.jsonl").splitlines()]


def test_every_line_is_the_general_ways_line(
    demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    office, partner = office_and_partner(demo_template, tmp_path)
    # An edit with an author, so that lines carry "by" and "at".
    assert run("--db", office, "edit", "plan", "1-ECO-01", "--set", "title_en=Edited") == 0
    db = open_database(office)
    try:
        fast, general = tmp_path / "fast.secx", tmp_path / "general.secx"
        run_to_end(export.export_exchange(db, fast))
        monkeypatch.setattr(export, "made_by_sqlite", lambda *_args: False)
        run_to_end(export.export_exchange(db, general))
        with db.engine.connect() as connection:
            site = export._plan(db, None).partner.site_id
            plans = next(table for table in EXCHANGED if table.name == "plan")
            assert made_by_sqlite(connection, site, plans)
            assert sum(len(lines) for lines in sqlite_lines(connection, plans)) > 100
    finally:
        db.close()
    made, expected = _payload(fast), _payload(general)
    key = lambda line: (line["t"], line["id"])  # noqa: E731
    assert sorted(made, key=key) == sorted(expected, key=key)
    assert any("by" in line for line in made if line["t"] == "plan")
    # And an empty database starts from it.
    assert run("--db", partner, "exchange", "import", fast) == 0
    assert records_at(partner) == records_at(office)
