"""One piece of benchmark work in a process of its own: `python -m benchmarks.worker TASK ...`.

Each task times only its own work (not the interpreter's start) and prints
`{"seconds": ..., "peak_mb": ...}` as the last line. The peak is the process's own high-water
mark of resident memory (VmHWM): unlike wait4's ru_maxrss it does not inherit the parent's
size from the fork, so every export, import and peer is measured the same way, in isolation.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

Task = Callable[[list[str]], Any]
TASKS: dict[str, Task] = {}


def task(name: str) -> Callable[[Task], Task]:
    def register(function: Task) -> Task:
        TASKS[name] = function
        return function

    return register


@task("export-xlsx")
def export_xlsx(args: list[str]) -> Any:
    from exports.xlsx.workbook import write_workbook
    from secretariat.db import open_database
    from secretariat.progress import run_to_end

    db = open_database(args[0], read_only=True)
    return lambda: run_to_end(write_workbook(db, Path(args[1])))


@task("export-pdf")
def export_pdf(args: list[str]) -> Any:
    from exports.pdf.briefing import write_briefing_pack
    from secretariat.db import open_database
    from secretariat.progress import run_to_end

    db = open_database(args[0], read_only=True)
    return lambda: run_to_end(write_briefing_pack(db, Path(args[1]), conference=int(args[2])))


@task("import-xlsx")
def import_xlsx(args: list[str]) -> Any:
    from exports.xlsx_in.importer import apply_import, preview_import
    from secretariat.db import open_database
    from secretariat.progress import run_to_end

    db = open_database(args[0])

    def preview_and_apply() -> str:
        preview = run_to_end(preview_import(db, Path(args[1])))
        if preview.rejected:
            raise SystemExit(f"benchmark workbook rejected: {preview.rejected[:3]}")
        return run_to_end(apply_import(db, preview))

    return preview_and_apply


@task("import-whole-workbook")
def import_whole_workbook(args: list[str]) -> Any:
    """A whole workbook into an empty database: `cli` as `secretariat import xlsx` does it
    (one pass), `app` as the app does (preview, then apply)."""
    from exports.xlsx_in.importer import apply_import, preview_import
    from exports.xlsx_in.one_pass import import_workbook
    from secretariat.db import open_database
    from secretariat.progress import run_to_end

    db = open_database(args[0])
    workbook, mode = Path(args[1]), args[2]

    def one_pass() -> Any:
        return run_to_end(import_workbook(db, workbook, lambda _: None, valid_rows_only=True))

    def preview_and_apply() -> str:
        preview = run_to_end(preview_import(db, workbook))
        return run_to_end(apply_import(db, preview, valid_rows_only=True))

    return one_pass if mode == "cli" else preview_and_apply


@task("exchange-export")
def exchange_export(args: list[str]) -> Any:
    from secretariat.db import open_database
    from secretariat.exchange.export import export_exchange
    from secretariat.progress import run_to_end

    db = open_database(args[0])
    return lambda: run_to_end(export_exchange(db, Path(args[1]), args[2]))


@task("exchange-import")
def exchange_import(args: list[str]) -> Any:
    from secretariat.db import open_database
    from secretariat.exchange.apply import import_exchange
    from secretariat.progress import run_to_end

    db = open_database(args[0])
    return lambda: run_to_end(import_exchange(db, Path(args[1])))


@task("openpyxl-dump")
def openpyxl_dump(args: list[str]) -> Any:
    """The peer: the same cells, written by a bare openpyxl write-only workbook."""
    from openpyxl import Workbook

    from benchmarks.cells import load_cells

    sheets = load_cells(Path(args[0]))

    def dump() -> None:
        workbook = Workbook(write_only=True)
        for title, rows in sheets:
            sheet = workbook.create_sheet(title)
            for row in rows:
                sheet.append(row)
        workbook.save(args[1])

    return dump


@task("pandas-to-excel")
def pandas_to_excel(args: list[str]) -> Any:
    """The peer users reach for: a DataFrame per sheet, `to_excel`."""
    import pandas

    from benchmarks.cells import load_cells

    frames = [
        (title, pandas.DataFrame(rows[1:], columns=list(rows[0])))
        for title, rows in load_cells(Path(args[0]))
    ]

    def write() -> None:
        with pandas.ExcelWriter(args[1], engine="openpyxl") as writer:
            for title, frame in frames:
                frame.to_excel(writer, sheet_name=title, index=False)

    return write


@task("libreoffice-pdf")
def libreoffice_pdf(args: list[str]) -> Any:
    """The peer for the PDF: LibreOffice converting an xlsx of the same rows."""
    import subprocess

    source, folder = Path(args[0]), Path(args[1])
    profile = folder / "lo-profile"

    def convert() -> None:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(folder),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=900,
        )

    return convert


def peak_memory_mb() -> float:
    """This process's peak resident memory, from /proc (Linux), else getrusage."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str]) -> int:
    name, args = argv[0], argv[1:]
    work = TASKS[name](args)  # set-up (imports, opening the database) is not timed
    started = time.perf_counter()
    work()
    seconds = time.perf_counter() - started
    sys.stdout.write(json.dumps({"seconds": seconds, "peak_mb": peak_memory_mb()}) + "\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main(sys.argv[1:]))
