"""The files the fault cases start from, made once per run: the demo committee, the same at
the first schema (an old database to upgrade), an edited workbook, an archive, and a pair of
exchange sites with a file from one to the other."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from tests.faults.harness import Runner

EDITED_PLANS = 60  # rows of the workbook whose progress the "import" case changes


@dataclass(frozen=True)
class Fixtures:
    demo: Path
    old: Path
    workbook: Path
    archive: Path
    site_a: Path  # the demo committee as site A, trusting site B
    partner: Path  # site B, empty, trusting site A
    exchange_file: Path  # site A's first file for B: every record


def make_fixtures(runner: Runner, folder: Path) -> Fixtures:
    folder.mkdir(parents=True, exist_ok=True)
    demo = folder / "demo.db"
    _ok(runner, "--db", demo, "init", "--demo")
    old = folder / "old.db"
    shutil.copyfile(demo, old)
    _downgrade(old)
    workbook = folder / "edited.xlsx"
    _ok(runner, "--db", demo, "export", "xlsx", "-o", workbook)
    _edit_progress(workbook)
    archive = folder / "demo.zip"
    _ok(runner, "--db", demo, "export", "archive", "-o", archive)
    site_a, partner, exchange_file = _sites(runner, folder, demo)
    return Fixtures(demo, old, workbook, archive, site_a, partner, exchange_file)


def _ok(runner: Runner, *argv: str | Path) -> None:
    result = runner.run(*argv)
    if result.returncode != 0:
        raise RuntimeError(f"setting up the fault cases: {argv}: {result.stderr.strip()}")


def _downgrade(path: Path) -> None:
    """The demo committee at schema 0001, as the first release left it."""
    from alembic import command

    from secretariat.db import open_database
    from secretariat.migrations import alembic_config

    db = open_database(path)
    config = alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001_initial")
    db.close()


def _edit_progress(path: Path) -> None:
    from openpyxl import load_workbook

    workbook = load_workbook(path)
    sheet = next(sheet for sheet in workbook.worksheets if sheet.title.startswith("사업"))
    header = [str(cell.value or "") for cell in sheet[1]]
    column = next(index for index, text in enumerate(header, 1) if text.startswith("진척도"))
    for row in range(2, 2 + EDITED_PLANS):
        cell = sheet.cell(row, column)
        cell.value = (int(cell.value or 0) + 7) % 101
    workbook.save(path)


def _sites(runner: Runner, folder: Path, demo: Path) -> tuple[Path, Path, Path]:
    site_a = folder / "site-a.db"
    shutil.copyfile(demo, site_a)
    partner = folder / "site-b.db"
    _ok(runner, "--db", partner, "init")
    for path, side in ((site_a, "A"), (partner, "B")):
        _ok(runner, "--db", path, "exchange", "init", "--side", side, "--name", f"site {side}")
        _ok(runner, "--db", path, "exchange", "key", "-o", folder / f"{side}.key")
    _ok(runner, "--db", site_a, "exchange", "trust", folder / "B.key")
    _ok(runner, "--db", partner, "exchange", "trust", folder / "A.key")
    exchange_file = folder / "a-to-b.secx"
    _ok(runner, "--db", site_a, "exchange", "export", "-o", exchange_file)
    return site_a, partner, exchange_file
