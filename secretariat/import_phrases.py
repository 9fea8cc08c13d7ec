"""What a workbook import expected in a rejected cell, in each interface language: the import's
own phrases, which secretariat/messages.py adds to its PHRASES (plain tuples here, so this
module imports nothing and messages.py can read it at import time)."""

from __future__ import annotations

# key: (English, Korean, Chinese); the placeholders are the same in all three.
IMPORT_PHRASES: dict[str, tuple[str, str, str]] = {
    "not_after_today": ("a date not after today", "오늘 이전의 날짜", "不晚于今天的日期"),
    "not_a_formula": ("a value, not a formula", "수식이 아닌 값", "值，而不是公式"),
    "meeting_date": (
        "the date of a meeting (YYYY-MM-DD)",
        "회의 날짜(YYYY-MM-DD)",
        "会议日期（YYYY-MM-DD）",
    ),
    "no_meeting_that_day": (
        "the date of one meeting (no meeting on that day)",
        "회의 하나의 날짜(그날 회의가 없음)",
        "某次会议的日期（当天没有会议）",
    ),
    "meetings_that_day": (
        "the date of one meeting ({count} meetings on that day)",
        "회의 하나의 날짜(그날 회의가 {count}건)",
        "某次会议的日期（当天有 {count} 次会议）",
    ),
    "change_on_one_row": (
        "a change no other row names (row {first} names it)",
        "다른 행에 없는 변경({first}행에 같은 변경이 있음)",
        "其他行未列出的变更（第 {first} 行已列出）",
    ),
    "plan_ref_here": (
        "the ref of a plan (on the Plans sheet or in the database)",
        "사업 번호(사업 시트나 데이터베이스에 있는 것)",
        "项目编号（项目工作表或数据库中已有的）",
    ),
    "plan_ref_here_like": (
        "the ref of a plan (on the Plans sheet or in the database), like 2-ECO-03",
        "사업 번호(사업 시트나 데이터베이스에 있는 것, 예: 2-ECO-03)",
        "项目编号（项目工作表或数据库中已有的，例如 2-ECO-03）",
    ),
    "conference_number_here": (
        "the number of a conference (on the Conferences sheet or in the database)",
        "전체회의 차수(전체회의 시트나 데이터베이스에 있는 것)",
        "全体会议届次（全体会议工作表或数据库中已有的）",
    ),
    "team_code_here": (
        "the code of a team (on the Teams sheet or in the database)",
        "분과 코드(분과 시트나 데이터베이스에 있는 것)",
        "工作组代码（工作组工作表或数据库中已有的）",
    ),
    "existing_conference_of": (
        "the number of an existing conference ({numbers})",
        "등록된 전체회의의 차수({numbers})",
        "已登记的全体会议届次（{numbers}）",
    ),
    "existing_team_of": (
        "the code of a team ({codes})",
        "분과 코드({codes})",
        "工作组代码（{codes}）",
    ),
    "plan_id_here": (
        "the id of a plan in this database (empty for a new plan)",
        "이 데이터베이스에 있는 사업의 ID(새 사업은 비워 둠)",
        "本数据库中项目的 ID（新项目留空）",
    ),
    "plan_id_ref_taken": (
        "the id of a plan in this database (its ref {ref} is the plan {taken} here)",
        "이 데이터베이스에 있는 사업의 ID(번호 {ref}은(는) 여기서 사업 {taken}의 번호)",
        "本数据库中项目的 ID（编号 {ref} 在此是项目 {taken}）",
    ),
    "note_with_status": (
        "a note only with a change of status (it is kept in the status history)",
        "상태 변경이 있을 때만 비고(비고는 상태 이력에 남음)",
        "仅在状态变更时填写备注（备注记入状态历史）",
    ),
    "fixed_value": (
        "{was} (this plan's {field}; an import does not change it)",
        "{was}(이 사업의 {field}: 가져오기로 바꾸지 않음)",
        "{was}（本项目的{field}，导入不会更改）",
    ),
    "fixed_empty": (
        "empty (this plan's {field}; an import does not change it)",
        "빈 값(이 사업의 {field}: 가져오기로 바꾸지 않음)",
        "空值（本项目的{field}，导入不会更改）",
    ),
    "date_as_exported": (
        "{date} as exported (the date changes only with the status)",
        "내보낸 그대로의 {date}(날짜는 상태와 함께만 바뀜)",
        "与导出时相同的 {date}（日期只随状态变更）",
    ),
    "continued_plan_ref": (
        "the ref of an existing plan (like 3-ECO-02)",
        "등록된 사업의 번호(예: 3-ECO-02)",
        "已登记项目的编号（例如 3-ECO-02）",
    ),
    "id_on_one_row": (
        "an id on one row only (it is also on row {others})",
        "한 행에만 있는 ID({others}행에도 있음)",
        "只出现在一行的 ID（第 {others} 行也有）",
    ),
    "ref_like": ("a ref like 2-ECO-03", "2-ECO-03 형식의 번호", "形如 2-ECO-03 的编号"),
    "ref_of_row": (
        "a ref of conference {conference} and team {team} (the row's own)",
        "제{conference}차 전체회의와 {team} 분과의 번호(이 행의 것)",
        "第{conference}届全体会议和 {team} 工作组的编号（本行所填）",
    ),
    "not_carried_yet_row": (
        "a plan not yet carried into this conference (row {first} carries it)",
        "이 전체회의로 아직 이관되지 않은 사업({first}행에서 이관함)",
        "尚未延续到本届全体会议的项目（第 {first} 行已延续）",
    ),
    "not_carried_yet_db": (
        "a plan not yet carried into this conference (a plan already in the database carries it)",
        "이 전체회의로 아직 이관되지 않은 사업(데이터베이스의 사업이 이미 이관함)",
        "尚未延续到本届全体会议的项目（数据库中已有项目延续了它）",
    ),
    "ref_on_one_row": (
        "a ref no other row has (row {row} has it)",
        "다른 행에 없는 번호({row}행에 있음)",
        "其他行没有的编号（第 {row} 行已有）",
    ),
    "record_on_one_row": (
        "a record no other row names (row {first} names the same {kind})",
        "다른 행에 없는 기록({first}행에 같은 {kind}이(가) 있음)",
        "其他行未列出的记录（第 {first} 行列出了同一{kind}）",
    ),
}
