"""`secretariat export xlsx --template`: the workbook's sheets empty, with their drop-downs, and
an Instructions sheet in the two working languages saying what each column takes.

A secretariat that adopts the app fills it in by hand (refs such as `2-ECO-03` instead of ids)
and imports it whole: `secretariat import xlsx FILE`.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from pathlib import Path
from typing import Any

from openpyxl.styles import Font

from exports.xlsx.columns import plan_columns, plans_sheet_title
from exports.xlsx.kind_sheets import kind_columns, sheet_title_of, write_kind_sheet
from exports.xlsx.plans_sheet import write_empty_plans
from exports.xlsx.printing import set_up_printing
from exports.xlsx.safe import SafeSheet
from exports.xlsx.saving import written_whole
from exports.xlsx.sheets import Rows
from secretariat.kinds import FieldSpec, FieldType, kind_named
from secretariat.labels import ENUM_LABELS, SHEET_LABELS, Label, bilingual
from secretariat.progress import Progress

TEMPLATE_SHEETS = ("committee", "conferences", "postponements", "teams")
HINTS: dict[str, Label] = {
    "text": Label("Text", "텍스트", "文本", "テキスト"),
    "texts": Label(
        "Text in this language", "이 언어로 된 텍스트", "该语言的文本", "この言語のテキスト"
    ),
    "integer": Label("A whole number", "정수", "整数", "整数"),
    "date": Label(
        "A date, YYYY-MM-DD", "날짜 (YYYY-MM-DD)", "日期（YYYY-MM-DD）", "日付（YYYY-MM-DD）"
    ),
    "boolean": Label("Yes or no", "예 또는 아니오", "是或否", "はい・いいえ"),
    "enum": Label("One of", "다음 중 하나", "以下之一", "次のいずれか"),
    "conference": Label("A conference number", "전체회의 회차", "全体会议届次", "全体会議の回次"),
    "team": Label(
        "A team code (ECO)", "분과 코드 (ECO)", "工作组代码（ECO）", "分科会コード（ECO）"
    ),
    "teams": Label(
        "Team codes, separated by commas",
        "분과 코드, 쉼표로 구분",
        "工作组代码，以逗号分隔",
        "分科会コード（カンマ区切り）",
    ),
    "plan": Label(
        "A plan's ref, like 2-ECO-03",
        "사업 번호 (예: 2-ECO-03)",
        "项目编号（如 2-ECO-03）",
        "事業番号（例：2-ECO-03）",
    ),
    "required": Label("Required", "필수", "必填", "必須"),
}
INSTRUCTION_HEADERS = (
    Label("Sheet", "시트", "工作表", "シート"),
    Label("Column", "열", "列", "列"),
    Label("What it takes", "입력 내용", "填写内容", "記入内容"),
    HINTS["required"],
)
PLAN_HINTS = {
    "id": Label("Leave empty for a new plan", "새 사업은 비워 두십시오", "新项目请留空",
                "新しい事業は空欄"),
    "ref": HINTS["plan"],
    "conference": HINTS["conference"],
    "team": HINTS["team"],
    "continues": HINTS["plan"],
    "progress": Label("0 to 100", "0~100", "0至100", "0～100"),
    "last_change": HINTS["date"],
}  # fmt: skip


def write_template(
    path: Path, languages: tuple[str, str], team_codes: Sequence[str] = ()
) -> Generator[Progress, None, int]:
    """Write the empty workbook; returns its number of sheets."""
    with written_whole(path) as workbook:
        _write_instructions(workbook, languages)
        sheets: list[Rows] = [
            *(write_kind_sheet(workbook, None, kind, languages) for kind in TEMPLATE_SHEETS),
            write_empty_plans(workbook, languages, team_codes),
            _write_empty_mous(workbook, languages),
        ]
        for sheet in sheets:
            for _ in sheet:
                pass
        yield Progress(1, 1, "Saving the template")
    return len(sheets) + 1


def _write_empty_mous(workbook: Any, languages: tuple[str, str]) -> Rows:
    from exports.xlsx.kind_sheets import add_choices
    from exports.xlsx.sheets import start_table, write_rows

    kind = kind_named("mous")
    columns = kind_columns(kind, languages)
    table = start_table(workbook, sheet_title_of(kind, languages), columns, languages)
    count = yield from write_rows(table, (), list)
    add_choices(table, kind, languages, count)
    return count


def _write_instructions(workbook: Any, languages: tuple[str, str]) -> None:
    worksheet = workbook.create_sheet(bilingual(SHEET_LABELS["instructions"], languages, " · "))
    for letter, width in zip("ABCD", (22, 34, 60, 10), strict=True):
        worksheet.column_dimensions[letter].width = width
    set_up_printing(worksheet)
    sheet = SafeSheet(worksheet)
    bold = Font(bold=True)
    sheet.append(
        [sheet.styled(bilingual(label, languages), font=bold) for label in INSTRUCTION_HEADERS]
    )
    for kind_plural in (*TEMPLATE_SHEETS, "mous"):
        kind = kind_named(kind_plural)
        title = sheet_title_of(kind, languages)
        for column in kind_columns(kind, languages):
            spec = kind.field(_field_name(kind_plural, column.key))
            sheet.append([title, column.header(languages), _hint(spec, languages),
                          _required(spec, languages)])  # fmt: skip
    title = plans_sheet_title(languages)
    for column in plan_columns(languages):
        hint = PLAN_HINTS.get(column.key)
        text = bilingual(hint, languages) if hint else _plan_hint(column.key, languages)
        sheet.append([title, column.header(languages), text, ""])


def _field_name(kind_plural: str, key: str) -> str:
    kind = kind_named(kind_plural)
    for spec in kind.fields:
        if key == spec.name or (spec.datatype is FieldType.TEXTS and key in spec.columns()):
            return spec.name
    return key


def _hint(spec: FieldSpec, languages: tuple[str, str]) -> str:
    if spec.datatype is FieldType.ENUM and spec.enum is not None:
        choices = "; ".join(bilingual(ENUM_LABELS[member], languages) for member in spec.enum)
        return f"{bilingual(HINTS['enum'], languages)}: {choices}"
    if spec.datatype in (FieldType.REFERENCE, FieldType.REFERENCES):
        key = "teams" if spec.datatype is FieldType.REFERENCES else str(spec.references)
        return bilingual(HINTS.get(key, HINTS["text"]), languages)
    return bilingual(HINTS[spec.datatype.value], languages)


def _plan_hint(key: str, languages: tuple[str, str]) -> str:
    spec = next((s for s in kind_named("plans").fields if key in (s.name, *s.columns())), None)
    return _hint(spec, languages) if spec else bilingual(HINTS["text"], languages)


def _required(spec: FieldSpec, languages: tuple[str, str]) -> str:
    return bilingual(HINTS["required"], languages) if spec.required else ""
