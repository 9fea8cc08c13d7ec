"""Exports on a full disk and cut short: one line naming the file, no traceback, nothing left
behind (not beside the target, not in the system's temporary folder), an earlier file intact.

A full disk is stood in for by a file-size limit (RLIMIT_FSIZE with SIGXFSZ ignored: writes
past it fail with EFBIG, as they would with ENOSPC); `make faults` uses a real full tmpfs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from exports.xlsx.workbook import write_workbook
from secretariat.db import Database

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX resource limits")

LIMITED = textwrap.dedent(
    """
    import resource, signal, sys
    from secretariat.cli import main
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead
    limit = int(sys.argv[1])
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    sys.exit(main(sys.argv[2:]))
    """
)


@pytest.fixture
def demo_copy(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template, path)
    return path


def run_limited(limit: int, tmp: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "TMPDIR": str(tmp)}
    return subprocess.run(
        [sys.executable, "-c", LIMITED, str(limit), *argv],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )


@pytest.mark.parametrize(("kind", "extra"), [("xlsx", []), ("pdf", ["--conference", "3"])])
@pytest.mark.parametrize("limit", [40_000, 90_000])  # above the 32 KB -shm of the source
def test_a_full_disk_gives_one_line_naming_the_file(
    demo_copy: Path, tmp_path: Path, kind: str, extra: list[str], limit: int
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    system_tmp = tmp_path / "system-tmp"
    system_tmp.mkdir()
    target = out / f"pack.{kind}"
    target.write_bytes(b"an earlier export")
    result = run_limited(
        limit, system_tmp, "--db", str(demo_copy), "export", kind, *extra, "-o", str(target)
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"secretariat: error: cannot write {target}: File too large"
    ]
    assert target.read_bytes() == b"an earlier export"
    assert sorted(out.iterdir()) == [target]
    assert list(system_tmp.iterdir()) == []


def test_workbook_sheets_stream_beside_the_target_and_go_on_cancel(
    demo_db: Database, tmp_path: Path
) -> None:
    import tempfile

    before = set(Path(tempfile.gettempdir()).glob("openpyxl.*"))
    target = tmp_path / "w.xlsx"
    work = write_workbook(demo_db, target)
    for _ in range(3):
        next(work)
    sheets = sorted(p.name for p in tmp_path.glob(".w.xlsx.*.sheet*.part"))
    assert sheets  # the sheets' rows go beside the workbook, on its disk
    assert set(Path(tempfile.gettempdir()).glob("openpyxl.*")) == before
    work.close()  # Cancel
    assert not [p for p in tmp_path.iterdir() if p.name != "demo.db" and "demo.db" not in p.name]
