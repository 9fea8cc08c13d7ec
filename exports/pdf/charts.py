"""Vector charts for the PDF documents, drawn with reportlab's graphics (no images)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from exports.pdf.styles import GREY, NAVY, RULE, TEAL, stylesheet

PREVIOUS_COLOUR = colors.HexColor("#A9BCD0")
CURRENT_COLOUR = NAVY
CATEGORY_LEADING = 10.5
LEGEND_SIZE = 9.0
SWATCH = 8.0
LEGEND_HEIGHT = 14.0


@dataclass(frozen=True)
class Series:
    """One bar per category: its name for the legend and its values (None: no bar)."""

    name: str
    values: Sequence[float | None]
    colour: colors.Color


def rate_bars(
    categories: Sequence[str],
    series: Sequence[Series],
    *,
    width: float,
    height: float,
    title: str = "",
) -> Drawing:
    """Grouped vertical bars of percentages (0–100), one group per category, labelled with
    their values; `categories` may hold line breaks (two languages stacked)."""
    font = stylesheet().font
    drawing = Drawing(width, height)
    # The renderer starts every drawing in its default font (Helvetica, not embedded).
    drawing.initialFontName = font
    title_height = 18.0 if title else 0.0
    label_lines = max((category.count("\n") + 1 for category in categories), default=1)
    axis_space = CATEGORY_LEADING * label_lines + 8

    chart = VerticalBarChart()
    chart.x, chart.y = 34, axis_space
    chart.width = width - chart.x - 8
    chart.height = height - chart.y - title_height - LEGEND_HEIGHT - 10
    chart.data = [list(item.values) for item in series] or [[None] * len(categories)]
    chart.categoryAxis.categoryNames = list(categories)
    _style_axes(chart, font)
    chart.groupSpacing = 14
    chart.barSpacing = 2
    chart.barLabelFormat = "%.1f"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 8
    chart.barLabels.nudge = 6
    chart.barLabels.fillColor = GREY
    for index, item in enumerate(series):
        chart.bars[index].fillColor = item.colour
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    if title:
        drawing.add(String(0, height - 12, title, fontName=font, fontSize=11, fillColor=TEAL))
    _add_legend(drawing, series, font, left=chart.x, top=height - title_height - 2)
    return drawing


def _style_axes(chart: VerticalBarChart, font: str) -> None:
    labels = chart.categoryAxis.labels
    labels.fontName, labels.fontSize, labels.leading = font, 8.5, CATEGORY_LEADING
    labels.boxAnchor, labels.dy = "n", -3
    chart.categoryAxis.strokeColor = GREY
    axis = chart.valueAxis
    axis.valueMin, axis.valueMax, axis.valueStep = 0, 100, 20
    axis.labels.fontName, axis.labels.fontSize = font, 8
    axis.labelTextFormat = "%d %%"
    axis.strokeColor = GREY
    axis.visibleGrid = True
    axis.gridStrokeColor = RULE
    axis.gridStrokeWidth = 0.4


def _add_legend(
    drawing: Drawing, series: Sequence[Series], font: str, left: float, top: float
) -> None:
    """A compact legend on one line under the title: a swatch and a name per series, side by
    side, each as wide as its name."""
    x = left
    for item in series:
        drawing.add(Rect(x, top - 9, SWATCH, SWATCH, fillColor=item.colour, strokeColor=None))
        x += SWATCH + 4
        drawing.add(String(x, top - 8.5, item.name, fontName=font, fontSize=LEGEND_SIZE))
        x += stringWidth(item.name, font, LEGEND_SIZE) + 16
