"""An exchange import copies the database as it was before it commits: a `.bak` beside a
SQLite file, an archive under the data folder for a server database."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from secretariat.db import open_database
from secretariat.progress import run_to_end
from secretariat.transfer.archive import restore_archive
from tests.unit.exchange_sites import (
    make_sites,
    office_and_partner,
    plan_field,
    records_at,
    run,
)


def _backup_line(output: str) -> Path:
    prefix = "the database as it was before: "
    lines = [line for line in output.splitlines() if line.startswith(prefix)]
    assert len(lines) == 1, output
    return Path(lines[0].removeprefix(prefix))


def test_the_command_line_import_leaves_a_backup_of_the_database_before_it(
    demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office, partner = office_and_partner(demo_template, tmp_path)
    assert run("--db", office, "exchange", "export", "-o", tmp_path / "1.secx") == 0
    assert run("--db", partner, "exchange", "import", tmp_path / "1.secx") == 0
    capsys.readouterr()
    assert run("--db", office, "edit", "plan", "1-ECO-01", "--set", "title_en=Changed") == 0
    before = records_at(partner)
    assert run("--db", office, "exchange", "export", "-o", tmp_path / "2.secx") == 0
    capsys.readouterr()
    assert run("--db", partner, "exchange", "import", tmp_path / "2.secx") == 0
    backup = _backup_line(capsys.readouterr().out)
    assert backup.parent == partner.parent and backup.name.startswith("b.db.")
    assert backup.suffix == ".bak"
    assert records_at(backup) == before  # as it was, without the file's change
    assert plan_field(partner, "1-ECO-01", "title")["en"] == "Changed"


def test_a_dry_run_or_no_backup_makes_no_copy(
    demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office, partner = office_and_partner(demo_template, tmp_path)
    assert run("--db", office, "exchange", "export", "-o", tmp_path / "1.secx") == 0
    assert run("--db", partner, "exchange", "import", "--dry-run", tmp_path / "1.secx") == 0
    assert run("--db", partner, "exchange", "import", "--no-backup", tmp_path / "1.secx") == 0
    assert "as it was before" not in capsys.readouterr().out
    assert not list(tmp_path.glob("b.db.*.bak"))


def test_on_postgresql_the_backup_is_an_archive_in_the_data_folder(
    demo_template: Path, tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = tmp_path / "laptop.db"
    shutil.copyfile(demo_template, laptop)
    assert run("--db", pg_url, "init") == 0
    make_sites(tmp_path, laptop, pg_url)  # type: ignore[arg-type]
    assert run("--db", laptop, "exchange", "export", "-o", tmp_path / "1.secx") == 0
    capsys.readouterr()
    assert run("--db", pg_url, "exchange", "import", tmp_path / "1.secx") == 0
    backup = _backup_line(capsys.readouterr().out)
    assert backup.parent == Path(os.environ["SECRETARIAT_DATA_DIR"]) / "backups"
    assert backup.suffix == ".zip"
    restored = tmp_path / "restored.db"
    assert run("--db", restored, "init") == 0
    target = open_database(restored)
    try:
        summary = run_to_end(restore_archive(target, backup))
    finally:
        target.close()
    assert summary.counts.get("plan", 0) == 0  # the server held no plan before the file
    assert records_at(pg_url)["plan"] == records_at(laptop)["plan"]  # type: ignore[arg-type]


def test_only_the_newest_copies_are_kept_and_an_upgrades_copy_is_left(
    demo_template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from secretariat import backups
    from secretariat.transfer import safety_copy

    monkeypatch.setattr(safety_copy, "KEPT", 2)
    office, partner = office_and_partner(demo_template, tmp_path)
    before_upgrade = backups.backup_file(partner)  # as an upgrade makes it: no tag
    made = []
    for number in range(3):
        file = tmp_path / f"{number}.secx"
        assert run("--db", office, "edit", "plan", "1-ECO-01", "--set", f"progress={number}") == 0
        assert run("--db", office, "exchange", "export", "-o", file) == 0
        capsys.readouterr()
        assert run("--db", partner, "exchange", "import", file) == 0
        made.append(_backup_line(capsys.readouterr().out))
    assert sorted(tmp_path.glob("b.db.exchange-*.bak")) == sorted(made[1:])
    assert before_upgrade.exists()
