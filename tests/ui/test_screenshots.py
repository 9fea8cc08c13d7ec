"""`make screenshots`: the tool renders the real window, one PNG per page and language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from secretariat.db import Database
from ui import i18n
from ui.screenshots import SIZE, main, take_screenshots


def distinct_colours(image: QImage, step: int = 23) -> int:
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        }
    )


def test_one_page_in_each_language(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    out_dir = tmp_path / "shots"
    written = take_screenshots(
        out_dir, demo_db, pages=["dashboard"], settings_file=tmp_path / "settings.ini"
    )
    assert sorted(path.name for path in written) == [
        "dashboard-en.png",
        "dashboard-ko.png",
        "dashboard-zh.png",
    ]
    for path in written:
        image = QImage(str(path))
        assert not image.isNull(), path
        assert (image.width(), image.height()) == SIZE
        assert distinct_colours(image) > 20, f"{path.name} looks blank"
    # Each language really shows: the Korean picture is not the English one.
    assert (out_dir / "dashboard-en.png").read_bytes() != (
        out_dir / "dashboard-ko.png"
    ).read_bytes()
    assert i18n.installed_files() == []  # the tool leaves no translator installed


def test_unknown_language_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as stopped:
        main([str(tmp_path), "--languages", "en,fr"])
    assert stopped.value.code == 2
    assert not list(tmp_path.glob("*.png"))
