"""Finding text that does not fit the space it is given: a label, a button, a tab or a table
header whose text is wider than its widget (or section) shows, in the widget as laid out now."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QToolButton,
    QWidget,
)

SLACK = 1  # a pixel of rounding between the metrics and the layout
LABEL_PADDING = 5  # QtCharts' padding on each side of an axis label
DOCUMENT_MARGIN = 4  # a QGraphicsTextItem's margin around its text, on each side


def shown_text(text: str) -> str:
    """A widget's text as it is drawn: "&Save" shows "Save", "&&" one "&"."""
    return re.sub(r"&(.)", r"\1", text)


def widest_line(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def is_shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.width() > 0 and widget.height() > 0


def where(widget: QWidget) -> str:
    names = []
    current: QWidget | None = widget
    while current is not None and len(names) < 4:
        names.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return "/".join(reversed(names))


def label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if rich:
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    text = shown_text(text) if label.buddy() is not None else text
    room = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
    metrics = label.fontMetrics()
    if label.wordWrap():
        words = re.findall(r"[^\s]+", text)
        longest = max((metrics.horizontalAdvance(word) for word in words), default=0)
        # Chinese and Japanese break between characters: a word of them never overflows.
        if longest > room + SLACK and not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text):
            return f"a word is {longest} px wide in {room} px"
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"{needed} px tall in {label.height()} px"
        return None
    wide = widest_line(metrics, text)
    if wide > room + SLACK:
        return f"{wide} px wide in {room} px"
    return None


def button_problem(button: QAbstractButton) -> str | None:
    text = shown_text(button.text())
    if not text:
        return None
    if isinstance(button, QCheckBox | QRadioButton | QToolButton):
        wanted = button.sizeHint().width()
        if wanted > button.width() + SLACK:
            return f"needs {wanted} px, has {button.width()}"
        return None
    if isinstance(button, QPushButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        contents = button.style().subElementRect(
            QStyle.SubElement.SE_PushButtonContents, option, button
        )
        wide = widest_line(button.fontMetrics(), text)
        if not button.icon().isNull():
            wide += button.iconSize().width() + 4
        if wide > contents.width() + SLACK:
            return f"{wide} px wide in {contents.width()} px"
    return None


def header_problems(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return []
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    metrics = QFontMetrics(header.font())
    problems = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, Qt.Orientation.Horizontal)
        if not text:
            continue
        wanted = widest_line(metrics, str(text)) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            wanted += arrow + margin
        if wanted > header.sectionSize(section) + SLACK:
            problems.append(
                f"header “{text}”: needs {wanted} px, has {header.sectionSize(section)}"
            )
    return problems


def tab_problems(bar: QTabBar) -> list[str]:
    problems = []
    for index in range(bar.count()):
        text = shown_text(bar.tabText(index))
        wide = bar.fontMetrics().horizontalAdvance(text)
        room = (
            bar.tabRect(index).width()
            - 2 * bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar) // 2
        )
        if bar.elideMode() != Qt.TextElideMode.ElideNone and wide > room + SLACK:
            problems.append(f"tab “{text}”: {wide} px wide in {room} px")
    return problems


def placeholder_problem(edit: QLineEdit) -> str | None:
    """The hint of an empty field (a search field's "Search titles… (Ctrl+F)")."""
    text = edit.placeholderText()
    if not text or edit.text():
        return None
    option_margin = 2 * 2 + 2  # QLineEdit's horizontal margin and the frame's, as Qt draws them
    room = edit.contentsRect().width() - edit.textMargins().left() - edit.textMargins().right()
    room -= option_margin + 2 * edit.style().pixelMetric(
        QStyle.PixelMetric.PM_DefaultFrameWidth, None, edit
    )
    if edit.isClearButtonEnabled():
        room -= 0  # the clear button shows only once something is typed
    wide = edit.fontMetrics().horizontalAdvance(text)
    if wide > room + SLACK:
        return f"hint {wide} px wide in {room} px"
    return None


def chart_problems(view: QWidget) -> list[str]:
    """Category names under a chart's horizontal axis: QtCharts cuts a name to "Conf. 1 (201…"
    when it is wider than its share of the axis (the axis over its points, as QtCharts'
    HorizontalAxis divides it, less the label padding on both sides)."""
    from PySide6.QtCharts import QBarCategoryAxis, QChartView

    if not isinstance(view, QChartView) or view.chart() is None:
        return []
    chart = view.chart()
    problems = []
    for axis in chart.axes(Qt.Orientation.Horizontal):
        if not isinstance(axis, QBarCategoryAxis) or not axis.count():
            continue
        metrics = QFontMetrics(axis.labelsFont())
        room = chart.plotArea().width() / (axis.count() + 1) - 2 * LABEL_PADDING
        for category in axis.categories():
            wide = metrics.horizontalAdvance(category) + 2 * DOCUMENT_MARGIN
            if wide > room + SLACK:
                problems.append(f"axis label “{category}”: {wide} px wide in {room:.0f} px")
    return problems


def clipped(top: QWidget) -> list[str]:
    """Every text under `top` (itself included) that is wider than the room it has."""
    found: list[str] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not is_shown(widget, top) and widget is not top:
            continue
        problem = None
        if isinstance(widget, QLabel):
            problem = label_problem(widget)
            text = widget.text()
        elif isinstance(widget, QAbstractButton):
            problem = button_problem(widget)
            text = widget.text()
        elif isinstance(widget, QAbstractItemView):
            header = getattr(widget, "horizontalHeader", getattr(widget, "header", None))
            if header is not None and header().isVisibleTo(top):
                found += [f"{where(widget)}: {p}" for p in header_problems(header())]
        elif isinstance(widget, QLineEdit):
            problem = placeholder_problem(widget)
            text = widget.placeholderText()
        elif type(widget).__name__ == "QChartView":
            found += [f"{where(widget)}: {p}" for p in chart_problems(widget)]
        elif isinstance(widget, QTabBar):
            found += [f"{where(widget)}: {p}" for p in tab_problems(widget)]
        if problem is not None:
            found.append(f"{where(widget)} “{text[:60]}”: {problem}")
    return found
