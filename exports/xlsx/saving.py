"""Writing a write-only workbook whole or not at all, with every temporary file beside it.

openpyxl streams each write-only sheet into a temporary file of its own in the system's
temporary folder and removes it only at a normal exit, so killed exports piled them up in
/tmp (55 files, 327 MB over forty kills). Here each sheet's file is a `.part` beside the
workbook's own `.part` (secretariat/files.py): on the target's disk, removed on failure or
cancel, and by the next write to that folder after a kill. Saving closes the zip itself on a
failure, so a full disk gives one line, not "Exception ignored in ZipFile.__del__".
"""

from __future__ import annotations

import contextlib
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.worksheet import _writer as sheet_writer
from openpyxl.writer.excel import ExcelWriter

from secretariat.errors import CannotWriteError, SecretariatError
from secretariat.files import part_path, piece_path, remove_stale_parts


class WorkbookError(SecretariatError):
    """The workbook cannot be written (folder missing, disk full, file open elsewhere...)."""


class WorkbookWriteError(CannotWriteError, WorkbookError):
    """The workbook's file could not be written: its path and the system's words."""


class PartWorkbook(Workbook):  # type: ignore[misc]  # openpyxl has no type hints
    """A write-only workbook to be saved to `part`, its sheets streamed into files beside it."""

    def __init__(self, part: Path) -> None:
        super().__init__(write_only=True)
        self.part = part
        self.sheet_files: list[Path] = []

    def create_sheet(self, title: str | None = None, index: int | None = None) -> Any:
        worksheet = super().create_sheet(title, index)
        sheet_file = piece_path(self.part, f"sheet{len(self.sheet_files) + 1}")
        self.sheet_files.append(sheet_file)
        # openpyxl makes a sheet's writer at its first row (the sheet's set-up, frozen panes
        # and all, is written then); this one does the same with our file, not a /tmp one.
        worksheet._get_writer = lambda: _start_writer(worksheet, sheet_file)
        return worksheet


@contextmanager
def written_whole(target: Path) -> Iterator[PartWorkbook]:
    """A workbook to fill in the block, saved to `target` when the block ends; a failure
    (WorkbookError with one line for the system's) or a cancel leaves no file behind and an
    earlier file at `target` as it was."""
    workbook = new_workbook(target)
    try:
        yield workbook
        save_atomically(workbook, target)
    except OSError as error:  # a sheet's file on a full disk, before the save
        discard_workbook(workbook)
        raise WorkbookWriteError(target, error.strerror or str(error)) from error
    except BaseException:
        discard_workbook(workbook)
        raise


def _start_writer(worksheet: Any, sheet_file: Path) -> None:
    """WriteOnlyWorksheet._get_writer, writing into `sheet_file`. openpyxl's list of its
    files is kept in step: its cleanup() takes the file out of that list."""
    if worksheet._writer is None:
        sheet_writer.ALL_TEMP_FILES.append(str(sheet_file))
        worksheet._writer = sheet_writer.WorksheetWriter(worksheet, out=str(sheet_file))
        worksheet._writer.write_top()


def new_workbook(target: Path) -> PartWorkbook:
    """A workbook to write to `target`; clears what killed exports left in its folder."""
    remove_stale_parts(target.parent)
    return PartWorkbook(part_path(target))


def save_atomically(workbook: PartWorkbook, target: Path) -> None:
    """Save to the workbook's `.part`, then rename it to `target` (an earlier file there is
    replaced only now); raises WorkbookError with one line on any failure."""
    try:
        with workbook.part.open("wb") as handle:
            archive = zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
            try:
                ExcelWriter(workbook, archive).save()
            except BaseException:
                _abandon(archive)
                raise
        workbook.part.replace(target)
    except OSError as error:
        raise WorkbookWriteError(target, error.strerror or str(error)) from error


def _abandon(archive: zipfile.ZipFile) -> None:
    """Close a zip that failed half-way without writing its directory: left open, its
    finaliser would try, fail again on a full disk and print a traceback."""
    archive._writing = False  # type: ignore[attr-defined]  # a failed member is not open
    with contextlib.suppress(Exception):
        archive.close()
    archive.fp = None  # whatever close managed, nothing is left for __del__ to do


def discard_workbook(workbook: PartWorkbook) -> None:
    """Remove what a cancelled or failed export left: the sheets' files, the half-written
    workbook."""
    for worksheet in workbook.worksheets:
        writer = getattr(worksheet, "_writer", None)
        if writer is None:
            continue
        rows = getattr(worksheet, "_rows", None)
        if rows is not None:
            with contextlib.suppress(Exception):
                rows.close()  # end the sheet's row writer before its file goes
        with contextlib.suppress(Exception):
            writer.close()
        with contextlib.suppress(Exception):
            writer.cleanup()
    for path in (*workbook.sheet_files, workbook.part):
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
