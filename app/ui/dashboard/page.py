"""The dashboard: key figures, charts of activities, participants, recommendations and missions, the programme's
requests, projects and indicators, and the state of synchronisation."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import FollowUpStatus, MissionStatus, ProgressStatus, ProjectStatus, RequestStatus, Sex
from app.services.programme import portfolio
from app.services.programme.stats import Period
from app.services.programme.sustainability import sustained_at
from app.services.store.query import ListQuery
from app.services.store.transitions import OPEN_REQUEST_STATUSES
from app.ui.due.panel import DuePanel
from app.ui.i18n.formats import format_number, format_plain_number
from app.ui.i18n.vocabulary import enum_label
from app.ui.sync.dashboard_panel import SyncStatusPanel
from app.ui.widgets.freshness import ReloadWhenShown
from app.ui.widgets.page import Page

if TYPE_CHECKING:
    from app.ui.context import AppContext

CLOSED_RECOMMENDATIONS = {FollowUpStatus.IMPLEMENTED.value, FollowUpStatus.NO_LONGER_RELEVANT.value}


def read_figures(fd, year: int | None, country_id: str | None) -> dict[str, Any]:
    """Runs on the worker: every figure the dashboard shows, for one year (or all) and one country (or all)."""
    period = Period(date_from=date(year, 1, 1) if year else None, date_to=date(year, 12, 31) if year else None,
                    country_id=country_id)
    stats = fd.stats
    quarters = stats.activities_by_quarter(period)
    return {
        "quarters": quarters,
        "sex": stats.participants_by_sex(period),
        "groups": stats.participants_by_target_group(period),
        "themes": stats.activities_by_theme(period),
        "recommendations": stats.recommendations_by_status(country_id=country_id),
        "missions": stats.missions_by_status(period),
        "people": stats.unique_participants(period),
        "activities": sum(n for _, n, _ in quarters),
        # the programme as it stands now (not limited to the year)
        "requests": {s: n for s, n in portfolio.requests_by_status(fd, country_id=country_id).items()
                     if s in OPEN_REQUEST_STATUSES},
        "projects": portfolio.projects_by_status(fd, country_id=country_id),
        "indicators": portfolio.indicators_by_status(fd, country_id=country_id),
        "sustained": sustained_at(fd, project_ids=fd.projects.ids(ListQuery(filters={"country_id": country_id}))
                                  if country_id else None),
    }


class Card(QFrame):
    """One key figure."""

    def __init__(self, caption: str, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("\u2014")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        self.setAccessibleName(caption)

    def set_value(self, value: int) -> None:
        self.set_text(format_number(value))

    def set_text(self, text: str) -> None:
        self.value.setText(text)
        self.setAccessibleDescription(f"{self.caption.text()}: {self.value.text()}")


class DashboardPage(Page):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.figures: dict[str, Any] | None = None
        self._generation = 0
        heading = QLabel(self.tr("Dashboard"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.year = QComboBox()
        self.year.addItem(self.tr("All years"), None)
        this_year = date.today().year
        for year in range(this_year + 1, this_year - 8, -1):
            self.year.addItem(format_plain_number(year), year)
        self.year.setAccessibleName(self.tr("Year"))
        self.country = QComboBox()
        self.country.setAccessibleName(self.tr("Country"))
        self._fill_countries()
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year)
        country_label = QLabel(self.tr("&Country:"))
        country_label.setBuddy(self.country)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addWidget(country_label)
        top.addWidget(self.country)
        self.year.currentIndexChanged.connect(self.reload)
        self.country.currentIndexChanged.connect(self.reload)
        ctx.refs.updated.connect(self._fill_countries)

        self.cards = {
            "activities": Card(self.tr("training activities")),
            "people": Card(self.tr("people trained")),
            "missions": Card(self.tr("missions")),
            "open": Card(self.tr("recommendations being followed up")),
            "requests": Card(self.tr("open requests for assistance")),
            "sustained": Card(self.tr("closed projects sustained at 12 months")),
        }
        cards = QHBoxLayout()
        for card in self.cards.values():
            cards.addWidget(card)
        self.charts = QGridLayout()
        self.charts.setColumnStretch(0, 1)
        self.charts.setColumnStretch(1, 1)
        self.sync_box = QGroupBox(self.tr("Synchronisation"))
        sync_layout = QVBoxLayout(self.sync_box)
        sync_layout.addWidget(self._sync_panel())

        body = QWidget()
        column = QVBoxLayout(body)
        column.addLayout(top)
        column.addLayout(cards)
        self.due_panel = self._due_panel()
        column.addWidget(self.due_panel)
        column.addLayout(self.charts)
        column.addWidget(self.sync_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        # it sums up most of the records: any write to them makes it stale, read again when it is next seen
        self.freshness = ReloadWhenShown(self, ctx, self._read)

    def title(self) -> str:
        return self.tr("Dashboard")

    def _sync_panel(self) -> QWidget:
        return SyncStatusPanel(self.ctx)

    def _due_panel(self) -> QWidget:
        return DuePanel(self.ctx)

    def _fill_countries(self) -> None:
        current = self.country.currentData()
        self.country.blockSignals(True)
        self.country.clear()
        self.country.addItem(self.tr("All countries"), None)
        for value, label in self.ctx.refs.items("country"):
            self.country.addItem(label, value)
        self.country.setCurrentIndex(max(self.country.findData(current), 0) if current else 0)
        self.country.blockSignals(False)

    def on_shown(self) -> None:
        self.due_panel.reload_if_stale()
        self.freshness.reload_if_stale()

    def reload(self) -> None:
        self.freshness.reload()

    def _read(self) -> None:
        self._generation += 1
        generation, year, country = self._generation, self.year.currentData(), self.country.currentData()
        self.freshness.read(lambda fd: read_figures(fd, year, country), lambda figures: self._show(generation, figures),
                           label=self.tr("Counting\u2026"))

    def _show(self, generation: int, figures: dict[str, Any]) -> None:
        if generation != self._generation:
            return
        self.figures = figures
        self.cards["activities"].set_value(figures["activities"])
        self.cards["people"].set_value(figures["people"])
        self.cards["missions"].set_value(sum(figures["missions"].values()))
        self.cards["open"].set_value(sum(n for s, n in figures["recommendations"].items()
                                         if s not in CLOSED_RECOMMENDATIONS))
        self.cards["requests"].set_value(sum(figures["requests"].values()))
        sustained = figures["sustained"]  # of the closed projects whose 12-month check has fallen
        self.cards["sustained"].set_text(self.tr("%1 of %2").replace("%1", format_number(sustained["sustained"]))
                                         .replace("%2", format_number(sustained["closed"])))
        # The cards show at once; the charts (and QtCharts) follow in the next turn of the event loop.
        QTimer.singleShot(0, lambda: self._draw_charts(generation))

    def _draw_charts(self, generation: int) -> None:
        if generation != self._generation or self.figures is None:
            return
        # imported here: it loads PySide6.QtCharts (with ui.dashboard.charts)
        from app.ui.dashboard import charts

        figures = self.figures
        while self.charts.count():
            item = self.charts.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        refs = self.ctx.refs
        sex = [(enum_label(Sex, s), n) for s, n in sorted(figures["sex"].items(), key=_enum_order(Sex))]
        groups = sorted(((refs.name("stakeholder_type", g) or self.tr("Not recorded"), n)
                         for g, n in figures["groups"].items()), key=lambda item: -item[1])
        recommendations = [(enum_label(FollowUpStatus, s), n) for s, n in
                           sorted(figures["recommendations"].items(), key=_enum_order(FollowUpStatus))]
        missions = [(enum_label(MissionStatus, s), figures["missions"].get(s.value, 0)) for s in MissionStatus]
        requests = [(enum_label(RequestStatus, s), figures["requests"][s.value]) for s in RequestStatus
                    if figures["requests"].get(s.value)]
        projects = [(enum_label(ProjectStatus, s), figures["projects"].get(s.value, 0)) for s in ProjectStatus]
        indicators = [(enum_label(ProgressStatus, s), figures["indicators"][s.value]) for s in ProgressStatus
                      if figures["indicators"].get(s.value)]
        themes = sorted(((refs.name("thematic_area", t) or t, n) for t, n in figures["themes"].items()),
                        key=lambda item: -item[1])
        placed = [
            (self._or_empty(figures["quarters"], lambda: charts.quarters_chart(figures["quarters"]),
                            self.tr("Activities and participants per quarter")), 0, 0, 1, 2),
            (self._or_empty(sex, lambda: charts.pie_chart(self.tr("Participants by sex"), sex),
                            self.tr("Participants by sex")), 1, 0, 1, 1),
            (self._or_empty(groups, lambda: charts.bar_chart(self.tr("Participants by target group"), groups, True),
                            self.tr("Participants by target group")), 1, 1, 1, 1),
            (self._or_empty(recommendations,
                            lambda: charts.pie_chart(self.tr("Recommendations by follow-up status"), recommendations),
                            self.tr("Recommendations by follow-up status")), 2, 0, 1, 1),
            (self._or_empty([m for m in missions if m[1]],
                            lambda: charts.bar_chart(self.tr("Missions by status"), missions, True),
                            self.tr("Missions by status")), 2, 1, 1, 1),
            (self._or_empty(requests, lambda: charts.bar_chart(self.tr("Open requests by status"), requests, True),
                            self.tr("Open requests by status")), 3, 0, 1, 1),
            (self._or_empty([p for p in projects if p[1]],
                            lambda: charts.bar_chart(self.tr("Projects by stage"), projects, True),
                            self.tr("Projects by stage")), 3, 1, 1, 1),
            (self._or_empty(indicators,
                            lambda: charts.pie_chart(self.tr("Indicators on and off track"), indicators,
                                                     [charts.PROGRESS_COLOURS[s.value] for s in ProgressStatus
                                                      if figures["indicators"].get(s.value)]),
                            self.tr("Indicators on and off track")), 4, 0, 1, 1),
            (self._or_empty(themes, lambda: charts.bar_chart(self.tr("Activities by thematic area"), themes, True),
                            self.tr("Activities by thematic area")), 4, 1, 1, 1),
        ]
        for widget, row, column, rows, columns in placed:
            self.charts.addWidget(widget, row, column, rows, columns)
        self.data_shown.emit()

    def _or_empty(self, data, make, title: str) -> QWidget:
        if data:
            return make()
        box = QGroupBox(title)
        box.setMinimumHeight(120)
        layout = QVBoxLayout(box)
        layout.addWidget(QLabel(self.tr("Nothing recorded yet.")))
        return box


def _enum_order(enum):
    order = {m.value: n for n, m in enumerate(enum)}
    return lambda item: order.get(item[0], len(order))
