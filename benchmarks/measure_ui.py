"""The app at scale: cold start against a bare PySide6 window, and the Plans page filtering and
scrolling over every plan (offscreen, the real page and model)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.runner import Result
from benchmarks.setup import Bench

SEARCHES = ("forum", "대기질", "环境", "교육")  # English, Korean (3), Chinese (2), Korean (2)
FRAME_MS = 16.0
FLOOR_ROWS = 512
# The floor's rows: ~200 page-down steps show it (Qt's item model is slow to fill, and every
# step costs a paint: 20,000 rows took ~10 s of the full run and ~5 s of the quick one).
FLOOR_ROWS_SHOWN = 5_000


def run(bench: Bench) -> list[Result]:
    results = cold_start(bench)
    results += plans_page(bench)
    return results


# -- cold start ----------------------------------------------------------------------------


def time_process(args: list[str], environment: dict[str, str]) -> float:
    """Seconds from starting the process to its "shown" line."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.start_app", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=environment,
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == "shown":
            elapsed = time.perf_counter() - started
            process.wait(timeout=60)
            return elapsed
    process.wait(timeout=60)
    raise RuntimeError(f"the window was never shown ({' '.join(args)})")


def cold_start(bench: Bench) -> list[Result]:
    """The window shown (what the target is about), and, as a note of its own, the first
    page's data shown (the database opened and the page loaded on top of it)."""
    with tempfile.TemporaryDirectory() as home:
        environment = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "SECRETARIAT_DATA_DIR": str(Path(home) / "data"),
            "XDG_CONFIG_HOME": str(Path(home) / "config"),
        }
        database = str(bench.db_path)
        time_process(["--ready", database], environment)  # warm the file cache once
        ours, bare, ready = [], [], []
        for run in range(bench.runs):
            ours.append(time_process([database], environment))
            bare.append(time_process(["--bare"], environment))
            if run < ready_runs(bench):
                ready.append(time_process(["--ready", database], environment))
    runs = f"separate process, offscreen, median of {bench.runs}"
    return [
        Result(
            "app cold start to the main window shown",
            statistics.median(ours),
            "s",
            "≤ 1.0 s and ≤ 3× bare PySide6",
            limit=1.0,
            peer="bare QMainWindow start",
            peer_value=statistics.median(bare),
            ratio_limit=3.0,
            note=f"{runs}; the database opens on a worker once the window shows",
            runs=ours,
        ),
        Result(
            "app cold start to the Dashboard's charts shown",
            statistics.median(ready),
            "s",
            "(no target: for the record)",
            note=(
                f"separate process, offscreen, median of {len(ready)}; database opened, "
                "pages built, indicators computed"
            ),
            runs=ready,
        ),
    ]


def ready_runs(bench: Bench) -> int:
    """Runs of the start until the Dashboard's charts (a number for the record, ~1.5 s
    each): one in a quick run, which has a minute for everything."""
    return 1 if bench.quick else bench.runs


# -- the Plans page ------------------------------------------------------------------------


def plans_page(bench: Bench) -> list[Result]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from secretariat.db import open_database
    from ui.app import freeze_startup_objects
    from ui.context import AppContext
    from ui.fonts import register_bundled_fonts
    from ui.idle_collector import IdleCollector
    from ui.pages.plans import PlansPage

    app = QApplication.instance() or QApplication([])
    register_bundled_fonts()  # as the app does: Korean and Chinese painted, not boxes
    db = open_database(bench.db_path, read_only=True)
    with tempfile.TemporaryDirectory() as home:
        settings = QSettings(str(Path(home) / "bench.ini"), QSettings.Format.IniFormat)
        page = PlansPage(AppContext(db, settings))
        freeze_startup_objects()  # as the app does once its window is built
        IdleCollector(page)  # and with its full collections between events
        page.resize(1400, 900)
        page.show()
        page.activated()
        wait_loaded(app, page)
        try:
            return [filter_result(app, page, bench), scroll_result(app, page)]
        finally:
            page.close()
            page.deleteLater()
            app.processEvents()
            db.close()


def wait_loaded(app: object, page: object, timeout: float = 60.0) -> None:
    """Until the page's list holds what its filter says (the ids are read on a worker), then
    the events that brings (the repaint among them) are handled.

    The wait is the event loop's own, as in the app: a loop polling processEvents would take
    the interpreter from the worker every half millisecond."""
    from PySide6.QtCore import QEventLoop, QTimer

    model = page.model  # type: ignore[attr-defined]
    if model.loading:
        loop = QEventLoop()
        timer = QTimer(singleShot=True, interval=int(timeout * 1000))
        timer.timeout.connect(loop.quit)
        model.loading_changed.connect(loop.quit)
        timer.start()
        while model.loading:
            if not timer.isActive():
                raise TimeoutError("the plans list never finished loading")
            loop.exec()
        timer.stop()
        model.loading_changed.disconnect(loop.quit)
    app.processEvents()  # type: ignore[attr-defined]


def settle(app: object, seconds: float = 0.05) -> None:
    """Let the event loop run what is queued (idle work), untimed."""
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.001)


def apply_search(app: object, page: object, text: str) -> tuple[float, int]:
    """Type the search (the typing delay skipped) and time until the list is painted.

    The event loop paints the list once the ids are in; the viewport is painted again here
    only when it did not (timing a second paint of the same rows would count it twice)."""
    viewport = page.view.viewport()  # type: ignore[attr-defined]
    paints = PaintCounter(viewport)
    started = time.perf_counter()
    page.filters.search.setText(text)  # type: ignore[attr-defined]
    page.apply_filters()  # type: ignore[attr-defined]
    wait_loaded(app, page)
    if not paints.count:
        viewport.repaint()
    elapsed = time.perf_counter() - started
    paints.stop()
    return elapsed, page.model.rowCount()  # type: ignore[attr-defined]


class PaintCounter:
    """Counts the paint events a widget receives."""

    def __init__(self, widget: object) -> None:
        from PySide6.QtCore import QEvent, QObject

        counter = self

        class Filter(QObject):
            def eventFilter(self, watched: object, event: QEvent) -> bool:  # noqa: N802
                if event.type() == QEvent.Type.Paint:
                    counter.count += 1
                return False

        self.count = 0
        self._widget = widget
        self._filter = Filter()
        widget.installEventFilter(self._filter)  # type: ignore[attr-defined]

    def stop(self) -> None:
        self._widget.removeEventFilter(self._filter)  # type: ignore[attr-defined]


def filter_result(app: object, page: object, bench: Bench) -> Result:
    per_term, samples = [], []
    for term in SEARCHES:
        times = []
        for _ in range(bench.runs):
            apply_search(app, page, "")
            settle(app)  # as while the user types: the list's read-ahead is done by then
            seconds, shown = apply_search(app, page, term)
            times.append(seconds * 1000)
        per_term.append(f"{term} {statistics.median(times):.0f} ms ({shown:,} plans)")
        samples += times
    apply_search(app, page, "")
    worst = max(
        statistics.median(samples[i : i + bench.runs]) for i in range(0, len(samples), bench.runs)
    )
    return Result(
        f"Plans page: text filter over {bench.scale.plans:,} plans",
        worst,
        "ms",
        "≤ 50 ms",
        limit=50,
        note="slowest term's median, until painted: " + "; ".join(per_term),
        runs=samples,
    )


def scroll_result(app: object, page: object) -> Result:
    """Page down from the first row to the last, painting each step synchronously.

    Between steps the event loop runs (untimed), as it does between a user's key repeats;
    the peer is the same view size over Qt's own in-memory QStandardItemModel holding the
    same texts: the floor of painting this table on this machine."""
    view = page.view  # type: ignore[attr-defined]
    steps = page_down_steps(app, view)
    floor = page_down_steps(app, same_table_in_memory(page))
    steps.sort()
    over = sum(1 for step in steps if step > FRAME_MS)
    p99 = steps[int(len(steps) * 0.99) - 1] if len(steps) > 1 else steps[0]
    return Result(
        "Plans page: scroll first to last row",
        steps[-1],
        "ms",
        "no step over 16 ms",
        limit=FRAME_MS,
        peer=f"same view, in-memory Qt model, {FLOOR_ROWS_SHOWN:,} rows (slowest step)",
        peer_value=max(floor),
        note=(
            f"{len(steps):,} page-down steps; median {statistics.median(steps):.1f} ms "
            f"(in-memory {statistics.median(floor):.1f} ms), 99th percentile {p99:.1f} ms, "
            f"{over} over {FRAME_MS:.0f} ms"
        ),
        runs=steps[-5:],
    )


def page_down_steps(app: object, view: object) -> list[float]:
    """Milliseconds of each page-down step, first row to last, each painted at once."""
    bar = view.verticalScrollBar()  # type: ignore[attr-defined]
    bar.setValue(0)
    view.viewport().repaint()  # type: ignore[attr-defined]
    steps = []
    value = 0
    while True:
        app.processEvents()  # type: ignore[attr-defined]
        started = time.perf_counter()
        bar.setValue(value)
        view.viewport().repaint()  # type: ignore[attr-defined]
        steps.append((time.perf_counter() - started) * 1000)
        if value >= bar.maximum():
            break
        value = min(bar.maximum(), value + bar.pageStep())
    return steps


def same_table_in_memory(page: object) -> object:
    """A QTableView laid out as the page's, over a QStandardItemModel with the page model's
    texts (its first FLOOR_ROWS rows, repeated to at most FLOOR_ROWS_SHOWN rows)."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    model = page.model  # type: ignore[attr-defined]
    columns = model.columnCount()
    texts = [
        [model.index(row, column).data() for column in range(columns)]
        for row in range(min(FLOOR_ROWS, model.rowCount()))
    ]
    rows = min(model.rowCount(), FLOOR_ROWS_SHOWN)
    copy = QStandardItemModel(rows, columns, page)  # type: ignore[arg-type]
    for row in range(rows):
        for column, text in enumerate(texts[row % len(texts)]):
            copy.setItem(row, column, QStandardItem("" if text is None else str(text)))
    view = QTableView()
    view.setModel(copy)
    ours = page.view  # type: ignore[attr-defined]
    view.resize(ours.size())
    # The same table to paint: column widths, hidden columns, row height, stripes.
    for column in range(columns):
        view.setColumnWidth(column, ours.columnWidth(column))
        view.setColumnHidden(column, ours.isColumnHidden(column))
    view.verticalHeader().setDefaultSectionSize(ours.verticalHeader().defaultSectionSize())
    view.verticalHeader().setVisible(ours.verticalHeader().isVisible())
    view.setAlternatingRowColors(ours.alternatingRowColors())
    view.setWordWrap(ours.wordWrap())
    view.show()
    return view
