"""The Summary sheet: the committee's indicators per conference and per team, with a chart of
the promotion and implementation rates (docs/indicators.md defines them)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from exports.xlsx.columns import SHEET_SEPARATOR, SheetColumn
from exports.xlsx.printing import header_height, set_up_printing
from exports.xlsx.safe import SafeSheet, header_cells, sheet_title
from secretariat.indicators import RATE_NAMES, IndicatorRow
from secretariat.labels import ENUM_LABELS, FIELD_LABELS, INDICATOR_LABELS, Label, bilingual
from secretariat.models import ConferenceStatus

SUMMARY_LABEL = Label("Summary", "요약", "摘要", "概要")
TEAMS_LABEL = Label("Teams", "분과별", "各工作组", "分科会別")
POSTPONEMENTS_LABEL = Label("Postponements", "연기 횟수", "推迟次数", "延期回数")
TITLE_FONT = Font(bold=True, size=14)
PERCENT = "0.0%"
POINTS = "+0.0;-0.0;0.0"
CHARTED = ("promotion_rate", "implementation_rate")
CHART_FIRST_ROW = 3
CHART_ROWS = 19  # rows left empty for the chart below the heading


def _change_label(rate: str) -> Label:
    change = INDICATOR_LABELS["change_pp"]
    return Label(*(f"{name} {pp}" for name, pp in zip(INDICATOR_LABELS[rate], change, strict=True)))


def summary_columns() -> list[SheetColumn]:
    columns = [
        SheetColumn("conference", FIELD_LABELS["conference"], width=9),
        SheetColumn("date", FIELD_LABELS["date"], width=12),
        SheetColumn("status", FIELD_LABELS["status"], width=14),
        SheetColumn("team", FIELD_LABELS["team"], width=8),
        SheetColumn("name", FIELD_LABELS["name"], width=22),
        SheetColumn("plans", INDICATOR_LABELS["plans"], width=9),
    ]
    for rate in RATE_NAMES:
        columns.append(SheetColumn(rate, INDICATOR_LABELS[rate], width=12))
        columns.append(SheetColumn(f"{rate}_change", _change_label(rate), width=12))
    columns += [
        SheetColumn("mous_at_conference", INDICATOR_LABELS["mous_at_conference"], width=10),
        SheetColumn("mous_cumulative", INDICATOR_LABELS["mous_cumulative"], width=10),
        SheetColumn("months_since_previous", INDICATOR_LABELS["months_since_previous"], width=12),
        SheetColumn("postponements", POSTPONEMENTS_LABEL, width=10),
    ]
    return columns


def write_summary(
    workbook: Any,
    rows: Sequence[IndicatorRow],
    languages: tuple[str, str],
    *,
    heading: str,
    team_names: dict[str, str],
) -> int:
    """Committee-wide rows first (the chart reads them), then the rows of each team."""
    title = bilingual(SUMMARY_LABEL, languages, SHEET_SEPARATOR)
    worksheet = workbook.create_sheet(sheet_title(title, workbook.sheetnames))
    columns = summary_columns()
    for index, spec in enumerate(columns, 1):
        worksheet.column_dimensions[get_column_letter(index)].width = spec.width
    # No grid: it would cross the chart. The first row is the heading, not a header.
    set_up_printing(worksheet, grid=False)
    worksheet.print_title_rows = None
    sheet = SafeSheet(worksheet)
    sheet.append([sheet.styled(heading, font=TITLE_FONT)])
    committee_rows = [row for row in rows if row.team is None]
    team_rows = [row for row in rows if row.team is not None]
    committee_name = bilingual(FIELD_LABELS["committee"], languages)
    if committee_rows:
        # Room for the chart between the heading and the tables.
        for _ in range(CHART_ROWS):
            sheet.append([])
    header_row = _write_block(sheet, columns, languages, committee_rows, {None: committee_name})
    first_data = header_row + 1
    last_data = sheet.rows_written
    sheet.append([])
    sheet.append([sheet.styled(bilingual(TEAMS_LABEL, languages), font=Font(bold=True))])
    _write_block(sheet, columns, languages, team_rows, team_names)
    if committee_rows:
        _add_chart(worksheet, columns, languages, header_row, first_data, last_data)
    return len(rows)


def _write_block(
    sheet: SafeSheet,
    columns: Sequence[SheetColumn],
    languages: tuple[str, str],
    rows: Sequence[IndicatorRow],
    names: dict[Any, str],
) -> int:
    headers = [c.header(languages) for c in columns]
    height = header_height(headers, [c.width for c in columns])
    sheet.sheet.row_dimensions[sheet.rows_written + 1].height = height
    sheet.sheet.append(list(header_cells(sheet.sheet, headers)))
    sheet.rows_written += 1
    header_row = sheet.rows_written
    for row in rows:
        sheet.append([_cell(sheet, spec.key, row, languages, names) for spec in columns])
    return header_row


def _cell(
    sheet: SafeSheet,
    key: str,
    row: IndicatorRow,
    languages: tuple[str, str],
    names: dict[Any, str],
) -> Any:
    if key == "status":
        return bilingual(ENUM_LABELS[ConferenceStatus(row.conference_status)], languages)
    if key == "date":
        return row.conference_date  # a date cell (openpyxl gives it a date format)
    if key == "name":
        return names.get(row.team, "")
    if key in RATE_NAMES:
        value = getattr(row, key)
        return None if value is None else sheet.styled(value / 100, number_format=PERCENT)
    if key.endswith("_change"):
        change = row.change_pp.get(key.removesuffix("_change"))
        return None if change is None else sheet.styled(round(change, 1), number_format=POINTS)
    return getattr(row, key)


def _add_chart(
    worksheet: Any,
    columns: Sequence[SheetColumn],
    languages: tuple[str, str],
    header_row: int,
    first_data: int,
    last_data: int,
) -> None:
    keys = [spec.key for spec in columns]
    chart = BarChart()
    chart.type = "col"
    chart.title = " / ".join(bilingual(INDICATOR_LABELS[rate], languages) for rate in CHARTED)
    chart.y_axis.number_format = "0%"
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 1
    chart.x_axis.title = bilingual(FIELD_LABELS["conference"], languages)
    chart.x_axis.delete = False  # openpyxl 3.1 hides axes unless told
    chart.y_axis.delete = False
    chart.height, chart.width = 8.5, 16  # cm
    chart.legend.position = "b"
    for rate in CHARTED:
        column = keys.index(rate) + 1
        data = Reference(worksheet, min_col=column, min_row=header_row, max_row=last_data)
        chart.add_data(data, titles_from_data=True)
    conference_column = keys.index("conference") + 1
    chart.set_categories(
        Reference(worksheet, min_col=conference_column, min_row=first_data, max_row=last_data)
    )
    worksheet.add_chart(chart, f"A{CHART_FIRST_ROW}")
