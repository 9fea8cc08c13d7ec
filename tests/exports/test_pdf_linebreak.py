"""Line breaking by script: Korean at spaces only, Chinese and Japanese between characters
with kinsoku, Latin words whole; and column widths measured from the content."""

from __future__ import annotations

from exports.fonts import register_fonts
from exports.pdf.linebreak import NO_LINE_END, NO_LINE_START, break_lines
from exports.pdf.widths import ColumnNeed, share


def test_korean_breaks_only_at_spaces() -> None:
    title = '사진전 "렌즈로 본 동주와 운해" 공동 개최 및 문화 교류 프로젝트 보도자료에 반영'
    for width in (50, 60, 90, 130):  # each wider than the longest word
        lines = break_lines(title, width, 9.5)
        assert " ".join(lines) == title  # every break was a space
        assert all(line.split() for line in lines)
    # A closing quote stays with its word, never alone on a line.
    assert all(line != '"' for line in break_lines(title, 60, 9.5))


def test_chinese_and_japanese_break_between_characters_with_kinsoku() -> None:
    font = register_fonts()
    chinese = "双方同意（在东州）举办「青年论坛」，并于年内完成。" * 3
    japanese = "両市は「青少年交流」を継続し、ポイント制度を導入した。" * 3
    for text in (chinese, japanese):
        for width in (50, 70, 95):
            lines = break_lines(text, width, 9.5)
            assert "".join(lines) == text
            assert not any(line[0] in NO_LINE_START for line in lines[1:])
            assert not any(line[-1] in NO_LINE_END for line in lines)
            assert all(font.width(line, 9.5) <= width for line in lines)


def test_english_words_are_never_cut() -> None:
    text = "Long-term Near-term Proposed by the secretariat of both cities"
    for width in (50, 70, 120):
        lines = break_lines(text, width, 9.5)
        assert " ".join(lines) == text
    assert break_lines("Long-term", 30, 9.5) != ["Long-term"]  # only wider than the line


def test_columns_are_measured_from_their_content() -> None:
    ref, title, status = ColumnNeed(), ColumnNeed(), ColumnNeed()
    ref.take("5-ECO-01", 9.5)
    title.take("Joint tourism packages linking Dongju and Yunhai " * 3, 9.5)
    status.take_whole("In progress\n추진 중", 9.5)
    widths = share([ref, title, status], 300, 7)
    assert abs(sum(widths) - 300) < 0.01
    assert widths[0] >= ref.most + 7  # a reference never wraps
    assert widths[2] >= status.whole + 7  # nor a label
    assert widths[1] > widths[0] and widths[1] > widths[2]
