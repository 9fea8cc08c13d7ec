"""Start the real app on a database and quit once its main window has been shown and
painted: `python -m benchmarks.start_app DB`; with `--ready`, once the window's first page
also shows its data (the database open, the pages built, the page's list or charts loaded).
With `--bare`, a bare PySide6 QMainWindow instead (the floor any Qt app starts from). The
parent times the whole process."""

from __future__ import annotations

import os
import sys
from typing import Any

POLL_MS = 5


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if argv[0] == "--bare":
        return bare_window()
    if argv[0] == "--ready":
        return app_window(argv[1], until_ready=True)
    return app_window(argv[0], until_ready=False)


def bare_window() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1400, 900)
    window.show()
    QTimer.singleShot(0, lambda: shown(window))
    return app.exec()


def app_window(database: str, *, until_ready: bool) -> int:
    from PySide6.QtCore import QTimer

    from secretariat import cli
    from ui.main_window import MainWindow

    original_show = MainWindow.show

    def show_then_watch(window: MainWindow) -> None:
        original_show(window)
        if until_ready:
            poll = QTimer(window, interval=POLL_MS)
            poll.timeout.connect(lambda: shown(window) if page_ready(window) else None)
            poll.start()
        else:
            QTimer.singleShot(0, lambda: shown(window))

    MainWindow.show = show_then_watch  # type: ignore[method-assign]
    # The way a user starts it: the command line, its parser (with every command's), `gui`.
    return cli.main(["--db", database, "gui"])


def page_ready(window: Any) -> bool:
    if not window.is_ready():
        return False
    page = window.current_page()
    return not getattr(page, "is_busy", lambda: False)()


def shown(window: Any) -> None:
    """The window is up: make sure it painted, say so, and end the process at once (the
    database may still be opening on its worker: what follows is not measured)."""
    window.repaint()
    print("shown", flush=True)
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
