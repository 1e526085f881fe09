"""The dashboard's charts. QtCharts is imported here only, and this module only once the figures have arrived, so
the first screen does not wait for it."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QPainter

translate = QCoreApplication.translate

PALETTE = ["#1f6fb2", "#e07b39", "#3a9d5d", "#c0392b", "#8e6bbf", "#7f8c8d", "#d4a017", "#16a2b8", "#a0522d",
           "#5d6d7e", "#2e86c1", "#b03a2e", "#239b56"]
CHART_HEIGHT = 260
# where an indicator stands: achieved, on track, off track, not measured yet
PROGRESS_COLOURS = {"achieved": "#1f6fb2", "on_track": "#3a9d5d", "off_track": "#c0392b", "not_measured": "#7f8c8d"}


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setLocalizeNumbers(True)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setBackgroundRoundness(4)
    return chart


def _view(chart: QChart, accessible: str) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(CHART_HEIGHT)
    view.setAccessibleName(accessible)
    view.setAccessibleDescription(accessible)
    return view


def _integer_axis(top: float) -> QValueAxis:
    axis = QValueAxis()
    axis.setLabelFormat("%.0f")
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    step = _nice_step(top)
    axis.setTickInterval(step)
    axis.setRange(0, step * (int(top // step) + 1))
    return axis


def _nice_step(top: float) -> float:
    """A whole step (1, 2, 5, 10, 20, 50...) that gives at most about six ticks."""
    step = 1
    while top / step > 6:
        for factor in (2, 2.5, 2):
            step = int(step * factor)
            if top / step <= 6:
                break
    return step


def quarters_chart(rows: list[tuple[str, int, int]]) -> QChartView:
    """Activities per quarter as bars, participants enrolled as a line on their own scale."""
    chart = _chart(translate("Dashboard", "Activities and participants per quarter"))
    activities = QBarSet(translate("Dashboard", "Activities"))
    activities.setColor(QColor(PALETTE[0]))
    people = QLineSeries()
    people.setName(translate("Dashboard", "Participants"))
    people.setColor(QColor(PALETTE[1]))
    categories = []
    for n, (quarter, count, enrolled) in enumerate(rows):
        categories.append(quarter.replace("-", "<br>", 1))  # year above quarter: whole at any text size
        activities.append(count)
        people.append(n, enrolled)
    bars = QBarSeries()
    bars.append(activities)
    chart.addSeries(bars)
    chart.addSeries(people)
    x_axis = QBarCategoryAxis()
    x_axis.append(categories)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    left = _integer_axis(max((c for _, c, _ in rows), default=1))
    left.setTitleText(translate("Dashboard", "Activities"))
    right = _integer_axis(max((p for _, _, p in rows), default=1))
    right.setTitleText(translate("Dashboard", "Participants"))
    chart.addAxis(left, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(right, Qt.AlignmentFlag.AlignRight)
    bars.attachAxis(x_axis)
    bars.attachAxis(left)
    people.attachAxis(x_axis)
    people.attachAxis(right)
    return _view(chart, translate("Dashboard", "Activities and participants per quarter"))


def pie_chart(title: str, slices: list[tuple[str, int]], colours: list[str] | None = None) -> QChartView:
    chart = _chart(title)
    series = QPieSeries()
    series.setHoleSize(0.35)
    total = sum(v for _, v in slices) or 1
    for n, (label, value) in enumerate(slices):
        piece = series.append(f"{label} ({round(100 * value / total)} %)", value)
        piece.setColor(QColor(colours[n] if colours else PALETTE[n % len(PALETTE)]))
    chart.addSeries(series)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return _view(chart, title)


def bar_chart(title: str, bars: list[tuple[str, int]], horizontal: bool = False) -> QChartView:
    chart = _chart(title)
    chart.legend().hide()
    values = QBarSet(title)
    values.setColor(QColor(PALETTE[2]))
    labels = []
    for label, value in (reversed(bars) if horizontal else bars):
        labels.append(label)
        values.append(value)
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    series.append(values)
    series.setLabelsVisible(True)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append(labels)
    categories.setTruncateLabels(False)
    scale = _integer_axis(max((v for _, v in bars), default=1))
    if horizontal:
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(scale, Qt.AlignmentFlag.AlignBottom)
    else:
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(scale, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(scale)
    return _view(chart, title)
