"""Starting the desktop app: paths -> logging -> QApplication -> fonts and translators ->
the main window, shown at once -> the database (its code loaded, the file opened and upgraded
if older, off the GUI thread) -> the pages.

Nothing here imports the database code (SQLAlchemy, the models): that is most of the start-up
time, and it is spent on the worker while the window is already on screen."""

from __future__ import annotations

import gc
import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from secretariat import __version__
from secretariat.paths import APP_AUTHOR, APP_NAME, data_dir, resources_dir
from ui import i18n
from ui.context import AppContext
from ui.fonts import register_bundled_fonts
from ui.idle_collector import IdleCollector
from ui.main_window import MainWindow
from ui.settings import app_settings, author_name, open_read_only, ui_language
from ui.tasks import cancel_all_and_wait, idle, run_task

if TYPE_CHECKING:
    from secretariat.db import Database, PasswordRequiredError

log = logging.getLogger(__name__)

LOG_FILENAME = "secretariat.log"
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
SMOKE_TIMEOUT_MS = 60_000
SMOKE_POLL_MS = 20


def run_app(location: str, *, read_only: bool, explicit: bool, smoke: bool = False) -> int:
    """Run the app on the database at `location` until its window closes; the exit code.

    `explicit`: the user named the database (`--db`); a missing file is then an error, as on
    the command line, while the default database is created on first start.
    `smoke`: quit with 0 once the Dashboard has painted on the opened database (a check that an
    installed app starts: `secretariat gui --smoke`); an error is printed, not shown.
    """
    log_file = configure_logging(data_dir())
    app = make_application()
    log.info("Secretariat %s starting; log in %s", __version__, log_file)
    register_bundled_fonts()
    settings = app_settings()
    language = ui_language(settings)
    i18n.install_translators(language)
    read_only = read_only or open_read_only(settings)
    window = MainWindow(settings=settings)
    window.show()
    startup = Startup(window, language, smoke=smoke)
    startup.open(location, read_only=read_only, create=not explicit)
    previous_hook = sys.excepthook
    sys.excepthook = report_unexpected_error
    try:
        return app.exec()
    finally:
        sys.excepthook = previous_hook
        startup.shut_down()


def open_or_ask(
    location: str, *, read_only: bool, create: bool
) -> Database | PasswordRequiredError:
    """The opened database, or the server's request for a password (to ask the user)."""
    from secretariat.db import PasswordRequiredError

    try:
        return open_for_app(location, read_only=read_only, create=create)
    except PasswordRequiredError as asked:
        return asked


def open_for_app(location: str, *, read_only: bool, create: bool) -> Database:
    """open_database, with a driver's error (a file that is not a database) as one line."""
    from secretariat.db import open_database_plainly

    return open_database_plainly(location, read_only=read_only, create=create)


class Startup(QObject):
    """Receives the opened database (in the GUI thread) and gives it to the window, or shows
    the error."""

    def __init__(self, window: MainWindow, language: str, *, smoke: bool = False) -> None:
        super().__init__()
        self.window = window
        self.language = language
        self.smoke = smoke
        self.db: Database | None = None
        self.collector: IdleCollector | None = None

    def open(self, location: str, *, read_only: bool, create: bool) -> None:
        """Open the database on a worker; a server that asks for a password gets one typed
        (kept in this process only, never saved)."""
        self.location, self.read_only, self.create = location, read_only, create
        run_task(
            self.window,
            QCoreApplication.translate("Startup", "Opening the database…"),
            lambda: open_or_ask(location, read_only=read_only, create=create),
            self.show_window,
            on_failure=self.refuse,
            cancellable=False,
        )

    def show_window(self, db: Database | PasswordRequiredError) -> None:
        if isinstance(db, Exception):  # (Database is imported on the worker, not here)
            self.ask_password(db)
            return
        self.db = db
        db.set_author(author_name(self.window.settings))  # SQLite: the name in Settings
        log.info("opened %s%s", db.describe(), " read-only" if db.read_only else "")
        self.window.attach(AppContext(db, self.window.settings, ui_language=self.language))
        if self.smoke:
            quit_after_first_paint(self.window)
            return
        self.window.offer_first_start()
        freeze_startup_objects()
        self.collector = IdleCollector(self.window)

    def ask_password(self, asked: PasswordRequiredError) -> None:
        from secretariat.db import with_password

        user = asked.url.username or ""
        prompt = QCoreApplication.translate("Startup", "Password of {user} on {server}:")
        if asked.url.password is not None:
            prompt = QCoreApplication.translate("Startup", "That password was refused.") + "\n"
            prompt += QCoreApplication.translate("Startup", "Password of {user} on {server}:")
        password, given = QInputDialog.getText(
            self.window,
            QCoreApplication.translate("Startup", "Sign in to the committee's database"),
            prompt.format(user=user, server=asked.url.host or ""),
            QLineEdit.EchoMode.Password,
        )
        if not given:
            self.refuse(str(asked))
            return
        location = with_password(self.location, password)
        self.open(location, read_only=self.read_only, create=self.create)

    def refuse(self, message: str) -> None:
        """One clear message, then exit non-zero; the file is left as it was."""
        from secretariat.cli import EXIT_DATABASE  # (the command line's module loads slowly)

        log.error("cannot open the database: %s", message)
        if self.smoke:  # nobody to read a message box
            print(f"secretariat: cannot open the database: {message}", file=sys.stderr)

            def leave() -> None:
                cancel_all_and_wait()
                QCoreApplication.exit(EXIT_DATABASE)

            # Later, once the worker that reported it has finished.
            QTimer.singleShot(0, leave)
            return
        QMessageBox.critical(
            self.window,
            QCoreApplication.translate("Startup", "Secretariat cannot start"),
            QCoreApplication.translate("Startup", "The database cannot be opened.")
            + "\n\n"
            + message,
        )
        self.window.hide()  # (it would not close: it waits for the database)
        QCoreApplication.exit(EXIT_DATABASE)

    def shut_down(self) -> None:
        """After the event loop: Python's own garbage collection again, the database closed."""
        if self.collector is not None:
            self.collector.stop()
        if self.db is not None:
            self.db.close()


class _FirstPaint(QObject):
    """Quits the application with 0 once the watched widget has painted and the work it
    started off the GUI thread (the Dashboard's figures) has come back."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            log.info("smoke test: %s painted", watched.objectName() or type(watched).__name__)
            self.quit_when_idle()
        return False

    def quit_when_idle(self) -> None:
        # A thread still running at exit would abort the process ("QThread: Destroyed").
        if idle():
            QCoreApplication.exit(0)
        else:
            QTimer.singleShot(SMOKE_POLL_MS, self.quit_when_idle)


def quit_after_first_paint(window: MainWindow) -> None:
    """Show the Dashboard and quit once it has painted, or with 1 if it never does."""
    page = window.show_page("dashboard")
    watcher = _FirstPaint(page)
    page.installEventFilter(watcher)
    page.update()
    QTimer.singleShot(SMOKE_TIMEOUT_MS, lambda: QCoreApplication.exit(1))


def freeze_startup_objects() -> None:
    """Keep what start-up made (modules, classes, the pages: ~90,000 objects) out of Python's
    cyclic garbage collection: they live as long as the app, and a full collection walking
    them took ~40 ms, which showed as a stutter when it fell during scrolling."""
    gc.freeze()


def make_application() -> QApplication:
    """The QApplication, named so QSettings finds the user's settings."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Secretariat")
    app.setApplicationVersion(__version__)
    # Ties the window to packaging/secretariat.desktop (its icon and name in the dock).
    app.setDesktopFileName("secretariat")
    icon = app_icon_path()
    if icon is not None:
        app.setWindowIcon(QIcon(str(icon)))
    return app


def app_icon_path() -> Path | None:
    try:
        path = resources_dir() / "icons" / "secretariat.svg"
    except FileNotFoundError:
        return None
    return path if path.is_file() else None


def configure_logging(folder: Path) -> Path | None:
    """Log to `secretariat.log` in the data folder (info and up) and to stderr (warnings).

    Returns the log file, or None when the folder cannot be written (stderr still works).
    Calling it again replaces the handlers it added before.
    """
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "secretariat", False)]:
        root.removeHandler(handler)
        handler.close()
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    handlers[0].setLevel(logging.WARNING)
    log_file: Path | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOG_FILENAME
        file_handler = RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        file_handler.setLevel(logging.INFO)
        handlers.append(file_handler)
        log_file = path
    except OSError as error:
        print(f"secretariat: cannot write the log in {folder}: {error}", file=sys.stderr)
    for handler in handlers:
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        handler.secretariat = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return log_file


def report_unexpected_error(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """A bug reached the event loop: log it whole, tell the user in one line, keep running."""
    log.error("unexpected error", exc_info=(kind, error, trace))
    QMessageBox.critical(
        QApplication.activeWindow(),
        QCoreApplication.translate("Startup", "Unexpected error"),
        QCoreApplication.translate(
            "Startup", "Something went wrong: {error}\n\nThe details are in the log file."
        ).format(error=f"{kind.__name__}: {error}"),
    )
