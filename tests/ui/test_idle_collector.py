"""Full garbage collections start from the event loop, not in the middle of other work."""

from __future__ import annotations

import gc
from typing import Any

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from ui.idle_collector import IdleCollector


def test_full_collections_wait_for_the_event_loop(qtbot: QtBot) -> None:
    python_rule = gc.get_threshold()
    full: list[str] = []

    def note_full(phase: str, info: dict[str, Any]) -> None:
        if phase == "start" and info["generation"] == 2:
            full.append(phase)

    owner = QObject()
    IdleCollector(owner, interval_ms=20)
    gc.callbacks.append(note_full)
    try:
        gc.collect()
        full.clear()
        kept = [[index] for index in range(200_000)]  # survivors: many young collections
        assert gc.get_count()[2] >= python_rule[2]  # a full collection is due...
        assert not full  # ...and did not start inside this work
        qtbot.waitUntil(lambda: bool(full))  # the event loop started it
        assert gc.get_count()[2] < python_rule[2]
        del kept
    finally:
        gc.callbacks.remove(note_full)
        with qtbot.waitSignal(owner.destroyed):
            owner.deleteLater()
    assert gc.get_threshold() == python_rule  # Python's rule again once its owner goes
