"""A committee built from a workbook sets the big tables' triggers aside (secretariat/bulk_load)
and does their work once: the result must be what the triggers would have made, row by row."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlmodel import col, select

from exports.xlsx_in.importer import apply_import, preview_import
from secretariat.bulk_load import BULK_TABLES
from secretariat.db import Database, open_database
from secretariat.models import Plan
from secretariat.progress import run_to_end
from secretariat.services import plan_query, plans
from tests.exports.xlsx_helpers import export


def triggers(db: Database, kind: str = "trigger") -> list[tuple[Any, ...]]:
    with db.read() as session:
        query = text("SELECT name, sql FROM sqlite_master WHERE type = :kind ORDER BY name")
        return [tuple(row) for row in session.execute(query, {"kind": kind})]


def logged(db: Database) -> dict[str, tuple[int, int]]:
    """Per big table: (rows, rows with an entry in the exchange log)."""
    counts: dict[str, tuple[int, int]] = {}
    with db.read() as session:
        for table in BULK_TABLES:
            rows = session.scalar(text(f'SELECT count(*) FROM "{table}"'))
            entries = session.scalar(
                text(
                    "SELECT count(DISTINCT record_id) FROM exchange_log "
                    f'WHERE table_name = :table AND record_id IN (SELECT id FROM "{table}")'
                ),
                {"table": table},
            )
            counts[table] = (int(rows or 0), int(entries or 0))
    return counts


def test_a_committee_built_from_a_workbook_is_logged_searchable_and_keeps_its_triggers(
    demo_db: Database, db: Database, tmp_path: Path
) -> None:
    made_by_hand, indexes = triggers(db), triggers(db, "index")
    workbook = export(demo_db, tmp_path / "demo.xlsx")
    preview = run_to_end(preview_import(db, workbook))
    assert triggers(db) == made_by_hand  # the preview's rollback put them back
    run_to_end(apply_import(db, preview))
    assert triggers(db) == made_by_hand
    assert triggers(db, "index") == indexes  # the history's, set aside, are made again
    with db.read() as session:  # each plan's history is the sheet's, its first row replaced
        histories = session.execute(
            text("SELECT count(*), count(DISTINCT plan_id) FROM plan_status_change")
        ).one()
    with demo_db.read() as session:
        assert (
            histories
            == session.execute(
                text("SELECT count(*), count(DISTINCT plan_id) FROM plan_status_change")
            ).one()
        )
    counts = logged(db)
    assert all(rows > 0 and entries == rows for rows, entries in counts.values()), counts
    # The search index was rebuilt: a word of a plan's title finds it, and a plan written
    # afterwards (through the triggers again) is found too.
    with db.read() as session:
        some_plan = session.exec(select(Plan).order_by(col(Plan.seq))).first()
    assert some_plan is not None
    word = max(some_plan.title_en.split(), key=len)
    found = plan_query.find_plan_ids(db, plan_query.PlanFilter(search=word))
    assert some_plan.id in found
    plans.update_plan(db, some_plan.id, {"title_en": "Xylophonic lantern festival"})
    found = plan_query.find_plan_ids(db, plan_query.PlanFilter(search="Xylophonic"))
    assert found == [some_plan.id]
    assert logged(db)["plan"][1] == logged(db)["plan"][0]


def test_an_import_into_a_database_with_plans_leaves_the_triggers_in_place(
    demo_db: Database, tmp_path: Path
) -> None:
    before = triggers(demo_db)
    workbook = export(demo_db, tmp_path / "demo.xlsx")
    preview = run_to_end(preview_import(demo_db, workbook))
    assert not preview.writes_anything
    assert triggers(demo_db) == before


def with_bad_participants(workbook: Path) -> Path:
    """The workbook with -5 participants on its first activity row."""
    from openpyxl import load_workbook

    from exports.xlsx.columns import normalise
    from exports.xlsx.kind_sheets import header_keys, kind_of_sheet

    book = load_workbook(workbook)
    sheet = next(ws for ws in book.worksheets if kind_of_sheet(ws.title) == "activities")
    keys = header_keys("activities")
    column = next(
        cell.column for cell in sheet[1] if keys.get(normalise(str(cell.value))) == "participants"
    )
    sheet.cell(row=2, column=column, value=-5)
    book.save(workbook)
    return workbook


def test_the_command_line_imports_a_whole_workbook_in_one_pass_as_the_app_does(
    demo_db: Database, db: Database, tmp_path: Path
) -> None:
    from secretariat.cli import main
    from tests.exports.test_workbook_import import plans_by_id, records_of

    workbook = with_bad_participants(export(demo_db, tmp_path / "demo.xlsx"))
    assert main(["--db", db.describe(), "import", "xlsx", str(workbook)]) == 1
    assert plans_by_id(db) == {}  # one bad cell: nothing written
    assert triggers(db) == triggers(demo_db)
    assert main(["--db", db.describe(), "import", "xlsx", str(workbook), "--valid-rows-only"]) == 0
    # The same as the app's preview and apply into another empty database.
    other = open_database(tmp_path / "other.db")
    try:
        preview = run_to_end(preview_import(other, workbook))
        assert len(preview.rejected_rows) == 1
        run_to_end(apply_import(other, preview, valid_rows_only=True))
        assert plans_by_id(db) == plans_by_id(other)
        assert records_of(db) == records_of(other)
        assert logged(db) == logged(other)
    finally:
        other.close()


def test_the_import_keeps_the_rules_the_forms_keep(db: Database, tmp_path: Path) -> None:
    """A due date before its conference and a status change dated before its plan's
    conference was held are refused in a workbook as in the plan editor."""
    from openpyxl import load_workbook

    from tests.exports.test_workbook_import import hand_filled

    path = hand_filled(tmp_path / "typed.xlsx")
    book = load_workbook(path)
    plans_sheet = book["Plans"]
    plans_sheet.cell(row=1, column=8, value="Due")
    plans_sheet.cell(row=4, column=8, value=date(2010, 1, 1))  # 1-ECO-02: before 2013-05-14
    history = book.create_sheet("Status history")
    history.append(["Plan", "Date", "From", "To"])
    history.append(["1-CUL-01", date(2012, 1, 1), "", "agreed"])  # before 2013-05-14
    history.append(["1-CUL-01", date(2014, 1, 1), "agreed", "implemented"])
    book.save(path)
    preview = run_to_end(preview_import(db, path))
    refused = {(r.sheet, r.row, r.header): str(r.value) for r in preview.every_rejection}
    assert refused == {
        ("Plans", 4, "Due"): "2010-01-01",
        ("Status history", 2, "Date"): "2012-01-01",
    }


def test_a_long_sheet_is_listed_in_part_counted_whole_and_written_whole(
    demo_db: Database, db: Database, tmp_path: Path, monkeypatch: Any
) -> None:
    from exports.xlsx_in import stage
    from secretariat.models import Activity

    monkeypatch.setattr(stage, "LISTED_NEW", 5)
    with demo_db.read() as session:
        activities = len(session.exec(select(Activity)).all())
    workbook = export(demo_db, tmp_path / "demo.xlsx")
    preview = run_to_end(preview_import(db, workbook))
    sheet = next(sheet for sheet in preview.records if sheet.kind == "activities")
    assert len(sheet.new) == 5 and sheet.more_new == activities - 5
    run_to_end(apply_import(db, preview))
    with db.read() as session:
        assert len(session.exec(select(Activity)).all()) == activities


def test_a_status_change_repeated_chunks_later_is_refused_naming_its_first_row(
    demo_db: Database, db: Database, tmp_path: Path, monkeypatch: Any
) -> None:
    from openpyxl import load_workbook

    from exports.xlsx.kind_sheets import kind_of_sheet
    from exports.xlsx_in import history

    monkeypatch.setattr(history, "CHUNK_ROWS", 7)  # the first row and its repeat chunks apart
    workbook = export(demo_db, tmp_path / "demo.xlsx")
    book = load_workbook(workbook)
    sheet = next(ws for ws in book.worksheets if kind_of_sheet(ws.title) == "history")
    sheet.append([cell.value for cell in sheet[3]])
    repeat = sheet.max_row
    book.save(workbook)
    preview = run_to_end(preview_import(db, workbook))
    staged = next(found for found in preview.records if found.kind == "history")
    assert [(rejection.row, rejection.header) for rejection in staged.rejected] == [
        (repeat, staged.rejected[0].header)
    ]
    assert "(row 3 names it)" in staged.rejected[0].expected  # the row it repeats


def test_an_activities_sheet_with_a_formula_is_read_again_the_careful_way(
    demo_db: Database, db: Database, tmp_path: Path
) -> None:
    """Streamed as it is staged, the sheet meets a formula the streaming reader does not
    read: what it staged is rolled back and the sheet read again, the formula as typed."""
    from openpyxl import load_workbook

    from exports.xlsx.columns import normalise
    from exports.xlsx.kind_sheets import header_keys, kind_of_sheet
    from secretariat.models import Activity

    with demo_db.read() as session:
        activities = len(session.exec(select(Activity)).all())
    workbook = export(demo_db, tmp_path / "demo.xlsx")
    book = load_workbook(workbook)
    sheet = next(ws for ws in book.worksheets if kind_of_sheet(ws.title) == "activities")
    keys = header_keys("activities")
    column, key = next(
        (cell.column, found)
        for cell in sheet[1]
        if (found := keys.get(normalise(str(cell.value)), "")).startswith("description_")
    )
    sheet.cell(row=sheet.max_row, column=column, value="=1+1")
    book.save(workbook)
    preview = run_to_end(preview_import(db, workbook))
    run_to_end(apply_import(db, preview))
    with db.read() as session:
        written = session.exec(select(Activity)).all()
    assert len(written) == activities  # each once: the streamed staging was rolled back
    assert "=1+1" in {getattr(activity, key) for activity in written}
