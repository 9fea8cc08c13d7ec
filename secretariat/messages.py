"""What a rule expected, phrased in every interface language from a key and parameters.

A ValidationError or a rule's Problem carries `Expected(key, params)` as data; the app and
the command line phrase it in the user's language with `phrase()`, and `.expected` keeps the
English for logs and older callers. The phrases live here, beside the core's label tables
(labels.py), because the command line has no Qt: one table serves both, and a test checks
that every key has all three languages and the same placeholders in each.

Parameters are rendered by type: an enum member by its label, a `FieldName` by the field's
label (never `title_ko`), a tuple or list item by item, anything else as text.
"""

from __future__ import annotations

import enum
import os
import re
from collections.abc import Mapping
from typing import Any, NamedTuple

from secretariat.import_phrases import IMPORT_PHRASES

INTERFACE_LANGUAGES = ("en", "ko", "zh")


class Phrase(NamedTuple):
    en: str
    ko: str
    zh: str


class FieldName(str):
    """A field's internal name given as a parameter: phrased as the field's label."""


class Expected(NamedTuple):
    """What was expected, as data: a key of PHRASES and its parameters."""

    key: str
    params: Mapping[str, Any] = {}

    @property
    def english(self) -> str:
        return phrase(self, "en")


def expected(key: str, **params: Any) -> Expected:
    if key not in PHRASES:
        raise KeyError(f"no phrase {key!r} in secretariat/messages.py")
    return Expected(key, params)


PHRASES: dict[str, Phrase] = {
    # A message with no key yet (an English text given as it is)
    "as_given": Phrase("{text}", "{text}", "{text}"),
    # Values of a kind
    "date": Phrase("a date (YYYY-MM-DD)", "날짜(YYYY-MM-DD)", "日期（YYYY-MM-DD）"),
    "real_date": Phrase(
        "a real date written YYYY-MM-DD",
        "YYYY-MM-DD 형식의 실제 날짜",
        "以 YYYY-MM-DD 书写的有效日期",
    ),
    "time": Phrase(
        "a time as HH:MM (24 hours)", "HH:MM 형식의 시각(24시간제)", "HH:MM 格式的时间（24 小时制）"
    ),
    "whole_number": Phrase("a whole number", "정수", "整数"),
    "whole_number_between": Phrase(
        "a whole number from {minimum} to {maximum}",
        "{minimum}에서 {maximum} 사이의 정수",
        "{minimum} 到 {maximum} 之间的整数",
    ),
    "number_at_least": Phrase(
        "a number of {minimum} or more", "{minimum} 이상의 수", "不小于 {minimum} 的数"
    ),
    "conference_number": Phrase(
        "a conference number of 1 or more", "1 이상의 전체회의 차수", "不小于 1 的全体会议届次"
    ),
    "whole_number_at_least": Phrase(
        "a whole number of at least {minimum}", "{minimum} 이상의 정수", "不小于 {minimum} 的整数"
    ),
    "whole_number_at_most": Phrase(
        "a whole number of at most {maximum}", "{maximum} 이하의 정수", "不大于 {maximum} 的整数"
    ),
    "text_per_language": Phrase("a text per language", "언어별 텍스트", "每种语言一段文本"),
    "yes_or_no": Phrase("yes or no", "예 또는 아니요", "是或否"),
    "record_id": Phrase("a record id", "기록 ID", "记录 ID"),
    "record_uuid": Phrase("a record id (UUID)", "기록 ID(UUID)", "记录 ID（UUID）"),
    "text": Phrase("text", "텍스트", "文本"),
    "one_of": Phrase("one of {choices}", "다음 중 하나: {choices}", "以下之一：{choices}"),
    "required": Phrase(
        "a value (this field is required)", "값(필수 항목입니다)", "一个值（此项为必填）"
    ),
    "some_language": Phrase(
        "text in at least one working language ({fields})",
        "실무 언어 중 하나 이상으로 쓴 내용({fields})",
        "至少用一种工作语言填写（{fields}）",
    ),
    "a_field_of": Phrase("a field of a {kind}", "{kind}의 항목", "{kind}的字段"),
    # Text limits (text_rules.py)
    "at_most_characters": Phrase(
        "at most {limit:,} characters (this text has {length:,})",
        "{limit:,}자 이내(이 글은 {length:,}자)",
        "不超过 {limit:,} 个字符（此文本有 {length:,} 个）",
    ),
    "no_control_characters": Phrase(
        "no control characters (found U+{code} at character {position:,})",
        "제어 문자 없음({position:,}번째 글자에 U+{code})",
        "不含控制字符（第 {position:,} 个字符为 U+{code}）",
    ),
    "no_line_breaks": Phrase(
        "no control characters, nor line breaks or tabs in a one-line field (found U+{code} "
        "at character {position:,})",
        "한 줄 항목이므로 제어 문자·줄바꿈·탭 없음({position:,}번째 글자에 U+{code})",
        "单行字段不含控制字符、换行或制表符（第 {position:,} 个字符为 U+{code}）",
    ),
    # Records that must exist
    "existing_conference": Phrase("an existing conference", "등록된 전체회의", "已登记的全体会议"),
    "existing_team": Phrase("an existing team", "등록된 분과", "已登记的工作组"),
    "existing_plan": Phrase("an existing plan", "등록된 사업", "已登记的项目"),
    "team_at_conference": Phrase(
        "a team that exists at conference {number}",
        "제{number}차 전체회의에 있는 분과",
        "第{number}届全体会议时已设立的工作组",
    ),
    "earlier_plan": Phrase("an earlier plan", "이전 사업", "较早的项目"),
    "plan_of_previous_conference": Phrase(
        "a plan of the conference before conference {number}",
        "제{number}차 바로 전 전체회의의 사업",
        "第{number}届之前一届全体会议的项目",
    ),
    "free_plan_number": Phrase(
        "a number no other plan of the team has",
        "분과의 다른 사업이 쓰지 않는 번호",
        "本工作组其他项目未使用的编号",
    ),
    "each_plan_once": Phrase(
        "each plan once per meeting", "회의마다 사업당 한 번", "每次会议每个项目一次"
    ),
    "new_status": Phrase(
        "a new status for {ref}: it is already {status}",
        "{ref}의 새 추진 상태(이미 {status}입니다)",
        "{ref} 的新状态（已经是{status}）",
    ),
    "picked_plan_added": Phrase(
        "the picked plan added to the list (Enter) or removed",
        "고른 사업을 목록에 추가(Enter)하거나 지우기",
        "将所选项目加入列表（Enter）或移除",
    ),
    "other_status": Phrase(
        "a status other than the one the plans have",
        "사업의 현재 추진 상태와 다른 상태",
        "与项目当前状态不同的状态",
    ),
    "plan_still": Phrase(
        "a plan still {status}", "아직 {status} 상태인 사업", "仍为{status}的项目"
    ),
    "date_after": Phrase("a date after {date}", "{date} 이후의 날짜", "{date} 之后的日期"),
    "signing_date": Phrase(
        "the signing date of a {status} MOU",
        "{status} 양해각서의 체결일",
        "{status}谅解备忘录的签署日期",
    ),
    "new_date_or_unknown": Phrase(
        "a new date (YYYY-MM-DD), or “not yet known”",
        "새 날짜(YYYY-MM-DD) 또는 “미정”",
        "新日期（YYYY-MM-DD）或“尚未确定”",
    ),
    "own_conference": Phrase(
        "the plan's own conference: {ref} continues it",
        "사업의 원래 전체회의({ref}이(가) 이 사업을 잇고 있음)",
        "项目原属的全体会议（{ref} 延续该项目）",
    ),
    "not_continued_by": Phrase(
        "a plan not continued by {ref}",
        "{ref}이(가) 잇지 않는 사업",
        "未被 {ref} 延续的项目",
    ),
    "status_unchanged_since": Phrase(
        "a status that has not changed again since",
        "그 뒤로 다시 바뀌지 않은 추진 상태",
        "此后未再变更的状态",
    ),
    "latest_status_change": Phrase(
        "the plan's latest status change", "사업의 최근 추진 상태 변경", "项目最近一次状态变更"
    ),
    "change_with_status_before": Phrase(
        "a status change that has a status before it",
        "이전 추진 상태가 있는 변경",
        "有变更前状态的状态变更",
    ),
    "free_conference_number": Phrase(
        "a number no other conference has",
        "다른 전체회의가 쓰지 않는 차수",
        "其他全体会议未使用的届次",
    ),
    "held_date": Phrase(
        "the date a held conference took place",
        "개최된 전체회의의 개최일",
        "已举行全体会议的举办日期",
    ),
    "planned_or_postponed": Phrase(
        "a planned or postponed conference", "예정 또는 연기된 전체회의", "计划中或已推迟的全体会议"
    ),
    "latest_postponement": Phrase("the latest one", "가장 최근의 연기", "最近一次推迟"),
    "date_before_postponement": Phrase(
        "the date before the postponement ({date})",
        "연기 전 날짜({date})",
        "推迟前的日期（{date}）",
    ),
    "team_code": Phrase(
        "1–16 capital letters, digits or _",
        "영문 대문자·숫자·_ 1–16자",
        "1–16 个大写字母、数字或 _",
    ),
    "free_team_code": Phrase(
        "a code no other team has", "다른 분과가 쓰지 않는 코드", "其他工作组未使用的代码"
    ),
    "plan_of_team": Phrase(
        "a plan of the activity's team", "교류 활동 분과의 사업", "该交流活动所属工作组的项目"
    ),
    "other_language": Phrase(
        "a language other than side A's", "A측과 다른 언어", "与A方不同的语言"
    ),
    "plan_or_topic": Phrase(
        "a plan or a topic for every item",
        "안건마다 사업 또는 안건 내용",
        "每个议题都有项目或议题内容",
    ),
    "each_plan_once_on_agenda": Phrase(
        "each plan once on an agenda", "안건에 사업당 한 번", "每个项目在议程中只出现一次"
    ),
    "meeting_not_held": Phrase(
        "a planned meeting, not held yet", "아직 개최되지 않은 예정 회의", "尚未举行的计划会议"
    ),
    "date_with_meeting": Phrase("a date with a meeting", "회의가 있는 날짜", "有会议的日期"),
    "one_meeting_that_day": Phrase(
        "one meeting that day (give --team)",
        "그날 회의 하나(--team 지정)",
        "当天只有一次会议（请指定 --team）",
    ),
    "item_of_agenda": Phrase(
        "an item of this meeting's agenda", "이 회의의 안건", "本次会议议程中的议题"
    ),
    "status_for_plan_item": Phrase(
        "a status only for a plan item", "사업 안건에만 추진 상태", "仅项目议题可有状态"
    ),
    "plan_not_there": Phrase(
        "a plan that is not there already", "아직 없는 사업", "尚不存在的项目"
    ),
    "not_carried_again": Phrase(
        "a plan not carried over again since",
        "그 뒤로 다시 이어지지 않은 사업",
        "此后未再延续的项目",
    ),
    "can_be_carried_over": Phrase(
        "a plan that can be carried over: {reason}",
        "이어갈 수 있는 사업({reason})",
        "可延续的项目（{reason}）",
    ),
    "set_or_status": Phrase(
        "at least one --set FIELD=VALUE or a --status",
        "--set 항목=값 하나 이상 또는 --status",
        "至少一个 --set 字段=值 或 --status",
    ),
    "set_xor_status": Phrase(
        "either --set or --status, not both",
        "--set 또는 --status 중 하나(둘 다는 안 됨)",
        "--set 或 --status 二选一",
    ),
    "plan_reference": Phrase(
        "the reference of a plan, like 5-ECO-03",
        "5-ECO-03 같은 사업 번호",
        "项目编号，如 5-ECO-03",
    ),
    "field_is_value": Phrase("FIELD=VALUE", "항목=값", "字段=值"),
    "status_by_option": Phrase(
        "a status given with --status (it is recorded)",
        "--status로 준 추진 상태(이력에 기록됨)",
        "用 --status 给出的状态（会记入记录）",
    ),
    "file_suffix": Phrase(
        "a file name ending in {suffix}",
        "{suffix}(으)로 끝나는 파일 이름",
        "以 {suffix} 结尾的文件名",
    ),
    "existing_folder": Phrase(
        "a file in an existing folder", "있는 폴더 안의 파일", "已存在文件夹中的文件"
    ),
    "existing_archive": Phrase("an archive file that exists", "있는 보관 파일", "已存在的归档文件"),
    # Rules between fields (rules.py): errors
    "meeting_date_range": Phrase(
        "a date from {earliest} to {latest}",
        "{earliest}부터 {latest}까지의 날짜",
        "{earliest} 至 {latest} 之间的日期",
    ),
    "not_before_conference": Phrase(
        "a date on or after the plan's conference ({date})",
        "사업이 합의된 전체회의({date}) 당일 또는 그 이후의 날짜",
        "不早于项目所属全体会议（{date}）的日期",
    ),
    "not_before_last_change": Phrase(
        "a date on or after the plan's last status change ({date})",
        "사업의 최근 추진 상태 변경일({date}) 당일 또는 그 이후의 날짜",
        "不早于项目最近一次状态变更（{date}）的日期",
    ),
    # Rules between fields (rules.py): warnings, whole sentences (nothing was "expected")
    "outcome_missing": Phrase(
        "No outcome is recorded for this held meeting.",
        "개최된 회의인데 결과가 기록되지 않았습니다.",
        "这次已举行的会议没有记录成果。",
    ),
    "attendees_missing": Phrase(
        "No attendees are recorded for this held meeting.",
        "개최된 회의인데 참석자가 기록되지 않았습니다.",
        "这次已举行的会议没有记录出席人员。",
    ),
    "team_missing": Phrase(
        "The meeting concerns no team.",
        "회의에 관련된 분과가 없습니다.",
        "会议未涉及任何工作组。",
    ),
    "progress_for_status": Phrase(
        "{progress} % progress is unusual for a plan that is {status} (usually {usual}).",
        "진척도 {progress}%는 ‘{status}’ 상태의 사업에 맞지 않습니다(보통 {usual}).",
        "进度 {progress}% 与“{status}”状态的项目不相符（通常为 {usual}）。",
    ),
}
PHRASES.update((key, Phrase(*texts)) for key, texts in IMPORT_PHRASES.items())

# A file that could not be written; the system's own words stay as they are, in parentheses.
CANNOT_WRITE = Phrase(
    "cannot write {path}: {detail}",
    "{path} 파일을 쓸 수 없습니다 ({detail})",
    "无法写入 {path}（{detail}）",
)

# The language of one text of a multilingual field: "Title (Korean)".
TEXT_LANGUAGES = {
    "en": Phrase("English", "영어", "英文"),
    "ko": Phrase("Korean", "한국어", "韩文"),
    "zh": Phrase("Chinese", "중국어", "中文"),
    "ja": Phrase("Japanese", "일본어", "日文"),
}

# How a whole error reads: the field's label, what was expected, what was given.
ERROR_LINE = Phrase(
    "{field}: expected {expected} (got {value})",
    "{field}: 필요한 값 — {expected} (입력값: {value})",
    "{field}：应为{expected}（输入值：{value}）",
)

_PLACEHOLDER = re.compile(r"\{(\w+)")


def placeholders(text: str) -> set[str]:
    return set(_PLACEHOLDER.findall(text))


def render_param(value: Any, language: str) -> Any:
    """A parameter as the phrase in `language` shows it."""
    from secretariat.labels import Label, enum_label

    if isinstance(value, Label):  # a record kind's name, say (a tuple: before the tuples)
        return value.get(language)
    if isinstance(value, enum.Enum):
        label = enum_label(value, language)
        # English labels are capitalised for a column; inside a sentence a status reads
        # "a plan still agreed" (names such as "Side A" keep their capital).
        if language == "en" and type(value).__name__.endswith("Status"):
            return label[:1].lower() + label[1:]
        return label
    if isinstance(value, FieldName):
        return field_caption(value, language)
    if isinstance(value, tuple | list):
        separator = "、" if language == "zh" else ", "
        return separator.join(str(render_param(item, language)) for item in value)
    return value


def field_caption(field: str, language: str) -> str:
    """A field's label for messages: `title_ko` reads "Title (Korean)", `team_id` "Team"; a
    name with no label is shown as given (a command-line option, `--output`)."""
    from secretariat.labels import FIELD_LABELS

    base = field.removesuffix("_ids").removesuffix("_id")
    suffix = ""
    for code, name in TEXT_LANGUAGES.items():
        if base.endswith(f"_{code}") and base.removesuffix(f"_{code}") in FIELD_LABELS:
            base, suffix = base.removesuffix(f"_{code}"), getattr(name, language, name.en)
    aliases = {"changed_on": "date", "held_on": "date", "continues_plan": "continues"}
    base = aliases.get(base, base)
    if base not in FIELD_LABELS:
        return field
    label = FIELD_LABELS[base].get(language)
    if not suffix:
        return label
    return f"{label}（{suffix}）" if language == "zh" else f"{label} ({suffix})"


def phrase(what: Expected, language: str) -> str:
    """The expectation in `language` (English when there is no such interface language)."""
    entry = PHRASES[what.key]
    template = getattr(entry, language, entry.en) if language in INTERFACE_LANGUAGES else entry.en
    params = {name: render_param(value, language) for name, value in what.params.items()}
    return template.format(**params)


def interface_language(environ: Mapping[str, str] | None = None) -> str:
    """The command line's language from LANGUAGE, LC_ALL, LC_MESSAGES or LANG (the first set,
    as gettext reads them): `ko_KR.UTF-8` is Korean, `zh_CN` Chinese, anything else English."""
    environ = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if not value:
            continue
        for choice in value.split(":"):  # LANGUAGE may list several: ko:en
            code = choice.split("_")[0].split(".")[0].lower()
            if code in INTERFACE_LANGUAGES:
                return code
            if code in ("c", "posix"):
                return "en"
        return "en"
    return "en"
