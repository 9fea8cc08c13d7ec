"""Vector charts for the PDF documents, drawn with reportlab's graphics (no images)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from exports.pdf.styles import GREY, NAVY, RULE, TEAL, stylesheet

PREVIOUS_COLOUR = colors.HexColor("#A9BCD0")
CURRENT_COLOUR = NAVY


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
    legend_height = 14.0 * len(series) ** 0.5 + 8
    title_height = 16.0 if title else 0.0
    label_lines = max((category.count("\n") + 1 for category in categories), default=1)
    axis_space = 9.0 * label_lines + 8

    chart = VerticalBarChart()
    chart.x, chart.y = 30, axis_space + legend_height
    chart.width = width - chart.x - 8
    chart.height = height - chart.y - title_height - 8
    chart.data = [[value if value is not None else None for value in s.values] for s in series]
    chart.categoryAxis.categoryNames = list(categories)
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.leading = 8.5
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -3
    chart.categoryAxis.strokeColor = GREY
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 20
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d %%"
    chart.valueAxis.strokeColor = GREY
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.groupSpacing = 12
    chart.barSpacing = 2
    chart.barLabelFormat = "%.1f"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 6
    chart.barLabels.fillColor = GREY
    for index, item in enumerate(series):
        chart.bars[index].fillColor = item.colour
        chart.bars[index].strokeColor = None
    drawing.add(chart)

    legend = Legend()
    legend.x, legend.y = chart.x, legend_height - 4
    legend.fontName = font
    legend.fontSize = 7.5
    legend.boxAnchor = "nw"
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = max(width / max(len(series), 1) * 0.9, 60)
    legend.dx = legend.dy = 7
    legend.colorNamePairs = [(item.colour, item.name) for item in series]
    legend.strokeColor = None
    drawing.add(legend)

    if title:
        drawing.add(String(chart.x, height - 11, title, fontName=font, fontSize=9, fillColor=TEAL))
    return drawing
