"""A whole workbook in: every sheet it finds, records matched by natural key, plans that
continue plans of the same file, all in one transaction.

The sheets are told apart by their titles (in any language: "Teams", "분과", "Teams · 分科会")
and staged in dependency order inside one transaction: Committee, Conferences, Postponements,
Teams, MOUs (exports/xlsx_in/stage.py), then the Plans sheet conference by conference, each
conference's new plans written before the next is compared, so a row's `Continues` may name a
plan of an earlier conference of the same file. The preview runs this and rolls it back; the
apply runs it again and commits, and refuses when it does not come out as the preview did.
"""

from __future__ import annotations

import uuid
from collections.abc import Generator, Iterator
from dataclasses import dataclass, replace
from datetime import date
from itertools import groupby
from pathlib import Path
from typing import Any

from sqlmodel import Session

from exports.xlsx.kind_sheets import kind_of_sheet
from exports.xlsx.summary import SUMMARY_LABEL
from exports.xlsx_in.compare import Comparison, compare
from exports.xlsx_in.file import (
    EmptyPlansSheetError,
    WorkbookImportError,
    check_file,
    read_plans_sheet,
)
from exports.xlsx_in.history import history_refs, stage_history_sheet
from exports.xlsx_in.match import forget_activities
from exports.xlsx_in.refs import ref_parts
from exports.xlsx_in.rows import (
    NewPlan,
    ParsedRow,
    reject_duplicate_ids,
    row_parser,
    unchanged_rows,
)
from exports.xlsx_in.sheet import RecordRow, RecordSheet, read_record_sheet, staged_as_read
from exports.xlsx_in.stage import SheetPreview, stage_sheet
from exports.xlsx_in.unchanged import ExportedRows
from secretariat.bulk_load import TriggersAside, fewer_collections, page_cache
from secretariat.db import Database, begin_now
from secretariat.progress import Progress
from secretariat.services import plan_bulk
from secretariat.services.committee import PINNED_LANGUAGES, working_languages_in

BEFORE_PLANS = ("committee", "conferences", "postponements", "teams", "mous", "meetings")
AFTER_PLANS = ("activities", "history")  # they name plans
RECORD_SHEETS = BEFORE_PLANS + AFTER_PLANS
NOT_YET_READ: tuple[str, ...] = ()
NOT_READ_YET = "not a sheet this version imports"
SKIPPED = ("instructions", "summary")

WORKBOOK_CACHE_KIB = 8 * 1024  # SQLite page cache while a workbook is staged


@dataclass(frozen=True)
class SheetPlan:
    """Which sheet holds which kind, and what is left unread (and why)."""

    titles: dict[str, str]  # kind plural -> sheet title
    unread: tuple[str, ...]  # "Meetings: not read (...)"

    def __contains__(self, kind: str) -> bool:
        return kind in self.titles

    @property
    def has_records(self) -> bool:
        return any(kind in self.titles for kind in RECORD_SHEETS)


def plan_sheets(path: Path) -> SheetPlan:
    """Classify the workbook's sheets; two sheets of one kind that the import reads are an
    error (which one holds the edits?), never one of them silently."""
    from python_calamine import CalamineWorkbook

    try:
        names = list(CalamineWorkbook.from_path(str(path)).sheet_names)
    except Exception as error:  # a damaged part
        raise WorkbookImportError(f"{path.name} cannot be read ({error})") from None
    titles: dict[str, str] = {}
    unread: list[str] = []
    for title in names:
        kind = _kind_of(title)
        if kind in SKIPPED:
            continue
        if kind in NOT_YET_READ:
            unread.append(f"{title}: not read ({NOT_READ_YET})")
            continue
        if kind is None:
            unread.append(f"{title}: not read (not a sheet this app knows)")
            continue
        if kind in titles:
            raise WorkbookImportError(
                f"{path.name} has two {kind} sheets ({titles[kind]!r} and {title!r}); "
                "keep one and import again"
            )
        titles[kind] = title
    if not titles and len(names) == 1:  # a one-sheet workbook: its columns will tell
        titles["plans"] = names[0]
        unread.clear()
    return SheetPlan(titles, tuple(unread))


def _kind_of(title: str) -> str | None:
    from exports.xlsx.columns import normalise, spellings

    if normalise(title) in spellings(SUMMARY_LABEL, " · "):
        return "summary"
    return kind_of_sheet(title)


@dataclass(frozen=True)
class Staged:
    """What staging the workbook gave: per records sheet, and the plans' comparison."""

    records: tuple[SheetPreview, ...]
    plans: Comparison | None
    plans_title: str
    ignored_columns: tuple[str, ...]
    languages: tuple[str, str]
    wrote_before_comparing: bool  # the plans were compared against staged records or plans


Writer = Any  # called with (session, comparison of one conference) to write it


def stage_workbook(
    session: Session, path: Path, sheets: SheetPlan, today: date, write_plans: Writer | None
) -> Generator[Progress, None, Staged]:
    """Stage every sheet into the session's open transaction (see the module's docstring).
    `write_plans` writes a conference's compared plans (apply); without it, only the new
    plans are written, and only where a later conference may continue them (preview)."""
    from python_calamine import CalamineWorkbook

    begin_now(session)
    # A committee built from the workbook: the big tables' triggers do their work once, at
    # the end of an apply (a preview is rolled back, triggers and all).
    aside = TriggersAside(session)
    aside.set_aside()
    workbook = CalamineWorkbook.from_path(str(path))
    records: list[SheetPreview] = []
    try:
        # A million rows' objects live until the end; the rows held take the memory budget,
        # so the database's page cache is kept small (docs/record-kinds.md).
        with fewer_collections(), page_cache(session, WORKBOOK_CACHE_KIB):
            for kind in BEFORE_PLANS:
                if kind in sheets.titles:
                    yield Progress(0, 0, f"Reading the sheet {sheets.titles[kind]}")
                    records.append(stage_sheet(session, _read(path, workbook, sheets, kind)))
                    session.flush()
                if kind == "committee":  # its languages are in: the rules of every later row
                    session.info[PINNED_LANGUAGES] = working_languages_in(session)
            fresh = {"plan", "plan_status_change"} <= set(aside.tables)  # empty at the start
            staged = yield from _stage_rest(
                session, path, workbook, sheets, today, write_plans, records, fresh
            )
            if write_plans is not None:
                yield Progress(0, 0, "Writing the search index and the exchange log")
                aside.restore()
            return staged
    finally:
        session.info.pop(PINNED_LANGUAGES, None)
        forget_activities(session)


def _stage_rest(
    session: Session,
    path: Path,
    workbook: Any,
    sheets: SheetPlan,
    today: date,
    write_plans: Writer | None,
    records: list[SheetPreview],
    fresh: bool,
) -> Generator[Progress, None, Staged]:
    # Staged after the plans, which they name: a preview writes the new plans they name, so
    # it reads them first. An apply writes every new plan and reads them after the plans:
    # 200,000 activities' rows are not held through the plans and the history.
    activities = None
    if "activities" in sheets and write_plans is None:
        activities = _read(path, workbook, sheets, "activities")
    named = {ref_parts(row.values.get("plan")) for row in activities.rows} if activities else set()
    if write_plans is None and "history" in sheets:
        named |= history_refs(path, workbook, sheets.titles["history"])
    languages = working_languages_in(session)
    comparison: Comparison | None = None
    title, ignored = "", tuple[str, ...]()
    added: list[uuid.UUID] = []
    empty_plans: EmptyPlansSheetError | None = None
    if "plans" in sheets.titles:
        try:
            comparison, title, ignored, added = yield from _stage_plans(
                session, path, languages, today, write_plans, named - {None}
            )
        except EmptyPlansSheetError as error:
            empty_plans = error
    if "activities" in sheets:
        yield Progress(0, 0, f"Comparing the sheet {sheets.titles['activities']}")
        if activities is not None:
            records.append(stage_sheet(session, activities))
            activities = None  # its rows are let go
        else:
            records.append(_stage_as_read(session, path, workbook, sheets.titles["activities"]))
        session.flush()
        forget_activities(session)  # the index of the activities here, too
    if "history" in sheets:
        history_title = sheets.titles["history"]
        yield Progress(0, 0, f"Reading and comparing the sheet {history_title}")
        records.append(
            stage_history_sheet(session, path, workbook, history_title, added, today, fresh)
        )
        session.flush()
    wrote = bool(added) or any(preview.writes_anything for preview in records)
    if empty_plans is not None and not wrote:
        raise empty_plans  # and nothing else to import either: say what is missing
    return Staged(tuple(records), comparison, title, ignored, languages, wrote)


def _stage_as_read(session: Session, path: Path, workbook: Any, title: str) -> SheetPreview:
    """The Activities sheet staged as its rows are streamed (sheet.staged_as_read)."""

    def stage(sheet: RecordSheet, rows: Iterator[RecordRow]) -> SheetPreview:
        forget_activities(session)  # an index kept through a rolled-back try holds its rows
        return stage_sheet(session, sheet, rows)

    return staged_as_read(session, path, workbook, title, "activities", stage)


def _read(path: Path, workbook: Any, sheets: SheetPlan, kind: str) -> RecordSheet:
    return read_record_sheet(path, workbook, sheets.titles[kind], kind)


def _stage_plans(
    session: Session,
    path: Path,
    languages: tuple[str, str],
    today: date,
    write: Writer | None,
    named_later: set[Any],
) -> Generator[Progress, None, tuple[Comparison, str, tuple[str, ...], list[uuid.UUID]]]:
    """The Plans sheet conference by conference; returns the ids of the plans it added.
    `named_later`: refs that sheets staged after the plans name (a preview writes those
    plans too)."""
    exported = ExportedRows(session, languages)
    sheet = yield from read_plans_sheet(
        path, row_parser(languages, exported), unchanged_rows(languages, exported)
    )
    del exported
    rows: list[ParsedRow] = sheet.rows
    reject_duplicate_ids(sheet, rows)
    total = Comparison()
    groups = [list(group) for _, group in groupby(sorted(rows, key=_conference_of), _conference_of)]
    needed = named_later | {
        ref_parts(row.values.get("continues"))
        for row in rows
        if isinstance(row.values, dict) and row.values.get("continues")
    }
    # Each conference's rows are let go once compared (and its new plans' texts once
    # written): 100,000 plans' texts in four languages are not all held to the end.
    del rows
    sheet.rows = []
    groups.reverse()
    added: list[uuid.UUID] = []
    while groups:
        result = yield from compare(session, sheet, groups.pop(), languages, today)
        total.changed += result.changed
        total.rejected += result.rejected
        total.unchanged += result.unchanged
        if write is not None:
            added += write(session, result)
            total.new += (replace(plan, fields={}) for plan in result.new)  # shown, not kept
        else:
            total.new += result.new
            # Only the new plans that a later conference or sheet of the file names need to
            # be there for the rest of the preview (the apply writes them all).
            named = [plan for plan in result.new if ref_parts(plan.ref) in needed]
            added += plan_bulk.add_checked_plans(session, [to_add(plan) for plan in named])
    total.rejected.sort(key=lambda rejection: (rejection.row, rejection.column))
    return total, sheet.title, tuple(sheet.ignored), added


def to_add(plan: NewPlan, note: str = "") -> plan_bulk.PlanToAdd:
    """A compared new plan as the bulk writer takes it."""
    return plan_bulk.PlanToAdd(
        plan.fields, plan.status, plan.changed_on, note, plan.seq, plan.plan_id
    )


def _conference_of(row: ParsedRow) -> tuple[int, int]:
    """Rows by conference (a row without a readable one first), in file order within."""
    number = row.values.get("conference") if isinstance(row.values, dict) else None
    if number is None and isinstance(row.values, dict):
        parts = ref_parts(row.values.get("ref"))
        number = parts[0] if parts else None
    return (0, 0) if not isinstance(number, int) else (1, number)


def preview_staged(
    db: Database, path: Path, sheets: SheetPlan, today: date
) -> Generator[Progress, None, Staged]:
    """Stage the workbook in a transaction that is always rolled back: nothing is written."""
    with Session(db.engine, expire_on_commit=False) as session:
        try:
            return (yield from stage_workbook(session, path, sheets, today, None))
        finally:
            session.rollback()


def check_file_and_sheets(path: Path) -> SheetPlan:
    check_file(path)
    return plan_sheets(path)
