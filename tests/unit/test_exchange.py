"""The exchange between two sites, through the command line as a secretariat would use it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from secretariat.db import open_database
from tests.unit.exchange_sites import (
    make_sites,
    plan_field,
    records_at,
    rewrite,
    run,
    send,
    started_sites,
)


@pytest.fixture
def two_sites(demo_template: Path, tmp_path: Path) -> tuple[Path, Path]:
    """Side A with the demo committee, side B empty, keys exchanged, B started from A's
    first (full) file."""
    return started_sites(demo_template, tmp_path)


def test_a_full_first_file_makes_an_empty_database_the_same(two_sites: tuple[Path, Path]) -> None:
    office, partner = two_sites
    held = records_at(partner)
    assert held == records_at(office)
    assert len(held["plan"]) > 100 and len(held["plan_status_change"]) > 300


def test_edits_on_both_sides_meet_and_a_conflict_is_listed_until_resolved(
    two_sites: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office, partner = two_sites
    assert (
        run(
            "--db",
            office,
            "edit",
            "plan",
            "1-ECO-01",
            "--set",
            "title_en=Forum (A)",
            "--set",
            "lead_agency_a=Agency A",
        )
        == 0
    )
    assert (
        run(
            "--db",
            partner,
            "edit",
            "plan",
            "1-ECO-01",
            "--set",
            "title_en=Forum (B)",
            "--set",
            "lead_agency_b=Agency B",
        )
        == 0
    )
    assert run("--db", partner, "edit", "plan", "2-ECO-01", "--set", "progress=55") == 0
    before = records_at(office)
    capsys.readouterr()

    assert send(partner, office, tmp_path / "b1.secx") == 1
    listed = capsys.readouterr().err
    assert "1 conflicts; nothing was written" in listed
    assert "1-ECO-01" in listed and "title_en" in listed
    assert "'Forum (A)'" in listed and "'Forum (B)'" in listed
    assert "lead_agency" not in listed  # changed on one side only: no conflict
    assert records_at(office) == before

    assert (
        run("--db", office, "exchange", "import", tmp_path / "b1.secx", "--conflicts", "theirs")
        == 0
    )
    assert plan_field(office, "1-ECO-01", "title")["en"] == "Forum (B)"
    assert plan_field(office, "1-ECO-01", "lead_agency_a") == "Agency A"
    assert plan_field(office, "1-ECO-01", "lead_agency_b") == "Agency B"
    assert plan_field(office, "2-ECO-01", "progress") == 55

    # The resolution travels back without a second conflict; then both hold the same.
    assert send(office, partner, tmp_path / "a2.secx") == 0
    assert send(partner, office, tmp_path / "b2.secx") == 0
    assert records_at(office) == records_at(partner)


def test_a_resolution_of_ours_reaches_the_partner_without_showing_the_conflict_twice(
    two_sites: tuple[Path, Path], tmp_path: Path
) -> None:
    office, partner = two_sites
    assert run("--db", office, "edit", "plan", "1-ECO-01", "--set", "title_en=Forum (A)") == 0
    assert run("--db", partner, "edit", "plan", "1-ECO-01", "--set", "title_en=Forum (B)") == 0
    assert send(partner, office, tmp_path / "b1.secx", "--conflicts", "ours") == 0
    assert send(office, partner, tmp_path / "a1.secx") == 0  # no conflict: A saw B's version
    assert plan_field(partner, "1-ECO-01", "title")["en"] == "Forum (A)"


def test_status_history_only_grows_and_the_status_follows_the_latest(
    two_sites: tuple[Path, Path], tmp_path: Path
) -> None:
    office, partner = two_sites
    ref = "1-ECO-01"
    assert (
        run(
            "--db",
            partner,
            "edit",
            "plan",
            ref,
            "--status",
            "on_hold",
            "--date",
            "2026-11-01",
            "--note",
            "paused by B",
        )
        == 0
    )
    assert send(partner, office, tmp_path / "b1.secx") == 0
    assert plan_field(office, ref, "status") == "on_hold"
    assert records_at(office)["plan_status_change"] == records_at(partner)["plan_status_change"]


def test_a_deletion_travels_and_deleted_against_edited_is_a_conflict(
    two_sites: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office, partner = two_sites
    db = open_database(partner)
    from secretariat.services import records as records_service
    from secretariat.services.mous import MOU, list_mous

    mous = list_mous(db)
    records_service.delete(db, MOU, mous[0].id)
    db.close()
    assert send(partner, office, tmp_path / "b1.secx") == 0
    assert len(records_at(office)["mou"]) == len(mous) - 1

    db = open_database(partner)
    records_service.delete(db, MOU, mous[1].id)
    db.close()
    db = open_database(office)
    records_service.update(db, MOU, mous[1].id, {"party_a": "Edited at A"})
    db.close()
    capsys.readouterr()
    assert send(partner, office, tmp_path / "b2.secx") == 1
    assert "the record" in capsys.readouterr().err
    assert (
        run("--db", office, "exchange", "import", tmp_path / "b2.secx", "--conflicts", "ours") == 0
    )
    assert send(office, partner, tmp_path / "a1.secx") == 0
    assert records_at(office)["mou"] == records_at(partner)["mou"]
    assert mous[1].id.hex in records_at(partner)["mou"]


def test_reimporting_a_file_changes_nothing(
    two_sites: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office, partner = two_sites
    assert run("--db", office, "edit", "plan", "1-ECO-01", "--set", "title_en=Once") == 0
    assert send(office, partner, tmp_path / "a1.secx") == 0
    assert run("--db", partner, "edit", "plan", "1-ECO-01", "--set", "title_en=Later") == 0
    before = records_at(partner)
    capsys.readouterr()
    assert run("--db", partner, "exchange", "import", tmp_path / "a1.secx") == 0
    assert "applied already" in capsys.readouterr().out
    assert records_at(partner) == before


def test_plans_added_on_both_sides_under_one_number_both_survive(
    two_sites: tuple[Path, Path], tmp_path: Path
) -> None:
    from secretariat.services.conferences import list_conferences
    from secretariat.services.plans import create_plan
    from secretariat.services.teams import list_teams

    office, partner = two_sites
    for path, title in ((office, "Plan of A"), (partner, "Plan of B")):
        db = open_database(path)
        conference = list_conferences(db)[-1]
        team = next(team for team in list_teams(db) if team.code == "ECO")
        create_plan(
            db,
            {
                "conference_id": conference.id,
                "team_id": team.id,
                "title_ko": title,
                "origin": "A",
                "horizon": "near",
            },
        )
        db.close()
    assert send(office, partner, tmp_path / "a1.secx") == 0
    assert send(partner, office, tmp_path / "b1.secx") == 0
    assert send(office, partner, tmp_path / "a2.secx") == 0
    held = records_at(office)
    assert held == records_at(partner)
    titles = {values["title_ko"] for values in held["plan"].values()}
    assert {"Plan of A", "Plan of B"} <= titles


@pytest.mark.postgres
def test_a_postgresql_site_and_a_sqlite_site_exchange_both_ways(
    demo_template: Path, tmp_path: Path, pg_url: str
) -> None:
    """The office on a shared PostgreSQL database, a laptop on SQLite; an editor of the
    office database (not its owner) makes the office's files."""
    from sqlalchemy.engine import make_url

    laptop = tmp_path / "laptop.db"
    shutil.copyfile(demo_template, laptop)
    assert run("--db", pg_url, "init") == 0
    name = f"{make_url(pg_url).database}_ana"
    secret = tmp_path / "password"
    secret.write_text("editor-secret\n")
    add = ("users", "add", name, "--role", "editor", "--password-file", secret)
    assert run("--db", pg_url, *add) == 0
    editor = make_url(pg_url).set(username=name, password="editor-secret")
    office: Path = editor.render_as_string(hide_password=False)  # type: ignore[assignment]
    make_sites(tmp_path, laptop, office)
    assert send(laptop, office, tmp_path / "l1.secx") == 0
    assert records_at(office) == records_at(laptop)  # type: ignore[arg-type]
    assert run("--db", office, "edit", "plan", "1-ECO-01", "--set", "title_en=At the office") == 0
    assert run("--db", laptop, "edit", "plan", "2-ECO-01", "--set", "progress=42") == 0
    assert send(office, laptop, tmp_path / "o1.secx") == 0
    assert send(laptop, office, tmp_path / "l2.secx") == 0
    assert records_at(office) == records_at(laptop)  # type: ignore[arg-type]
    assert plan_field(laptop, "1-ECO-01", "title")["en"] == "At the office"


def test_a_killed_import_leaves_the_database_as_it_was(demo_template: Path, tmp_path: Path) -> None:
    """kill -9 at moments spread over an import: each time, all of the file or none of it."""
    import os
    import signal
    import subprocess
    import sys
    import time

    office, partner = tmp_path / "a.db", tmp_path / "b.db"
    shutil.copyfile(demo_template, office)
    assert run("--db", partner, "init") == 0
    make_sites(tmp_path, office, partner)
    file = tmp_path / "first.secx"
    assert run("--db", office, "exchange", "export", "-o", file) == 0
    empty, full = records_at(partner), records_at(office)
    pristine = tmp_path / "pristine.db"
    shutil.copyfile(partner, pristine)
    command = [sys.executable, "-m", "secretariat", "--db", str(partner), "exchange", "import"]
    outcomes = set()
    for delay in (0.3, 0.5, 0.7, 0.9, 1.1):
        shutil.copyfile(pristine, partner)
        for suffix in ("-wal", "-shm"):
            Path(f"{partner}{suffix}").unlink(missing_ok=True)
        process = subprocess.Popen(
            [*command, str(file)],
            env=os.environ.copy(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        held = records_at(partner)
        assert held in (empty, full), f"killed after {delay} s: a part of the file went in"
        outcomes.add("none" if held == empty else "all")
    assert "none" in outcomes  # at least one kill landed inside the import


@pytest.mark.postgres
def test_on_postgresql_a_tampered_file_and_an_open_conflict_write_nothing(
    demo_template: Path, tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = tmp_path / "laptop.db"
    shutil.copyfile(demo_template, laptop)
    assert run("--db", pg_url, "init") == 0
    office: Path = pg_url  # type: ignore[assignment]
    make_sites(tmp_path, laptop, office)
    assert send(laptop, office, tmp_path / "l1.secx") == 0
    assert send(office, laptop, tmp_path / "o1.secx") == 0  # acknowledges the first
    assert run("--db", office, "edit", "plan", "1-ECO-01", "--set", "title_en=Office") == 0
    assert run("--db", laptop, "edit", "plan", "1-ECO-01", "--set", "title_en=Laptop") == 0
    good = tmp_path / "l2.secx"
    assert run("--db", laptop, "exchange", "export", "-o", good) == 0
    before = records_at(office)  # type: ignore[arg-type]
    forged = tmp_path / "forged.secx"
    rewrite(good, forged, "payload.jsonl", b"Laptop", b"Forged")
    capsys.readouterr()
    assert run("--db", office, "exchange", "import", forged) == 1
    assert "SHA-256 differs" in capsys.readouterr().err
    assert run("--db", office, "exchange", "import", good) == 1
    assert "1 conflicts; nothing was written" in capsys.readouterr().err
    assert records_at(office) == before  # type: ignore[arg-type]
    assert run("--db", office, "exchange", "import", good, "--conflicts", "theirs") == 0
    assert plan_field(office, "1-ECO-01", "title")["en"] == "Laptop"


def test_the_signing_key_is_the_users_alone_and_a_copied_database_becomes_a_new_site(
    demo_template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import stat

    from secretariat.exchange.keys import CONFIG_DIR_ENV, private_key_path
    from secretariat.exchange.sites import site_key

    office = tmp_path / "office.db"
    shutil.copyfile(demo_template, office)
    monkeypatch.setenv(CONFIG_DIR_ENV, str(tmp_path / "office-config"))
    assert run("--db", office, "exchange", "init", "--side", "A") == 0
    db = open_database(office)
    key = private_key_path(site_key(db).site_id)
    db.close()
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert stat.S_IMODE(key.parent.stat().st_mode) == 0o700
    assert b"PRIVATE KEY" in key.read_bytes()
    assert b"PRIVATE" not in office.read_bytes()  # the database holds the public key only

    laptop = tmp_path / "laptop.db"
    shutil.copyfile(office, laptop)
    monkeypatch.setenv(CONFIG_DIR_ENV, str(tmp_path / "laptop-config"))  # another machine
    capsys.readouterr()
    assert run("--db", laptop, "exchange", "key", "-o", tmp_path / "laptop.key") == 1
    assert "--new-site" in capsys.readouterr().err
    assert run("--db", laptop, "exchange", "init", "--side", "A") == 1  # a site already
    assert run("--db", laptop, "exchange", "init", "--side", "A", "--new-site") == 0
    assert run("--db", laptop, "exchange", "key", "-o", tmp_path / "laptop.key") == 0


def test_the_log_forgets_what_every_partner_has_and_changes_still_travel(
    two_sites: tuple[Path, Path], tmp_path: Path
) -> None:
    import sqlite3

    office, partner = two_sites

    def logged(path: Path) -> int:
        with sqlite3.connect(path) as connection:
            return int(connection.execute("SELECT count(*) FROM exchange_log").fetchone()[0])

    assert logged(partner) > 700  # the first file went in through the log's triggers
    assert send(partner, office, tmp_path / "b1.secx") == 0  # acknowledges the office's file
    assert send(office, partner, tmp_path / "a1.secx") == 0  # acknowledges the partner's
    assert send(partner, office, tmp_path / "b2.secx") == 0
    assert logged(partner) < 50 and logged(office) < 50
    assert run("--db", partner, "edit", "plan", "2-ECO-01", "--set", "progress=44") == 0
    assert send(partner, office, tmp_path / "b3.secx") == 0
    assert plan_field(office, "2-ECO-01", "progress") == 44
