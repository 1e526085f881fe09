"""Charts for reports (reportlab.graphics): horizontal bars for counts by category, a pie for shares."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.reports import fonts
from app.reports.layout import ACCENT, INK, MUTED
from app.reports.text import visual

PALETTE = [colors.HexColor(c) for c in ("#1d4e89", "#e07a1f", "#3a9d5d", "#b3261e", "#7b5ea7", "#2a9db0",
                                         "#c5a300", "#8c564b", "#5f6b7a", "#d45d9a")]


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _fit(text: str, width: float, size: float) -> str:
    """``text`` cut (with an ellipsis) to fit ``width`` points."""
    if stringWidth(visual(text), fonts.REGULAR, size) <= width:
        return text
    while len(text) > 1 and stringWidth(visual(text + "…"), fonts.REGULAR, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def bar_chart(labels: Sequence[str], values: Sequence[float], width: float, *, bar_height: float = 13,
              value_format: str = "{:g}") -> Drawing:
    """Horizontal bars, one per label, largest first as given; the value written at the end of each bar."""
    n = max(1, len(values))
    widest = max((stringWidth(visual(t), fonts.REGULAR, 7.5) for t in labels), default=10)
    label_width = min(width * 0.45, widest + 8)
    height = n * bar_height + 16
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = 6
    chart.width = width - label_width - 28
    chart.height = n * bar_height
    # HorizontalBarChart draws the first category at the bottom: reverse so the list reads top-down
    chart.data = [list(reversed([float(v) for v in values])) or [0]]
    chart.categoryAxis.categoryNames = list(reversed([visual(_fit(t, label_width - 6, 7.5)) for t in labels])) or [""]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.strokeColor = MUTED
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.visible = False
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([*values, 1]) * 1.05
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barWidth = bar_height * 0.7
    chart.groupSpacing = bar_height * 0.3
    chart.barLabelFormat = lambda v: value_format.format(v)
    chart.barLabels.fontName = fonts.REGULAR
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabels.fillColor = INK
    drawing.add(chart)
    return drawing


def pie_chart(labels: Sequence[str], values: Sequence[float], width: float, height: float = 120, *,
              rtl: bool = False) -> Drawing:
    """A pie with a legend of label and count beside it."""
    drawing = Drawing(width, height)
    size = min(height - 10, width * 0.45)
    pie = Pie()
    pie.x = 5
    pie.y = (height - size) / 2
    pie.width = pie.height = size
    shown = [(lab, v) for lab, v in zip(labels, values, strict=True) if v] or [("", 1)]
    pie.data = [float(v) for _, v in shown]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.8
    for i in range(len(shown)):
        pie.slices[i].fillColor = PALETTE[i % len(PALETTE)]
    drawing.add(pie)
    total = sum(v for _, v in shown) or 1
    y = height / 2 + (len(shown) * 14) / 2 - 10
    for i, (label, value) in enumerate(shown):
        x = size + 20
        drawing.add(_swatch(x, y, PALETTE[i % len(PALETTE)]))
        drawing.add(String(x + 14, y + 1, visual(f"{_short(label, 28)}: {value:g} ({100 * value / total:.0f}%)", rtl),
                           fontName=fonts.REGULAR, fontSize=8, fillColor=INK))
        y -= 14
    return drawing


def _swatch(x: float, y: float, color) -> object:
    from reportlab.graphics.shapes import Rect

    return Rect(x, y, 9, 9, fillColor=color, strokeColor=None)
