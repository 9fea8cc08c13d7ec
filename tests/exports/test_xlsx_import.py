"""Importing an edited Plans sheet: export -> import changes nothing; an edited workbook
applies exactly its edits with history notes; every bad file or cell gets a message naming
where, and leaves the database byte for byte as it was."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter

from exports.xlsx_in import compare as xlsx_import_compare
from exports.xlsx_in.file import WorkbookImportError
from exports.xlsx_in.importer import (
    ImportRejectedError,
    apply_import,
    format_preview,
    preview_import,
)
from secretariat.cli import EXIT_ERROR, main
from secretariat.db import Database
from secretariat.models import Plan, PlanStatus
from secretariat.progress import run_to_end
from secretariat.services import plans, records
from tests.exports.xlsx_helpers import awkward_committee, by_header, checkpointed_bytes, export

CORPUS = Path(__file__).parent / "corpus"


@pytest.fixture
def committee(db: Database):  # type: ignore[no-untyped-def]
    return awkward_committee(db)


def preview(db: Database, path: Path) -> Any:
    return run_to_end(preview_import(db, path))


def all_plans(db: Database) -> dict[Any, dict[str, Any]]:
    with db.read() as session:
        from sqlmodel import select

        return {p.id: records.snapshot(p) for p in session.scalars(select(Plan))}


def edit(source: Path, target: Path, change: Callable[[Any, dict[str, int]], None]) -> Path:
    """Edit the Plans sheet as someone would in a spreadsheet program, and save."""
    workbook = load_workbook(source)
    sheet = workbook.worksheets[1]
    change(sheet, by_header(sheet))
    workbook.save(target)
    return target


def row_of(sheet: Any, plan_id: Any) -> int:
    return next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == str(plan_id))


# --- round trip -------------------------------------------------------------------------------


def test_export_then_import_changes_nothing(db: Database, committee, tmp_path: Path) -> None:
    before = checkpointed_bytes(db)
    result = preview(db, export(db, tmp_path / "c.xlsx"))
    assert (result.changed, result.new, result.rejected) == ((), (), ())
    assert result.unchanged == 7
    assert result.ignored_columns == ()
    assert run_to_end(apply_import(db, result)).endswith("nothing to import (no plan changes)")
    assert checkpointed_bytes(db) == before


def test_round_trip_in_other_languages_and_on_the_demo(demo_db: Database, tmp_path) -> None:
    for languages in (("en", "ja"), ("zh", "ko")):
        path = export(demo_db, tmp_path / "d.xlsx", languages=languages)
        result = preview(demo_db, path)
        assert (len(result.changed), len(result.new), len(result.rejected)) == (0, 0, 0)
        assert result.unchanged == 179


def test_round_trip_through_libreoffice(
    db: Database, committee, tmp_path: Path, soffice: str
) -> None:
    path = export(db, tmp_path / "c.xlsx")
    out = tmp_path / "lo"
    subprocess.run(
        [soffice, "--headless", "--convert-to", "xlsx", "--outdir", str(out), str(path)],
        capture_output=True,
        timeout=120,
        check=True,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
    )
    result = preview(db, out / "c.xlsx")
    assert (result.changed, result.new, result.rejected) == ((), (), ())


# --- an edited workbook -----------------------------------------------------------------------


@pytest.mark.parametrize("rows_per_load", [5000, 2])  # all plans at once, or a few at a time
def test_edits_are_applied_exactly(
    db: Database, committee, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rows_per_load: int
) -> None:
    monkeypatch.setattr(xlsx_import_compare, "COMPARE_CHUNK", rows_per_load)
    _built, made = committee
    before = all_plans(db)

    def change(sheet: Any, column: dict[str, int]) -> None:
        sheet.cell(
            row_of(sheet, made["formula"].id), column["추진 상태 / 状态"]
        ).value = "추진 중 / 推进中"
        sheet.cell(row_of(sheet, made["formula"].id), column["비고 / 备注"]).value = "착수"
        sheet.cell(row_of(sheet, made["plus"].id), column["진척도 / 进度"]).value = 70
        sheet.cell(
            row_of(sheet, made["texts"].id), column["제목 / 标题 (ko)"]
        ).value = "  고친 제목  "
        new = sheet.max_row + 1
        for header, value in {
            "전체회의 / 全体会议": 3,
            "분과 / 工作组": "env",
            "제목 / 标题 (ko)": "새 사업",
            "제목 / 标题 (zh)": "新项目",
            "추진 상태 / 状态": "Agreed",
            "제안 / 提出方": "공동 / 共同",
            "기간 / 期限": "long",
            "진척도 / 进度": 5,
            "완료 예정일 / 预计完成日期": "2020-06-30",
        }.items():
            sheet.cell(new, column[header]).value = value

    path = edit(export(db, tmp_path / "c.xlsx"), tmp_path / "edited.xlsx", change)
    result = preview(db, path)
    assert result.rejected == ()
    assert {c.plan_id: [(f.key, f.old, f.new) for f in c.changes] for c in result.changed} == {
        made["formula"].id: [("status", PlanStatus.agreed, PlanStatus.in_progress)],
        made["plus"].id: [("progress", 0, 70)],
        made["texts"].id: [("title_ko", "두  칸   띄어 쓴 제목", "고친 제목")],
    }
    assert [(n.conference, n.team, n.title) for n in result.new] == [(3, "ENV", "새 사업")]
    text = format_preview(result)
    assert "합의 / 已商定 → 추진 중 / 推进中" in text and "row 9" in text

    summary = run_to_end(apply_import(db, result))
    assert summary == "imported edited.xlsx: 3 plans changed (1 status change), 1 plan added"
    after = all_plans(db)
    changed = {
        made["formula"].id: {"status", "status_changed_on"},
        made["plus"].id: {"progress"},
        made["texts"].id: {"title_ko", "search_text"},
    }
    for plan_id, old in before.items():
        differs = {k for k, v in after[plan_id].items() if v != old[k]} - {"updated_at", "version"}
        assert differs == changed.get(plan_id, set()), plan_id
    assert after[made["formula"].id]["status"] == PlanStatus.in_progress
    assert after[made["formula"].id]["status_changed_on"] == date.today()
    assert after[made["texts"].id]["title_ko"] == "고친 제목"
    assert "고친 제목" in after[made["texts"].id]["search_text"]
    latest = plans.history(db, made["formula"].id)[0]
    assert (latest.note, latest.to_status) == ("imported from edited.xlsx: 착수", "in_progress")
    added = [p for p in after.values() if p["id"] not in before]
    assert len(added) == 1
    assert (added[0]["title_zh"], added[0]["progress"], added[0]["due_date"]) == (
        "新项目",
        5,
        date(2020, 6, 30),
    )
    assert plans.history(db, added[0]["id"])[0].note == "imported from edited.xlsx"
    # The same file again: its edits are in; its status row is now stale (the date and the
    # note of a change already made), and the id-less row would be added again.
    again = preview(db, path)
    assert (len(again.changed), len(again.new)) == (0, 1)
    assert {r.header for r in again.rejected} == {"최근 변경 / 最近变更", "비고 / 备注"}


def test_implemented_sets_progress_and_a_dated_change(db: Database, committee, tmp_path) -> None:
    _built, made = committee

    def change(sheet: Any, column: dict[str, int]) -> None:
        row = row_of(sheet, made["at"].id)
        sheet.cell(row, column["추진 상태 / 状态"]).value = "implemented"
        sheet.cell(row, column["최근 변경 / 最近变更"]).value = date(2019, 4, 1)

    path = edit(export(db, tmp_path / "c.xlsx"), tmp_path / "done.xlsx", change)
    result = preview(db, path)
    fields = [(f.key, f.old, f.new) for f in result.changed[0].changes]
    assert fields == [("status", "in_progress", "implemented"), ("progress", 55, 100)]
    run_to_end(apply_import(db, result))
    plan = plans.get_plan(db, made["at"].id)
    assert (plan.status, plan.progress, plan.status_changed_on) == (
        "implemented",
        100,
        date(2019, 4, 1),
    )


def test_valid_rows_only(db: Database, committee, tmp_path: Path) -> None:
    _built, made = committee

    def change(sheet: Any, column: dict[str, int]) -> None:
        sheet.cell(row_of(sheet, made["zero"].id), column["진척도 / 进度"]).value = 40
        sheet.cell(row_of(sheet, made["plus"].id), column["진척도 / 进度"]).value = 150

    path = edit(export(db, tmp_path / "c.xlsx"), tmp_path / "mixed.xlsx", change)
    result = preview(db, path)
    before = checkpointed_bytes(db)
    with pytest.raises(ImportRejectedError, match=r"1 rows of mixed\.xlsx are rejected"):
        run_to_end(apply_import(db, result))
    assert checkpointed_bytes(db) == before
    summary = run_to_end(apply_import(db, result, valid_rows_only=True))
    assert summary.endswith("1 rejected row skipped")
    assert plans.get_plan(db, made["zero"].id).progress == 40
    assert plans.get_plan(db, made["plus"].id).progress == 0


def test_a_plan_edited_after_the_preview_stops_the_import(db, committee, tmp_path) -> None:
    _built, made = committee

    def change(sheet: Any, column: dict[str, int]) -> None:
        sheet.cell(row_of(sheet, made["zero"].id), column["진척도 / 进度"]).value = 40

    result = preview(db, edit(export(db, tmp_path / "c.xlsx"), tmp_path / "e.xlsx", change))
    plans.update_plan(db, made["zero"].id, {"progress": 10})
    before = checkpointed_bytes(db)
    with pytest.raises(ImportRejectedError, match=r"was edited since e\.xlsx was previewed"):
        run_to_end(apply_import(db, result))
    assert checkpointed_bytes(db) == before


def test_cancel_writes_nothing(db: Database, committee, tmp_path: Path) -> None:
    def change(sheet: Any, column: dict[str, int]) -> None:
        for row in range(2, sheet.max_row + 1):
            sheet.cell(row, column["진척도 / 进度"]).value = 99

    result = preview(db, edit(export(db, tmp_path / "c.xlsx"), tmp_path / "e.xlsx", change))
    before = checkpointed_bytes(db)
    work = apply_import(db, result)
    next(work)
    work.close()
    assert checkpointed_bytes(db) == before


# --- bad input --------------------------------------------------------------------------------


def other_tool(path: Path) -> Path:
    workbook = Workbook()
    workbook.active.title = "Plans"
    workbook.active.append(["Project", "State", "Owner"])
    workbook.active.append(["Something", "open", "me"])
    workbook.save(path)
    return path


def empty_plans(path: Path, db: Database) -> Path:
    workbook = load_workbook(export(db, path.with_name("full.xlsx")))
    sheet = workbook.worksheets[1]
    sheet.delete_rows(2, sheet.max_row)
    workbook.save(path)
    return path


def zip_bomb(path: Path) -> Path:
    """A workbook whose sheet unpacks to 1.5 GB of nothing (it compresses to ~1.5 MB)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            block = b"\0" * (64 * 1024 * 1024)
            for _ in range(24):
                sheet.write(block)
    return path


def word_document(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    return path


FILE_ERRORS: dict[str, tuple[Callable[[Path, Database], Path], str]] = {
    "text renamed .xlsx": (
        lambda p, db: (p.write_text("id,title,status\n1,x,agreed\n"), p)[1],
        "is not an Excel workbook (.xlsx): it is a text file",
    ),
    "old .xls": (
        lambda p, db: Path(shutil.copyfile(CORPUS / "old-format.xls", p)),
        "is an old-format Excel file (.xls)",
    ),
    "password-protected": (
        lambda p, db: Path(shutil.copyfile(CORPUS / "password-protected.xlsx", p)),
        "is password-protected",
    ),
    "other columns": (
        lambda p, db: other_tool(p),
        "the sheet Plans has no id, title, status columns",
    ),
    "empty Plans sheet": (empty_plans, "has no plans below its header"),
    "zip bomb": (lambda p, db: zip_bomb(p), "would unpack to 1.5 GB"),
    "a Word document renamed": (lambda p, db: word_document(p), "is a zip file but not an Excel"),
    "damaged zip": (
        lambda p, db: (p.write_bytes(b"PK\x03\x04" + b"\x00" * 200), p)[1],
        "is damaged or not an Excel workbook",
    ),
    "empty file": (lambda p, db: (p.write_bytes(b""), p)[1], "is empty"),
}


@pytest.mark.parametrize("case", sorted(FILE_ERRORS))
def test_bad_files_are_refused_and_nothing_changes(
    case: str, db: Database, committee, tmp_path: Path
) -> None:
    make, message = FILE_ERRORS[case]
    path = make(tmp_path / "bad.xlsx", db)
    before = checkpointed_bytes(db)
    with pytest.raises(WorkbookImportError) as raised:
        preview(db, path)
    assert message in str(raised.value)
    assert "\n" not in str(raised.value)
    assert checkpointed_bytes(db) == before


def set_cell(header: str, value: Any, plan: str = "plus") -> Callable[..., None]:
    def change(sheet: Any, column: dict[str, int], made: dict[str, Any]) -> None:
        sheet.cell(row_of(sheet, made[plan].id), column[header]).value = value

    return change


def duplicate_id(sheet: Any, column: dict[str, int], made: dict[str, Any]) -> None:
    sheet.cell(row_of(sheet, made["zero"].id), 1).value = str(made["plus"].id)


def formula(sheet: Any, column: dict[str, int], made: dict[str, Any]) -> None:
    sheet.cell(row_of(sheet, made["plus"].id), column["진척도 / 进度"]).value = "=10*5"


def new_row_unknown_team(sheet: Any, column: dict[str, int], made: dict[str, Any]) -> None:
    row = sheet.max_row + 1
    for header, value in {
        "전체회의 / 全体会议": 2,
        "분과 / 工作组": "XYZ",
        "제목 / 标题 (ko)": "새",
        "추진 상태 / 状态": "agreed",
        "제안 / 提出方": "mutual",
        "기간 / 期限": "near",
    }.items():
        sheet.cell(row, column[header]).value = value


CELL_ERRORS: dict[str, tuple[Callable[..., None], str]] = {
    "bad status": (
        set_cell("추진 상태 / 状态", "finished"),
        "column G (추진 상태 / 状态): expected one of 합의 / 已商定, 추진 중 / 推进中, "
        "이행 완료 / 已落实, 보류 / 暂缓, 중단 / 已终止, got 'finished'",
    ),
    "progress 150": (
        set_cell("진척도 / 进度", 150),
        "column H (진척도 / 进度): expected a whole number from 0 to 100, got 150",
    ),
    "bad date": (
        set_cell("완료 예정일 / 预计完成日期", "31/12/2020"),
        "column L (완료 예정일 / 预计完成日期): expected a real date written YYYY-MM-DD, "
        "got '31/12/2020'",
    ),
    "unknown team code": (
        new_row_unknown_team,
        "column D (분과 / 工作组): expected the code of a team (ECO, ENV), got 'XYZ'",
    ),
    "duplicate id": (duplicate_id, "column A (ID): expected an id on one row only"),
    "formula": (formula, "column H (진척도 / 进度): expected a value, not a formula"),
    "team of another plan": (
        set_cell("분과 / 工作组", "ENV"),
        "column D (분과 / 工作组): expected ECO (this plan's Team; an import does not change it)",
    ),
    "unknown id": (
        set_cell("ID", "00000000-0000-0000-0000-000000000001"),
        "column A (ID): expected the id of a plan in this database",
    ),
    "title emptied": (
        lambda sheet, column, made: [
            sheet.cell(row_of(sheet, made["plus"].id), column[h]).__setattr__("value", None)
            for h in ("제목 / 标题 (ko)", "제목 / 标题 (zh)")
        ],
        "column E (제목 / 标题 (ko)): expected text in at least one working language",
    ),
}


@pytest.mark.parametrize("case", sorted(CELL_ERRORS))
def test_bad_cells_are_named_and_nothing_changes(
    case: str, db: Database, committee, tmp_path: Path
) -> None:
    _built, made = committee
    change, message = CELL_ERRORS[case]
    path = edit(
        export(db, tmp_path / "c.xlsx"),
        tmp_path / "bad.xlsx",
        lambda sheet, column: change(sheet, column, made),
    )
    before = checkpointed_bytes(db)
    result = preview(db, path)
    assert any(message in str(rejection) for rejection in result.rejected), [
        str(r) for r in result.rejected
    ]
    assert all(str(r).startswith("사업 · 项目 row ") for r in result.rejected)
    with pytest.raises(ImportRejectedError):
        run_to_end(apply_import(db, result))
    assert checkpointed_bytes(db) == before


def test_unknown_columns_are_reported(db: Database, committee, tmp_path: Path) -> None:
    def change(sheet: Any, column: dict[str, int]) -> None:
        extra = sheet.max_column + 1
        sheet.cell(1, extra).value = "Comments"
        sheet.cell(2, extra).value = "call them"
        sheet.cell(3, extra + 1).value = "stray"

    result = preview(db, edit(export(db, tmp_path / "c.xlsx"), tmp_path / "x.xlsx", change))
    assert result.ignored_columns == ("Comments (column W)", "column X (no header)")
    assert "Not imported (columns this app does not read): Comments" in format_preview(result)


def test_a_sheet_moved_right_names_the_cells_where_they_are(
    db: Database, committee, tmp_path: Path
) -> None:
    """Someone inserted an empty column before the table: the columns are still found by
    their headers, and an error names the cell where the spreadsheet shows it."""
    _built, made = committee
    where: list[tuple[int, str]] = []

    def change(sheet: Any, column: dict[str, int]) -> None:
        row = row_of(sheet, made["plus"].id)
        sheet.cell(row, column["진척도 / 进度"]).value = 150
        sheet.insert_cols(1)
        where.append((row, get_column_letter(column["진척도 / 进度"] + 1)))

    result = preview(db, edit(export(db, tmp_path / "c.xlsx"), tmp_path / "m.xlsx", change))
    (rejection,) = result.rejected
    assert (rejection.row, rejection.column, rejection.header) == (*where[0], "진척도 / 进度")
    assert result.unchanged == 6


# --- the command line -------------------------------------------------------------------------


def test_cli_dry_run_writes_nothing(db: Database, committee, tmp_path, capsys) -> None:
    _built, made = committee

    def change(sheet: Any, column: dict[str, int]) -> None:
        sheet.cell(row_of(sheet, made["zero"].id), column["진척도 / 进度"]).value = 40

    path = edit(export(db, tmp_path / "c.xlsx"), tmp_path / "e.xlsx", change)
    before = checkpointed_bytes(db)
    assert main(["--db", db.describe(), "import", "xlsx", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "1 plan to change" in out and "진척도 / 进度: 0 → 40" in out
    assert "dry run: nothing was written" in out
    assert checkpointed_bytes(db) == before
    assert main(["--db", db.describe(), "import", "xlsx", str(path)]) == 0
    assert "imported e.xlsx: 1 plan changed" in capsys.readouterr().out
    assert plans.get_plan(db, made["zero"].id).progress == 40


def test_cli_refuses_rejected_rows_unless_asked(db: Database, committee, tmp_path, capsys) -> None:
    _built, made = committee

    def change(sheet: Any, column: dict[str, int]) -> None:
        sheet.cell(row_of(sheet, made["zero"].id), column["진척도 / 进度"]).value = 40
        sheet.cell(row_of(sheet, made["plus"].id), column["진척도 / 进度"]).value = "lots"

    path = edit(export(db, tmp_path / "c.xlsx"), tmp_path / "e.xlsx", change)
    before = checkpointed_bytes(db)
    assert main(["--db", db.describe(), "import", "xlsx", str(path)]) == EXIT_ERROR
    assert "nothing was written: 1 rows rejected" in capsys.readouterr().err
    assert checkpointed_bytes(db) == before
    args = ["--db", db.describe(), "import", "xlsx", str(path), "--valid-rows-only"]
    assert main(args) == 0
    assert plans.get_plan(db, made["zero"].id).progress == 40


def test_cli_bad_file_is_one_line(db: Database, tmp_path: Path, capsys) -> None:
    path = tmp_path / "notes.xlsx"
    path.write_text("hello")
    assert main(["--db", db.describe(), "import", "xlsx", str(path)]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "notes.xlsx is not an Excel workbook" in err


def test_a_sheet_over_the_row_limit_is_refused_before_reading_it(
    db: Database, committee, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import exports.xlsx_in.file as reader

    path = export(db, tmp_path / "c.xlsx")
    monkeypatch.setattr(reader, "MAX_ROWS", 2)
    before = checkpointed_bytes(db)
    with pytest.raises(WorkbookImportError, match="has more than 2 rows; import it in parts"):
        preview(db, path)
    assert checkpointed_bytes(db) == before


def test_numbers_read_back_as_typed(db: Database, committee, tmp_path: Path) -> None:
    """The fast reader returns every number as a float; 40 must stay 40 in messages."""
    from exports.xlsx_in.file import read_plans_sheet

    sheet = run_to_end(read_plans_sheet(export(db, tmp_path / "c.xlsx")))
    progress = [row["progress"].value for row in sheet.rows if "progress" in row]
    assert progress and all(type(value) is int for value in progress)


@pytest.mark.parametrize("with_formula", [True, False], ids=["openpyxl", "calamine"])
def test_rows_as_exported_skip_the_cell_checks_and_preview_the_same(
    db: Database,
    committee,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    with_formula: bool,
) -> None:
    """A row holding exactly what the export writes for its plan today is known unchanged
    without checking each cell; with edits and errors of every kind in the sheet, the preview
    is the one the full checks of every row give. A sheet with a formula is read by openpyxl
    (rows known unchanged from their cells), one without by calamine (from their values)."""
    from exports.xlsx_in import file as xlsx_import_file
    from exports.xlsx_in import rows as xlsx_import_rows
    from exports.xlsx_in.unchanged import ExportedRows

    _built, made = committee
    checked: list[int] = []
    check_row = xlsx_import_rows._parse_row

    def counted(sheet: Any, cells: Any, table: Any) -> Any:
        checked.append(next(iter(cells.values())).row)
        return check_row(sheet, cells, table)

    monkeypatch.setattr(xlsx_import_rows, "_parse_row", counted)
    exported = export(db, tmp_path / "c.xlsx")
    assert preview(db, exported).unchanged == 7
    # Every row but the plan whose stored text the export cleans (control characters an
    # older version let in): it reads back otherwise, so it takes the full checks. (A CRLF
    # line break is stored as LF at entry now: text_rules.py.)
    assert len(checked) == 1

    def every_kind(sheet: Any, column: dict[str, int]) -> None:
        set_cell("진척도 / 进度", 70)(sheet, column, made)
        set_cell("제목 / 标题 (ko)", "  고친 제목  ", "texts")(sheet, column, made)
        duplicate_id(sheet, column, made)
        set_cell("분과 / 工作组", "ENV", "formula")(sheet, column, made)
        if with_formula:
            formula(sheet, column, made)
        new_row_unknown_team(sheet, column, made)
        sheet.cell(2, sheet.max_column + 2).value = "a value without a header"

    edited = edit(exported, tmp_path / "e.xlsx", every_kind)
    checked.clear()
    made_cells: list[int] = []
    row_cells = xlsx_import_file._row_cells
    monkeypatch.setattr(
        xlsx_import_file,
        "_row_cells",
        lambda number, *rest: made_cells.append(number) or row_cells(number, *rest),
    )
    quick = preview(db, edited)
    if with_formula:  # openpyxl reads dates and numbers otherwise: every row is checked
        assert len(checked) == len(made_cells) == 8
    else:  # calamine: unchanged rows known from their values, before any cell is made, but
        # the one with a value beside the table (its cells are made, the value reported)
        assert 2 < len(checked) < 7 + 1
        assert len(made_cells) == 8 - quick.unchanged + 1
    monkeypatch.setattr(ExportedRows, "unchanged", lambda self, cells: False)
    monkeypatch.setattr(ExportedRows, "unchanged_values", lambda self, keys: None)
    full = preview(db, edited)
    assert len(checked) > 7 + 1
    assert quick.changed == full.changed and quick.changed
    assert quick.new == full.new
    assert quick.rejected == full.rejected and len(quick.rejected) >= 2 + with_formula
    assert (quick.unchanged, quick.ignored_columns) == (full.unchanged, full.ignored_columns)
