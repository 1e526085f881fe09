"""Charts for reports (reportlab.graphics): horizontal bars for counts by category, a pie for shares."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.rl_config import _unset_

from app.reports import fonts
from app.reports.layout import ACCENT, INK, MUTED
from app.reports.text import begin_actual_text, end_actual_text, visual

PALETTE = [colors.HexColor(c) for c in ("#1d4e89", "#e07a1f", "#3a9d5d", "#b3261e", "#7b5ea7", "#2a9db0",
                                         "#c5a300", "#8c564b", "#5f6b7a", "#d45d9a")]


class _SearchableRenderer(renderPDF._PDFRenderer):
    """Draws a chart's right-to-left labels as the report's text is drawn: in display order, read in logical order
    when searched or copied (text.py)."""

    def __init__(self, logical: dict[str, str]):
        super().__init__()
        self._logical = logical

    def drawString(self, stringObj):
        logical = self._logical.get(stringObj.text)
        if logical is None:
            return super().drawString(stringObj)
        begin_actual_text(self._canvas, logical)
        try:
            return super().drawString(stringObj)
        finally:
            end_actual_text(self._canvas)


class ChartDrawing(Drawing):
    """A drawing that remembers the logical text of each label it shows in display order."""

    def __init__(self, width: float, height: float):
        super().__init__(width, height)
        self._logical: dict[str, str] = {}

    def shown(self, text: str, rtl: bool = False) -> str:
        """``text`` as drawn (visual order), remembered with its logical text when the two differ."""
        drawn = visual(text, rtl)
        if drawn != text:
            self._logical[drawn] = text
        return drawn

    def draw(self, showBoundary=_unset_):
        boundary = showBoundary if showBoundary is not _unset_ else getattr(self, "_showBoundary", _unset_)
        _SearchableRenderer(self._logical).draw(renderPDF.renderScaledDrawing(self), self.canv, 0, 0,
                                               showBoundary=boundary)


def _drawing(width: float, height: float, font: str) -> ChartDrawing:
    """A drawing whose initial font is the report's: ReportLab starts every drawing in Helvetica otherwise, which
    ends up named, and not embedded, in the PDF."""
    drawing = ChartDrawing(width, height)
    drawing.initialFontName = font
    return drawing


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _fit(text: str, width: float, size: float, font: str = fonts.REGULAR) -> str:
    """``text`` cut (with an ellipsis) to fit ``width`` points."""
    if stringWidth(visual(text), font, size) <= width:
        return text
    while len(text) > 1 and stringWidth(visual(text + "…"), font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


LABEL_SHARE = 0.55


def bar_chart(labels: Sequence[str], values: Sequence[float], width: float, *, bar_height: float = 13,
              value_format: str = "{:g}", number: Callable[[float], str] | None = None,
              font: str = fonts.REGULAR) -> Drawing:
    """Horizontal bars, one per label, largest first as given; the value written at the end of each bar (by
    ``number`` when given: the report's own grouping of thousands)."""
    n = max(1, len(values))
    widest = max((stringWidth(visual(t), font, 7.5) for t in labels), default=10)
    # names are what a reader looks for: they take up to 55 % of the width before being cut, the bars the rest
    label_width = min(width * LABEL_SHARE, widest + 8)
    height = n * bar_height + 16
    drawing = _drawing(width, height, font)
    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = 6
    chart.width = width - label_width - 28
    chart.height = n * bar_height
    # HorizontalBarChart draws the first category at the bottom: reverse so the list reads top-down
    chart.data = [list(reversed([float(v) for v in values])) or [0]]
    names = [drawing.shown(_fit(t, label_width - 6, 7.5, font)) for t in labels]
    chart.categoryAxis.categoryNames = list(reversed(names)) or [""]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.strokeColor = MUTED
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.visible = False
    chart.valueAxis.labels.fontName = font  # not drawn, but never Helvetica: every font in a report is embedded
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([*values, 1]) * 1.05
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barWidth = bar_height * 0.7
    chart.groupSpacing = bar_height * 0.3
    chart.barLabelFormat = number or (lambda v: value_format.format(v))
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabels.fillColor = INK
    drawing.add(chart)
    return drawing


def pie_chart(labels: Sequence[str], values: Sequence[float], width: float, height: float = 120, *,
              rtl: bool = False, colours: Sequence | None = None, font: str = fonts.REGULAR) -> Drawing:
    """A pie with a legend of label and count beside it (``colours``: one per label, else the palette)."""
    drawing = _drawing(width, height, font)
    size = min(height - 10, width * 0.45)
    pie = Pie()
    pie.x = 5
    pie.y = (height - size) / 2
    pie.width = pie.height = size
    palette = list(colours) if colours else [PALETTE[i % len(PALETTE)] for i in range(len(labels))]
    kept = [(lab, v, c) for lab, v, c in zip(labels, values, palette, strict=False) if v] or [("", 1, PALETTE[0])]
    shown = [(lab, v) for lab, v, _ in kept]
    pie.data = [float(v) for _, v in shown]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.8
    for i, (_, _, colour) in enumerate(kept):
        pie.slices[i].fillColor = colour
    drawing.add(pie)
    total = sum(v for _, v in shown) or 1
    y = height / 2 + (len(shown) * 14) / 2 - 10
    for i, (label, value) in enumerate(shown):
        x = size + 20
        drawing.add(_swatch(x, y, kept[i][2]))
        drawing.add(String(x + 14, y + 1, drawing.shown(f"{_short(label, 28)}: {value:g} ({100 * value / total:.0f}%)",
                                                        rtl),
                           fontName=font, fontSize=8, fillColor=INK))
        y -= 14
    return drawing


def _swatch(x: float, y: float, color) -> object:
    from reportlab.graphics.shapes import Rect

    return Rect(x, y, 9, 9, fillColor=color, strokeColor=None)


STATUS_COLOURS = {"achieved": colors.HexColor("#1d4e89"), "on_track": colors.HexColor("#3a9d5d"),
                  "off_track": colors.HexColor("#b3261e"), "not_measured": colors.HexColor("#9aa5b1")}


def progress_chart(rows: Sequence[tuple[str, float | None, float | None, str]], width: float, *, rtl: bool = False,
                   scale_labels: tuple[str, str, str] = ("0 %", "50 %", "100 %"), row_height: float = 15,
                   font: str = fonts.REGULAR) -> Drawing:
    """One bar per indicator: the share of the way from baseline to target (``None``: not measured), coloured by
    status, with a tick where it was expected to be. ``rows`` are (label, share, expected share, status)."""
    from reportlab.graphics.shapes import Line, Rect

    label_width = min(width * 0.42, max((stringWidth(visual(r[0], rtl), font, 7.5) for r in rows),
                                        default=10) + 8)
    track_x = label_width
    track_w = (width - label_width - 34) / 1.2  # room to show up to 120 % of the way
    height = len(rows) * row_height + 18
    drawing = _drawing(width, height, font)
    for n, (label, share, expected, status) in enumerate(rows):
        y = height - 14 - (n + 1) * row_height + 4
        drawing.add(String(track_x - 4, y + 2, drawing.shown(_fit(label, label_width - 6, 7.5, font), rtl),
                           fontName=font, fontSize=7.5, fillColor=INK, textAnchor="end"))
        drawing.add(Rect(track_x, y, track_w, row_height * 0.62, fillColor=colors.HexColor("#eef1f4"),
                         strokeColor=None))
        if share is not None:
            shown = max(0.0, min(1.2, share))
            drawing.add(Rect(track_x, y, track_w * shown, row_height * 0.62,
                             fillColor=STATUS_COLOURS.get(status, ACCENT), strokeColor=None))
            drawing.add(String(track_x + track_w * shown + 3, y + 2, f"{100 * share:.0f} %", fontName=font,
                               fontSize=7, fillColor=INK))
        if expected is not None:
            x = track_x + track_w * expected
            drawing.add(Line(x, y - 2, x, y + row_height * 0.62 + 2, strokeColor=INK, strokeWidth=1.2))
    for fraction, text in zip((0.0, 0.5, 1.0), scale_labels, strict=True):
        x = track_x + track_w * fraction
        drawing.add(Line(x, height - 12, x, 4, strokeColor=MUTED, strokeWidth=0.3, strokeDashArray=[1, 2]))
        drawing.add(String(x, height - 9, text, fontName=font, fontSize=6.5, fillColor=MUTED,
                           textAnchor="middle"))
    return drawing
