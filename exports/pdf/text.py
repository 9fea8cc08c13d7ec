"""Text for the PDF documents: user text made safe for reportlab paragraphs, visible gap marks,
conference ordinals, and the documents' own phrases in every supported language.

User text is data: `markup()` normalises it (NFKC), replaces what the font cannot show with a
visible mark, and escapes `<`, `>` and `&`, so a title like `R&D <b>` prints as typed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from xml.sax.saxutils import escape

from exports.fonts import register_fonts
from secretariat.labels import Label

REPLACEMENT = "\ufffd"
"""Shown in place of a character the font has no glyph for (the font has this one)."""

# Full-width punctuation is the correct form in Chinese and Japanese text; NFKC would turn
# "，" into "," and "（" into "(", so these are kept as typed. Full-width letters and digits
# are still normalised.
_KEPT_FULL_WIDTH = "".join(chr(code) for code in range(0xFF01, 0xFF5F) if not chr(code).isalnum())
_KEPT_SPLIT = re.compile(f"([{re.escape(_KEPT_FULL_WIDTH)}])")

GAP_MARKS = Label("— (no translation)", "— (번역 없음)", "— (无译文)", "— (訳なし)")
"""What a missing translation shows, in the language that is missing."""

CJK_LANGUAGES = frozenset({"ko", "zh", "ja"})


def normalise(text: str) -> str:
    """NFKC, keeping full-width punctuation; line ends unified to \\n, tabs to spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    if text.isascii():
        return text
    parts = _KEPT_SPLIT.split(text)
    return "".join(
        part if part in _KEPT_FULL_WIDTH else unicodedata.normalize("NFKC", part)
        for part in parts
        if part
    )


def _visible(text: str) -> str:
    """Characters the font cannot show become REPLACEMENT; invisible format marks (zero-width
    spaces, direction marks, soft hyphens) are dropped, as they show nothing anyway."""
    if text.isascii() and text.isprintable():
        return text
    font = register_fonts()
    shown = []
    for character in text:
        if character == "\n" or (font.covers(character) and character.isprintable()):
            shown.append(character)
        elif unicodedata.category(character) == "Cf":
            continue
        elif character.isspace():
            shown.append(" ")
        else:
            shown.append(REPLACEMENT)
    return "".join(shown)


def markup(text: str | None) -> str:
    """User text as paragraph markup that prints exactly what was typed."""
    if not text:
        return ""
    safe = escape(_visible(normalise(text).strip()))
    return safe.replace("\n", "<br/>")


def cell_text(text: str | None) -> str:
    """User text for a table cell drawn without markup: normalised, visible, trimmed."""
    return _visible(normalise(text or "").strip())


def text_or_gap(texts: Mapping[str, str], language: str) -> tuple[str, bool]:
    """The markup of one language's text, or its gap mark; and whether it is a gap."""
    value = (texts.get(language) or "").strip()
    if value:
        return markup(value), False
    return escape(GAP_MARKS.get(language)), True


def plain(text: str | None) -> str:
    """User text for places without markup (PDF outline, metadata): normalised, one line."""
    return " ".join(_visible(normalise(text or "")).split())


# Ordinals ------------------------------------------------------------------------------------

_CHINESE_DIGITS = "零一二三四五六七八九"


def chinese_numeral(number: int) -> str:
    """1 -> 一, 10 -> 十, 21 -> 二十一, 105 -> 一百零五 (for 1 to 9999)."""
    if not 0 < number < 10000:
        return str(number)
    units = ((1000, "千"), (100, "百"), (10, "十"), (1, ""))
    parts: list[str] = []
    pending_zero = False
    for value, name in units:
        digit = number // value % 10
        if digit == 0:
            pending_zero = bool(parts)
            continue
        if pending_zero:
            parts.append("零")
            pending_zero = False
        parts.append(_CHINESE_DIGITS[digit] + name)
    text = "".join(parts)
    return text[1:] if text.startswith("一十") else text


def english_ordinal(number: int) -> str:
    """1 -> 1st, 2 -> 2nd, 11 -> 11th, 23 -> 23rd."""
    if number % 100 in (11, 12, 13):
        return f"{number}th"
    return f"{number}{({1: 'st', 2: 'nd', 3: 'rd'}).get(number % 10, 'th')}"


def conference_name(number: int, language: str) -> str:
    """3, en -> 3rd Conference; ko -> 제3차 회의; zh -> 第三届会议; ja -> 第3回会議."""
    if language == "ko":
        return f"제{number}차 회의"
    if language == "zh":
        return f"第{chinese_numeral(number)}届会议"
    if language == "ja":
        return f"第{number}回会議"
    return f"{english_ordinal(number)} Conference"


# The documents' own phrases ------------------------------------------------------------------

PHRASES: dict[str, Label] = {
    "briefing_pack": Label("Briefing pack", "회의 자료집", "会议简报材料", "会議資料集"),
    "team_sheet": Label(
        "Team status sheet", "분과 추진 현황표", "工作组推进情况表", "分科会進捗状況表"
    ),
    "contents": Label("Contents", "목차", "目录", "目次"),
    "summary": Label("Summary of indicators", "지표 요약", "指标概要", "指標の概要"),
    "by_team": Label("Indicators by team", "분과별 지표", "各工作组指标", "分科会別指標"),
    "chart": Label(
        "Rates against the previous conference",
        "직전 회의 대비 비율",
        "与上届会议相比的比率",
        "前回会議との比率比較",
    ),
    "committee_wide": Label(
        "Committee-wide records", "위원회 전체 기록", "委员会整体记录", "委員会全体の記録"
    ),
    "committee_mous": Label(
        "MOUs of this conference", "이번 회의 양해각서", "本届会议备忘录", "今回会議の覚書"
    ),
    "committee_meetings": Label(
        "Meetings without a team since the previous conference",
        "직전 회의 이후 분과 외 회의",
        "上届会议以来的非工作组会议",
        "前回会議以降の分科会外の会議",
    ),
    "committee_activities": Label(
        "Exchange activities without a team since the previous conference",
        "직전 회의 이후 분과 외 교류 활동",
        "上届会议以来的非工作组交流活动",
        "前回会議以降の分科会外の交流活動",
    ),
    "plans": Label("Plans of this conference", "이번 회의 사업", "本届会议项目", "今回会議の事業"),
    "carried_over": Label(
        "Carried over from the previous conference",
        "직전 회의에서 이어진 사업",
        "延续自上届会议的项目",
        "前回会議からの継続事業",
    ),
    "lineage": Label("Lineage", "연혁", "沿革", "系譜"),
    "team_mous": Label(
        "MOUs signed at this conference",
        "이번 회의 체결 양해각서",
        "本届会议签署的备忘录",
        "今回会議で締結した覚書",
    ),
    "meetings": Label(
        "Meetings since the previous conference",
        "직전 회의 이후 회의",
        "上届会议以来的会议",
        "前回会議以降の会議",
    ),
    "activities": Label(
        "Exchange activities since the previous conference",
        "직전 회의 이후 교류 활동",
        "上届会议以来的交流活动",
        "前回会議以降の交流活動",
    ),
    "none": Label("None recorded", "기록 없음", "无记录", "記録なし"),
    "this_conference": Label("This conference", "이번 회의", "本届会议", "今回会議"),
    "previous_conference": Label("Previous conference", "직전 회의", "上届会议", "前回会議"),
    "first_conference": Label(
        "No previous conference", "직전 회의 없음", "无上届会议", "前回会議なし"
    ),
    "postponements": Label("Postponements", "연기 경과", "推迟情况", "延期の経緯"),
    "decided_on": Label("decided", "결정", "决定于", "決定"),
    "not_set": Label("not yet set", "미정", "待定", "未定"),
    "not_held": Label("not yet held", "미개최", "尚未举行", "未開催"),
    "latest_note": Label("Latest note", "최근 메모", "最新备注", "最新メモ"),
    "team_indicators": Label("Team indicators", "분과 지표", "工作组指标", "分科会指標"),
    "whole_committee": Label("Whole committee", "위원회 전체", "委员会整体", "委員会全体"),
    "generated": Label("Generated", "작성", "生成", "作成"),
    "plans_count": Label("plans", "건", "项", "件"),
}

PAGE_OF = Label(
    "Page {page} of {pages}",
    "{page} / {pages} 쪽",
    "第 {page} 页，共 {pages} 页",
    "{page} / {pages} ページ",
)


def phrase(key: str, language: str) -> str:
    return PHRASES[key].get(language)


def page_of(page: int, pages: int, language: str) -> str:
    return PAGE_OF.get(language).format(page=page, pages=pages)
