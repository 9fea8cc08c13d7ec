"""Work off the GUI thread: results, progress, failures and cancel arrive in the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Generator

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from secretariat.errors import SecretariatError
from secretariat.progress import Progress
from ui.tasks import run_task


def counting(total: int) -> Generator[Progress, None, int]:
    for done in range(total):
        yield Progress(done, total, f"step {done}")
    return total


def test_result_arrives_in_the_gui_thread(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[tuple[int, bool]] = []

    def on_success(result: int) -> None:
        seen.append((result, QThread.currentThread() is QApplication.instance().thread()))

    run_task(parent, "Counting", lambda: counting(5), on_success, show_progress=False)
    qtbot.waitUntil(lambda: seen != [], timeout=5000)
    assert seen == [(5, True)]


def test_failure_is_one_message(qtbot: QtBot) -> None:
    def broken() -> None:
        raise SecretariatError("the workbook has no Plans sheet")

    messages: list[str] = []
    run_task(
        None, "Import", broken, lambda _: None, on_failure=messages.append, show_progress=False
    )
    qtbot.waitUntil(lambda: messages != [], timeout=5000)
    assert messages == ["the workbook has no Plans sheet"]


def test_cancel_closes_the_generator(qtbot: QtBot) -> None:
    started = threading.Event()
    closed = threading.Event()

    def work() -> Generator[Progress, None, int]:
        try:
            for done in range(10_000):
                started.set()
                yield Progress(done, 10_000)
                threading.Event().wait(0.001)
        finally:
            closed.set()
        return 0

    cancelled: list[bool] = []
    finished: list[int] = []
    task = run_task(
        None,
        "Long",
        work,
        finished.append,
        on_cancel=lambda: cancelled.append(True),
        show_progress=False,
    )
    assert started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: cancelled == [True], timeout=5000)
    assert closed.is_set()
    assert finished == []
