"""A full disk at several sizes for every write path, and read-only media. A failure must be
one clear line, leave the database as it was (or no new one), leave earlier files intact and
leave nothing behind; a success must be whole."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from tests.faults.harness import (
    EARLIER,
    Outcome,
    Runner,
    can_mount,
    digests,
    integrity_ok,
    leftovers,
    logical_dump,
    one_clear_line,
    read_only_media,
    small_disk,
)
from tests.faults.kills import _complete
from tests.faults.setup import Fixtures

SIZES = (0.15, 0.4, 0.7, 1.0, 1.4)  # of what the write needs (a file-size cap without root)


def _attempt(
    runner: Runner,
    outcome: Outcome,
    label: str,
    kilobytes: int,
    prepare: Callable[[Path], list[str | Path]],
    judge: Callable[[Path, bool], bool],
) -> None:
    disk = runner.work / "disk"
    with small_disk(disk, kilobytes) as preexec:
        (disk / "earlier.txt").write_text("here before\n")
        argv = prepare(disk)
        earlier = digests(disk, EARLIER)
        result = runner.run(*argv, preexec=preexec)
        ok = result.returncode == 0
        outcome.refused += not ok
        held = outcome.check(
            f"{label}: {result.stderr.strip()[:200]}", one_clear_line(result.stderr)
        )
        held &= outcome.check(f"{label}: judged", judge(disk, ok))
        kept = {name: digest for name, digest in digests(disk).items() if name in earlier}
        held &= outcome.check(f"{label}: an earlier file changed", kept == earlier)
        held &= outcome.check(f"{label}: left {leftovers(disk)}", not leftovers(disk))
        held &= outcome.check(f"{label}: files in TMPDIR", runner.system_tmp_clean())
        outcome.count(held)
    if disk.exists() and not can_mount():
        shutil.rmtree(disk)


def full_disk_exports(runner: Runner, fixtures: Fixtures) -> Outcome:
    outcome = Outcome("full disk: exports")
    jobs = [("xlsx", "xlsx", []), ("pdf", "pdf", ["--conference", "3"]), ("archive", "zip", [])]
    for kind, suffix, extra in jobs:
        reference = runner.work / f"full-{suffix}.{suffix}"
        runner.timed("--db", fixtures.demo, "export", kind, *extra, "-o", reference)
        need = reference.stat().st_size * (4 if kind == "xlsx" else 1)  # xlsx: sheets beside
        for share in SIZES:

            def prepare(
                disk: Path, kind: str = kind, suffix: str = suffix, extra: list[str] = extra
            ) -> list[str | Path]:
                (disk / f"out.{suffix}").write_bytes(b"earlier")
                return ["--db", fixtures.demo, "export", kind, *extra, "-o", disk / f"out.{suffix}"]

            def judge(disk: Path, ok: bool, suffix: str = suffix) -> bool:
                target = disk / f"out.{suffix}"
                return _complete(target, suffix) if ok else target.read_bytes() == b"earlier"

            label = f"full disk: export {kind} at {share:.0%}"
            _attempt(runner, outcome, label, max(64, int(need * share) // 1024), prepare, judge)
    _exchange_export(runner, outcome, fixtures)
    return outcome


def _exchange_export(runner: Runner, outcome: Outcome, fixtures: Fixtures) -> None:
    """An exchange file for the partner: on failure the earlier file stays, none is left."""
    site = runner.work / "site-a.db"
    shutil.copyfile(fixtures.site_a, site)
    reference = runner.work / "full.secx"
    runner.timed("--db", site, "exchange", "export", "-o", reference)
    need = reference.stat().st_size
    for share in SIZES:
        shutil.copyfile(fixtures.site_a, site)

        def prepare(disk: Path) -> list[str | Path]:
            (disk / "out.secx").write_bytes(b"earlier")
            return ["--db", site, "exchange", "export", "-o", disk / "out.secx"]

        def judge(disk: Path, ok: bool) -> bool:
            target = disk / "out.secx"
            return _complete(target, "secx") if ok else target.read_bytes() == b"earlier"

        label = f"full disk: exchange export at {share:.0%}"
        _attempt(runner, outcome, label, max(64, int(need * share) // 1024), prepare, judge)


def full_disk_databases(runner: Runner, fixtures: Fixtures) -> Outcome:
    """Creating (`init --demo`, `import archive`) and upgrading a database on a full disk."""
    outcome = Outcome("full disk: create, restore, upgrade")
    need = fixtures.demo.stat().st_size * 2
    for share in SIZES:
        for what, argv in (
            ("init --demo", ["init", "--demo"]),
            ("import archive", ["import", "archive", fixtures.archive]),
        ):

            def prepare(disk: Path, argv: list[str | Path] = argv) -> list[str | Path]:
                return ["--db", disk / "new.db", *argv]

            def judge(disk: Path, ok: bool) -> bool:
                made = disk / "new.db"
                return integrity_ok(made) if ok else not made.exists()

            label = f"full disk: {what} at {share:.0%}"
            _attempt(runner, outcome, label, max(64, int(need * share) // 1024), prepare, judge)
    before = logical_dump(fixtures.old)
    old_size = fixtures.old.stat().st_size
    for share in SIZES:

        def upgrade(disk: Path) -> list[str | Path]:
            shutil.copyfile(fixtures.old, disk / "old.db")
            return ["--db", disk / "old.db", "init"]

        def upgraded(disk: Path, ok: bool) -> bool:
            db = disk / "old.db"
            backups = list(disk.glob("*.bak"))
            whole_backups = all(logical_dump(path) == before for path in backups)
            return integrity_ok(db) and whole_backups and (ok or logical_dump(db) == before)

        kilobytes = int(old_size * (1 + 2 * share)) // 1024
        label = f"full disk: upgrade at {share:.0%}"
        _attempt(runner, outcome, label, kilobytes, upgrade, upgraded)
    return outcome


def read_only(runner: Runner, fixtures: Fixtures) -> Outcome:
    """A WAL database on read-only media: reading works, every write is refused in a line,
    and nothing on the media changes."""
    outcome = Outcome("read-only media")

    def fill(media: Path) -> None:
        shutil.copyfile(fixtures.demo, media / "demo.db")  # WAL mode, no -shm beside it

    media = runner.work / "media"
    with read_only_media(media, fill) as mounted:
        if not mounted:
            outcome.note = "skipped: needs root to mount"
            return outcome
        db = media / "demo.db"
        before = digests(media)
        out = runner.work / "from-media.pdf"
        reads = [["list", "plans", "--json"], ["indicators"], ["export", "pdf", "--conference",
                 "3", "-o", out]]  # fmt: skip
        writes = [["init"], ["import", "xlsx", fixtures.workbook],
                  ["edit", "plan", "5-ECO-03", "--set", "progress=1"]]  # fmt: skip
        for argv in reads + writes:
            result = runner.run("--db", db, *argv)
            expected = argv in reads
            held = outcome.check(f"read-only {argv[0]}: rc {result.returncode} {result.stderr.strip()}",
                                 (result.returncode == 0) == expected)  # fmt: skip
            held &= outcome.check(f"read-only {argv[0]}: message", one_clear_line(result.stderr))
            held &= outcome.check(f"read-only {argv[0]}: media changed", digests(media) == before)
            outcome.count(held)
    return outcome
