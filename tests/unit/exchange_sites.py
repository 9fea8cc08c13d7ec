"""Sites for the exchange tests: databases that know each other's keys, and what they hold."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

from secretariat.cli import main
from secretariat.db import Database, open_database
from secretariat.exchange.values import EXCHANGED, all_ids, read_values


def run(*argv: str | Path) -> int:
    return main([str(arg) for arg in argv])


def make_sites(folder: Path, first: Path, *others: Path) -> list[Path]:
    """Make each database a site (first: side A, the others side B) and pin every key in
    every other site."""
    paths = [first, *others]
    for index, path in enumerate(paths):
        side = "A" if index == 0 else "B"
        assert run("--db", path, "exchange", "init", "--side", side, "--name", f"site{index}") == 0
        assert run("--db", path, "exchange", "key", "-o", folder / f"site{index}.key") == 0
    for index, path in enumerate(paths):
        for other in range(len(paths)):
            if other != index:
                assert run("--db", path, "exchange", "trust", folder / f"site{other}.key") == 0
    return paths


def office_and_partner(demo_template: Path, folder: Path) -> tuple[Path, Path]:
    """Side A with the demo committee (`a.db`), side B empty (`b.db`), keys exchanged."""
    office, partner = folder / "a.db", folder / "b.db"
    shutil.copyfile(demo_template, office)
    assert run("--db", partner, "init") == 0
    make_sites(folder, office, partner)
    return office, partner


def started_sites(demo_template: Path, folder: Path) -> tuple[Path, Path]:
    """`office_and_partner`, with B started from A's first (full) file."""
    office, partner = office_and_partner(demo_template, folder)
    assert send(office, partner, folder / "first.secx") == 0
    return office, partner


def send(source: Path, target: Path, file: Path, *options: str) -> int:
    """A file from `source` brought into `target`; the import's exit code."""
    assert run("--db", source, "exchange", "export", "-o", file) == 0
    return run("--db", target, "exchange", "import", file, *options)


def records_of(db: Database) -> dict[str, dict[str, dict[str, Any]]]:
    """Every exchanged record, by table and id, as the exchange compares them."""
    held: dict[str, dict[str, dict[str, Any]]] = {}
    with db.engine.connect() as connection:
        for table in EXCHANGED:
            found: dict[str, dict[str, Any]] = {}
            for ids in all_ids(connection, table):
                for record_id, values in read_values(connection, table, ids).items():
                    found[record_id.hex] = values
            held[table.name] = found
    return held


def records_at(path: Path) -> dict[str, dict[str, dict[str, Any]]]:
    db = open_database(path)
    try:
        return records_of(db)
    finally:
        db.close()


def plan_field(path: Path, ref: str, name: str) -> Any:
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert run("--db", path, "list", "plans", "--search", ref, "--json") == 0
    plans = [plan for plan in json.loads(out.getvalue()) if plan.get("key") == ref]
    assert len(plans) == 1, out.getvalue()[:500]
    return plans[0][name]


def rewrite(source: Path, target: Path, name: str, change: bytes, to: bytes) -> None:
    """A copy of an exchange file with one part's bytes replaced (an altered file)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = old.read(info.filename)
            new.writestr(info.filename, data.replace(change, to) if info.filename == name else data)
