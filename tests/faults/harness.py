"""What the fault cases share: running the command line as a separate process (killed with
SIGKILL at a random moment, or on a full or read-only disk), logical dumps of a database, and
the checks every case makes: integrity, all or nothing, earlier files intact, nothing left."""

from __future__ import annotations

import contextlib
import hashlib
import os
import random
import resource
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Dump = dict[str, list[tuple[Any, ...]]]


@dataclass
class Outcome:
    """One case's tally, and what went wrong where it did not hold."""

    case: str
    tried: int = 0
    held: int = 0
    failures: list[str] = field(default_factory=list)
    note: str = ""
    killed: int = 0  # trials killed while still running (not after they had finished)
    refused: int = 0  # full-disk trials that failed (cleanly) rather than fitted

    def check(self, what: str, ok: bool) -> bool:
        if not ok:
            self.failures.append(what)
        return ok

    def count(self, held: bool) -> None:
        self.tried += 1
        self.held += held


class Runner:
    """Runs `python -m secretariat` with private user folders under `work`."""

    def __init__(self, work: Path) -> None:
        self.work = work
        self.tmp = work / "system-tmp"
        self.tmp.mkdir(parents=True, exist_ok=True)
        self.env = {
            **os.environ,
            "SECRETARIAT_DATA_DIR": str(work / "data"),
            "XDG_CONFIG_HOME": str(work / "config"),
            "XDG_DATA_HOME": str(work / "share"),
            "TMPDIR": str(self.tmp),  # openpyxl's files would land here: it must stay empty
            "QT_QPA_PLATFORM": "offscreen",
        }
        self.env.pop("SECRETARIAT_DB", None)
        self.env.pop("SECRETARIAT_READ_ONLY", None)

    def command(self, *argv: str | Path) -> list[str]:
        return [sys.executable, "-m", "secretariat", *(str(arg) for arg in argv)]

    def run(
        self, *argv: str | Path, preexec: Callable[[], None] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self.command(*argv),
            capture_output=True,
            text=True,
            env=self.env,
            check=False,
            preexec_fn=preexec,
        )

    def timed(self, *argv: str | Path) -> float:
        """How long an uncut run takes (the window the kills are spread over)."""
        start = time.monotonic()
        result = self.run(*argv)
        if result.returncode != 0:
            raise RuntimeError(f"{argv}: {result.stderr.strip()}")
        return time.monotonic() - start

    def killed(self, within: float, *argv: str | Path) -> bool:
        """Start the command and SIGKILL it at a random moment of `within` seconds; True
        when it was still running then (killed), False when it had finished."""
        process = subprocess.Popen(
            self.command(*argv),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=self.env,
        )
        time.sleep(random.uniform(0.05, within))
        finished = process.poll() is not None
        with contextlib.suppress(ProcessLookupError):
            process.send_signal(signal.SIGKILL)
        process.wait()
        return not finished

    def system_tmp_clean(self) -> bool:
        return not any(self.tmp.iterdir())


def logical_dump(path: Path, *, stable: bool = False) -> Dump:
    """Every table's rows, sorted. `stable` leaves out what differs between two runs of the
    same change: times (`*_at`) and the ids of rows each write makes anew (edit trail,
    exchange log)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [
            str(row[0])
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
            )
        ]
        dump: Dump = {}
        for table in tables:
            columns = [str(row[1]) for row in connection.execute(f'PRAGMA table_info("{table}")')]
            kept = [name for name in columns if not (stable and _volatile(table, name))]
            listed = ", ".join(f'"{name}"' for name in kept)
            rows = connection.execute(f'SELECT {listed} FROM "{table}"').fetchall()
            dump[table] = sorted(rows, key=repr)
        # The schema too: a bulk load sets triggers aside inside its transaction, and a kill
        # must leave them as they were (or as the finished load made them again).
        schema = connection.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')"
        ).fetchall()
        dump["(schema)"] = sorted(schema, key=repr)
        return dump
    finally:
        connection.close()


def _volatile(table: str, column: str) -> bool:
    if column.endswith("_at") or column in ("watermark", "sent_at"):
        return True
    return column == "id" and (table == "record_edit" or table.startswith("exchange_"))


def integrity_ok(path: Path) -> bool:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    except sqlite3.Error:
        return False
    finally:
        connection.close()


def digests(folder: Path, pattern: str = "*") -> dict[str, str]:
    """The files of a folder (matching `pattern`) by name, with the SHA-256 of their bytes."""
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.glob(pattern))
        if path.is_file()
    }


EARLIER = "earlier*"  # the files each case puts beside its work, which must stay as they are


def names(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir()}


def leftovers(folder: Path) -> set[str]:
    """Temporary files of ours (or SQLite's) left in a folder."""
    return {name for name in names(folder) if ".part" in name or name.endswith("-journal")}


@contextlib.contextmanager
def small_disk(where: Path, kilobytes: int) -> Iterator[Callable[[], None] | None]:
    """A file system of `kilobytes` mounted at `where` (root); yields None then. Without
    root, `where` is a plain folder and yields a preexec that caps file sizes instead
    (RLIMIT_FSIZE: writes past it fail with EFBIG, as a full disk fails with ENOSPC)."""
    where.mkdir(parents=True, exist_ok=True)
    mounted = can_mount() and _mount(where, f"size={kilobytes}k")
    try:
        yield None if mounted else _file_size_cap(kilobytes * 1024)
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(where)], check=False)


def _file_size_cap(limit: int) -> Callable[[], None]:
    def preexec() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return preexec


def can_mount() -> bool:
    return os.geteuid() == 0 and sys.platform.startswith("linux")


def _mount(where: Path, options: str) -> bool:
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)],
        capture_output=True,
        check=False,
    )
    return made.returncode == 0


@contextlib.contextmanager
def read_only_media(where: Path, fill: Callable[[Path], None]) -> Iterator[bool]:
    """A small file system filled by `fill`, then remounted read-only; yields False (and
    mounts nothing) where that cannot be done."""
    where.mkdir(parents=True, exist_ok=True)
    if not (can_mount() and _mount(where, "size=16m")):
        yield False
        return
    try:
        fill(where)
        subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True)
        yield True
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def one_clear_line(stderr: str) -> bool:
    """A failure told in one line: no traceback, nothing "ignored" at exit."""
    lines = [line for line in stderr.splitlines() if line.strip()]
    return len(lines) <= 1 and "Traceback" not in stderr and "Exception ignored" not in stderr
