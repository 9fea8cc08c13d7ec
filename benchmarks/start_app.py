"""Start the real app on a database and quit once its main window has been shown and
painted: `python -m benchmarks.start_app DB`. With `--bare`, a bare PySide6 QMainWindow
instead (the floor any Qt app starts from). The parent times the whole process."""

from __future__ import annotations

import os
import sys


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if argv[0] == "--bare":
        return bare_window()
    return app_window(argv[0])


def bare_window() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1400, 900)
    window.show()
    QTimer.singleShot(0, lambda: shown(app, window))
    return app.exec()


def app_window(database: str) -> int:
    from PySide6.QtCore import QTimer

    from ui import app as app_module

    original = app_module.Startup.show_window

    def show_then_quit(self: app_module.Startup, db: object) -> None:
        original(self, db)  # type: ignore[arg-type]
        QTimer.singleShot(0, lambda: shown(app_module.QApplication.instance(), self.window))

    app_module.Startup.show_window = show_then_quit  # type: ignore[method-assign]
    return app_module.run_app(database, read_only=False, explicit=True)


def shown(app: object, window: object) -> None:
    """The window is up: make sure it painted, say so, quit."""
    window.repaint()  # type: ignore[attr-defined]
    print("shown", flush=True)
    app.quit()  # type: ignore[attr-defined]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
