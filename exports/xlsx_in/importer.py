"""Importing the Plans sheet of an exported workbook after offline edits: a preview first, then
every accepted change in one transaction.

`preview_import` reads and checks the file and compares it with the database, writing nothing;
`format_preview` says what it found, for the command line; `apply_import` writes the changed and
new plans in a single db.write() session through the services (records.change_record,
plans.apply_status with a history row noted "imported from FILE", plans.add_plan). When any row
is rejected nothing is written unless the caller chooses to apply only the valid rows.
"""

from __future__ import annotations

import uuid
from collections.abc import Generator
from dataclasses import dataclass, replace
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

from exports.xlsx.columns import enum_text
from exports.xlsx_in.compare import Comparison, compare
from exports.xlsx_in.file import WorkbookImportError, read_plans_sheet
from exports.xlsx_in.rows import (
    FieldChange,
    NewPlan,
    ParsedRow,
    PlanChange,
    Rejection,
    comparable_text,
    reject_duplicate_ids,
    row_parser,
    unchanged_rows,
)
from exports.xlsx_in.stage import SheetPreview
from exports.xlsx_in.unchanged import ExportedRows
from exports.xlsx_in.workbook import (
    SheetPlan,
    Staged,
    check_file_and_sheets,
    preview_staged,
    stage_workbook,
    to_add,
)
from secretariat.db import Database
from secretariat.errors import SecretariatError, ValidationError
from secretariat.models import Plan
from secretariat.progress import Progress, every
from secretariat.services import plan_bulk, plans, records
from secretariat.services.committee import working_languages_in

__all__ = [
    "FieldChange",
    "ImportPreview",
    "NewPlan",
    "PlanChange",
    "Rejection",
    "WorkbookImportError",
    "apply_import",
    "format_preview",
    "preview_import",
]


class ImportRejectedError(SecretariatError):
    """The import was refused or failed as a whole; nothing was written."""


@dataclass(frozen=True)
class ImportPreview:
    """What importing a workbook would do. Nothing has been written when you hold one."""

    path: Path
    sheet: str
    changed: tuple[PlanChange, ...]
    new: tuple[NewPlan, ...]
    rejected: tuple[Rejection, ...]
    unchanged: int
    ignored_columns: tuple[str, ...]
    languages: tuple[str, str]  # for showing statuses and the like
    records: tuple[SheetPreview, ...] = ()  # the Committee, Conferences, Teams... sheets
    unread: tuple[str, ...] = ()  # sheets not read, each with why
    # The plans were compared with records or plans this workbook adds (staged in the
    # preview's transaction): the apply stages the whole workbook again.
    staged: bool = False

    @classmethod
    def of_file(cls, path: Path) -> ImportPreview:
        """An empty preview of the file (before it has been read)."""
        return cls(path, "", (), (), (), 0, (), ("en", "ko"))

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def every_rejection(self) -> tuple[Rejection, ...]:
        return tuple(r for sheet in self.records for r in sheet.rejected) + self.rejected

    @property
    def rejected_rows(self) -> list[tuple[str, int]]:
        """Each rejected row once, however many of its cells are wrong: (sheet, row)."""
        return sorted({(rejection.sheet, rejection.row) for rejection in self.every_rejection})

    @property
    def writes_anything(self) -> bool:
        return bool(self.changed or self.new) or any(s.writes_anything for s in self.records)


def preview_import(db: Database, path: str | Path) -> Generator[Progress, None, ImportPreview]:
    """Read and check the workbook at `path` and compare it with the database."""
    source = Path(path)
    yield Progress(0, 0, f"Reading {source.name}")
    sheets = check_file_and_sheets(source)
    if sheets.has_records:
        staged = yield from preview_staged(db, source, sheets, date.today())
        return staged_preview(source, sheets, staged)
    if "plans" not in sheets.titles:
        raise WorkbookImportError(f"{source.name} has no sheet this app imports")
    preview = yield from _preview_plans(db, source)
    return replace(preview, unread=sheets.unread)


def staged_preview(source: Path, sheets: SheetPlan, staged: Staged) -> ImportPreview:
    plans = staged.plans or Comparison()
    return ImportPreview(
        path=source,
        sheet=staged.plans_title,
        changed=tuple(plans.changed),
        new=tuple(plans.new),
        rejected=tuple(plans.rejected),
        unchanged=plans.unchanged,
        ignored_columns=staged.ignored_columns,
        languages=staged.languages,
        records=staged.records,
        unread=sheets.unread,
        staged=staged.wrote_before_comparing,
    )


def _preview_plans(db: Database, source: Path) -> Generator[Progress, None, ImportPreview]:
    """The Plans sheet alone (a workbook of no other sheet the import reads)."""
    with db.read() as session:
        languages = working_languages_in(session)
        exported = ExportedRows(session, languages)  # every plan's row as exported today
    sheet = yield from read_plans_sheet(
        source, row_parser(languages, exported), unchanged_rows(languages, exported)
    )
    del exported  # ~15 MB of hashes at 100,000 plans, no longer needed
    rows: list[ParsedRow] = sheet.rows
    reject_duplicate_ids(sheet, rows)
    with db.read() as session:
        result = yield from compare(session, sheet, rows, languages, date.today())
    return ImportPreview(
        path=source,
        sheet=sheet.title,
        changed=tuple(result.changed),
        new=tuple(result.new),
        rejected=tuple(sorted(result.rejected, key=lambda r: (r.row, r.column))),
        unchanged=result.unchanged,
        ignored_columns=tuple(sheet.ignored),
        languages=languages,
    )


def apply_import(
    db: Database, preview: ImportPreview, *, valid_rows_only: bool = False
) -> Generator[Progress, None, str]:
    """Write the preview's changes and new plans in one transaction; returns a summary line."""
    if preview.rejected_rows and not valid_rows_only:
        raise ImportRejectedError(
            f"nothing was written: {len(preview.rejected_rows)} rows of {preview.file_name} "
            "are rejected (fix them, or apply only the valid rows)"
        )
    if not preview.writes_anything:
        return f"{preview.file_name}: nothing to import (no plan changes)"
    if preview.staged or any(sheet.writes_anything for sheet in preview.records):
        return (yield from _apply_staged(db, preview))
    total = len(preview.changed) + len(preview.new)
    step = every(total)
    done = 0
    note = f"imported from {preview.file_name}"
    with db.write() as session:
        for change in preview.changed:
            _apply_change(session, change, note, preview)
            done += 1
            if done % step == 0:
                yield Progress(done, total, "Writing the changes")
        for new_plan in preview.new:
            _add(session, new_plan, note, preview)
            done += 1
            if done % step == 0:
                yield Progress(done, total, "Writing the changes")
    return summary_of(preview, valid_rows_only)


def _apply_staged(db: Database, preview: ImportPreview) -> Generator[Progress, None, str]:
    """Stage the workbook again in a transaction that commits, writing each conference's
    plans as they are compared; refused when it does not come out as the preview did."""
    sheets = check_file_and_sheets(preview.path)
    with db.write() as session:
        staged = yield from stage_workbook(
            session, preview.path, sheets, date.today(), plans_writer(preview)
        )
        again = staged_preview(preview.path, sheets, staged)
        if _outcome(again) != _outcome(preview):
            raise ImportRejectedError(
                f"the database or {preview.file_name} changed since the preview; nothing was "
                "written (preview the file again)"
            )
    return summary_of(preview, valid_rows_only=bool(preview.rejected_rows))


def plans_writer(preview: ImportPreview) -> Any:
    """What writes one conference's compared plans while the workbook is staged."""
    note = f"imported from {preview.file_name}"

    def write(session: Any, result: Comparison) -> list[uuid.UUID]:
        for change in result.changed:
            _apply_change(session, change, note, preview)
        # Checked by the plan rules a moment ago, in this same transaction: written at once.
        return plan_bulk.add_checked_plans(
            session, [to_add(new, _row_note(note, new.note)) for new in result.new]
        )

    return write


def _outcome(preview: ImportPreview) -> tuple[Any, ...]:
    sheets = tuple(
        (s.title, s.new_count, len(s.changed), s.unchanged, len(s.rejected))
        for s in preview.records
    )
    plans = (len(preview.changed), len(preview.new), len(preview.rejected), preview.unchanged)
    return sheets, plans


def _row_note(note: str, row_note: str) -> str:
    return f"{note}: {row_note}" if row_note else note


def _apply_change(session: Any, change: PlanChange, note: str, preview: ImportPreview) -> None:
    plan = session.get(Plan, change.plan_id)
    if plan is None:
        _stale(preview, change, "was deleted")
    for key, old in change.old_values.items():
        if not _same(key, getattr(plan, key), old):
            _stale(preview, change, "was edited")
    if change.status is not None and plan.status != change.old_status:
        _stale(preview, change, "changed status")
    try:
        if change.status is not None:
            plans.apply_status(
                session,
                plan,
                change.status,
                changed_on=change.changed_on,
                note=_row_note(note, change.note),
            )
        if change.values:  # its search text is derived as the record is changed
            records.change_record(session, plans.PLAN, plan.id, change.values)
        session.flush()
    except ValidationError as error:
        raise ImportRejectedError(
            f"{preview.sheet} row {change.row} ({change.ref}): {error}; nothing was written"
        ) from error


def _add(session: Any, new_plan: NewPlan, note: str, preview: ImportPreview) -> None:
    try:
        plans.add_plan(
            session,
            new_plan.fields,
            status=new_plan.status,
            changed_on=new_plan.changed_on,
            note=_row_note(note, new_plan.note),
            seq=new_plan.seq,
            plan_id=new_plan.plan_id,
        )
    except ValidationError as error:
        raise ImportRejectedError(
            f"{preview.sheet} row {new_plan.row}: {error}; nothing was written"
        ) from error


def _same(key: str, current: Any, previewed: Any) -> bool:
    if isinstance(current, str) and isinstance(previewed, str):
        return comparable_text(current) == comparable_text(previewed)
    return bool(current == previewed)


def _stale(preview: ImportPreview, change: PlanChange, what: str) -> None:
    raise ImportRejectedError(
        f"plan {change.ref} {what} since {preview.file_name} was previewed; nothing was "
        "written (preview the file again)"
    )


def summary_of(preview: ImportPreview, valid_rows_only: bool) -> str:
    status_changes = sum(1 for change in preview.changed if change.status is not None)
    parts = [
        f"{_count(len(preview.changed), 'plan')} changed "
        f"({_count(status_changes, 'status change')})",
        f"{_count(len(preview.new), 'plan')} added",
    ]
    parts[:0] = [
        f"{sheet.title}: {sheet.new_count} added, {len(sheet.changed)} changed"
        for sheet in preview.records
        if sheet.writes_anything
    ]
    if valid_rows_only and preview.rejected_rows:
        parts.append(f"{_count(len(preview.rejected_rows), 'rejected row')} skipped")
    return f"imported {preview.file_name}: " + ", ".join(parts)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


# --- the preview as text (command line) ------------------------------------------------------


def format_value(value: Any, languages: tuple[str, str]) -> str:
    """A field's value for people: statuses and the like by their labels."""
    if isinstance(value, Enum):
        return enum_text(value, languages)
    if value is None or value == "":
        return "(empty)"
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def format_preview(preview: ImportPreview) -> str:
    """What importing would do, as lines of text."""
    languages = preview.languages
    lines = [_format_sheet(sheet, languages) for sheet in preview.records]
    if preview.sheet:
        plan_rows = len({rejection.row for rejection in preview.rejected})
        lines.append(
            f"{preview.file_name} (sheet {preview.sheet}): "
            f"{_count(len(preview.changed), 'plan')} to change, "
            f"{_count(len(preview.new), 'new plan')}, "
            f"{_count(plan_rows, 'rejected row')}, "
            f"{preview.unchanged} unchanged"
        )
    lines += [f"sheet {reason}" for reason in preview.unread]
    lines += _format_plans(preview)
    return "\n".join(lines)


def _format_sheet(sheet: SheetPreview, languages: tuple[str, str]) -> str:
    lines = [
        f"sheet {sheet.title}: {sheet.new_count} new, {len(sheet.changed)} changed, "
        f"{sheet.unchanged} unchanged, {_count(len(sheet.rejected_rows), 'rejected row')}"
    ]
    lines += [f"  new: row {row}  {key}" for row, key in sheet.new]
    if sheet.more_new:
        lines.append(f"  … and {sheet.more_new} more new rows")
    for change in sheet.changed:
        lines.append(f"  changed: row {change.row}  {change.key}")
        lines += [
            f"      {field.header}: {format_value(field.old, languages)} → "
            f"{format_value(field.new, languages)}"
            for field in change.changes
        ]
    lines += [f"  rejected: {rejection}" for rejection in sheet.rejected]
    if sheet.ignored:
        lines.append(f"  not imported (columns this app does not read): {', '.join(sheet.ignored)}")
    return "\n".join(lines)


def _format_plans(preview: ImportPreview) -> list[str]:
    languages = preview.languages
    lines: list[str] = []
    if preview.changed:
        lines.append("Changes:")
        for change in preview.changed:
            lines.append(f"  row {change.row}  {change.ref}  {change.title}")
            lines += [
                f"      {field.header}: {format_value(field.old, languages)} → "
                f"{format_value(field.new, languages)}"
                for field in change.changes
            ]
    if preview.new:
        lines.append("New plans:")
        lines += [
            f"  row {new.row}  conference {new.conference}, team {new.team}: {new.title} "
            f"({format_value(new.status, languages)})"
            for new in preview.new
        ]
    if preview.rejected:
        lines.append("Rejected:")
        lines += [f"  {rejection}" for rejection in preview.rejected]
    if preview.ignored_columns:
        ignored = ", ".join(preview.ignored_columns)
        lines.append(f"Not imported (columns this app does not read): {ignored}")
    return lines
