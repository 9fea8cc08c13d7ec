"""A failed export says so in the user's language, with the system's own words in
parentheses (they are the system's, in its language), never only in English."""

from __future__ import annotations

from pathlib import Path

import pytest

from exports.xlsx.saving import WorkbookError, written_whole
from secretariat.errors import CannotWriteError, localised


def test_a_workbook_that_cannot_be_written_is_phrased_in_korean_and_chinese() -> None:
    target = Path("/proc/x.xlsx")
    with pytest.raises(WorkbookError) as failed, written_whole(target) as workbook:
        workbook.create_sheet("x").append(["a"])
    error = failed.value
    assert isinstance(error, CannotWriteError) and error.path == target
    assert str(error).startswith("cannot write /proc/x.xlsx: ")  # the English line as before
    korean = localised(error, "ko")
    assert korean.startswith("/proc/x.xlsx 파일을 쓸 수 없습니다 (") and korean.endswith(")")
    assert f"({error.detail})" in korean and "cannot write" not in korean
    assert localised(error, "zh").startswith("无法写入 /proc/x.xlsx（")
