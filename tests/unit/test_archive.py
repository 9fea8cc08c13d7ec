"""The archive and `copy`: whole databases out and back in, losslessly, or not at all."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from secretariat import indicators
from secretariat.cli import main
from secretariat.db import Database, open_database
from secretariat.progress import run_to_end
from secretariat.transfer.archive import MANIFEST, restore_archive, write_archive
from secretariat.transfer.copy import copy_database
from secretariat.transfer.tables import TABLES, TransferError, count_rows


def parts_of(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist() if name != MANIFEST}


def sorted_lines(path: Path) -> dict[str, list[bytes]]:
    return {name: sorted(data.splitlines()) for name, data in parts_of(path).items()}


def rewrite(path: Path, target: Path, change) -> None:
    """A copy of an archive with `change(name, data) -> data | None` applied to each member."""
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w") as copy:
        for name in source.namelist():
            data = change(name, source.read(name))
            if data is not None:
                copy.writestr(name, data)


def edit_manifest(data: bytes, **changes) -> bytes:
    manifest = json.loads(data)
    manifest.update(changes)
    return json.dumps(manifest).encode()


def empty_counts(db: Database) -> bool:
    with db.engine.connect() as connection:
        return not any(count_rows(connection).values())


@pytest.fixture
def archive(demo_db: Database, tmp_path: Path) -> Path:
    path = tmp_path / "backup.zip"
    run_to_end(write_archive(demo_db, path))
    return path


def test_demo_to_archive_to_empty_database_to_archive_is_the_same(
    demo_db: Database, archive: Path, db: Database, tmp_path: Path
) -> None:
    summary = run_to_end(restore_archive(db, archive))
    assert summary.counts["plan"] == 179 and summary.counts["plan_status_change"] == 410
    again = tmp_path / "again.zip"
    run_to_end(write_archive(db, again))
    assert parts_of(again) == parts_of(archive)  # byte for byte
    assert indicators.conference_indicators(db) == indicators.conference_indicators(demo_db)


def test_the_manifest_names_the_schema_counts_and_hashes(archive: Path) -> None:
    with zipfile.ZipFile(archive) as opened:
        manifest = json.loads(opened.read(MANIFEST))
    assert manifest["format"] == "secretariat-archive"
    assert [part["table"] for part in manifest["parts"]] == [table.name for table in TABLES]
    plans = next(part for part in manifest["parts"] if part["table"] == "plan")
    assert plans["records"] == 179 and len(plans["sha256"]) == 64


def test_a_restore_keeps_search_working(archive: Path, db: Database) -> None:
    from secretariat.services.plan_query import PlanFilter, count_plans

    run_to_end(restore_archive(db, archive))
    assert count_plans(db, PlanFilter(search="forum")) == 13


def altered(name: str, data: bytes) -> bytes:
    return data.replace(b'"progress":0', b'"progress":1', 1) if name == "plan.jsonl" else data


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (altered, "part plan.jsonl was altered"),
        (lambda name, data: None if name == "mou.jsonl" else data, "part mou.jsonl is missing"),
        (
            lambda name, data: (
                edit_manifest(data, schema_revision="0099_future") if name == MANIFEST else data
            ),
            "newer version of Secretariat",
        ),
        (lambda name, data: None if name == MANIFEST else data, "no manifest.json"),
    ],
    ids=["altered", "missing part", "newer schema", "no manifest"],
)
def test_a_damaged_archive_is_refused_before_anything_is_written(
    archive: Path, db: Database, tmp_path: Path, change, message: str
) -> None:
    bad = tmp_path / "bad.zip"
    rewrite(archive, bad, change)
    with pytest.raises(TransferError, match=message):
        run_to_end(restore_archive(db, bad))
    assert empty_counts(db)


def test_a_record_referring_to_a_missing_record_is_refused(
    archive: Path, db: Database, tmp_path: Path
) -> None:
    import hashlib

    def drop_first_conference(name: str, data: bytes) -> bytes:
        if name == "conference.jsonl":
            return data.split(b"\n", 1)[1]
        if name == MANIFEST:
            manifest = json.loads(data)
            with zipfile.ZipFile(archive) as opened:
                kept = opened.read("conference.jsonl").split(b"\n", 1)[1]
            for part in manifest["parts"]:
                if part["table"] == "conference":
                    part["records"] -= 1
                    part["sha256"] = hashlib.sha256(kept).hexdigest()
            return json.dumps(manifest).encode()
        return data

    bad = tmp_path / "orphans.zip"
    rewrite(archive, bad, drop_first_conference)
    with pytest.raises(TransferError, match="refer through 'conference_id' to a conference"):
        run_to_end(restore_archive(db, bad))
    assert empty_counts(db)


def test_a_part_that_inflates_far_past_its_size_is_refused_unread(
    archive: Path, db: Database, tmp_path: Path
) -> None:
    bomb = tmp_path / "bomb.zip"
    with (
        zipfile.ZipFile(archive) as source,
        zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as copy,
    ):
        for name in source.namelist():
            data = source.read(name)
            copy.writestr(name, data + b" " * 50_000_000 if name == "activity.jsonl" else data)
    with pytest.raises(TransferError, match=r"activity\.jsonl inflates to"):
        run_to_end(restore_archive(db, bomb))
    assert empty_counts(db)


def test_restoring_into_a_database_with_records_is_refused(
    archive: Path, demo_db: Database
) -> None:
    before = count_rows_of(demo_db)
    with pytest.raises(TransferError, match="already holds records"):
        run_to_end(restore_archive(demo_db, archive))
    assert count_rows_of(demo_db) == before


def count_rows_of(db: Database) -> dict[str, int]:
    with db.engine.connect() as connection:
        return count_rows(connection)


def test_a_cancelled_restore_writes_nothing(archive: Path, db: Database) -> None:
    work = restore_archive(db, archive)
    for step in work:
        if step.message == "restoring plan":  # past the checks, plans written
            break
    work.close()
    assert empty_counts(db)


def test_a_cancelled_backup_leaves_the_earlier_file_and_no_part(
    demo_db: Database, archive: Path
) -> None:
    before = archive.read_bytes()
    work = write_archive(demo_db, archive)
    next(work)
    work.close()
    assert archive.read_bytes() == before
    assert [path.name for path in archive.parent.iterdir() if path.name.endswith(".part")] == []


def test_command_line_backup_and_restore(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = demo_db.describe()
    target = tmp_path / "restored.db"
    backup = tmp_path / "out.zip"
    assert main(["--db", source, "export", "archive", "-o", str(backup)]) == 0
    assert main(["--db", str(target), "import", "archive", str(backup)]) == 0
    assert "restored 821 records" in capsys.readouterr().out
    assert main(["--db", str(target), "import", "archive", str(backup)]) == 1
    assert "already holds records" in capsys.readouterr().err


def test_a_failed_restore_into_a_new_file_leaves_no_file(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.zip"
    rewrite(archive, bad, altered)
    target = tmp_path / "new.db"
    assert main(["--db", str(target), "import", "archive", str(bad)]) == 1
    assert "was altered" in capsys.readouterr().err
    assert list(tmp_path.glob("new.db*")) == []
    not_archive = tmp_path / "notes.zip"
    not_archive.write_text("minutes of the meeting")
    assert main(["--db", str(target), "import", "archive", str(not_archive)]) == 1
    assert "not a Secretariat archive" in capsys.readouterr().err
    assert list(tmp_path.glob("new.db*")) == []


def test_copy_between_sqlite_files(demo_db: Database, tmp_path: Path) -> None:
    target_path = tmp_path / "copy.db"
    assert main(["--db", demo_db.describe(), "copy", "--to", str(target_path)]) == 0
    target = open_database(target_path)
    try:
        assert count_rows_of(target) == count_rows_of(demo_db)
        assert indicators.conference_indicators(target) == indicators.conference_indicators(demo_db)
    finally:
        target.close()


@pytest.mark.postgres
def test_demo_to_postgres_and_back_gives_the_same_records(
    demo_db: Database, archive: Path, pg_url: str, tmp_path: Path
) -> None:
    server = open_database(pg_url)
    try:
        run_to_end(copy_database(demo_db, server))
        assert indicators.conference_indicators(server) == indicators.conference_indicators(demo_db)
        from_server = tmp_path / "from-server.zip"
        run_to_end(write_archive(server, from_server))
        # PostgreSQL's values come out in the same forms (its rows in key order, SQLite's
        # in storage order).
        assert sorted_lines(from_server) == sorted_lines(archive)
        back = open_database(tmp_path / "back.db")
        run_to_end(copy_database(server, back))
        again = tmp_path / "again.zip"
        run_to_end(write_archive(back, again))
        back.close()
    finally:
        server.close()
    assert sorted_lines(again) == sorted_lines(archive)
