"""PySide6 must keep Python's reference counts: 6.12.0 on Python 3.11 drops a reference to
None on every call of a void method (and to True/False on every signal emit), so a running app
aborts with "none_dealloc" after enough calls. pyproject.toml pins below 6.12; this test says
so if the installed version has the fault again."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

CALLS = 20  # few: with the fault, many calls would abort the test run itself


class _Emitter(QObject):
    said = Signal(str)


def test_void_calls_keep_the_reference_count_of_none(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.setText("x")
    assert sys.getrefcount(None) - before > -CALLS // 2


def test_emits_keep_the_reference_counts_of_true_and_false(qtbot: QtBot) -> None:
    emitter = _Emitter()
    before = sys.getrefcount(True) + sys.getrefcount(False)
    for _ in range(CALLS):
        emitter.said.emit("x")
    assert sys.getrefcount(True) + sys.getrefcount(False) - before > -CALLS // 2
