"""Opening a workbook to import, defensively: what kind of file it is, whether it is safe to
unpack, and the Plans sheet's header and rows.

Rows are read with python-calamine (a Rust reader: 100,000 plans in about 2 s, where openpyxl's
read-only mode took about 55 s); a sheet holding formulas is read with openpyxl instead, which
tells formula cells apart so they can be rejected by name.

Everything a file can be instead of an exported workbook ends here with one line naming the file
and what is wrong: a text file or an old .xls renamed .xlsx, a password-protected workbook (an OLE
compound file holding an encrypted package), a zip that would unpack to gigabytes, a workbook
without a Plans sheet or without the columns an import needs.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.utils import column_index_from_string, get_column_letter

from exports.xlsx.columns import find_key, sheet_title_matches
from secretariat.errors import SecretariatError
from secretariat.progress import Progress

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024  # an exported 100,000-plan workbook unpacks to ~250 MB
MAX_ENTRIES = 10_000
MAX_ROWS = 200_000  # rows of the Plans sheet
REQUIRED = ("status",)  # and an id or a ref (a sheet typed by hand), and a title
ZIP_SIGNATURE = b"PK\x03\x04"
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
REPORT_EVERY = 2000


class WorkbookImportError(SecretariatError):
    """The file cannot be imported at all; nothing was read into the database."""


class EmptyPlansSheetError(WorkbookImportError):
    """The Plans sheet has a header and no plan (fine beside other sheets: a template)."""


@dataclass(slots=True)
class Cell:
    """One cell of the Plans sheet as read: where it is and what it holds."""

    row: int
    column: str  # letter
    header: str  # the header text above it
    value: Any
    is_formula: bool = False


@dataclass
class SheetRows:
    """The Plans sheet: its title, which column holds which key, and its non-empty rows."""

    title: str
    headers: dict[str, str] = field(default_factory=dict)  # key -> header text
    letters: dict[str, str] = field(default_factory=dict)  # key -> column letter
    # Per row: its cells by key, or what read_plans_sheet's `convert` made of them.
    rows: list[Any] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)  # columns not imported, for the preview


Convert = Callable[[SheetRows, dict[str, Cell]], Any]  # what to keep of a row as it is read
# Given the header's keys, what to keep of a row from its values alone (before its cells are
# made), or None when the row needs its cells; or None when no row of such a sheet can.
QuickRow = Callable[[list[Any], int], Any | None]
QuickRows = Callable[[list[str | None]], QuickRow | None]


def check_file(path: Path) -> None:
    """Refuse anything that is not a plain .xlsx of a reasonable size, before opening it."""
    name = path.name
    if not path.exists():
        raise WorkbookImportError(f"{path}: no such file")
    if path.is_dir():
        raise WorkbookImportError(f"{path} is a folder, not a workbook")
    size = path.stat().st_size
    if size == 0:
        raise WorkbookImportError(f"{name} is empty")
    if size > MAX_FILE_BYTES:
        raise WorkbookImportError(
            f"{name} is {size // (1024 * 1024)} MB; workbooks over "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB are not imported"
        )
    with path.open("rb") as handle:
        start = handle.read(8)
    if start.startswith(OLE_SIGNATURE):
        _refuse_ole(path)
    if not start.startswith(ZIP_SIGNATURE):
        kind = "a text file" if _looks_like_text(path) else "another kind of file"
        raise WorkbookImportError(
            f"{name} is not an Excel workbook (.xlsx): it is {kind}; "
            "open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx)"
        )
    _check_zip(path)


def _refuse_ole(path: Path) -> None:
    # Excel writes a password-protected .xlsx as an OLE compound file with an encrypted
    # package inside; an old .xls is an OLE compound file too.
    data = path.read_bytes()
    if ENCRYPTED_PACKAGE in data:
        raise WorkbookImportError(
            f"{path.name} is password-protected; open it, remove the password "
            "(File → Info → Protect Workbook) and save it before importing"
        )
    raise WorkbookImportError(
        f"{path.name} is an old-format Excel file (.xls); save it as an Excel workbook "
        "(.xlsx) and import that"
    )


def _looks_like_text(path: Path) -> bool:
    with path.open("rb") as handle:
        sample = handle.read(4096)
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return b"\x00" not in sample


def _check_zip(path: Path) -> None:
    """Look at the zip's directory before anything unpacks it: a zip bomb is refused by the
    sizes it declares (Python's zipfile never inflates an entry past its declared size)."""
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError) as error:
        raise WorkbookImportError(f"{name} is damaged or not an Excel workbook ({error})") from None
    if len(entries) > MAX_ENTRIES:
        raise WorkbookImportError(
            f"{name} has {len(entries)} parts (at most {MAX_ENTRIES}); it is not a workbook "
            "this app can import"
        )
    unpacked = sum(entry.file_size for entry in entries)
    if unpacked > MAX_UNPACKED_BYTES:
        raise WorkbookImportError(
            f"{name} would unpack to {unpacked / 1024**3:.1f} GB (at most "
            f"{MAX_UNPACKED_BYTES // 1024**3} GB); refused as unsafe (a zip bomb?)"
        )
    names = {entry.filename for entry in entries}
    if "xl/workbook.xml" not in names:
        raise WorkbookImportError(f"{name} is a zip file but not an Excel workbook (.xlsx)")
    if any(entry.flag_bits & 0x1 for entry in entries):
        raise WorkbookImportError(f"{name} is password-protected; remove the password first")


def read_plans_sheet(
    path: Path, convert: Convert | None = None, quick: QuickRows | None = None
) -> Generator[Progress, None, SheetRows]:
    """The Plans sheet's header and rows (empty rows skipped): each row's cells by key, or
    `convert(sheet, cells)` of them, made as each row is read; or, where `quick` gives a
    function for the sheet's columns and it keeps something of a row's values, that."""
    check_file(path)
    from exports.xlsx_in.stream import NotStreamableError

    streamed = _streamed(path, convert, quick)
    if streamed is not None:
        try:
            return (yield from streamed)
        except NotStreamableError:  # a formula, a rich-text run...: the careful way, anew
            pass
    fast = _read_values(path, convert, quick)
    if fast is not None:
        return (yield from fast)
    return (yield from _read_with_openpyxl(path, convert))


def _streamed(
    path: Path, convert: Convert | None, quick: QuickRows | None
) -> Generator[Progress, None, SheetRows] | None:
    """The sheet read by streaming its XML, or None when it is not where the workbook says."""
    from python_calamine import CalamineWorkbook

    try:
        titles = list(CalamineWorkbook.from_path(str(path)).sheet_names)
    except Exception as error:  # a damaged part
        raise _unreadable(path, error) from None
    title = _plans_sheet_title(titles, path.name)
    values = streamed_values(path, title, MAX_ROWS)
    if values is None:
        return None
    return _read_rows(((row, None) for row in values), title, path.name, convert, quick)


def _read_values(
    path: Path, convert: Convert | None, quick: QuickRows | None
) -> Generator[Progress, None, SheetRows] | None:
    """The sheet read by python-calamine, or None when it holds formulas (openpyxl's case)."""
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
        title = _plans_sheet_title(list(workbook.sheet_names), path.name)
        scan = check_extent(path, title, MAX_ROWS)
        if scan is None or scan.formulas:
            return None
        sheet = workbook.get_sheet_by_name(title)
        if sheet.total_height > MAX_ROWS + 1:  # refused before its rows are materialised
            raise WorkbookImportError(
                f"{path.name}: the sheet {title} has more than {MAX_ROWS:,} rows; "
                "import it in parts"
            )
        # Row by row when the sheet starts at A1 (as ours do): 100,000 rows of raw values are
        # then never all held at once. iter_rows() leaves out empty leading columns, so a sheet
        # that starts elsewhere is read whole, its cells where they are.
        values: Iterable[list[Any]]
        if tuple(sheet.start or (0, 0)) == (0, 0):
            values = sheet.iter_rows()
        else:
            values = sheet.to_python(skip_empty_area=False)
    except WorkbookImportError:
        raise
    except Exception as error:  # a damaged part, an unreadable cell
        raise _unreadable(path, error) from None
    return _read_rows(_calamine_rows(values, path), title, path.name, convert, quick)


def _calamine_rows(values: Iterable[list[Any]], path: Path) -> Iterator[tuple[list[Any], None]]:
    """Each row's values (no formulas: those sheets go to openpyxl); a row that cannot be
    read, as the file's error."""
    try:
        for row in values:
            yield row, None
    except Exception as error:
        raise _unreadable(path, error) from None


def _unreadable(path: Path, error: Exception) -> WorkbookImportError:
    return WorkbookImportError(
        f"{path.name} cannot be read as an Excel workbook ({type(error).__name__}: {error})"
    )


def _as_typed(value: Any) -> Any:
    """calamine reads every number as a float; openpyxl (and whoever typed 150) says 150."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


FORMULA_ELEMENT = re.compile(rb"<(?:\w+:)?f[\s>/]")
CELL_REFERENCE = re.compile(rb"<(?:\w+:)?c\s[^>]*?\br=\"([A-Z]{1,3})([0-9]{1,7})\"")
SCAN_CHUNK = 1 << 20
MAX_COLUMNS = 200  # a sheet reaching further (a stray cell at XFD1) is refused unread


@dataclass(frozen=True)
class SheetScan:
    """What a sheet's XML holds, found by streaming it (before any reader lays it out)."""

    formulas: bool
    last_row: int
    last_column: int  # 1 = A


def scan_sheet(path: Path, title: str) -> SheetScan | None:
    """Formulas and the real extent of the sheet's cells; None for an unusual layout."""
    with zipfile.ZipFile(path) as archive:
        part = _sheet_part(archive, title)
        if part is None:
            return None
        formulas, last_row, last_column = False, 0, 0
        with archive.open(part) as stream:
            tail = b""
            while chunk := stream.read(SCAN_CHUNK):
                window = tail + chunk
                formulas = formulas or FORMULA_ELEMENT.search(window) is not None
                for letters, digits in CELL_REFERENCE.findall(window):
                    last_row = max(last_row, int(digits))
                    last_column = max(last_column, column_index_from_string(letters.decode()))
                tail = window[-256:]  # a tag cut between two chunks is seen whole next time
    return SheetScan(formulas, last_row, last_column)


def has_formulas(path: Path, title: str) -> bool:
    """Does the sheet's XML hold any formula (<f>) element?"""
    scan = scan_sheet(path, title)
    return True if scan is None else scan.formulas  # unusual: let openpyxl read it carefully


def check_extent(path: Path, title: str, max_rows: int) -> SheetScan | None:
    """Refuse a sheet whose cells reach past what a table of records can need, before a
    reader lays the sheet out (one stray cell at XFD1048576 asks it for 549 GB)."""
    scan = scan_sheet(path, title)
    if scan is None:
        return None
    if scan.last_column > MAX_COLUMNS:
        raise _too_large(path, title, max_rows, column=scan.last_column)
    if scan.last_row > max_rows + 1:
        raise _too_large(path, title, max_rows, row=scan.last_row)
    return scan


def _too_large(
    path: Path, title: str, max_rows: int, column: int | None = None, row: int | None = None
) -> WorkbookImportError:
    """The one wording for a sheet whose cells reach past a table of records, found by the
    scan or by the streaming reader."""
    if column is not None:
        return WorkbookImportError(
            f"{path.name}: the sheet {title} reaches column {get_column_letter(column)} (at most "
            f"{get_column_letter(MAX_COLUMNS)} is read); delete what lies beyond the table and "
            "import again"
        )
    return WorkbookImportError(
        f"{path.name}: the sheet {title} has more than {max_rows:,} rows; import it in "
        f"parts (its cells reach row {row:,}: delete any below the table)"
    )


def streamed_values(path: Path, title: str, max_rows: int) -> Iterator[list[Any]] | None:
    """The sheet's rows read by streaming its XML (exports/xlsx_in/stream.py), its extent
    refused as check_extent refuses it, cell by cell as the rows come; None when the sheet
    is not where the workbook says. Raises NotStreamableError where the careful way must read it."""
    from exports.xlsx_in.stream import SheetTooLargeError, stream_rows

    with zipfile.ZipFile(path) as archive:
        part = _sheet_part(archive, title)
    if part is None:
        return None

    def values() -> Iterator[list[Any]]:
        try:
            yield from stream_rows(path, part, max_rows + 1, MAX_COLUMNS)
        except SheetTooLargeError as error:
            raise _too_large(path, title, max_rows, error.column, error.row) from None
        except (zipfile.BadZipFile, ValueError, OverflowError) as error:
            raise _unreadable(path, error) from None

    return values()


def _sheet_part(archive: zipfile.ZipFile, title: str) -> str | None:
    """The zip entry of the sheet named `title` (workbook.xml names it, its rels place it)."""
    from xml.etree import ElementTree

    relation_ns = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    relation = next(
        (
            element.get(relation_ns)
            for element in workbook.iter()
            if element.tag.endswith("}sheet") and element.get("name") == title
        ),
        None,
    )
    relations = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    for element in relations:
        if element.get("Id") == relation and relation is not None:
            target = element.get("Target", "")
            part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            return part if part in archive.namelist() else None
    return None


def _plans_sheet_title(titles: list[str], name: str) -> str:
    for title in titles:
        if sheet_title_matches(title):
            return title
    if len(titles) == 1:
        return titles[0]  # a one-sheet workbook: its columns will tell
    raise WorkbookImportError(f"{name} has no Plans sheet (its sheets: {', '.join(titles)})")


def _read_with_openpyxl(
    path: Path, convert: Convert | None
) -> Generator[Progress, None, SheetRows]:
    from openpyxl import load_workbook

    handle = path.open("rb")
    try:
        try:
            workbook = load_workbook(handle, read_only=True, data_only=False, keep_links=False)
        except Exception as error:  # openpyxl raises many kinds on a damaged file
            raise _unreadable(path, error) from None
        try:
            sheet = workbook[_plans_sheet_title(workbook.sheetnames, path.name)]
            sheet.reset_dimensions()  # do not trust the file's own idea of its size
            rows = (
                ([cell.value for cell in cells], [cell.data_type == "f" for cell in cells])
                for cells in sheet.iter_rows()
            )
            result = yield from _read_rows(rows, sheet.title, path.name, convert)
        finally:
            workbook.close()
    finally:
        handle.close()
    return result


def _read_rows(
    rows: Iterator[Any],
    title: str,
    name: str,
    convert: Convert | None,
    quick: QuickRows | None = None,
) -> Generator[Progress, None, SheetRows]:
    """`rows`: each row's values, and which of them are formulas (None: no formulas)."""
    header_values, _formulas = next(rows, ([], None))
    result = SheetRows(title=title)
    keys = _header_keys(header_values, result, name)
    letters = [get_column_letter(index + 1) for index in range(max(len(keys), 1))]
    quick_row = quick(keys) if quick is not None else None
    for row_number, (cells, formulas) in enumerate(rows, start=2):
        kept = None
        if quick_row is not None and formulas is None:
            kept = quick_row(cells, row_number)
        if kept is None:
            while len(letters) < len(cells):
                letters.append(get_column_letter(len(letters) + 1))
            values = _row_cells(row_number, cells, formulas, keys, letters, result)
            if values is None:
                continue
            kept = values if convert is None else convert(result, values)
        if len(result.rows) >= MAX_ROWS:
            raise WorkbookImportError(
                f"{name}: the sheet {title} has more than {MAX_ROWS:,} rows; import it in parts"
            )
        result.rows.append(kept)
        if len(result.rows) % REPORT_EVERY == 0:
            yield Progress(0, 0, f"Reading row {row_number}")
    if not result.rows:
        raise EmptyPlansSheetError(f"{name}: the sheet {title} has no plans below its header")
    return result


def _header_keys(header_values: Any, result: SheetRows, name: str) -> list[str | None]:
    """Each column's key (None: not imported); unknown headers are listed as ignored."""
    keys: list[str | None] = []
    for index, value in enumerate(header_values, 1):
        text = str(value).strip() if value is not None and value != "" else ""
        key = find_key(text) if text else None
        if key is not None and key in result.headers:
            raise WorkbookImportError(
                f"{name}: the sheet {result.title} has two {key} columns "
                f"({result.headers[key]!r} and {text!r} in column {get_column_letter(index)})"
            )
        if key is not None:
            result.headers[key] = text
            result.letters[key] = get_column_letter(index)
        elif text:
            result.ignored.append(f"{text} (column {get_column_letter(index)})")
        keys.append(key)
    missing = [key for key in REQUIRED if key not in result.headers]
    if "id" not in result.headers and "ref" not in result.headers:
        missing.insert(0, "id")
    if not any(key.startswith("title_") for key in result.headers):
        missing.insert(1, "title")
    if missing:
        raise WorkbookImportError(
            f"{name}: the sheet {result.title} has no {', '.join(missing)} column"
            f"{'s' if len(missing) > 1 else ''}; import a Plans sheet exported by this app "
            "(its first row names the columns), or one that names each plan by its ref"
        )
    return keys


def _row_cells(
    row_number: int,
    cells: list[Any],
    formulas: list[bool] | None,
    keys: list[str | None],
    letters: list[str],
    result: SheetRows,
) -> dict[str, Cell] | None:
    """The row's cells by key, or None when no imported column holds anything. A value in a
    column without a header is reported (once per column): nothing typed goes unseen."""
    values: dict[str, Cell] = {}
    for index, value in enumerate(cells):
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        key = keys[index] if index < len(keys) else None
        letter = letters[index]
        if key is None:
            unnamed = f"column {letter} (no header)"
            if (index >= len(keys) or not _has_header(result, letter)) and (
                unnamed not in result.ignored
            ):
                result.ignored.append(unnamed)
            continue
        values[key] = Cell(
            row_number,
            letter,
            result.headers[key],
            _as_typed(value),
            formulas[index] if formulas is not None else False,
        )
    return values or None


def _has_header(result: SheetRows, letter: str) -> bool:
    return any(text.endswith(f"(column {letter})") for text in result.ignored)
