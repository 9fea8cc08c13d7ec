"""`make screenshots`: render every page of the real main window, over the demo committee, in
each interface language, to `{page}-{lang}.png` (and `{dialog}-{lang}.png`) at 1280×800, the
default window size that tests/ui/test_fits.py checks every label at.

    QT_QPA_PLATFORM=offscreen python -m ui.screenshots docs/screenshots [--pages dashboard]
        [--languages en,ko] [--db existing.db]

The demo committee goes into a temporary database and the settings into a temporary file, so
nothing touches the user's data. The language is switched in the running window the way the
settings dialog does it, so the pictures also show whether each page retranslates in place.

A page can put itself in a state worth showing first (`prepare_screenshot()`), and add
pictures of its dialogs (a plan editor, a meeting form) by defining
`screenshot_dialogs() -> list[tuple[str, Callable[[], QWidget]]]`: a name and a function that
opens the dialog filled with demo data and returns it; the tool grabs it and closes it.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QLocale, QSettings
from PySide6.QtWidgets import QWidget

from secretariat.db import Database, open_database
from secretariat.demo import load_demo
from ui import i18n, tasks
from ui import screenshot_manifest as screen_manifest

log = logging.getLogger(__name__)

SIZE = (1280, 800)
LANGUAGES = i18n.UI_LANGUAGES
# The dashboard judges dormancy "as of today"; a fixed day keeps the pictures reproducible.
AS_OF = date(2026, 11, 30)
SETTLE_TIMEOUT_S = 30.0

Dialogs = list[tuple[str, Callable[[], QWidget]]]


def settle(page: QWidget | None = None, timeout_s: float = SETTLE_TIMEOUT_S) -> None:
    """Process events until no work runs off the GUI thread and layouts have settled."""
    deadline = time.monotonic() + timeout_s
    app = QCoreApplication.instance()
    assert app is not None
    while time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        busy = getattr(page, "is_busy", lambda: False)()
        if not busy and not tasks._running:  # nothing left to arrive
            break
        time.sleep(0.01)  # a worker is reading: give it the CPU
    for _ in range(5):  # layout requests propagate one level per pass
        app.processEvents()
        # processEvents() leaves deleteLater() for the event loop; a chart drawn again still
        # shows its old items until they are deleted.
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def save(widget: QWidget, path: Path, screen: object | None = None) -> Path:
    """Grab `widget` into `path`, noting which screen it shows (`widget` itself by default)
    for the guide's staleness test (ui/screenshot_manifest.py)."""
    image = widget.grab()
    if not image.save(str(path), "PNG", 0):  # 0: the smallest file (PNG is lossless)
        raise OSError(f"cannot write {path}")
    screen_manifest.record(path.parent, path, widget if screen is None else screen)
    log.info("wrote %s", path)
    return path


@contextmanager
def screenshot_database(folder: Path, existing: Path | None) -> Iterator[Database]:
    """`existing` opened read-only, or the demo committee in a new database in `folder`."""
    if existing is not None:
        db = open_database(existing, read_only=True)
    else:
        db = open_database(folder / "demo.db")
        load_demo(db)
    try:
        yield db
    finally:
        db.close()


def take_screenshots(
    out_dir: Path,
    db: Database,
    *,
    pages: Sequence[str] | None = None,
    languages: Sequence[str] = LANGUAGES,
    settings_file: Path,
) -> list[Path]:
    """Grab the chosen pages (all by default) in each language; returns the files written."""
    from ui.context import AppContext
    from ui.fonts import register_bundled_fonts
    from ui.main_window import MainWindow

    register_bundled_fonts()
    out_dir.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    i18n.install_translators(languages[0])
    window = MainWindow(AppContext(db, settings, ui_language=languages[0]))
    written: list[Path] = []
    try:
        window.resize(*SIZE)
        window.show()
        dashboard = window.pages.get("dashboard")
        if dashboard is not None and hasattr(dashboard, "set_as_of"):
            dashboard.set_as_of(AS_OF)
        for language in languages:
            window.apply_ui_language(language)
            settle()
            for key in [key for key in pages or window.pages if key in window.pages]:
                written += _grab_page(window, key, language, out_dir)
            if pages is None or "settings" in pages:
                written += _grab_window_dialogs(window, language, out_dir)
    finally:
        window.close()
        window.deleteLater()
        i18n.remove_translators()
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    return written


def _grab_page(window: QWidget, key: str, language: str, out_dir: Path) -> list[Path]:
    page = window.show_page(key)  # type: ignore[attr-defined]
    window.resize(*SIZE)
    settle(page)
    prepare = getattr(page, "prepare_screenshot", None)  # a selection worth showing, say
    if prepare is not None:
        prepare()
        settle(page)
    written = [save(window, out_dir / f"{key}-{language}.png", page)]
    dialogs: Dialogs = getattr(page, "screenshot_dialogs", list)()
    for name, open_dialog in dialogs:
        dialog = open_dialog()
        settle(dialog)
        written.append(save(dialog, out_dir / f"{name}-{language}.png"))
        dialog.close()
        dialog.deleteLater()
    return written


def _window_dialogs(window: QWidget) -> Dialogs:
    """The dialogs of the window's own menus that the user guide shows."""
    from ui.dialogs import exports
    from ui.dialogs.first_start import FirstStartDialog

    def first_start() -> QWidget:
        dialog = FirstStartDialog(window.context, window)  # type: ignore[attr-defined]
        dialog.author_edit.setText("Kim Minji")  # not the login of whoever takes the pictures
        dialog.open()
        return dialog

    return [
        ("settings", window.open_settings),  # type: ignore[attr-defined]
        ("first-start", first_start),
        ("export-pack", lambda: exports.export_briefing_pack(window)),
        ("export-workbook", lambda: exports.export_workbook(window)),
    ]


def _grab_window_dialogs(window: QWidget, language: str, out_dir: Path) -> list[Path]:
    written = []
    for name, open_dialog in _window_dialogs(window):
        dialog = open_dialog()
        settle(dialog)
        written.append(save(dialog, out_dir / f"{name}-{language}.png"))
        dialog.close()
        dialog.deleteLater()
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.screenshots", description=__doc__)
    parser.add_argument("out_dir", type=Path, help="folder for the PNG files")
    parser.add_argument("--pages", help="comma-separated page keys (default: every page)")
    parser.add_argument(
        "--languages", default=",".join(LANGUAGES), help="comma-separated: en,ko,zh"
    )
    parser.add_argument("--db", type=Path, help="use this database instead of the demo")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    languages = [language for language in args.languages.split(",") if language]
    unknown = sorted(set(languages) - set(LANGUAGES))
    if unknown:
        parser.error(f"unknown language(s) {', '.join(unknown)}; expected {', '.join(LANGUAGES)}")
    from ui.app import make_application

    make_application()
    pages = args.pages.split(",") if args.pages else None
    with tempfile.TemporaryDirectory(prefix="secretariat-screenshots-") as scratch:
        with screenshot_database(Path(scratch), args.db) as db:
            written = take_screenshots(
                args.out_dir,
                db,
                pages=pages,
                languages=languages,
                settings_file=Path(scratch) / "settings.ini",
            )
        if pages is None or "exchange" in pages:
            from ui.screenshot_exchange import exchange_screenshots

            demo = args.db or Path(scratch) / "demo.db"
            written += exchange_screenshots(args.out_dir, demo, Path(scratch), languages)
    print(f"{len(written)} screenshots in {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
