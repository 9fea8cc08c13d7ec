"""QtCharts helpers for the dashboard: a line chart of rates across conferences and a stacked
bar chart of counts per category, both refilled in place when the data or the language changes.

Charts are built without animation: the dashboard redraws on every data change, and an
animation would only delay what the user (and a screenshot) sees.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCharts import (
    QAbstractAxis,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsTextItem, QToolTip, QWidget

# Besides the title and the value axis, a chart spends this much height on its margins, the
# plot frame and the axis padding (measured with Qt 6's defaults).
CHART_FRAME_HEIGHT = 14
SMALL_COUNT = 5  # up to this many, one tick per whole number
ROW_PADDING = 2  # a category row's room beyond its label's height

# Colours that stay apart for the colour-blind (Okabe–Ito), in series order.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")

LineTip = Callable[[int, int], str]  # (series index, category index) -> tooltip text
BarTip = Callable[[int, int], str]  # (bar set index, category index) -> tooltip text


def new_chart_view(parent: QWidget | None = None) -> QChartView:
    """An empty chart in a view, antialiased, legend at the bottom, no animation."""
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    title_font = QFont(chart.titleFont())
    title_font.setBold(True)
    title_font.setPointSizeF(max(title_font.pointSizeF(), 10.0) + 1)
    chart.setTitleFont(title_font)
    view = QChartView(chart, parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumSize(320, 200)
    return view


def clear_chart(chart: QChart) -> None:
    """Remove every series and axis (both are deleted: the chart owned them)."""
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
        axis.deleteLater()


def fill_line_chart(
    chart: QChart,
    *,
    title: str,
    categories: Sequence[str],
    series_values: Sequence[tuple[str, Sequence[float | None]]],
    value_title: str,
    value_range: tuple[float, float] = (0.0, 100.0),
    tooltip: LineTip | None = None,
) -> list[QLineSeries]:
    """One line per (name, values); values[i] belongs to categories[i], None leaves it out."""
    clear_chart(chart)
    chart.setTitle(title)
    x_axis = _category_axis(categories)
    y_axis = QValueAxis()
    y_axis.setRange(*value_range)
    y_axis.setTickCount(6)
    y_axis.setLabelFormat("%d")
    y_axis.setTitleText(value_title)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    made = []
    for number, (name, values) in enumerate(series_values):
        series = QLineSeries()
        series.setName(name)
        pen = QPen(QColor(PALETTE[number % len(PALETTE)]))
        pen.setWidthF(2.5)
        series.setPen(pen)
        series.setPointsVisible(True)
        series.setMarkerSize(7)
        for position, value in enumerate(values):
            if value is not None:
                series.append(float(position), float(value))
        chart.addSeries(series)
        _attach(series, x_axis, y_axis)
        if tooltip is not None:
            series.hovered.connect(_line_tip(number, tooltip))
        made.append(series)
    return made


def fill_stacked_bar_chart(
    chart: QChart,
    *,
    title: str,
    categories: Sequence[str],
    set_values: Sequence[tuple[str, Sequence[int]]],
    value_title: str,
    tooltip: BarTip | None = None,
) -> QHorizontalStackedBarSeries:
    """Horizontal stacked bars: one bar per category (listed top to bottom), one stacked set
    per (name, values)."""
    clear_chart(chart)
    # A horizontal bar axis runs bottom-up: reverse, so the first category reads first.
    categories = list(reversed(categories))
    set_values = [(name, list(reversed(values))) for name, values in set_values]
    chart.setTitle(title)
    series = QHorizontalStackedBarSeries()
    for number, (name, values) in enumerate(set_values):
        bar_set = QBarSet(name)
        bar_set.setColor(QColor(PALETTE[number % len(PALETTE)]))
        bar_set.setBorderColor(QColor(PALETTE[number % len(PALETTE)]))
        bar_set.append([float(value) for value in values])
        series.append(bar_set)
    series.setBarWidth(0.7)
    chart.addSeries(series)
    category_axis = _category_axis(categories)
    value_axis = QValueAxis()
    value_axis.setLabelFormat("%d")
    value_axis.setTitleText(value_title)
    value_axis.setTitleVisible(False)  # the chart's title names what is counted: more rows
    largest = max(
        (sum(column) for column in zip(*(v for _, v in set_values), strict=True)), default=0
    )
    set_count_range(value_axis, largest)
    chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
    # The legend beside the bars, not under them: the height goes to the category rows.
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    _attach(series, category_axis, value_axis)
    if tooltip is not None:
        last = len(categories) - 1
        series.hovered.connect(
            _bar_tip(series, lambda bar, category: tooltip(bar, last - category))
        )
    return series


def set_count_range(axis: QValueAxis, largest: float) -> None:
    """An axis of counts: whole numbers only ("0 1 2", never "0 0 0 0 0 1" for a single
    activity), nice round steps once the counts are larger."""
    if largest <= SMALL_COUNT:
        axis.setRange(0, max(1, int(largest)))
        axis.setTickCount(max(1, int(largest)) + 1)
        return
    axis.setRange(0, largest)
    axis.applyNiceNumbers()


def text_height(text: str, font: QFont) -> float:
    """The height QtCharts gives a label or title: a text item's, document margins included
    (and the CJK fallback font's taller lines when the text needs it)."""
    item = QGraphicsTextItem()
    item.setFont(font)
    item.setHtml(text)
    return float(item.boundingRect().height())


def bar_rows_minimum_height(chart: QChart) -> int:
    """The view height at which each category of a horizontal bar chart has room for its
    label: below that QtCharts draws "..." instead of the category's name."""
    axes = chart.axes(Qt.Orientation.Vertical)
    if not axes or not isinstance(axes[0], QBarCategoryAxis):
        return 0
    axis = axes[0]
    categories = axis.categories()
    font = axis.labelsFont()
    row = max((text_height(category, font) for category in categories), default=0.0)
    title = text_height(chart.title(), chart.titleFont()) if chart.title() else 0.0
    value_labels = text_height("0123456789", font)
    margins = chart.margins().top() + chart.margins().bottom()
    frame = title + value_labels + margins + CHART_FRAME_HEIGHT
    return int(frame + len(categories) * (row + ROW_PADDING)) + 1


def _category_axis(categories: Sequence[str]) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append(list(categories))
    axis.setGridLineVisible(False)
    return axis


def _attach(series: QLineSeries | QHorizontalStackedBarSeries, *axes: QAbstractAxis) -> None:
    for axis in axes:
        series.attachAxis(axis)


def _line_tip(series_index: int, tooltip: LineTip) -> Callable[[QPointF, bool], None]:
    def show(point: QPointF, state: bool) -> None:
        if state:
            QToolTip.showText(QCursor.pos(), tooltip(series_index, round(point.x())))
        else:
            QToolTip.hideText()

    return show


def _bar_tip(
    series: QHorizontalStackedBarSeries, tooltip: BarTip
) -> Callable[[bool, int, QBarSet], None]:
    def show(state: bool, category_index: int, bar_set: QBarSet) -> None:
        if state:
            set_index = series.barSets().index(bar_set)
            QToolTip.showText(QCursor.pos(), tooltip(set_index, category_index))
        else:
            QToolTip.hideText()

    return show
