"""Running work off the GUI thread, with a progress dialog that appears late and can cancel.

Work is a callable that returns either a result or a progress generator (secretariat.progress):
each `Progress` it yields updates the dialog; pressing Cancel closes the generator at its next
yield, so Qt-free code stops cleanly (and can remove a half-written file in a `finally`).
Workers never touch widgets: they emit signals that land on slots in the GUI thread.
"""

from __future__ import annotations

import inspect
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressBar, QProgressDialog, QWidget

from secretariat.errors import SecretariatError, localised
from secretariat.progress import Progress
from ui.widgets.field_problems import interface_language

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 600  # quick work finishes before any dialog flashes up
PROGRESS_STEPS = 1000

_running: set[Task] = set()


class Task(QThread):
    """One piece of work on its own thread. Connect to the signals, then `start()`."""

    progressed = Signal(object)  # Progress
    succeeded = Signal(object)  # the work's result
    failed = Signal(str)  # a one-line message for the user
    cancelled = Signal()

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        _running.add(self)
        self.finished.connect(self._forget)

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._work()
            if inspect.isgenerator(result):
                result = self._drain(result)
                if result is _CANCELLED:
                    self.cancelled.emit()
                    return
            self.succeeded.emit(result)
        except SecretariatError as error:  # in the interface language, where it can be
            self.failed.emit(localised(error, interface_language()))
        except Exception as error:  # a bug: keep the app alive, log the whole story
            log.exception("task failed")
            self.failed.emit(f"Unexpected error: {type(error).__name__}: {error}")

    def _drain(self, work: Any) -> Any:
        while True:
            if self._cancel.is_set():
                work.close()
                return _CANCELLED
            try:
                step = next(work)
            except StopIteration as done:
                return done.value
            self.progressed.emit(step)

    @Slot()
    def _forget(self) -> None:
        # `finished` is emitted just before the thread ends; wait for it so Python may
        # drop the last reference without destroying a running QThread.
        self.wait()
        _running.discard(self)


_CANCELLED = object()


def idle() -> bool:
    """No task is running off the GUI thread."""
    return not _running


def cancel_all_and_wait(timeout_ms: int = 5000) -> None:
    """On quit: stop every running task so no thread outlives the window."""
    for task in list(_running):
        task.cancel()
    for task in list(_running):
        task.wait(timeout_ms)


class ProgressDialog(QProgressDialog):
    """A progress dialog bound to a task: appears after PROGRESS_DELAY_MS, Cancel cancels."""

    def __init__(self, task: Task, title: str, parent: QWidget | None, cancellable: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setLabelText(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(PROGRESS_DELAY_MS)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self._bar = QProgressBar(self)
        self.setBar(self._bar)
        self.setRange(0, 0)  # busy until the first report says how much there is
        if not cancellable:
            self.setCancelButton(None)
        self._task = task
        self.canceled.connect(self._on_cancel)
        task.progressed.connect(self.show_progress)
        task.finished.connect(self.close_when_done)

    @Slot(object)
    def show_progress(self, step: Progress) -> None:
        if step.message:
            self.setLabelText(step.message)
        if step.fraction is None:
            self.setRange(0, 0)
        else:
            self.setRange(0, PROGRESS_STEPS)
            value = round(step.fraction * PROGRESS_STEPS)
            if self.isVisible():
                # Once shown, a modal QProgressDialog.setValue runs processEvents(): a nested
                # event loop in which a finished task's slots could delete this dialog or its
                # parent mid-call (a crash seen in the exchange dialog's tests). The GUI's
                # own loop is running anyway, so the bar is set directly.
                self._bar.setValue(value)
            else:
                self.setValue(value)  # before it shows: QProgressDialog times its showing

    @Slot()
    def _on_cancel(self) -> None:
        self.setLabelText(self.tr("Cancelling…"))
        self._task.cancel()

    @Slot()
    def close_when_done(self) -> None:
        self.reset()
        self.hide()
        self.deleteLater()


def run_task(
    parent: QWidget | None,
    title: str,
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    *,
    on_failure: Callable[[str], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    cancellable: bool = True,
    show_progress: bool = True,
) -> Task:
    """Start `work` on a worker thread; `on_success(result)` runs in the GUI thread.

    Failures are shown in a message box titled `title` unless `on_failure` is given.
    """
    task = Task(work, parent)
    if show_progress:
        ProgressDialog(task, title, parent, cancellable)
    _Relay(task, on_success, on_failure or _message_box(parent, title), on_cancel)
    task.start()
    return task


class _Relay(QObject):
    """Calls plain callbacks in the GUI thread. (A lambda connected straight to a signal
    emitted by a worker runs in the worker's thread; a slot of a GUI-thread object does not.)"""

    def __init__(
        self,
        task: Task,
        on_success: Callable[[Any], None],
        on_failure: Callable[[str], None],
        on_cancel: Callable[[], None] | None,
    ) -> None:
        super().__init__(task)  # lives in the GUI thread, deleted with the task
        self._on_success, self._on_failure, self._on_cancel = on_success, on_failure, on_cancel
        task.succeeded.connect(self.success)
        task.failed.connect(self.failure)
        task.cancelled.connect(self.cancel)

    @Slot(object)
    def success(self, result: object) -> None:
        self._on_success(result)

    @Slot(str)
    def failure(self, message: str) -> None:
        self._on_failure(message)

    @Slot()
    def cancel(self) -> None:
        if self._on_cancel is not None:
            self._on_cancel()


def _message_box(parent: QWidget | None, title: str) -> Callable[[str], None]:
    def show(message: str) -> None:
        QMessageBox.warning(parent, title, message)

    return show
