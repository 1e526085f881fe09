"""Columns that fit their table: when the columns' natural widths (their contents) are wider than the table, the
widest are narrowed first, each down to its title at the least, so that every column (a team's lead, a
recommendation's priority, a status, the dates) stays in view; the narrowed text is elided in the middle (at its end
in the Arabic window, see elide.py), whole in its tooltip."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

from app.ui.widgets.elide import cut_cells_in_reading_order

NATURAL = "fitNaturalWidths"
PENDING = "fitWhenShown"


def title_width(header: QHeaderView, section: int) -> int:
    text = header.model().headerData(section, header.orientation())
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
    mark = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize) if header.isSortIndicatorShown() else 0
    return header.fontMetrics().horizontalAdvance(str(text or "")) + margin + mark + 2


def share(natural: dict[int, int], least: dict[int, int], room: int) -> dict[int, int]:
    """Widths for the columns in ``room`` pixels: the widest cut to a common level, none below its ``least``."""
    if sum(natural.values()) <= room:
        return dict(natural)
    low, high = 0, max(natural.values())
    while low < high:  # the highest level at which everything fits
        level = (low + high + 1) // 2
        if sum(max(least[n], min(w, level)) for n, w in natural.items()) <= room:
            low = level
        else:
            high = level - 1
    return {n: max(least[n], min(w, low)) for n, w in natural.items()}


def fit_columns(view: QTableView, natural: dict[int, int] | None = None, whole: frozenset[int] = frozenset(),
                least: dict[int, int] | None = None) -> None:
    """Size the visible columns from their natural widths (their contents, measured now when not given); the
    ``whole`` ones (amounts, dates) keep their natural width; none goes below its ``least`` (its title when not
    given)."""
    header = view.horizontalHeader()
    model = view.model()
    if model is None or header.count() == 0:
        return
    if natural is None and not view.isVisible():
        fit_when_shown(view)  # a tab behind another is measured when it is shown, not while a record opens
        return
    visible = [n for n in range(header.count()) if not header.isSectionHidden(n)]
    if natural is None:
        if view.property(NATURAL) is None:
            keep_fitted(view)
        view.resizeColumnsToContents()
        natural = {n: max(header.sectionSize(n), title_width(header, n)) for n in visible}
        view.setProperty(NATURAL, {str(k): v for k, v in natural.items()})
    natural = {n: w for n, w in natural.items() if n in visible}
    if not natural:
        return
    given = least or {}
    least = {n: natural[n] if n in whole else min(given.get(n) or title_width(header, n), natural[n]) for n in natural}
    room = view.viewport().width() or view.width()
    last = header.stretchLastSection()
    header.setStretchLastSection(False)
    for n, width in share(natural, least, room).items():
        header.resizeSection(n, width)
    header.setStretchLastSection(last)


class _Refit(QObject):
    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            view = watched.parentWidget()
            stored = view.property(NATURAL)
            if stored:
                fit_columns(view, {int(k): v for k, v in stored.items()})
        return False


class _FitWhenShown(QObject):
    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Show and watched.property(PENDING):
            watched.setProperty(PENDING, False)
            fit_columns(watched)
        return False


def fit_when_shown(view: QTableView) -> None:
    """Measure the contents the next time the table is shown (measuring reads every cell: an activity's attendance,
    scores and history tabs cost tens of milliseconds each while the record opens, though only one tab shows)."""
    if view.property(PENDING) is None:
        view.installEventFilter(_FitWhenShown(view))
    view.setProperty(PENDING, True)


def keep_fitted(view: QTableView) -> None:
    """Fit again whenever the table is resized (the splitter moved, the window maximised)."""
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    cut_cells_in_reading_order(view)  # in the Arabic window, a Latin title keeps its start (elide.py)
    refit = _Refit(view)
    view.viewport().installEventFilter(refit)
