"""Typing a plan's reference into the Plans page's search box: the list shows that plan (or
that team and number at every conference), read as a person reads the table."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from secretariat.db import Database
from tests.ui.plans_driver import CTRL, column, plans_page, press, wait_count


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("5-ECO-04", ["5-ECO-04"]),
        ("5-eco-4", ["5-ECO-04"]),
        ("ECO-01", ["1-ECO-01", "2-ECO-01", "3-ECO-01", "4-ECO-01", "5-ECO-01"]),
    ],
)
def test_typing_a_reference_shows_its_plans(
    demo_db: Database, qtbot: QtBot, tmp_path: Path, typed: str, shown: list[str]
) -> None:
    page = plans_page(demo_db, qtbot, tmp_path)
    press(qtbot, page, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(page.filters.search, typed)
    wait_count(qtbot, page, len(shown), 179)
    assert column(page, "ref") == shown


def test_a_reference_and_a_choice_combine(demo_db: Database, qtbot: QtBot, tmp_path: Path) -> None:
    page = plans_page(demo_db, qtbot, tmp_path)
    bar = page.filters
    bar.conference.setCurrentIndex(bar.conference.findText("3 · 2018-11-08"))
    qtbot.keyClicks(bar.search, "eco-01")
    wait_count(qtbot, page, 1, 179)
    assert column(page, "ref") == ["3-ECO-01"]
