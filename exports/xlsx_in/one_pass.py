"""Importing a whole workbook for the command line: previewed and written in one pass.

The app shows a preview and writes only when the user says so, later, so it stages the
workbook twice (exports/xlsx_in/importer.py). The command line decides at once from what the
preview says (nothing written with rejected rows unless --valid-rows-only), so staging the
workbook once, as the apply does, and then committing or rolling back gives the same result
in half the time: 100,000 plans with their history are staged in one pass, not two.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from datetime import date
from pathlib import Path

from exports.xlsx_in.importer import (
    ImportPreview,
    apply_import,
    plans_writer,
    preview_import,
    staged_preview,
    summary_of,
)
from exports.xlsx_in.workbook import check_file_and_sheets, stage_workbook
from secretariat.db import Database
from secretariat.progress import Progress


class _DeclinedError(Exception):
    """The preview was not accepted: the staged transaction is rolled back."""


def import_workbook(
    db: Database,
    path: str | Path,
    shown: Callable[[ImportPreview], None],
    valid_rows_only: bool = False,
) -> Generator[Progress, None, tuple[ImportPreview, str | None]]:
    """Stage the workbook, give `shown` its preview, and keep what it writes when nothing is
    rejected (or `valid_rows_only`); returns the preview and the summary (None when nothing
    was written)."""
    source = Path(path)
    sheets = check_file_and_sheets(source)
    if not sheets.has_records or db.read_only:  # the plans alone: preview, then apply
        preview = yield from preview_import(db, source)
        shown(preview)
        if not _accepted(preview, valid_rows_only):
            return preview, None
        summary = yield from apply_import(db, preview, valid_rows_only=valid_rows_only)
        return preview, summary
    writer = plans_writer(ImportPreview.of_file(source))
    try:
        with db.write() as session:
            staged = yield from stage_workbook(session, source, sheets, date.today(), writer)
            preview = staged_preview(source, sheets, staged)
            shown(preview)
            if not _accepted(preview, valid_rows_only):
                raise _DeclinedError
    except _DeclinedError:
        return preview, None
    return preview, summary_of(preview, valid_rows_only=bool(preview.rejected_rows))


def _accepted(preview: ImportPreview, valid_rows_only: bool) -> bool:
    return preview.writes_anything and (not preview.rejected_rows or valid_rows_only)
